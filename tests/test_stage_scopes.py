"""Where a statistics bulletin says which stage a figure counts without naming it beside the
figure: a paragraph opening on one stage ('小学52所,…。在校生…'), a section headed by a stage
('二、学前教育'), and who entered this year ('新上幼儿园的') as against who attends
('在园幼儿'). Also two questions in one message ('…有多少？比上年少了几个？'), the stage
of a comparison's first side carried to the second, and a part asked of a figure that only
takes it in ('保育员(含保健医)'). Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """2021年某区教育事业统计主要结果

一、全区汇总

某区共有各级各类学校(机构)205所;教育人口61320人,其中,在校生57210人,教职工4110人。

二、学前教育

某区共有幼儿园98所。入园幼儿4310人,比上年增加520人;在园幼儿12650人,比上年减少830人。

幼儿园教职工1450人,比上年减少40人,其中,园长101人。专任教师705人,比上年减少36人,其中,具有本科及以上学历占61.2%,提高3.1个百分点;保育员(含保健医)384人,比上年增加21人。

三、义务教育

某区共有义务教育阶段学校88所,在校生40220人。教职工2290人,其中,专任教师2150人。

小学52所,比上年增加1所。毕业生4890人,比上年减少115人;招生4105人;在校生28760人,比上年减少96人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-stages-2021.txt", TEXT,
                    bureau_name="某区教育体育局", home_places=["某区"], current_year=2021)


def test_newly_entered_is_the_intake_not_all_who_attend(district):
    answer = district.ask("今年新上幼儿园的小朋友有多少？")
    assert answer.answerable and "4310人" in answer.answer and "12650" not in answer.answer


def test_a_paragraph_opening_on_one_stage_counts_that_stage(district):
    answer = district.ask("全区在读的学生有多少人？")
    assert answer.answerable and "57210人" in answer.answer
    assert "28760" not in answer.answer and "40220" not in answer.answer


def test_staff_under_a_stage_paragraph_are_not_everyone(district):
    answer = district.ask("全区学校里的教职工有多少人？")
    assert answer.answerable and "4110人" in answer.answer and "2290" not in answer.answer


def test_a_stage_heading_names_the_stage_of_its_figures(district):
    answer = district.ask("幼儿园的保育员有多少人？")  # (保健医 among them)
    assert answer.answerable and "384人" in answer.answer


def test_two_questions_in_one_message_are_both_answered(district):
    answer = district.ask("幼儿园的专任老师有多少个？比上年少了几个？")
    assert answer.answerable and "705人" in answer.answer and "36人" in answer.answer


def test_staff_of_one_stage_are_not_everyones_staff(district):
    answer = district.ask("全区在读的学生和学校里的教职工各有多少人？")
    assert "57210人" in answer.answer and "4110人" in answer.answer
    assert "1450" not in answer.answer and "2290" not in answer.answer


def test_the_second_side_of_a_comparison_keeps_the_first_sides_stage(district):
    answer = district.ask("小学招生人数比毕业生人数少多少？")
    assert answer.answerable and "785人" in answer.answer


def test_those_a_figure_takes_in_are_not_counted_by_it(district):
    answer = district.ask("幼儿园保育员里保健医有多少人？")
    assert not answer.answerable and "384" not in answer.answer


def test_a_share_among_teachers_whose_count_changed(district):
    answer = district.ask("幼儿园专任教师中本科及以上学历的占多少？")
    assert answer.answerable and "61.2%" in answer.answer


def test_a_follow_up_naming_the_paragraphs_stage(district):
    answer = district.ask("那义务教育阶段的专任教师呢？", history=["幼儿园专任教师有多少人？"])
    assert answer.answerable and "2150人" in answer.answer and "705" not in answer.answer
