"""Staff counted after a school's staff ('普通中等职业学校教职工1.15万人,专任教师0.80万人'):
the bare 专任教师 are that school's, and '…教职工和专任教师各有多少' asks both of it; a
count in people that says what pupils do, as the question does ('毕业4008人'), counts
the children asked; '教职工数里专任教师' reads 数|里, not 数里; '普通初级中学专任教师' is
初中's only; a kind '也算上' is taken into a whole, not answered alone; '特殊教育学校有几所？在校
学生多少人？' asks that school's pupils, which '特殊教育160人' counts. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed
from tests.test_year_on_year import _says

TEXT = """某县2022年教育事业统计公报

全县共有各级各类学校120所,在校学生6.2万人。全县共有教职工5200人,专任教师4600人。
全县共有中等职业学校3所,在校生4100人。中等职业学校教职工380人,专任教师310人,其中:双师型教师150人。
全县教职工数5200人,其中专任教师4600人,普通初级中学专任教师1500人。
——小学。校数40所;毕业6100人;招生5900人;在校生36000人,比上年减少200人。
全县现有教职工5200人,其中基础教育教职工4820人,专任教师4290人;中等职业教育教职工380人,专任教师310人。
全县幼儿园8所,在园幼儿9800人,教职工900人,专任教师600人。
全县有特殊教育学校1所。全县在校学生61960人(其中,学前教育9800人、小学36000人、初中16000人、特殊教育160人)。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-tongji-2022.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2022)


def test_bare_staff_after_a_schools_staff_are_that_schools(county):
    _says(county.ask("中等职业学校专任教师有多少人？"), "310人", "4600", "4290")
    answer = county.ask("中等职业学校教职工和专任教师各有多少？")
    _says(answer, "380人", "4600")
    assert "310人" in answer.answer, answer.answer
    assert "教职工专任教师" not in answer.answer, answer.answer   # said as the school's


def test_the_whole_is_still_the_whole(county):
    _says(county.ask("全县专任教师一共有多少人？"), "4600人", "310人", "1500")


def test_staff_beside_children_are_their_schools(county):
    _says(county.ask("幼儿园的教职工有多少人？"), "900人", "5200", "380")


def test_a_pupils_act_said_by_the_question_counts_them(county):
    _says(county.ask("今年小学毕业的娃有多少？"), "6100人", "5900", "36000")
    answer = county.ask("读小学的孩子一共有多少？")     # the intake is not who attends
    assert "5900" not in answer.answer and "6100" not in answer.answer, answer.answer


def test_within_a_whole_read_word_by_word(county):
    _says(county.ask("全县教职工数是多少？其中专任教师多少？"), "5200人", "1500")


def test_a_named_form_of_a_stage_is_that_stage_only(county):
    answer = county.ask("全县专任教师多少人")
    assert "1500" not in answer.answer, answer.answer


def test_a_kind_taken_in_is_not_the_answer_alone(county):
    answer = county.ask("把中职的专任教师也算上，全县专任教师一共多少？")
    alone = "310人" in answer.answer and not any(w in answer.answer for w in ("4600", "4290"))
    assert not alone, answer.answer


def test_people_asked_after_a_count_of_schools_are_theirs(county):
    answer = county.ask("特殊教育学校有几所？在校学生多少人？")
    _says(answer, "1所", "61960")
    assert "160人" in answer.answer, answer.answer
