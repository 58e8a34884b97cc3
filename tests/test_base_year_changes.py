"""A sentence with no year of its own that gives a change against a base year ('目前,…较2010年
增8个班') speaks of the year the text named before it (2015), not of the year after the
base; and a level asked beside its change against that base ('现在是多少？比2010年提高了多少？')
is answered with both figures as written — the level is never compared with the change.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县教育事业发展
截至2015年,全县有幼儿园48所,比2010年增加35所。目前,全县普通高中有40个班,较2010年增8个班,高中阶段毛入学率达80.66%,比2010年提高6个百分点。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "moux-2015.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2015)


def test_a_change_against_a_base_year_is_the_years_said_before(county):
    answer = county.ask("2015年全县普通高中有多少个班？")
    assert answer.answerable and "40个班" in answer.answer and "2011" not in answer.answer


def test_a_level_and_its_stated_change_are_both_given_and_not_compared(county):
    answer = county.ask("高中阶段毛入学率现在是多少？比2010年提高了多少？")
    assert answer.answerable and "80.66%" in answer.answer and "6个百分点" in answer.answer
    assert "74.66" not in answer.answer


def test_changes_against_a_year_are_parts_not_a_comparison(tmp_path_factory):
    text = "某县教育\n2023年,全县有学校120所,比2022年增加5所;在校生35000人,比2022年增加1200人。\n"
    county = deployed(tmp_path_factory, "mouy-2023.txt", text, bureau_name="某县教育局",
                      home_places=["某县"], current_year=2023)
    answer = county.ask("跟2022年比，学校多了几所、在校生多了多少人？")
    assert answer.answerable and "5所" in answer.answer and "1200人" in answer.answer


def test_a_level_against_the_base_level_is_still_compared(tmp_path_factory):
    text = "某县教育\n2021年,全县财政教育经费投入21.17亿元,比2020年的18.87亿元增加2.3亿元。\n"
    county = deployed(tmp_path_factory, "mouz-2021.txt", text, bureau_name="某县教育局",
                      home_places=["某县"], current_year=2021)
    answer = county.ask("2021年的财政教育经费比上一年多了多少钱？")
    assert answer.answerable and "2.3亿元" in answer.answer
