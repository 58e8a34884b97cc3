"""Amounts and the items of one list: '1亿2700万' is one figure (and an amount after 投资
leaves out its 元); '多少个幼儿园学位' counts 学位, not the 3个班 beside them; a figure of the
bureau's own office ('局机关…8人') is no figure of the whole system; of '投资2800万元' and
'累计投入资金2600万元' the question's own word picks one, and '到现在已经…' the sum so far;
'占地多少' is '占地24亩', not the '建筑面积' item after it; '普通高中学位' is not
'新增义务教育学位'. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.figures import counts_at
from tests.conftest import deployed

TEXT = """某区2021年教育工作情况

今年,某区还将在城区新建改建11所幼儿园,总投资1亿2700万。东城幼儿园计划开设3个班近百个学位。今年新增义务教育学位1080个,新增学前教育学位1350个。2021年9月前,某区将全面完成幼儿园建设项目,新增学位2970个。
教育系统正式成立机关党委,局机关新发展党员8人。
县春晖路小学,占地24亩,建筑面积8800平方米,投资2800万元,完成综合楼工程建设,累计投入资金2600万元。
具体情况如下:
1.某区四海中学,建设面积8752.2平方米,投入资金1550万元。
2.某区凤山中学,建设面积5600平方米,投入资金400万元。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-amounts-2021.txt", TEXT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2021)


@pytest.mark.parametrize("text, raw, value, unit", [
    ("总投资1亿2700万。", "1亿2700万", "127000000", "元"),
    ("投资3亿5千万元", "3亿5千万元", "350000000", "元"),
    ("共2万3千人", "2万3千人", "23000", "人"),
    ("总投资2700万。", "2700万", "27000000", "元"),
])
def test_compound_amounts_are_one_figure(text, raw, value, unit):
    figs = counts_at(text)
    assert [(f.raw, str(f.value), f.unit) for f in figs] == [(raw, value, unit)]


def test_a_unitless_amount_of_people_stays_a_name():
    assert counts_at("学生2700万") == []


def test_places_are_counted_not_classes(district):
    answer = district.ask("今年某区一共要新增多少个幼儿园学位？")
    assert answer.answerable and "2970" in answer.answer and "3个班" not in answer.answer


def test_a_compound_amount_answers(district):
    answer = district.ask("这批幼儿园一共要花多少钱？")
    assert answer.answerable and "1亿2700万" in answer.answer


def test_the_bureau_office_is_not_the_whole_system(district):
    answer = district.ask("全区教育系统一共新发展了多少名党员？")
    assert not answer.answerable and "8" not in answer.answer
    assert "8人" in district.ask("局机关新发展了多少名党员？").answer


def test_the_question_word_and_so_far_pick_between_two_sums(district):
    assert "2800万元" in district.ask("春晖路小学的投资是多少？").answer
    assert "2600万元" in district.ask("春晖路小学到现在已经投进去多少钱了？").answer


def test_an_item_that_is_its_verb_and_figure_keeps_the_verb(district):
    answer = district.ask("春晖路小学占地多少？")
    assert answer.answerable and "24亩" in answer.answer and "8800" not in answer.answer


def test_compulsory_places_are_no_high_school_places(district):
    answer = district.ask("今年某区新增了多少个普通高中学位？")
    assert not answer.answerable and "1080" not in answer.answer


def test_a_follow_up_keeps_its_school_though_its_verb_is_said_otherwise(district):
    answer = district.ask("那钱花了多少？", history=["四海中学这回盖了多大面积？"])
    assert answer.answerable and "1550万元" in answer.answer
