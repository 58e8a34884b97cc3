"""The base of a stated change ('比上年的29亿元增长3.4%') is last year's sum, never how much it
rose; what a figure takes in ('(主要包括…政府性基金预算安排的教育经费等)') is no part asked of
it, and its 主要 is no plan; 'A占B的比例' measures A; a kind of school no figure says
(公办) is not the kind it says (普惠园); '全年' is the year the paragraph just named; a
relative year glossed by the asker ('去年（2021年）') is that year. Sentences invented for the
test."""

from __future__ import annotations

import pytest

from jiaoti.text import normalize_question
from tests.conftest import deployed

TEXT = """某市2022年教育经费执行情况统计公告

一、全市教育经费情况
2022年,全市教育经费总投入为38亿元,比上年的37亿元增加1亿元。其中,国家财政性教育经费(主要包括一般公共预算安排的教育经费,政府性基金预算安排的教育经费等)为30亿元,比上年的29亿元增长3.4%。

二、一般公共预算教育经费占一般公共预算支出比例情况
2022年,全市一般公共预算教育经费占一般公共预算支出180亿元的比例15.6%,比上年的16.2%下降0.6个百分点。

三、学位和学前教育
2021年新增初中学位3000个。通过引进14个优质项目,全年新增优质学位超8000个。学前教育普惠园在园幼儿占比达85.1%。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-jingfei.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2022)


def test_a_change_is_never_its_base(city):
    answer = city.ask("2022年国家财政性教育经费比上年增长了多少？").answer
    assert "3.4%" in answer and "29亿" not in answer


def test_what_a_figure_takes_in_is_no_part_of_it(city):
    reply = city.ask("2022年国家财政性教育经费中政府性基金预算安排了多少？")
    assert "30亿" not in reply.answer


def test_a_whole_asked_with_what_it_takes_in_is_answered(city):
    answer = city.ask("2022年国家财政性教育经费（含政府性基金预算安排的）是多少？").answer
    assert "30亿元" in answer


def test_main_components_are_no_plan(city):
    answer = city.ask("2022年国家财政性教育经费是多少？").answer
    assert "30亿元" in answer and "计划" not in answer.split("30亿元")[0]


def test_a_share_of_a_to_b_measures_a(city):
    answer = city.ask("政府预算里花在教育上的钱占了多大比例？").answer
    assert "15.6%" in answer


def test_another_kind_of_kindergarten_is_refused(city):
    reply = city.ask("公办幼儿园在园幼儿占比是多少？")
    assert "85.1%" not in reply.answer
    assert "85.1%" in city.ask("普惠园在园幼儿占比是多少？").answer


def test_the_whole_year_is_the_year_just_named(city):
    assert "8000" in city.ask("去年新增了多少优质学位？").answer


def test_a_glossed_relative_year_is_the_year_named():
    question = normalize_question("去年（2021年）新增了多少优质学位？")
    assert "2021年" in question and "去年" not in question
