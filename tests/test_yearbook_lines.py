"""A yearbook's lines ('在各级各类学校中幼儿园120所,在园幼儿30100人(其中少数民族学生21000人);
普通小学300所,在校生150200人(其中少数民族学生99000人,占65.9%)'): a figure in a stage's
clause belongs to that stage; '在…中' frames, it sets no part apart; '地区有…' is the whole
area; a rate the documents never name ('辍学率') is refused, not answered with another
figure; '教职工中专任教师' holds no 中专; a yes-or-no follow-up asks no count; 可望 is
only a hope. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant import intent
from assistant.parts import split
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某地区教育年鉴

综述
  【基本情况】 2009年,地区有各级各类学校620所,在校生260300人,教职工16100人,教职工中专任教师14200人。在各级各类学校中幼儿园120所,在园幼儿30100人(其中少数民族学生21000人);普通小学300所,在校生150200人(其中少数民族学生99000人,占65.9%),小学学龄儿童入学率99.5%;初中在校生60400人(其中少数民族38000人,占62.9%),初中适龄少年入学率96.2%。全地区共有中等职业教育学校7所。今年以来,全地区可望年内通过省“教育强地区”评估。全地区有民办学校3所(今年已停止招生)。
"""


@pytest.fixture(scope="module")
def area(tmp_path_factory):
    return deployed(tmp_path_factory, "moudiqu-nianjian-2009.txt", TEXT,
                    bureau_name="某地区教育局", home_places=["某地区"], current_year=2009)


def test_a_postposition_alone_opens_no_word():
    assert not tx.contains_term("教职工中专任教师14200人", "中专")
    assert tx.contains_term("全市中专学校3所", "中专")
    assert tx.contains_term("居本市新四区第二", "新四")       # no postposition before it


def test_any_rate_asks_a_percentage():
    assert intent.kind_of("初中学生的辍学率是多少？", ())[1] == "%"
    assert intent.kind_of("效率是多少？", ())[1] == ""


def test_the_staff_of_all_schools_are_not_a_kind_of_schools(area):
    answer = area.ask("全地区中等职业学校有多少专任教师？")
    assert not answer.answerable and "14200人" not in answer.answer


def test_a_rate_the_documents_never_name_is_refused(area):
    answer = area.ask("初中学生的辍学率是多少？")
    assert not answer.answerable
    assert all(f not in answer.answer for f in ("62.9%", "96.2%", "60400人"))


def test_a_figure_in_a_stages_clause_is_that_stages(area):
    answer = area.ask("在园幼儿中少数民族学生有多少人？")
    assert answer.answerable and "21000人" in answer.answer and "99000人" not in answer.answer


def test_the_areas_own_line_answers_for_the_whole(area):
    answer = area.ask("那在校的学生一共有多少？", history=["全地区一共有多少所学校？"])
    assert answer.answerable and "260300人" in answer.answer


def test_parts_share_what_follows_a_bare_stage():
    parts = split("小学和初中在校生里少数民族的占比，哪个更高？")
    assert parts.questions == ("小学在校生里少数民族的占比多少", "初中在校生里少数民族的占比多少")
    assert split("幼儿园和小学的生均经费分别是多少？").questions == (
        "幼儿园的生均经费多少", "小学的生均经费多少")


def test_a_share_comparison_compares_the_shares(area):
    answer = area.ask("小学和初中在校生里少数民族的占比，哪个更高？")
    assert answer.answerable and "65.9%" in answer.answer and "62.9%" in answer.answer
    assert "99.5%" not in answer.answer


def test_a_yes_or_no_follow_up_asks_no_count(area):
    assert intent.asks_done("它现在还招生吗？") and not intent.asks_done("有民办学校吗？")
    answer = area.ask("它现在还招生吗？", history=["全地区有几所民办学校？"])
    assert not answer.answerable or "停止招生" in answer.answer


def test_a_hope_is_only_a_plan(area):
    answer = area.ask("省“教育强地区”评估通过了吗？")
    assert not answer.answerable or "只有这项计划" in answer.answer


def test_asked_whether_it_was_done_a_plan_says_not_so(area):
    answer = area.ask("省“教育强地区”评估后来通过了吗？")
    assert not answer.answerable and answer.reason == "only-plan"
    assert "只写了这项计划" in answer.answer
