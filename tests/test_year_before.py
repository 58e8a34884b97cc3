"""A figure of the year before a report's, from the report's figure and the change it states
right after it ('小学507所,比上年增加14所' → 2021年 493所): both figures quoted, the difference
computed in code and said as such. No stated change, or two years back: no answer. A report
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某市2022年教育事业统计公报

2022年,全市小学507所,比上年增加14所;在校生71.07万人,比上年增加2.97万人,增长4.36%。
2022年,全市初中210所,比上年减少3所。全市幼儿园320所。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-gongbao-2022.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2022)


def test_the_year_before_from_a_stated_increase(city):
    answer = city.ask("2021年全市有多少所小学？")
    assert answer.answerable and "2021年为493所" in answer.answer
    assert "507所" in answer.answer and "比上年增加14所" in answer.answer
    assert answer.citations and "比上年增加14所" in answer.citations[0].quote


def test_the_year_before_from_a_stated_decrease(city):
    answer = city.ask("去年全市初中有几所？")
    assert answer.answerable and "2021年为213所" in answer.answer
    answer = city.ask("2021年全市初中有几所？")
    assert answer.answerable and "2021年为213所" in answer.answer


def test_the_year_before_in_ten_thousands(city):
    answer = city.ask("2021年小学在校生有多少人？")
    assert answer.answerable and "68.1万人" in answer.answer


@pytest.mark.parametrize("question", ["2021年全市有多少所幼儿园？", "2020年全市有多少所小学？"])
def test_no_stated_change_or_two_years_back_is_no_answer(city, question):
    answer = city.ask(question)
    assert not answer.answerable
