"""A citizen's verb that no document uses ('关掉、合并' where the report says 撤并) does not
block an answer the rest of the question clearly points to — and does not let a figure
about something else through. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti import numbers as num

from tests.conftest import deployed

TEXT = """某县教育工作总结

2024年，稳妥推进布局调整，一年来共撤并小规模学校12所，新建公办幼儿园2所。
全年资助家庭经济困难学生3100人次。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-2024.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_the_rest_of_the_question_carries_the_match(county):
    answer = county.ask("县里这一年关掉、合并了多少所规模小的学校？")
    assert answer.answerable and "12所" in answer.answer


def test_an_unknown_verb_does_not_open_the_door_to_another_subject(county):
    for q in ("县里这一年关掉了多少所幼儿园？", "县里一年来撤掉了多少个教学点？"):
        answer = county.ask(q)
        assert not answer.answerable and not num.figure_values(answer.answer) - {12345, 2024}, q
