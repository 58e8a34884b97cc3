"""Averages per unit asked in everyday words, and the owners a list of measures shares.

'平均一个老师要带几个学生' is what a report calls 生师比 (or 师生比), '每个学生的仪器设备值' its
生均仪器设备值, '一个班平均多少个学生' its 平均班额 (or 平均每班), '平均一所学校有多少学生' its
校均规模; '中小学占地总面积…,总建筑面积…,图书…册' gives the measures of the schools its first
item names; '普通高中12所,在校生…。校均规模…,平均每班…' gives those of the high schools; a
'其中' sentence's items counted with a breakdown of their own ('义务教育30所(初中21所,小学9所)')
count what the sentence above counts (学校); '幼儿园的老师' are the '学前教育专任教师' (another name
of the stage). Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti import text as tx
from jiaoti.figures import counts_at
from tests.conftest import deployed

TEXT = """某县教育事业统计公报

2023年,全县共有各级各类学校60所。其中高中3所(普通高中2所,完全中学1所),义务教育40所(初中12所,小学28所),幼儿园17所。全县九年一贯制学校5所。
全县普通小学专任教师1520人,师生比1:14.6;初中专任教师980人,师生比1:11.8。
小学生均教学仪器设备值2350元,初中生均教学仪器设备值3120元。
全县共有教学班1460个,其中小学教学班880个,平均班额41.5人;初中教学班330个,平均班额47.2人。
中小学占地总面积1250000平方米,总建筑面积610000平方米,图书1830000册。
普通高中2所,招生2100人,在校生6150人。校均规模3075人,平均每班52.6人。
学校配备学生计算机教室,生机比小学达7.2:1,初中达5.4:1。
全县学前教育专任教师320人,特殊教育专任教师25人。全县教职工3300人,专任教师2900人,专任教师占教职工比重比上年提高0.6个百分点。
2023年,实施教育资助专项行动,发放各类资助资金0.5亿元、资助学生3万余人次,为1.1万名家庭经济困难学生办理了生源地信用助学贷款,发放贷款约1.2亿元。
全县高中4门课程入选省级精品课程,6门课程被评为市级优秀课程。
全县小学在校21000人,初中在校11600人。
其它部门办园12所,在园幼儿800人。全县幼教职工950人。其中,园长40人,专任教师600人,保育员310人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-tongji.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


@pytest.mark.parametrize("question, reported", [
    ("小学一个老师平均要带多少个学生？", "小学生师比是多少?"),
    ("初中每个学生的教学仪器设备值是多少？", "初中生均教学仪器设备值是多少?"),
    ("小学生平均每人的图书有多少册？", "小学生均图书有多少册?"),
    ("初中一个班平均有多少个学生？", "初中平均班额是多少?"),
    ("高中平均一所学校有多少学生？", "高中校均规模是多少?"),
    ("初中平均几个学生用一台电脑？", "初中生机比是多少?"),
    ("这几年经费平均每年涨多少？", "这几年经费年均涨多少?"),
    ("区里有没有小学初中连着读的那种学校？", "区里有没有九年一贯制学校?"),
    ("小学连着初中一起读的那种九年一贯制学校有几所？", "九年一贯制学校有几所?"),
    ("有没有从小学一直能念到高中的学校？", "有没有十二年一贯制学校?"),
])
def test_everyday_averages_are_read_as_reports_write_them(question, reported):
    assert tx.normalize_question(question) == reported


@pytest.mark.parametrize("question", ["小学一个班最多能有多少学生？", "在小学初中读书的孩子有多少？",
                                      "小学初中各有几所？"])
def test_other_questions_are_left_as_they_are(question):
    assert tx.normalize_question(question) == question.replace("？", "?")


def test_averages_asked_in_everyday_words_are_answered(county):
    answer = county.ask("小学一个老师平均要带多少个学生？")
    assert answer.answerable and "1:14.6" in answer.answer
    answer = county.ask("初中每个学生的教学仪器设备值是多少？")
    assert answer.answerable and "3120元" in answer.answer and "2350元" not in answer.answer
    answer = county.ask("初中平均几个学生用一台电脑？")
    assert answer.answerable and "5.4:1" in answer.answer and "7.2:1" not in answer.answer


