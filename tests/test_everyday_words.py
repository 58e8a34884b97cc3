"""Everyday words reach the report's: the teachers who teach ('真正上课的老师', '站讲台的',
'专门教书的') are its 专任教师, and the staff as a whole stay the staff; a school's
buildings ('学校房子') are its 校舍. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2022年某县教育工作总结

全县共有教职工3200人,其中专任教师2810人。
全县校舍建筑面积43.2万平方米,比上年增加1.2万平方米。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-teaching-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


@pytest.mark.parametrize("question", ["县里真正上课的老师一共有多少个？",
                                      "真正站讲台的专任老师有多少？",
                                      "县里专门教书的老师有多少个？"])
def test_teaching_words_reach_full_time_teachers(county, question):
    answer = county.ask(question)
    assert answer.answerable and "2810人" in answer.answer and "3200" not in answer.answer


def test_all_staff_stay_all_staff(county):
    answer = county.ask("县里学校的教职工一共有多少人？")
    assert answer.answerable and "3200人" in answer.answer and "2810" not in answer.answer


def test_school_houses_are_school_buildings(county):
    answer = county.ask("县里的学校房子加起来一共有多大面积？")
    assert answer.answerable and "43.2万平方米" in answer.answer and "1.2万" not in answer.answer
