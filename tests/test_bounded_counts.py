"""A count of schools by stage ('小学数量') asks their number in 所, and a count its item
bounds ('100人以下的小学31所') answers only a question asking that bound, wherever the bound
stands in the item; a span over every stage ('从幼儿园到大学') names no part of the whole.
Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import asked_unit
from jiaoti.everyday import as_reported
from tests.conftest import deployed, first_sentence

REPORT = """某县2021年教育事业发展概况
全县有各级各类学校410所,其中小学120所,幼儿园260所。全县教职工9100人,其中小学3900人。全县在校生52000人,其中小学21000人,幼儿园9000人。
一、普通小学
全县小学120所,比上年减少3所。100人以下的小学31所,其中50人以下的12所。
"""


def test_the_number_of_a_stage_counts_schools():
    assert asked_unit("小学数量是多少")[0] == "所"
    assert asked_unit("初中的数目有多少")[0] == "所"
    assert asked_unit("幼儿数量是多少")[0] != "所"


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-bounds.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2021)


def test_a_bounded_count_is_no_answer_to_the_whole(county):
    answer = county.ask("某县小学数量是多少？")
    assert answer.answerable and "120所" in first_sentence(answer)
    assert "31所" not in first_sentence(answer)


def test_the_bound_asked_finds_its_count(county):
    answer = county.ask("100人以下的小学有几所？")
    assert answer.answerable and "31所" in first_sentence(answer)
    answer = county.ask("50人以下的小学有几所？")
    assert answer.answerable and "12所" in first_sentence(answer)


def test_a_ratio_of_school_numbers(county):
    answer = county.ask("某县幼儿园数量是小学的几倍？")
    assert answer.answerable and "260所" in answer.answer and "120所" in answer.answer


def test_a_span_over_every_stage_names_no_part():
    assert as_reported("上学的孩子，从幼儿园到大学，一共多少人？") == "上学的孩子，一共多少人？"
    assert as_reported("从小学到高中一共多少学生") == "从小学到高中一共多少学生"


def test_pupils_from_kindergarten_to_university_are_all_pupils(county):
    answer = county.ask("全县上学读书的孩子，从幼儿园到大学，一共多少人？")
    assert answer.answerable and "52000人" in first_sentence(answer)
