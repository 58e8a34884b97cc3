"""The people a paragraph speaks of. A bare count of people whose own words name nobody
('2024年,完成师德考核860人') counts the teachers its paragraph names before it
('…印发《某县中小学教师职业道德考核办法》…'), so '给多少老师做了师德考核' is answered; not
when the paragraph also names pupils (whose count it might be), and a question asking pupils
is no question about those teachers. Nor is a count of some of them ('评出师德标兵50人') an
answer to how many teachers there are. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

COUNTY = """一、师德师风建设
1.师德考核。印发《某县中小学幼儿园教师职业道德考核办法》,构建教育、考核、奖惩一体的工作机制。2024年,完成师德考核860人,覆盖率100%,评出师德标兵50人。
2.体质健康。开展中小学生体质健康监测,组织教师培训2期。2024年,完成体质测试3120人。
二、项目建设
投入620万元完成周转房项目主体建设;投入180万元实施学校维修项目12个。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-teachers.txt", COUNTY,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2024)


def test_a_bare_count_counts_the_teachers_its_paragraph_names(county):
    answer = county.ask("某县今年给多少老师做了师德考核？")
    assert answer.answerable, answer.answer
    assert "860人" in _first(answer)


def test_not_when_the_paragraph_names_pupils_too(county):
    answer = county.ask("某县今年有多少老师完成了体质测试？")
    assert "3120" not in _first(answer)


def test_a_question_about_pupils_is_not_answered_with_the_teachers_count(county):
    answer = county.ask("某县今年有多少学生做了师德考核？")
    assert "860" not in _first(answer)


def test_a_count_of_some_teachers_is_no_count_of_all(county):
    answer = county.ask("某县全县的专任教师有多少人？")
    assert "50" not in _first(answer)
