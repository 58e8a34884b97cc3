"""A kindergarten status paragraph written the way county plans write it: '现有幼儿2000人(含
小学附设幼儿班),学前三年毛入园率为90%,其中公办园800人,占比40%,民办园1200人': the items
after 其中 count the children of the head figure, not the rate between them; a ratio
('师生比为1:15') is one figure; '幼儿数' asks a count; an aside of what a figure includes
('含…幼儿班') says nothing it counts; a teacher of children ('专任幼儿教师') is a teacher.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from assistant.intent import RATIO, asked_unit, comparison_of
from assistant.parts import split
from jiaoti import numbers as num
from jiaoti.figures import counts_at
from tests.conftest import deployed

TEXT = """某县学前教育发展规划

一、学前教育发展现状

我县现有幼儿园60所,其中公办园20所,民办园40所。现有幼儿2000人(含小学附设幼儿班),学前三年毛入园率为90%,其中公办园800人,占比40%,民办园1200人,占比60%;全县普惠性民办园30所,幼儿数700人,普惠性幼儿园覆盖率(公办园和普惠性民办园在园幼儿占比)为75%。我县现有专任幼儿教师100人,师生比为1:20,其中公办编制幼儿教师30人。

二、主要目标

学前三年毛入园率达到95%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xueqian.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2020)


def test_the_items_after_qizhong_count_the_head_figures_noun(county):
    answer = county.ask("某县公办园在园幼儿有多少人？")
    assert answer.answerable and "800人" in answer.answer
    assert "幼儿800人" in answer.answer and not answer.answer.startswith("其中")
    answer = county.ask("某县民办园在园幼儿有多少人？")
    assert answer.answerable and "1200人" in answer.answer and "700" not in answer.answer


def test_a_ratio_is_one_figure_and_answers_only_a_ratio():
    ratio = [f for f in counts_at("专任教师100人,师生比为1:20,") if f.unit == "比"]
    assert [f.raw for f in ratio] == ["1:20"]
    assert not [f for f in counts_at("上午10:30开会,比分3:2") if f.unit == "比"]
    assert RATIO.search("师生比是多少") and not RATIO.search("占比是多少")
    assert not RATIO.search("跳伞世界杯的金牌比多少")      # a comparison cut in two


def test_the_ratio_is_answered_and_teachers_are_not(county):
    answer = county.ask("某县专任幼儿教师的师生比为多少？")
    assert answer.answerable and "1:20" in answer.answer
    assert "100人" not in answer.answer


def test_a_noun_with_shu_asks_a_count():
    assert asked_unit("普惠性民办园的幼儿数是多少？") == ("人", "幼儿")


def test_a_count_is_not_answered_with_a_rate(county):
    answer = county.ask("某县普惠性民办园的幼儿数是多少？")
    assert answer.answerable and "700人" in answer.answer and "75%" not in answer.answer


def test_what_a_figure_includes_is_not_what_it_counts(county):
    answer = county.ask("某县小学附设幼儿班一共有多少个？")
    assert not answer.answerable and not num.figure_values(answer.answer) - {12345}


def test_children_at_kindergarten_are_its_children(county):
    answer = county.ask("某县现在有多少小朋友在上幼儿园？")
    assert answer.answerable and "2000人" in answer.answer


def test_teachers_of_children_are_not_children(county):
    answer = county.ask("某县幼儿园平均一个老师要带多少个孩子？")
    assert "100人" not in answer.answer


def test_which_of_two_is_more():
    assert comparison_of("上公办园的孩子多还是上民办园的孩子多？") == "which"
    parts = split("某县上公办园的孩子多还是上民办园的孩子多？")
    assert parts is not None and parts.compare == "which" and len(parts.questions) == 2


def test_which_of_two_is_more_is_answered_with_both(county):
    answer = county.ask("某县上公办园的孩子多还是上民办园的孩子多？")
    assert answer.answerable and "800人" in answer.answer and "1200人" in answer.answer
    assert "后者多于前者" in answer.answer


def test_a_follow_up_without_a_subject_takes_the_last_ones():
    assert standalone("占全县在园幼儿的比例是多少？", ["某县公办园在园幼儿有多少人？"]) == \
        "某县公办园在园幼儿占全县在园幼儿的比例是多少？"
    assert standalone("比初中多几所？", ["全县小学有多少所？"]) == "全县小学比初中多几所？"


def test_the_same_words_with_other_figures_are_not_guessed_between(tmp_path_factory):
    city = deployed(tmp_path_factory, "moushi-xuewei.txt",
                    "某市学位建设情况\n2022年,新建公办普高10所,新增学位3万个;新改扩建义务教育学校80所,"
                    "新增学位9万个;新改扩建幼儿园40所,新增学位1万个。\n",
                    bureau_name="某市教育局", home_places=["某市"], current_year=2022)
    answer = city.ask("某市2022年新增学位数会怎样？")
    assert not num.figure_values(answer.answer) - {12345, 2022}


def test_a_share_of_two_kinds_together_is_not_one_kinds(county):
    answer = county.ask("占比是多少？", history=["某县民办园有多少在园幼儿？"])
    assert "75%" not in answer.answer


def test_going_to_school_is_what_a_pupil_count_counts(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-zaixiao.txt",
                      "某县教育概况\n2020年,全县共有在校学生5000人,其中在县城学校就读3000人,"
                      "在县城以外学校就读2000人。全县组织学生学习安全知识12次。\n",
                      bureau_name="某县教育局", home_places=["某县"], current_year=2020)
    answer = county.ask("某县上学的孩子一共有多少个？")
    assert answer.answerable and "5000人" in answer.answer
    answer = county.ask("在县城以外学校读书的学生有多少人？")
    assert "3000" not in answer.answer
