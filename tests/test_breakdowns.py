"""Breakdowns in brackets and what a figure counts. '教职工500人,其中专任教师450人' makes
teachers a part of 教职工; '43.2万平方米(小学14.1万、…)' writes its parts without the unit;
a bracket of names after a count names members, not what is counted; a label and a colon
open a paragraph, not a heading. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from jiaoti import text as tx
from jiaoti.figures import counts_at
from ingest.split import heading_candidate
from tests.conftest import deployed

TEXT = """某区教育基本情况

1.机构情况:全区辖12所镇中心学校、5所区直学校(区一中、区二中、区实验小学、区幼儿园、区特教学校),区直教育业务单位2个(区教研室、区电教馆)
2.学校情况:现有各级各类学校90所,其中:幼儿园30所,公办幼儿园18所。
3.教师情况:现有教职工3000人,其中专任教师2700人(学前300人,小学1100人,初中900人,高中350人,中职50人)。
4.办学条件:全区校园占地面积60.5万平方米(幼儿园5.5万、小学22.5万、中学30.5万、职教中心2.0万),校舍建筑面积40.2万平方米(学前4.2万、小学13.1万、中学20.9万、职教中心2.0万)。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-jiben.txt", TEXT, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2021)


def test_a_labelled_numbered_line_is_a_paragraph_with_figures(district):
    assert not heading_candidate(TEXT.splitlines()[2])
    assert heading_candidate("一、基本情况") and heading_candidate("2.时间：2024年3月")
    answer = district.ask("某区有多少所镇中心学校？")
    assert answer.answerable and "12所" in answer.answer and "90所" not in answer.answer


def test_a_bracket_of_names_does_not_say_what_is_counted(district):
    answer = district.ask("某区一共有多少所幼儿园？")
    assert answer.answerable and "30所" in answer.answer and "5所" not in answer.answer


def test_teachers_do_not_answer_a_question_about_all_staff(district):
    answer = district.ask("某区初中有多少教职工？")
    assert not answer.answerable and "900" not in answer.answer
    assert "3000人" in district.ask("某区有多少教职工？").answer
    assert "900人" in district.ask("某区初中的专任教师有多少？").answer


def test_a_part_of_a_bracket_is_answered_and_the_whole_is_not(district):
    answer = district.ask("中职的专任教师有多少人？")
    assert answer.answerable and "50人" in answer.answer and "2700" not in answer.answer
    area = district.ask("某区小学的校舍建筑面积是多少？")
    assert area.answerable and "13.1万平方米" in area.answer and "40.2万" not in area.answer


def test_a_whole_is_stated_without_its_breakdown(district):
    answer = district.ask("某区校舍建筑面积一共多少？")
    assert answer.answerable and "40.2万平方米" in answer.answer
    assert "13.1万" not in answer.answer.split("。")[0]


def test_the_clause_before_each_goes_with_every_part(district):
    parts = split("校园占地里，幼儿园和职教中心各占多少？")
    assert parts is not None and all(q.startswith("校园占地里") for q in parts.questions)
    answer = district.ask("某区校园占地里，幼儿园和职教中心各占多少？")
    assert answer.answerable and "5.5万平方米" in answer.answer and "2.0万平方米" in answer.answer


def test_a_breakdown_in_brackets_takes_the_unit_of_its_whole():
    figs = counts_at("校舍建筑面积40.2万平方米(学前4.2万、小学13.1万)")
    assert [(str(f.value), f.unit) for f in figs] == [
        ("402000", "平方米"), ("42000", "平方米"), ("131000", "平方米")]
    assert [f.unit for f in counts_at("幼儿园57所(民办园3所)")] == ["所", "所"]
    assert [f.raw for f in counts_at("投入资金5000万元(2023年)")] == ["5000万元"]


@pytest.mark.parametrize("text, term, found", [
    ("其中专任教师2700人", "中专", False),      # 其中|专任
    ("提高中职教育质量", "高中", False),        # 提高|中职
    ("围场县第二中学", "二中", True),           # 第二中学 is 二中
    ("其中小学1100人", "小学", True),           # 其中|小学, not 中小学
    ("全区中小学校", "小学", False),
    ("读中专的学生", "中专", True),
    ("初中专任教师944人", "中专", False),      # 初中|专任
])
def test_a_word_is_not_read_across_two_words(text, term, found):
    assert tx.contains_term(text, term) is found


def test_a_follow_up_of_another_stage_swaps_the_stage():
    from assistant.followup import standalone

    assert standalone("那念高中的呢？", ["某区读小学的孩子有多少？"]) == "某区读高中的孩子有多少？"
    assert standalone("那初中呢？", ["小学毛入学率是多少？"]) == "初中毛入学率是多少？"
    # a last question that swapped a stage ('小学老师呢' after '幼儿园老师…') is swapped again
    assert standalone("初中呢？", ["幼儿园老师有多少个？", "小学老师呢？"]) == "初中老师有多少个？"
    assert standalone("那初中生呢?", ["区里小学有几所?", "那小学生有多少?"]) == \
        "初中生有多少（接上一问：区里小学有几所）？"
    assert standalone("其中真正上课的专任老师有多少？", ["全县上班的教职工加起来一共多少人？"]) == \
        "全县上班的真正上课的专任老师有多少？"
    assert standalone("初中呢？", ["2022年某市小学招了多少新生？"]) == "2022年某市初中招了多少新生？"


@pytest.mark.parametrize("question, read", [
    ("县里有多少高中生？", "县里有多少高中的学生?"),
    ("小学生比初中生多多少人？", "小学的学生比初中的学生多多少人?"),
    ("中小学生体质健康合格率是多少？", "中小学生体质健康合格率是多少?"),   # one word
    ("高中生活怎么样？", "高中生活怎么样?"),
    ("那其中小学生有多少？", "那其中小学的学生有多少?"),          # 其中 + 小学生
    ("职中学生有多少？", "职中学生有多少?"),
])
def test_a_pupil_of_a_stage_is_read_as_its_stage_and_pupils(question, read):
    assert tx.normalize_question(question) == read


def test_a_follow_up_names_anew_only_what_the_last_question_did_not_say(district):
    from assistant.followup import new_words

    assert new_words("初中的学生", "某区有多少小学的学生") == "初中的"
    answer = district.ask("初中的专任教师呢？", history=["某区小学的专任教师有多少？"])
    assert answer.answerable and "900人" in answer.answer and "1100人" not in answer.answer


SCHOOLS = """某县义务教育情况

目前,全县义务教育阶段学校共40所。义务教育阶段在校学生20000人(小学12000人、初中7900人、特殊学校100人),(其中进城务工人员随迁子女300人)。全县义务教育阶段中小学专任教师1800人(小学1100人、初中680人、特殊学校20人)。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-yiwu.txt", SCHOOLS, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_a_piece_of_a_breakdown_answers_only_a_question_naming_it(county):
    answer = county.ask("某县有多少专任教师？")
    assert "1100人" not in answer.answer and "680人" not in answer.answer
    assert "680人" in county.ask("某县初中专任教师有多少人？").answer


def test_teachers_never_answer_for_all_staff_even_where_staff_is_never_named(county):
    answer = county.ask("全县义务教育阶段的教职工总数是多少？")
    assert not answer.answerable and "1800" not in answer.answer


def test_a_leading_clause_ending_in_among_is_part_of_the_question(county):
    answer = county.ask("跟着打工父母来的娃娃里，读初中的有多少？")
    assert not answer.answerable and "7900" not in answer.answer
    assert "7900人" in county.ask("我家娃要上初中了，读初中的有多少人？").answer
