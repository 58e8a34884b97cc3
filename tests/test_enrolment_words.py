"""A citizen's '孩子…上学' asked of a figure that counts schooling in the report's words
('残疾儿童少年入学率', '在校生'): 孩子 is 儿童 in general Chinese, and 上学 is implied by
入学; a figure that counts no schooling is still not an answer; and 娃 (幼儿 among its
words) names no '幼儿园' piece of a bracketed list. Sentences invented for the test."""

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


BRACKETS = """某区2023年教育事业统计公报

全区有各级各类学校学生9000人,其中中等职业学校200人,基础教育8800人(其中幼儿园2000人,小学4500人,普通初中2300人)。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-tongji.txt", BRACKETS, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2023)


def test_a_childrens_word_is_no_kindergarten_piece_of_a_bracketed_list(district):
    answer = district.ask("上小学的娃比上初中的多多少？")
    assert answer.answerable and "4500人" in answer.answer and "2300人" in answer.answer
    assert "2200人" in answer.answer
