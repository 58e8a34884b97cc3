"""Two figures joined by 和 ('聘请专职保安140名和校医56名') each count their own thing; a
'1911个班级' counts 班级 in 个; a task completed ('基本完成建设任务的有11个') is a result, not a
target; a purpose question ('为了照顾哪些孩子', '是干什么用的') is answered with the clause
that says what a thing is for; a quoted kind standing as its own noun ('“教育基金会”和…')
says the kind. Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti.figures import counts_at, without_others
from tests.conftest import deployed

TEXT = """某市教育工作情况

据悉,2015年我市教育建设计划项目21个,目前基本完成项目建设任务的有11个。
我市先后聘请学校专职保安140名和校医56名,健全学校保卫队伍。全市中小学有1911个班级配备了多媒体教学设备。
同时,2011年以来投入资金2130万元建设了14个农村寄宿制中小学宿舍和食堂,为农村留守儿童送去关怀。
设立27个乡镇“教育基金会”和各类“助学基金会”,帮助贫困学生完成学业梦想。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-joined-2015.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2015)


def test_a_joined_figure_leaves_its_partner_apart():
    item = "聘请学校专职保安140名和校医56名"
    later = counts_at(item)[1]
    words, at = without_others(item, later.start)
    assert words == "聘请学校专职保安 和校医56名" and words[at:].startswith("56名")
    first = counts_at("新增班级48个学位2160个")[1]
    assert without_others("新增班级48个学位2160个", first.start)[0] == "新增班级学位2160个"


def test_a_class_count_in_ge():
    figs = counts_at("全市中小学有1911个班级配备了设备,新增12个班")
    assert [(f.raw, f.unit) for f in figs] == [("1911个", "个"), ("12个班", "个班")]


def test_the_second_of_two_joined_figures_answers_its_own_thing(town):
    answer = town.ask("学校请了多少校医？")
    assert answer.answerable and "56名" in answer.answer
    assert "保安140名和校医56名" in answer.citations[0].quote
    guards = town.ask("学校请了多少专职保安？")
    assert guards.answerable and "140名" in guards.answer and "56" not in guards.answer


def test_a_completed_task_is_a_result(town):
    answer = town.ask("2015年的建设项目基本完成了多少个？")
    assert answer.answerable and "11个" in answer.answer


def test_a_purpose_question_gets_the_clause_saying_what_for(town):
    answer = town.ask("农村寄宿制学校建宿舍和食堂，主要是为了照顾哪些孩子？")
    assert answer.answerable and "留守儿童" in answer.answer


def test_a_quoted_kind_standing_alone_says_the_kind(town):
    answer = town.ask("基金会是干什么用的？")
    assert answer.answerable and "贫困学生" in answer.answer
