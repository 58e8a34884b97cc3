"""What a change question counts is the word before 比 ('招生比上一年少了多少' asks the change
of 招生, not of the 教职工 in the next sentence), in a follow-up too; '几个月' counts months,
never '24个班级'. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某市教育事业发展概况
一、普通小学
2022年,全市招生21345人,比上年减少1520人;在校生140210人,比上年减少2610人。小学教职工8911人,比上年减少16人。其中专任教师8502人,比上年增加61人。
2022年,全市教育经费总投入52.3亿元,同比增长8.2%。全市校园占地面积达到620万平方米,比上年增加11.2万平方米。
二、学校建设
新建幼儿园工程用时8个月,新增学位1200个。实验小学今年3月份开工改造,目前开设24个班级。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-changes.txt", REPORT,
                    bureau_name="某市教育局", home_places=["某市"])


def test_a_follow_up_change_is_of_the_thing_asked_before(city):
    answer = city.ask("比上一年少了多少？", history=["某市小学今年招生多少人？"])
    assert answer.answerable and "1520人" in first_sentence(answer)
    assert "16人" not in first_sentence(answer)


def test_the_thing_before_bi_is_what_changed(city):
    answer = city.ask("某市小学教职工比上一年少了多少？")
    assert answer.answerable and "16人" in first_sentence(answer)


@pytest.mark.parametrize("first, then, figure", [
    ("2022年全市教育经费总投入是多少？", "比上一年增长了多少？", "8.2%"),
    ("2022年全市校园占地面积达到多少？", "比上年增加了多少？", "11.2万平方米"),
])
def test_a_change_of_a_sum_or_an_area_keeps_its_unit(city, first, then, figure):
    answer = city.ask(then, history=[first])
    assert answer.answerable and figure in first_sentence(answer)


def test_months_are_counted_in_months(city):
    answer = city.ask("新建幼儿园工程用了几个月？")
    assert answer.answerable and "8个月" in first_sentence(answer)


def test_classes_are_no_months(city):
    answer = city.ask("实验小学改造用了几个月？")
    assert not answer.answerable and "24个" not in answer.answer
