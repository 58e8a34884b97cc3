"""What a figure's own words leave unsaid, said around it: a count of people whose clause
names nobody counts the people of the clause right before it ('参加高考学生2800人,本科上线
1400人' — the 1400 are 学生); a paragraph opening on a bare name ('义务教育阶段学校校均规模,
小学为1300人,…;初中为800人,…') measures that thing in every ；-item; a change asked of an
area ('校舍总面积比上年增长了多少') is answered by the rate when the documents give only the
rate. A list of things of one kind ('党建责任书、党风廉政建设责任书、意识形态责任书48份') asked
by the kind alone ('一共签了多少份责任书') is answered by its count. What is being built
('在建…20处') is not what there is now. A whole broken down in its own sentence ('高中生
5800人,其中:一高中2700人,…') is what a question naming no part asks; a count of two kinds
together ('公办学校、幼儿园有代课教师260人') is not one kind's. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

REPORT = """某县2023年教育工作总结
2023年,全县参加高考学生2800人,本科上线1400人,较去年增加120人。全县招聘教师210人。
义务教育阶段学校校均规模,小学为1300人,比上年增加20人;初中为800人,比上年增加15人。
小学校舍总面积90.5万平方米,增长8.25%;图书310万册,增长4.10%。
县教育局与下属党组织签订党建责任书、党风廉政建设责任书、意识形态责任书48份。
智慧教育加快推进,建成智慧校园150处,在建特色智慧校园20处。
全县高中生5800人,其中:一高中2700人,二高中600人。另外,公办学校、幼儿园有代课教师260人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-zongjie.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_people_a_clause_leaves_unsaid_are_those_of_the_clause_before(county):
    answer = county.ask("2023年某县过本科线的学生有多少？")
    assert answer.answerable and "1400人" in _first(answer) and "2800" not in _first(answer)


def test_other_people_are_not_lent(county):
    answer = county.ask("2023年某县过本科线的老师有多少？")
    assert not answer.answerable or "1400" not in _first(answer)


def test_a_bare_name_opening_a_paragraph_is_what_later_items_measure(county):
    answer = county.ask("初中校均规模是多少？")
    assert answer.answerable and "800人" in _first(answer)
    changed = county.ask("初中校均规模比上年增加了多少人？")
    assert changed.answerable and "15人" in _first(changed) and "20人" not in _first(changed)


def test_an_area_change_is_answered_by_its_rate(county):
    answer = county.ask("小学校舍总面积比上年增长了多少？")
    assert answer.answerable and "8.25%" in _first(answer)
    asked = county.ask("小学校舍总面积比上年增长了多少平方米？")
    assert not asked.answerable or "8.25%" not in _first(asked)



def test_a_list_of_one_kind_asked_by_the_kind(county):
    answer = county.ask("县教育局和下属党组织一共签了多少份责任书？")
    assert answer.answerable and "48份" in _first(answer)



def test_what_is_being_built_is_not_what_there_is(county):
    answer = county.ask("某县现在有多少个智慧校园？")
    assert not answer.answerable or "20处" not in _first(answer)


def test_a_whole_broken_down_in_its_sentence_is_asked(county):
    answer = county.ask("某县高中生有多少人？")
    assert answer.answerable and "5800人" in _first(answer)


def test_a_count_of_two_kinds_is_not_one_kinds(county):
    answer = county.ask("某县的代课教师里，幼儿园的有多少个？")
    assert not answer.answerable or "260" not in _first(answer)
    whole = county.ask("某县有多少代课教师？")
    assert whole.answerable and "260人" in _first(whole)
