"""Figures written in groups of three ('21 436人', '3,250万元', as printed pages and copied
tables write them) are one number each; a breakdown in brackets that leaves out the unit of
one part ('(普高12 000人、中职3040)') counts it in the unit of the others; the people of a
kind of school ('公办学校的学生') are that kind's; a list of offices ending in one
character ('人事科、财务科') is what the question's longer word ('科室') counts. Sentences
invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.everyday import as_reported
from jiaoti.figures import figures_at
from jiaoti.numbers import figure_values
from tests.conftest import deployed

TEXT = """某县教育概况
2021年,全县小学在校生21 436人,初中在校生9 872人。全年教育经费投入3,250万元,建成校舍1,208平方米。
高中阶段在校生15 040人(普通高中12 000人、中职3040)。
2021年,义务教育阶段在校生31308人(公办27108人、民办4200)。
县教育局内设人事科、财务科、基础教育科、安全科和督导科等8个科室。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "moux-2021.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


@pytest.mark.parametrize("text, value, raw", [
    ("小学在校生21 436人", "21436", "21 436人"), ("投入3,250万元", "32500000", "3,250万元"),
    ("共1 200余人", "1200", "1 200余人"), ("383 173 人参加", "383173", "383 173 人")])
def test_digits_in_groups_of_three_are_one_number(text, value, raw):
    figs = [f for f in figures_at(text) if f.kind == "count"]
    assert [str(f.value) for f in figs] == [value]
    assert figs[0].raw == raw == text[figs[0].start:figs[0].end]     # offsets hold
    assert figure_values(text) == {figs[0].value}


@pytest.mark.parametrize("text", ["小学12，初中345人", "共有学校 12 所", "学校12 958"])
def test_a_full_width_comma_or_a_bare_pair_stays_apart(text):
    assert all(f.value < 1000 for f in figures_at(text))


def test_a_grouped_figure_is_answered_and_compared(county):
    answer = county.ask("小学在校生有多少人？")
    assert answer.answerable and "21 436人" in answer.answer
    assert answer.citations[0].quote in TEXT
    compared = county.ask("小学在校生比初中在校生多多少人？")
    assert compared.answerable and "11564" in compared.answer.replace(" ", "")


def test_a_part_without_its_unit_in_a_bracket_counts_in_the_others_unit(county):
    answer = county.ask("中职在校生有多少人？")
    assert answer.answerable and "3040" in answer.answer
    answer = county.ask("义务教育阶段民办在校生有多少人？")
    assert answer.answerable and "4200人" in answer.answer and "27108" not in answer.answer


def test_the_people_of_a_kind_of_school_are_that_kinds_people():
    assert as_reported("义务教育阶段公办学校的在校生有多少？") == "义务教育阶段公办在校生有多少？"
    assert as_reported("民办学校里的老师有多少") == "民办老师有多少"
    assert as_reported("民办学校有多少所") == "民办学校有多少所"
    assert as_reported("公办学校的学生比民办学校多多少人") == "公办学生比民办多多少人"


def test_a_list_of_offices_is_counted_by_the_longer_word(county):
    answer = county.ask("县教育局内设多少个科室？")
    assert answer.answerable and "8个" in answer.answer
