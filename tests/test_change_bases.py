"""The base of a change is not the year asked: '较2024年增加1017人' is 2025's figure, and
'跟去年比…多了多少' or '比2020年增长了多少' asks this year's change; a list of measured
things ('校舍面积1558平方米、运动场面积9010平方米') gives each its own figure. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import resolve_years
from jiaoti.unsought import blank_unsought
from tests.conftest import deployed

TEXT = """某区2025年义务教育招生情况

一、总体情况

2025年,全区共有小学20所,在校生30500人,较2024年增加820人,增长2.76%。全年新建校舍面积2100平方米、运动场面积7600平方米。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-zhaosheng-2025.txt", TEXT,
                    bureau_name="某区教育局", home_places=["某区"], current_year=2025)


def test_a_base_year_is_not_the_year_asked():
    assert resolve_years("跟去年比，在校生多了多少人？", 2025) == set()
    assert resolve_years("比2020年增长了多少？", 2021) == set()
    assert resolve_years("2021年比2020年增长了多少", 2021) == {2021}
    assert resolve_years("去年招了多少老师", 2025) == {2024}
    assert blank_unsought("跟去年比，在校生").strip() == "，在校生"


def test_a_change_from_a_named_year_answers_this_years_change(district):
    answer = district.ask("跟去年比，小学在校生多了多少人？")
    assert answer.answerable and "820人" in answer.answer
    answer = district.ask("2025年小学在校生较2024年增加多少人？")
    assert answer.answerable and "820人" in answer.answer


def test_each_measured_thing_of_a_list_has_its_own_figure(district):
    answer = district.ask("新建的运动场有多大？")
    assert answer.answerable and "7600平方米" in answer.answer and "2100平方米" not in answer.answer
