"""Whose a figure is, when the sentence around it suggests another owner. Units listed
beside schools ('…小学23所,直属单位7个') are not the schools' own; a '其中' sentence after such
a list details the schools, not the units; a number written right after a counting noun
with no unit ('在园幼儿11312,') counts in that noun's measure; '省、市示范幼儿园分别达6所、
55所' gives each level its figure; a list's frame names the kind its items are of ('15所民办
学校,其中…小学3所'); '高级教师' is not '正高级教师'; a bound the question states ('670分以上')
is never its answer, and a county asked about is not answered with the city's figure.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.followup import standalone
from jiaoti.figures import figures_at
from tests.conftest import deployed

TEXT = """新宁县教育工作概况

一、基本情况
全县现有公办中学17所、职业学校2所、公办幼儿园14所、特殊教育中心1所,直属单位7个。其中,国家级重点职专1所,省级重点职专1所。
全县在园幼儿11312,其中公办幼儿园幼儿6590人。
全县共有普通小学58所。全县有15所民办学校,其中高级中学1所、完全中学2所、小学3所。
省、市示范幼儿园分别达6所、55所,建成学前教育集团4个。
职称方面,正高级教师1人,高级教师370人,一级教师1475人。
二、考试
2024年高考,物理类全市670分以上21人,新宁县7人。
三、建设
2014年以来有25名学生考入清华北大。新建向阳幼儿园、阳光学校投入使用,改扩建城南幼儿园预计今年9月交工。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "xinning-gaikuang.txt", TEXT, bureau_name="新宁县教育局",
                    home_places=["新宁县", "新宁"], current_year=2024)


def test_units_beside_schools_are_counted_on_their_own(county):
    answer = county.ask("新宁县有几个直属单位？")
    assert answer.answerable and "7个" in answer.answer
    assert "1所" not in answer.answer


def test_a_number_after_a_counting_noun_counts_in_its_measure(county):
    fig = figures_at("全县在园幼儿11312,其中")[0]
    assert (fig.unit, fig.kind) == ("人", "count")
    assert figures_at("截至2019,全县")[0].kind == "year"
    assert figures_at("学生1.5,")[0].kind != "count"
    answer = county.ask("全县在园幼儿总数是多少？")
    assert answer.answerable and "11312" in answer.answer and "6590" not in answer.answer


def test_each_level_of_a_respective_row_has_its_figure(county):
    answer = county.ask("市级示范幼儿园有多少所？")
    assert answer.answerable and "55所" in answer.answer and "6所" not in answer.answer
    answer = county.ask("省级示范幼儿园有多少所？")
    assert answer.answerable and "6所" in answer.answer and "55所" not in answer.answer
    answer = county.ask("市级示范幼儿园比省级示范幼儿园多多少所？")
    assert answer.answerable and "49所" in answer.answer


def test_the_items_of_a_kinds_list_are_of_that_kind(county):
    answer = county.ask("全县有多少所小学？")
    assert answer.answerable and "58所" in answer.answer and "3所" not in answer.answer
    answer = county.ask("民办小学有几所？")
    assert answer.answerable and "3所" in answer.answer


def test_a_title_is_not_the_same_title_with_a_word_on_its_front(county):
    answer = county.ask("高级教师有多少人？")
    assert answer.answerable and "370人" in answer.answer and "1人" not in answer.answer
    answer = county.ask("正高级教师有多少人？")
    assert answer.answerable and "1人" in answer.answer and "370" not in answer.answer


def test_a_bound_the_question_states_is_no_answer_and_the_city_is_not_the_county(county):
    history = ["2024年物理类全市670分以上有多少人？"]
    assert "新宁县670分以上" in standalone("那新宁县有几个？", history)
    answer = county.ask("那新宁县有几个？", history=history)
    assert answer.answerable and "7人" in answer.answer
    assert "21" not in answer.answer and "670" not in answer.answer.replace("670分以上", "")


def test_a_follow_up_naming_a_compound_swaps_its_half():
    assert standalone("小学老师呢？", ["幼儿园老师有多少个？"]) == "小学老师有多少个？"
    assert standalone("初中呢？", ["幼儿园老师有多少个？", "小学老师呢？"]) == "初中老师有多少个？"
    assert standalone("那民办幼儿教师呢？", ["公办编制幼儿教师有多少人？"]) == "民办幼儿教师有多少人？"


def test_a_starting_year_is_not_the_year_of_a_later_statement(county):
    answer = county.ask("阳光学校投入使用了吗？")
    assert answer.answerable and "投入使用" in answer.answer
    assert "2014" not in answer.answer      # '2014年以来…' names no year of this sentence
