"""A citizen's '孩子…上学' asked of a figure that counts schooling in the report's words
('残疾儿童少年入学率', '在校生'): 孩子 is 儿童 in general Chinese, and 上学 is implied by
入学; a figure that counts no schooling is still not an answer. Sentences invented for
the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县2023年义务教育工作情况

全县适龄儿童少年入学率为100%,残疾儿童少年入学率达到96.5%。全县九年义务教育巩固率为98.2%。全县中小学专任教师学历合格率为99.1%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-ruxue.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2023)


def test_a_citizens_children_and_schooling_reach_the_reports_enrolment_rate(county):
    answer = county.ask("残疾孩子上学有保障吗？入学率是多少？")
    assert answer.answerable and "96.5%" in answer.answer


def test_schooling_is_not_implied_by_a_figure_that_counts_none(county):
    answer = county.ask("孩子上学的老师学历合格率是多少？")
    assert "99.1" not in answer.answer
