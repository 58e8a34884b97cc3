"""A question asking which way a figure went ('是增加了还是减少了', '变多了还是变少了') is
answered by the change the report states, whichever way it went. Sentences invented for
the test."""

from __future__ import annotations

import pytest

from assistant.either import asks_which_way
from tests.conftest import deployed

TEXT = """2022年某县教育事业统计公报

全县共有普通中学21所,比上年增加2所;民办幼儿园47所,比上年减少6所。
全县共有幼儿园52所,比上年减少4所。
幼儿园教职工1310人,比上年减少37人,其中,园长60人。
初中在校生18240人,比上年增加512人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-either-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


def test_which_way_questions_are_recognised():
    assert asks_which_way("民办幼儿园比上年是变多了还是变少了？")
    assert asks_which_way("在校生比去年是减少了还是增加了")
    assert asks_which_way("在校生比上年变化了多少")
    assert not asks_which_way("在校生比去年增加了多少？")


def test_a_fall_answers_which_way(county):
    answer = county.ask("民办幼儿园比上年是变多了还是变少了？")
    assert answer.answerable and "减少6所" in answer.answer


def test_a_rise_answers_which_way(county):
    answer = county.ask("初中在校生比上年是增加了还是减少了？")
    assert answer.answerable and "增加512人" in answer.answer


def test_a_number_of_schools_counts_schools(county):
    answer = county.ask("幼儿园数量比上年是增加了还是减少了？")
    assert answer.answerable and "减少4所" in answer.answer and "37人" not in answer.answer
