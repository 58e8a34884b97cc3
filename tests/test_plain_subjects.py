"""Of two figures that fit a question alike, the one whose subject adds nothing of its own
is the one asked ('在校生…(初中17122人…)' over '在校生中户籍学生…(初中10405人…)' for
'初中生有多少人'), in a single question and in each part of a several-part one; a subject
that names nothing ('初中为909人'), a bracket's note, or figures in other units settle
nothing. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2015年某区教育事业发展概况

2015年,全区中学41所。招生18536人,毕业7796人,在校生25541人(初中17122人、高中8419人),在校生中户籍学生17871人(初中10405人,高中7466人)。

全区现有专任教师2799人(含招聘未接转特岗教师229人)。普通高中学校2所,学生人数5500人;专任教师421人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-plain-2015.txt", TEXT,
                    bureau_name="某区教育委员会", home_places=["某区"], current_year=2015)


def test_the_plain_subject_is_asked(district):
    answer = district.ask("区里现在初中生有多少人？")
    assert answer.answerable and "17122人" in answer.answer and "10405" not in answer.answer


def test_each_part_takes_the_plain_subject(district):
    answer = district.ask("区里初中生和高中生各有多少人？")
    assert answer.answerable and "17122人" in answer.answer and "8419人" in answer.answer
    assert "10405" not in answer.answer and "7466" not in answer.answer


def test_the_asked_qualifier_is_kept(district):
    answer = district.ask("户籍学生里初中生有多少人？")
    assert answer.answerable and "10405人" in answer.answer and "17122" not in answer.answer


def test_a_bracket_note_does_not_make_a_subject_less_plain(district):
    answer = district.ask("区里一共有多少个专任老师？")
    assert "421" not in answer.answer
