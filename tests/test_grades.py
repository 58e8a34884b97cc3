"""School grades in citizens' words: '初一' is '七年级' (and '初中一年级'), a word of its own
('初一|招了', not '初|一招'); a question about a stage's first-grade intake ('小学一年级新招
了多少') is answered by the stage's intake, which is grade one; another grade is never
answered by it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.text import words
from tests.conftest import deployed

TEXT = """某县2023年教育事业统计

2023年,全县小学招生5200人,在校生31000人;初中七年级招生4800人,在校生14100人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-tongji-2023.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_a_grade_is_a_word_of_its_own():
    assert words("初一招了多少") == ["初一", "招", "了", "多少"]
    assert words("提高一些") == ["提高", "一些"]


def test_the_first_grade_intake_is_the_stages_intake(county):
    answer = county.ask("今年小学一年级新招了多少孩子？")
    assert answer.answerable and "5200人" in answer.answer


def test_a_grades_other_name_answers(county):
    answer = county.ask("今年初一招了多少学生？")
    assert answer.answerable and "4800人" in answer.answer and "5200" not in answer.answer


def test_another_grade_is_not_the_intake(county):
    answer = county.ask("今年初二有多少学生？")
    assert "4800" not in answer.answer and "14100" not in answer.answer
