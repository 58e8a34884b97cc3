"""A county's statistics page that names one year, in its first sentence, and then gives
its figures undated ('2025年是…关键一年。…招生650人,在校生1900人'): its figures are that
year's. Staff counted in a '其中' clause belong to the schools the sentence opens with, a
word written only inside a longer one ('小学专任教师' only in '中小学专任教师') is read as
its words, a purpose ('是完成…的关键一年') is no state, and a verb's complement ('评出')
shares nothing with a verb the documents never use ('支出'). Sentences invented for the
test."""

from __future__ import annotations

import pytest

from assistant.counted import other_stage
from jiaoti.text import contains_term, inside_quote
from tests.conftest import deployed

TEXT = """2025年是完成“十四五”规划目标任务的关键一年,某县教育持续发力。
一、义务教育
全县共有义务教育阶段学校9所(小学6所、九年一贯制学校2所、完全中学1所),在校学生5000人,教职工600人,其中专任教师520人(小学300人,初中220人)。全县中小学专任教师中,男教师210人。
二、普通高中
全县共有高中学校2所;招生650人,在校生1900人;教职工160人,专任教师140人。
三、特殊教育
全县有特殊教育学校1所,在校学生56人。
四、其他
担负起“推进集团化办学和形成一批典型经验”的任务,高标准完成省级18项评估指标。评出师德先进集体12个。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-tongji-2025.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2025)


def test_a_page_naming_one_year_speaks_of_that_year(county):
    answer = county.ask("高中今年招了多少学生？")
    assert answer.answerable and "650人" in answer.answer and "1900" not in answer.answer
    answer = county.ask("今年高中的在校生有多少？")
    assert answer.answerable and "1900人" in answer.answer
    answer = county.ask("2023年高中招了多少学生？")
    assert not answer.answerable and "650" not in answer.answer


def test_staff_of_a_breakdown_are_the_opening_schools(county):
    answer = county.ask("义务教育阶段专任教师有多少人？")
    assert answer.answerable and "520人" in answer.answer
    answer = county.ask("其中小学有多少？", history=["义务教育阶段专任教师有多少人？"])
    assert answer.answerable and "300人" in answer.answer and "教职工300" not in answer.answer
    answer = county.ask("小学的专任老师比初中多多少人？")
    assert answer.answerable and "80人" in answer.answer


def test_a_follow_up_opening_with_qizhong_asks_its_noun(county):
    answer = county.ask("那其中专任教师呢？", history=["高中的教职工有多少人？"])
    assert answer.answerable and "140人" in answer.answer and "520" not in answer.answer


def test_a_word_written_only_inside_a_longer_one():
    assert contains_term("其中专任教师257人", "专任")
    assert not contains_term("其中专任教师257人", "中专")
    assert not contains_term("提高中职学校质量", "高中")


def test_a_word_inside_a_longer_one_is_read_as_its_words(county):
    answer = county.ask("小学专任教师有多少人？")
    assert answer.answerable and "300人" in answer.answer


def test_a_child_is_no_stage_of_its_own(county):
    answer = county.ask("特殊教育学校里有多少孩子？")
    assert answer.answerable and "56人" in answer.answer


def test_a_stage_is_named_by_the_word_it_opens():
    class T:
        def __init__(self, word, alternatives):
            self.word, self.alternatives, self.focus = word, alternatives, True

    class P:
        terms = [T("孩子", ("孩子", "幼儿", "学生"))]

    assert other_stage(P(), "全县特殊教育学校") == ""
    P.terms = [T("小学生", ("小学生",))]
    assert other_stage(P(), "初中在校生") == "初中"


def test_a_quoted_task_before_the_figure_is_one_name(county):
    assert inside_quote("担负起“推进集团化办学和形成经验”的任务", 10)
    assert not inside_quote("担负起“推进”和“形成”的任务", 8)
    answer = county.ask("集团化办学完成了多少项省级评估指标？")
    assert answer.answerable and "18项" in answer.answer


def test_a_purpose_is_no_state(county):
    answer = county.ask("某县“十四五”规划的目标都完成了吗？")
    assert not answer.answerable


def test_a_complement_shares_nothing_with_a_foreign_verb(county):
    answer = county.ask("2025年某县一般公共预算教育支出是多少？")
    assert "12个" not in answer.answer


SECTIONS = """某县2024年教育统计
一、学前教育
全县在园幼儿665人,教职工134人,专任教师83人。
二、普通高中
全县高中在校生556人;教职工63人,专任教师41人。
"""


@pytest.fixture(scope="module")
def sections(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-fenduan-2024.txt", SECTIONS,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2024)


def test_figures_only_their_section_tells_apart_are_not_guessed(sections):
    for question in ("专任教师有多少人？", "教职工比专任教师多多少人？"):
        answer = sections.ask(question)
        assert not answer.answerable and "83" not in answer.answer, question
    answer = sections.ask("高中教职工比专任教师多多少人？")
    assert answer.answerable and "22人" in answer.answer


BREAKDOWN = """某区教育概况
全区共有在校生60039人:高中5118人,初中13024人,小学26176人。
全区幼儿26374人(民办11664人),职高学生4026人(民办1078人)。
全区另有中等职业学校、教师进修学校、特殊教育学校各1所。
教职工2135人,其中专任教师幼儿园259人、小学901人。
"""


@pytest.fixture(scope="module")
def breakdown(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-gaikuang.txt", BREAKDOWN,
                    bureau_name="某区教育局", home_places=["某区"])


def test_a_count_before_a_colon_is_the_whole_of_its_breakdown(breakdown):
    answer = breakdown.ask("高中和初中在校生各有多少人？")
    assert answer.answerable and "5118人" in answer.answer and "13024人" in answer.answer
    assert "60039" not in answer.answer
    answer = breakdown.ask("全区在校生有多少人？")
    assert answer.answerable and "60039人" in answer.answer


def test_one_part_in_brackets_is_a_part(breakdown):
    answer = breakdown.ask("职高学生有多少人？")
    assert answer.answerable and "4026人" in answer.answer
    answer = breakdown.ask("民办的职高学生有多少人？")
    assert answer.answerable and "1078人" in answer.answer
    answer = breakdown.ask("那里面在民办园的有多少？", history=["上幼儿园的小朋友有多少？"])
    assert answer.answerable and "11664人" in answer.answer


def test_each_of_a_list_is_counted_alone(breakdown):
    answer = breakdown.ask("某区有特殊教育学校吗？有几所？")
    assert answer.answerable and "1所" in answer.answer


def test_full_time_teachers_are_what_a_parent_calls_teachers(breakdown):
    answer = breakdown.ask("幼儿园的老师有多少？")
    assert answer.answerable and "259人" in answer.answer and "教职工259" not in answer.answer


CLAUSES = """洛宁县教育概况
洛宁县现有各级各类学校300所,学生80000人。其中初中30所,在校学生16000人(公办初中25所,在校学生12000人;民办初中5所,在校学生4000人)。小学140所,在校学生34000人(公办小学135所,在校学生30000人;民办小学5所,在校学生4000人)。幼儿园120所,在园幼儿20000人(公办园40所,在园幼儿5000人;民办幼儿园80所,在园幼儿15000人)。
"""


@pytest.fixture(scope="module")
def clauses(tmp_path_factory):
    return deployed(tmp_path_factory, "luoning-gaikuang.txt", CLAUSES, bureau_name="洛宁县教育体育局",
                    home_places=["河南省洛阳市洛宁县", "洛宁"], current_year=2021)


def test_the_home_written_with_its_suffix_is_home(clauses):
    answer = clauses.ask("洛宁县现有各级各类学校多少所？")
    assert answer.answerable and "300所" in answer.answer


def test_a_bracket_of_clauses_pairs_each_count_with_its_kind(clauses):
    answer = clauses.ask("公办初中在校学生有多少人？")
    assert answer.answerable and "12000人" in answer.answer
    answer = clauses.ask("小学在校学生有多少？")
    assert answer.answerable and "34000人" in answer.answer and "30000" not in answer.answer
    answer = clauses.ask("私立小学有几所？")
    assert answer.answerable and "5所" in answer.answer and "135" not in answer.answer


def test_a_kind_after_bi_takes_the_place_of_its_kind(clauses):
    answer = clauses.ask("民办幼儿园比公办园多几所？")
    assert answer.answerable and "40所" in answer.answer
    answer = clauses.ask("在民办园上学的孩子比公办园多多少？")
    assert answer.answerable and "10000人" in answer.answer


EXAM = """某县2021年教育概况
2021年,全县参加高考学生3085人,本科上线1551人,较去年增加198人,增长14.7%。本科上线率为50.28%。
全县乡村小学68所(含12个教学点,只有3个教学点人数在100人以上,30人以下的教学点有9个。)
"""


@pytest.fixture(scope="module")
def exam(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-gaokao-2021.txt", EXAM, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


def test_a_change_asked_as_a_share_is_the_change(exam):
    answer = exam.ask("2021年本科上线人数较去年增长了多少？（百分比）")
    assert answer.answerable and "14.7%" in answer.answer and "50.28" not in answer.answer


def test_a_negated_verb_is_not_answered_by_the_positive(exam):
    answer = exam.ask("2021年参加高考但没过本科线的有多少人？")
    assert "1551" not in answer.answer


def test_a_bound_asked_is_a_bound_stated(exam):
    answer = exam.ask("乡村小学的教学点里人数过百的有几个？")
    assert answer.answerable and "3个" in answer.answer and "12个" not in answer.answer
    answer = exam.ask("学生不到30个的教学点有几个？")
    assert answer.answerable and "9个" in answer.answer


def test_these_schools_are_the_last_questions_schools(clauses):
    answer = clauses.ask("这些学校一共有多少学生？", history=["公办初中有多少所？"])
    assert answer.answerable and "12000人" in answer.answer
