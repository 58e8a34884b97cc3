"""A question asking several things keeps a list of acts in one clause ('新建、改扩建幼儿园
多少所'), and a later clause that names its own thing does not borrow the first one's
subject; one that names none still does. Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

REPORT = """某县教育事业发展纪实
2016年以来,全县建成教师周转宿舍1300余套,新建、改扩建幼儿园87所。
"""


def test_a_list_of_acts_stays_one_clause():
    parts = split("教师周转宿舍建成了多少套，新建、改扩建幼儿园多少所？").questions
    assert parts[0] == "教师周转宿舍建成了多少套"
    assert parts[1].startswith("新建、改扩建幼儿园多少所")


def test_a_clause_with_no_thing_of_its_own_borrows_the_subject():
    assert split("薄弱学校改造花了多少钱，有几个项目？").questions[1] == "薄弱学校改造有几个项目"


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-act-lists.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


def test_each_clause_is_answered(county):
    answer = county.ask("教师周转宿舍建成了多少套，新建、改扩建幼儿园多少所？")
    assert answer.answerable and "1300余套" in answer.answer and "87所" in answer.answer
