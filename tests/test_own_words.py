"""Two breakdowns alike but for what they count: a question's own word tells them apart
when a word of its group would fit both ('教职工' asked of a 教职工 line and a 专任教师
line). A word that both lines only say through its group ('老师') stays a question of
which one is meant. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某区教育事业基本情况

全区有各级各类学校教职工3900人,其中中等职业学校70人,基础教育3830人(其中幼儿园900人,小学1500人,普通初中960人,普通高中470人)。
全区有各级各类学校专任教师3400人,其中中等职业学校55人,基础教育3345人(其中幼儿园460人,小学1480人,普通初中925人,普通高中480人)。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-jiaozhigong.txt", TEXT, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2023)


def test_the_questions_own_word_picks_the_line(district):
    staff = district.ask("某区小学的教职工一共有多少人？")
    assert staff.answerable and "1500人" in staff.answer and "1480" not in staff.answer
    assert "基础教育中的小学" in staff.answer          # not '基础教育中小学…'
    teachers = district.ask("某区小学的专任教师有多少人？")
    assert teachers.answerable and "1480人" in teachers.answer and "1500" not in teachers.answer


def test_a_word_both_lines_say_only_through_its_group_is_not_guessed(district):
    answer = district.ask("某区小学的老师一共有多少人？")
    assert not answer.answerable
    assert "1500" not in answer.answer and "1480" not in answer.answer
