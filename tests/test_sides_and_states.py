"""Sides a comparison leaves unsaid, people a result leaves unsaid, and states asked in
words the documents do not use. A second side naming only a time ('…比1990年多了多少所',
'…比上年少了多少元') asks the first side's thing at that time, as a follow-up naming only a
time ('上一年是多少？') asks the last question then, and one naming a school ending as the
last one's ('那西山小学二校区呢？') asks of it; a year-before figure
stated as a base ('生均支出12100元,比上年15300元') is that side. A school named after a
label ('高中-某县实验中学2100人') inside a breakdown of pupils counts pupils. A result only
pupils reach ('上重点线460人') counts pupils, not teachers. A later clause about another
school is not the state of the one asked, and a verb no document uses, said before 的
('新建的…'), says which school is asked, not its state.
Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.parts import split
from tests.conftest import deployed, first_sentence as _first

REPORT = """某县2023年教育工作总结
一、基本情况
全县有小学390所,1990年有小学60所。
一是基础教育在校学生23000人,比上年减少1200人。其中:幼儿园4000人,公办小学8800人,公办高级中学3900人(完中-某县第一中学1800人,高中-远山实验中学2100人)。
二、主要成绩
2023年,全县幼儿园生均支出12100元,比上年15300元,下降20.92%。
县一中上重点线460人,重点线率61.2%。
青禾幼儿园、北坡幼儿园建成投入使用,改扩建城东幼儿园预计明年9月交工。
投入2.1亿元,建设远山实验中学,全部投入使用。
东湖小学二校区投资1.2亿元,西山小学二校区投资0.8亿元。
全县在职教职工2000人(民办310人),专任教师1800人(民办290人)。其中,幼儿园专任教师400人(民办350人),普通高中专任教师500人(民办120人)。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-sides.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_a_side_naming_only_a_time_asks_the_first_sides_thing():
    assert split("2023年某县幼儿园生均支出比上年少了多少元？").questions[1] == \
        "2022年某县幼儿园生均支出多少元"
    assert split("某县的小学比1990年多了多少所？").questions[1] == "1990年某县的小学多少所"


def test_a_count_compared_with_an_earlier_year(county):
    answer = county.ask("2023年某县的小学比1990年多了多少所？")
    assert answer.answerable and "330所" in _first(answer)


def test_a_base_stated_for_the_year_before_is_that_side(county):
    answer = county.ask("2023年某县幼儿园生均支出比上年少了多少元？")
    assert answer.answerable and "3200元" in _first(answer) and "15300" in _first(answer)


def test_a_labelled_school_in_a_breakdown_of_pupils_counts_pupils(county):
    answer = county.ask("远山实验中学有多少学生？")
    assert answer.answerable and "2100人" in _first(answer)
    compared = county.ask("远山实验中学比某县第一中学多多少学生？")
    assert compared.answerable and "300人" in _first(compared)


def test_a_bracket_of_a_listed_kind_of_people_stays_theirs(county):
    answer = county.ask("民办的在职教职工有多少人？")
    assert answer.answerable and "310人" in _first(answer) and "350" not in _first(answer)


def test_a_result_only_pupils_reach_counts_pupils(county):
    answer = county.ask("县一中今年有多少学生上了重点线？")
    assert answer.answerable and "460人" in _first(answer)
    teachers = county.ask("县一中今年有多少老师上了重点线？")
    assert not teachers.answerable or "460" not in _first(teachers)


def test_a_later_clause_naming_another_school_is_not_its_state(county):
    answer = county.ask("北坡幼儿园投入使用了吗？")
    assert answer.answerable and "投入使用" in answer.answer and "城东" not in answer.answer
    planned = county.ask("城东幼儿园投入使用了吗？")
    assert not planned.answerable or "投入使用" not in _first(planned)


def test_a_verb_no_document_uses_before_de_says_which_school(county):
    answer = county.ask("新建的远山实验中学现在用上了吗？")
    assert answer.answerable and "投入使用" in answer.answer


def test_a_follow_up_naming_only_a_time_moves_the_last_question(county):
    answer = county.ask("上一年是多少？", ["2023年某县幼儿园生均支出是多少？"])
    assert answer.answerable and "15300元" in _first(answer) and "12100" not in _first(answer)


def test_a_follow_up_naming_a_sibling_school(county):
    assert standalone("那西山小学二校区呢？", ["东湖小学二校区投资了多少钱？"]) == \
        "西山小学二校区投资了多少钱？"
    answer = county.ask("那西山小学二校区呢？", ["东湖小学二校区投资了多少钱？"])
    assert answer.answerable and "0.8亿元" in _first(answer) and "1.2" not in _first(answer)
