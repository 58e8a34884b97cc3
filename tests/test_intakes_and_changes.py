"""Intakes, changes and tables asked in everyday words.

'上小学一年级的孩子有多少' asks a stage's intake (招生); '比前一年多了百分之几' is said by a
report's '比2020年增长4.65%', and a terse '比增0.16%' states a change too; '都能毕业吗？毕业率多
少' is said by the rate of it; '招进来的新生' is the report's '招生'; '读普高的有多少人' asks a
table's 在校生 column; a sentence opening with its date ('2015年,全县小学84所(…),教学班…。')
still lends its schools to the bare counts of the next; '幼儿专任教师' are a kindergarten's;
'一共涉及多少所学校' over a bracket of schools told apart by what was done to them is their sum.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from assistant.preamble import preamble_end
from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县教育事业发展概况

2015年,全县小学84所(公办校75所、民办校9所),教学班1690个。招生10650人,毕业7410人,在校生62150人。
2015年,全县初中招生4010人,毕业3920人。
2015年,全县教育经费支出8.47亿元,比2014年增长4.65%。
中小学生体质健康合格率95.7%,比增0.18%。
全县初中毕业率99.6%,高中阶段毛入学率95.2%。
全县幼儿专任教师1530人,小学专任教师3380人,特殊学校专任教师60人。
全县特殊教育学校在校生320人。
全县共有在编教师3600人,其中本科以上学历1890人,专科学历1700人。
2015年,对120名新入职教师开展为期5天的集中培训。
2015年,普通初级中学专任教师2100人。
全县幼儿园60所,其中公办幼儿园46所(城区6所、乡镇15所、乡村25所)。全县在园幼儿5100人。
2015年,完成“薄改工程”(新建学校6所、改建学校4所、配套建设学校2所)。

2015年某县学校基本情况一览表
办学类型
学校数
(所)
在校生
(人)
高级中学
3
4350
中等职业学校
1
1560
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaikuang.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2015)


@pytest.mark.parametrize("question, reported", [
    ("今年上小学一年级的孩子有多少？", "今年小学招生有多少?"),
    ("初一新生有多少人？", "初中招生有多少人?"),
    ("上初中一年级的娃一共多少个？", "初中招生一共多少个?"),
    ("小学一年级新生人数是多少？", "小学招生人数是多少?"),
])
def test_the_first_year_of_a_stage_is_its_intake(question, reported):
    assert tx.normalize_question(question) == reported


@pytest.mark.parametrize("question", ["小学一年级的学生视力怎么样？", "高一有几个班？"])
def test_other_first_year_questions_are_left_as_they_are(question):
    assert tx.normalize_question(question) == question.replace("？", "?")


def test_staff_of_children_are_a_kindergarten_s():
    assert tx.CHILD_STAFF.search("全县幼儿专任教师1530人")
    assert tx.CHILD_STAFF.search("民办幼儿教师728人")
    assert not tx.CHILD_STAFF.search("在园幼儿5100人,教师320人")
    assert not tx.CHILD_STAFF.search("幼儿园专任教师")


def test_a_sentence_opening_with_its_date_lends_its_schools(county):
    answer = county.ask("2015年小学招生比毕业多了多少人？")
    assert answer.answerable and "10650人" in answer.answer and "7410人" in answer.answer
    assert "3240人" in answer.answer


def test_the_intake_of_a_stage_asked_in_everyday_words(county):
    answer = county.ask("今年上小学一年级的孩子有多少？")
    assert answer.answerable and "10650人" in answer.answer


def test_a_verb_the_noun_already_holds_is_not_missing(county):
    answer = county.ask("小学招进来的新生比初中招的新生多几个人？")
    assert answer.answerable and "6640人" in answer.answer


def test_a_change_asked_in_other_words_of_its_way(county):
    answer = county.ask("全县教育经费比前一年多了百分之几？")
    assert answer.answerable and "4.65%" in answer.answer
    answer = county.ask("全县教育经费比前一年少了百分之几？")     # the way is stated with it
    assert not answer.answerable or "增长4.65%" in answer.answer


def test_a_terse_change_is_a_change(county):
    answer = county.ask("中小学生体质健康合格率比上一年提高了多少？")
    assert answer.answerable and "0.18%" in answer.answer and "95.7%" not in answer.answer


def test_a_question_on_an_act_is_said_by_its_rate(county):
    answer = county.ask("初中的孩子都能毕业吗？毕业率多少？")
    assert answer.answerable and "99.6%" in answer.answer


def test_a_table_column_of_the_pupils_a_question_counts(county):
    answer = county.ask("读普高的有多少人？")
    assert answer.answerable and "4350人" in answer.answer
    answer = county.ask("读普高的比读中职的多多少人？")
    assert answer.answerable and "2790人" in answer.answer


def test_kindergarten_teachers_are_the_children_s_teachers(county):
    answer = county.ask("幼儿园的老师有多少个？")
    assert answer.answerable and "1530人" in answer.answer and "3380人" not in answer.answer
    answer = county.ask("特殊教育学校有多少孩子在读？")     # 幼儿 of a kindergarten's staff
    assert "1530人" not in answer.answer                   # counts no children


def test_a_total_over_a_bracket_of_acts_is_their_sum(county):
    answer = county.ask("“薄改工程”一共涉及多少所学校？")
    assert answer.answerable and "合计12所" in answer.answer and "6所" in answer.answer
    answer = county.ask("“薄改工程”新建了多少所学校？")
    assert answer.answerable and "6所" in answer.answer and "12所" not in answer.answer


def test_of_items_alike_the_one_saying_the_asked_word_itself(county):
    """乡镇 and 乡村 are one group of the general lexicon; where the document sets them
    apart, the item in the question's own word is the one asked."""
    answer = county.ask("其中在乡村的有几所？", history=["公办幼儿园有多少所？"])
    assert answer.answerable and "25所" in answer.answer and "15所" not in answer.answer