def test_a_stage_named_in_the_clause_before_is_the_average_s(county):
    answer = county.ask("初中一个班平均有多少个学生？")
    assert answer.answerable and "47.2人" in answer.answer and "41.5人" not in answer.answer


def test_measures_after_a_sentence_counting_high_schools_are_theirs(county):
    answer = county.ask("普通高中一个班平均有多少个学生？")
    assert answer.answerable and "52.6人" in answer.answer
    answer = county.ask("普通高中校均规模是多少？")
    assert answer.answerable and "3075人" in answer.answer


def test_a_list_of_measures_shares_its_first_item_s_owner(county):
    answer = county.ask("全县中小学一共有多少册图书？")
    assert answer.answerable and "1830000册" in answer.answer


def test_items_with_their_own_breakdown_count_what_the_sentence_above_counts(county):
    answer = county.ask("全县义务教育学校有多少所？")
    assert answer.answerable and "40所" in answer.answer


def test_another_name_of_the_asked_stage_is_that_stage(county):
    answer = county.ask("幼儿园的老师有多少个？")
    assert answer.answerable and "320人" in answer.answer and "25人" not in answer.answer


def test_rows_of_a_ratio_named_once_are_ratios():
    figs = counts_at("生机比初中达4.83:1,小学达6.85:1,学校已全部接入互联网")
    assert [(f.raw, f.unit) for f in figs] == [("4.83:1", "比"), ("6.85:1", "比")]
    assert [f.unit for f in counts_at("会议于上午9:30召开")] == []


def test_a_follow_up_naming_a_stage_keeps_the_ratio_asked(county):
    first = "初中平均几个学生用一台电脑？"
    answer = county.ask("小学呢？", history=[first])
    assert answer.answerable and "7.2:1" in answer.answer and "5.4:1" not in answer.answer


def test_every_kind_of_a_thing_names_no_kind(county):
    answer = county.ask("各种资助一共发了多少钱？")
    assert answer.answerable and "0.5亿元" in answer.answer and "1.2亿元" not in answer.answer


def test_a_noun_glued_to_its_verb_is_still_what_is_counted(county):
    answer = county.ask("高中有几门课进了省级精品课程？")     # jieba guesses '课进'
    assert answer.answerable and "4门" in answer.answer


def test_a_follow_up_on_a_count_is_never_answered_with_a_ratio(county):
    """'那初中呢？' keeps the last question's measure: pupils, never the 初中 row of a ratio
    ('生机比…初中达5.4:1') nor a count of schools ('初中12所'); a refusal is no wrong figure."""
    answer = county.ask("那初中呢？", history=["全县上小学的孩子有多少？"])
    assert "5.4:1" not in answer.answer and "12所" not in answer.answer
    assert not answer.answerable or "11600人" in answer.answer


def test_a_sentence_naming_its_own_whole_borrows_no_schools(county):
    answer = county.ask("全县幼教职工共有多少人？")
    assert answer.answerable and "950人" in answer.answer


def test_a_school_described_by_the_years_it_covers_is_its_kind(county):
    answer = county.ask("县里有没有小学初中连着读的那种学校？有几所？")
    assert answer.answerable and "5所" in answer.answer


def test_a_change_stated_after_its_subject_answers_a_question_on_the_change(county):
    answer = county.ask("专任教师占教职工的比重比上年提高了多少？")
    assert answer.answerable and "0.6个百分点" in answer.answer


def test_a_word_jieba_guessed_from_a_noun_and_its_verb_is_cut_in_two():
    assert tx.unglued("课进") == ("课", "进")       # '几门课进了…'
    assert tx.unglued("数是") == ("数", "是")       # '幼儿数是多少'
    assert tx.unglued("学校") == ("学校",)          # a dictionary word stays whole
