"""Parts of a question answered by one sentence; areas asked by the word of their kind;
'多少贫困学子' counts people; '辖区内有学校66所' counts every school of the place;
of '新增班级12个学位540个', 540 is the 学位; a figure the question states ('离…85%还差多少')
is no answer.

'…值班值守的，有多少个党组织、多少名党员？' over '26个党组织、900余名党员深入18个社区值班值守':
the words the 党组织 item lacks in its own clause are said by the sentence it shares with the
answered 党员 part; a part whose own item the sentence does not say stays unanswered.
'占地面积' is 占地 and 面积 (not the 地面 jieba also finds inside it); 占地 says which 面积 is
asked, and '占地36亩' said before '建筑面积9100平方米' is 36亩's, not 9100's; 亩 measures an
area, though no sum or difference is taken across 亩 and 平方米. A list number is cut from an answer, a figure that opens its item is not.
Sentences invented for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.extract import unit_family, unit_fits
from assistant.intent import asked_unit
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某区教育工作总结

2020年,开展疫情防控工作,投入300余万元购置防疫物资。26个党组织、900余名党员深入18个社区值班值守。
2020年,开展安全督查,集合12个科室、5大学区70名督查人员,检查学校100所。
2020年,全区中小学占地96万平方米,校舍建筑面积51万平方米。
2020年,区实验小学,占地36亩,建筑面积9100平方米,投资2600万元。
2020年,区第二小学,建筑面积5200平方米。
2020年,为1500多名贫困学子发放助学贷款900余万元。
2020年,全区涉改46所学校均已100%完成机构编制设置。
2020年,全区各党组织设置宣传专栏120个。全区退休教职工300人。
2020年,学前三年毛入园率为83.1%。评估标准:学前三年毛入园率达到85%。
2020年,东湖小学新增班级6个学位270个,西湖小学新增班级12个学位540个。
2020年,辖区内有学校66所,教职工5636人,在校生总数68622人。全区有幼儿园107所,教职工2017名。
2020年,全区幼儿园专任教师1800人,其中本科学历400人、专科1200人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-zongjie.txt", TEXT, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2020)


def test_compound_parts_leave_out_a_piece_straddling_two():
    assert tx.word_parts("占地面积") == ["占地", "面积"]
    assert "地面" not in tx.word_parts("运动用地面积")
    assert "幼儿园" in tx.word_parts("公立幼儿园")


def test_mu_answers_an_area_asked():
    mu = [SimpleNamespace(unit="亩")]           # (a fact's unit: what unit_fits reads)
    assert unit_fits("平方米", mu) and not unit_fits("人", mu)
    assert "亩" not in unit_family("平方米")         # (no difference across them)


def test_a_part_answered_by_the_sentence_it_shares_with_another(district):
    answer = district.ask("疫情期间去社区值班值守的，有多少个党组织、多少名党员？")
    assert answer.answerable
    assert "26个党组织" in answer.answer and "900余名" in answer.answer
    assert "没有找到" not in answer.answer


def test_a_verb_of_both_items_said_once(district):
    answer = district.ask("这次督查动用了几个科室、多少名督查人员？")
    assert "12个" in answer.answer and "70名" in answer.answer


def test_a_part_the_sentence_does_not_say_stays_unanswered(district):
    answer = district.ask("这次督查动用了几个科室、多少名督查人员、多少辆车？")
    assert "12个" in answer.answer and "70名" in answer.answer and "没有找到" in answer.answer
    assert "100所" not in answer.answer
    answer = district.ask("疫情期间去社区值班值守的，有多少个党组织、多少名团员？")
    assert "900" not in answer.answer


def test_a_part_the_question_names_elsewhere_is_no_narrower_kind(district):
    answer = district.ask("全区涉改学校有多少所，完成机构编制设置的比例是多少？")
    assert "46所" in answer.answer and "100%" in answer.answer
    assert "没有找到" not in answer.answer


def test_items_of_a_breakdown_told_apart_by_their_own_words(district):
    answer = district.ask("幼儿园专任教师中，本科学历和专科学历各有多少人？")
    assert "400人" in answer.answer and "1200人" in answer.answer


def test_the_word_naming_which_area_is_asked(district):
    answer = district.ask("区实验小学的占地面积和建筑面积分别是多少？")
    assert "36亩" in answer.answer and "9100平方米" in answer.answer
    answer = district.ask("区实验小学的占地面积多少？")
    assert answer.answerable and "36亩" in answer.answer and "9100" not in answer.answer
    answer = district.ask("区实验小学的建筑面积多少？")
    assert answer.answerable and "9100平方米" in answer.answer and "36亩" not in answer.answer


def test_another_area_is_no_answer(district):
    answer = district.ask("区第二小学的占地面积多少？")
    assert "5200" not in answer.answer


def test_people_named_by_a_noun_of_two_words():
    assert asked_unit("助学贷款给了多少贫困学子？") == ("人", "贫困学子")
    assert asked_unit("有多少党员？")[0] == "人"


def test_the_people_and_the_money_of_one_sentence(district):
    answer = district.ask("区里的助学贷款给了多少贫困学子，一共贷了多少钱？")
    assert "1500多名" in answer.answer and "900余万元" in answer.answer


def test_within_the_place_is_no_kind_of_school(district):
    answer = district.ask("2020年学校的教职工和在校生总数各是多少人？")
    assert "5636人" in answer.answer and "68622人" in answer.answer
    assert "2017" not in answer.answer


def test_a_kind_of_school_is_no_answer_for_schools_at_large(district):
    answer = district.ask("2020年学校的教职工有多少人？")
    assert "2017" not in answer.answer


def test_of_one_clause_s_figures_the_one_whose_own_item_says_the_word(district):
    answer = district.ask("西湖小学呢？", history=["东湖小学新增了多少个学位？"])
    assert answer.answerable and "540个" in answer.answer and "12个" not in answer.answer


def test_a_figure_the_question_states_is_no_answer(district):
    answer = district.ask("学前三年毛入园率离评估标准要求的85%还差多少？")
    assert "达到85%" not in answer.answer


def test_a_verb_with_its_doer_names_no_kind(district):
    answer = district.ask("全区有多少个宣传专栏？")
    assert answer.answerable and "120个" in answer.answer
    answer = district.ask("全区有多少教职工？")            # 退休 with no doer: a kind
    assert "300人" not in answer.answer