def test_a_scope_between_the_counted_noun_and_the_question_word(county):
    answer = county.ask("上幼儿园的小朋友全县有多少个？")
    assert answer.answerable and "5100人" in answer.answer and "60所" not in answer.answer


def test_a_degree_above_a_level_is_no_schooling(county):
    """'本科以上学历的' holds 上学 but asks about teachers, not pupils."""
    answer = county.ask("在编教师里本科以上学历的有多少人？")
    assert answer.answerable and "1890人" in answer.answer


def test_two_rates_compared_in_points_are_each_a_rate(county):
    answer = county.ask("初中毕业率比高中阶段毛入学率高多少个百分点？")
    assert answer.answerable and "99.6%" in answer.answer and "95.2%" in answer.answer
    assert "4.4个百分点" in answer.answer


@pytest.mark.parametrize("question, sides", [
    ("高中助学金资助的学生比学前教育助学金多多少人？",
     ("高中助学金资助的学生多少人", "学前教育助学金资助的学生多少人")),
    ("西街项目的总投资比清北幼儿园项目多多少？", ("西街项目的总投资多少", "清北幼儿园项目的总投资多少")),
    ("公办学校和民办学校各有几所？", ("公办学校几所", "民办学校几所")),
    ("初中教师学历合格率比小学低多少个百分点？", ("初中教师学历合格率多少", "小学教师学历合格率多少")),
    ("这几年新建扩建的公办幼儿园，比城里新建扩建的中小学多几所？",     # a comma before 比
     ("这几年新建扩建的公办幼儿园几所", "城里新建扩建的中小学几所")),
])
def test_the_second_side_takes_what_the_first_says_after_their_shared_word(question, sides):
    assert split(tx.normalize_question(question)).questions == sides


@pytest.mark.parametrize("question, asked", [
    ("上幼儿园的孩子和小学生，哪个多？", True),
    ("残疾孩子上的特殊教育学校，洛阳有吗？有几所？", True),
    ("孩子明年上幼儿园，去年新建了几所公办幼儿园？", False),
])
def test_a_leading_clause_is_the_question_s_topic_when_the_rest_names_nothing(question, asked):
    assert (preamble_end(question) == 0) is asked


def test_a_new_unit_of_time_is_asked(county):
    answer = county.ask("新入职教师集中培训为期几天？")
    assert answer.answerable and "5天" in answer.answer and "120名" not in answer.answer


def test_a_whole_place_opening_a_documents_phrase_is_no_part_of_the_term(county):
    """The report says '全县初中招生…'; '全县初中的专任老师' still asks 初中's teachers."""
    answer = county.ask("全县初中的专任老师有多少人？")
    assert answer.answerable and "2100人" in answer.answer


STAFF = """某县教师队伍情况

全县现有专任幼儿教师980人,其中公办编制幼儿教师250人,民办幼儿教师730人。
年龄结构方面,30岁以下教师240人,占6.6%;30-39岁的1600人,占43.9%。
"""


@pytest.fixture(scope="module")
def staff(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jiaoshi.txt", STAFF, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2015)


def test_the_staff_of_a_kind_of_kindergarten_are_its_teachers(staff):
    answer = staff.ask("民办幼儿园的老师有多少人？")
    assert answer.answerable and "730人" in answer.answer and "250人" not in answer.answer


def test_an_upper_age_bound_says_who_is_young(staff):
    answer = staff.ask("30岁以下的年轻老师有多少？")
    assert answer.answerable and "240人" in answer.answer
    answer = staff.ask("年轻老师有多少？")          # no bound: no figure says who is young
    assert "240人" not in answer.answer


def test_the_bi_of_a_share_is_no_comparison():
    parts = split(tx.normalize_question("幼儿园专任教师专科及以上学历占比比上年提高了多少？"))
    assert parts.questions[0] == "幼儿园专任教师专科及以上学历占比多少" and parts.stated


def test_a_whole_that_leaves_the_part_out_already_is_the_answer(tmp_path_factory):
    county = deployed(tmp_path_factory, "mouxian-jiaozhigong.txt", "某县教职工情况\n\n全县教职工共"
                      "4000人,其中普高教师430人,小学2100人,学前45人(不含民办幼儿园教师)。\n",
                      bureau_name="某县教育局", home_places=["某县"], current_year=2015)
    answer = county.ask("不算民办园的话，幼儿园老师有多少？")
    assert answer.answerable and "45人" in answer.answer and "不含民办幼儿园教师" in answer.answer
