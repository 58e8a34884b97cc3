"""A whole less a part ('教职工里不是专任教师的有多少人' is computed from the two figures),
and the readings that let such figures be found: a total ('教职工总数'), a bracket whose
units stand apart ('民办90 所'), a list item that starts with a name holding a numeral
('九年一贯制学校5所'), a kind the question names before 学校 ('十二年一贯制3所'), a title
heading both a review and plans, 'N大' before a noun. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

TEXT = """某市教育局2019年工作总结及2020年工作计划

一、基本情况

全市各级各类学校(幼儿园)300所,在校生120000人。其中普通高校1所,在校生9000人;开放大学1所,在校生3000人;普通高中12所(完全中学4所,高级中学5所,十二年一贯制3所),在校生30000人;幼儿园150所(公办60所,民办90 所),在园幼儿25000人;特殊教育学校2所,在校生300人。

全市专任教师9000人。其中普通高校400人,开放大学80人,中职学校500人(含技工学校),普通高中2100人。全市教职工总数:10500人。

农村地区现有各类学校25所,其中小学8所、初中7所、九年一贯制学校5所、普通高中2所。

二、督导检查

开学前集合12个科室,5大学区64名督查人员,组建了20个督查小分队。

三、2020年工作计划

2020年,全市计划新建幼儿园10所。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-zongjie-2019.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2019)


def test_a_whole_less_a_part_splits_in_two():
    parts = split("全市教职工里，不是专任教师的有多少人？")
    assert parts is not None and parts.compare == "less"
    assert parts.questions == ("全市教职工多少人", "全市专任教师多少人")
    parts = split("幼儿园里除掉民办的，还剩几所？")
    assert parts is not None and parts.questions == ("幼儿园几所", "幼儿园里民办的几所")


def test_a_whole_less_a_part_is_computed_from_both(city):
    answer = city.ask("全市教职工里，不是专任教师的有多少人？")
    assert answer.answerable and "10500人" in answer.answer and "9000人" in answer.answer
    assert "还有1500人" in answer.answer
    answer = city.ask("幼儿园里除掉民办的，还剩几所？")
    assert answer.answerable and "还有60所" in answer.answer


def test_a_part_the_documents_lack_leaves_nothing_to_compute(city):
    answer = city.ask("全市教职工里，不是校医的有多少人？")
    assert not answer.answerable and "1500" not in answer.answer


def test_a_total_is_all_of_them(city):
    answer = city.ask("全市教职工有多少人？")
    assert answer.answerable and "10500人" in answer.answer


def test_a_bracket_with_units_apart_is_a_list(city):
    answer = city.ask("民办幼儿园有多少所？")
    assert answer.answerable and "90 所" in answer.answer and "150所" not in answer.answer
    answer = city.ask("民办幼儿园比公办幼儿园多多少所？")
    assert answer.answerable and "多30所" in answer.answer


def test_an_item_named_with_a_numeral_borrows_no_words(city):
    answer = city.ask("农村九年一贯制的学校有几所？")
    assert answer.answerable and "九年一贯制学校5所" in answer.answer
    assert "小学九年一贯制" not in answer.answer


def test_a_kind_named_before_school_counts_its_schools(city):
    answer = city.ask("普通高中里，高级中学和十二年一贯制学校各有多少所？")
    assert answer.answerable and "高级中学5所" in answer.answer and "十二年一贯制3所" in answer.answer


def test_an_institution_whose_name_starts_with_a_verb_is_a_list_item(city):
    answer = city.ask("普通高校和开放大学的专任教师各有多少人？")
    assert answer.answerable and "400人" in answer.answer and "80人" in answer.answer
    assert "500人" not in answer.answer


def test_a_title_of_review_and_plans_makes_no_figure_a_plan(city):
    answer = city.ask("全市有多少所学校？幼儿园也算进去。")
    assert answer.answerable and "300所" in answer.answer and "计划" not in answer.answer
    answer = city.ask("2020年计划新建几所幼儿园？")
    assert answer.answerable and "10所" in answer.answer


def test_schools_for_disabled_children_are_special_schools(city):
    answer = city.ask("有没有专门给残疾孩子上学的学校？有几所？")
    assert answer.answerable and "特殊教育学校2所" in answer.answer


def test_major_districts_before_a_figure_are_another_figure(city):
    answer = city.ask("开学前有多少名督查人员？")
    assert answer.answerable and "64名" in answer.answer and "5大" not in answer.answer
    answer = city.ask("督查人员来自几个学区？")
    assert answer.answerable and "5大学区" in answer.answer and "64名" not in answer.answer


HALVES = """某县教育基本情况

2023年,全县有小学20所、初中9所、公办幼儿园12所、民办幼儿园7所。全县在园幼儿3000人(公办1800人、民办1200人)。全县有省级示范幼儿园3所、市级示范幼儿园5所。

全县专任教师1200人。专任教师中,高中300人,初中400人,小学500人。学历结构方面,研究生学历25人,本科学历900人。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-halves-2023.txt", HALVES,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_a_whole_told_by_its_two_halves_is_their_sum(county):
    answer = county.ask("县里幼儿园总共有几所？")
    assert answer.answerable and "合计19所" in answer.answer and "3所" not in answer.answer
    answer = county.ask("县里示范幼儿园一共有几所？")      # 省级 and 市级 may leave some out
    assert "合计8所" not in answer.answer


def test_those_counted_among_must_be_the_figures_own(county):
    answer = county.ask("高中专任教师里有多少是研究生学历？")     # 25 counts all of them
    assert not answer.answerable and "25人" not in answer.answer


def test_a_kind_under_those_attending_names_their_school(county):
    answer = county.ask("上民办园的孩子有多少人？")
    assert answer.answerable and "1200人" in answer.answer and "3000人" not in answer.answer
    answer = county.ask("公办园的在园幼儿比民办园多多少人？")
    assert answer.answerable and "多600人" in answer.answer


CUT = """某市教育统计

2023年,全市有小学120所,招生1.5万人,在校生8.2万人。初中60所,招生1.1万人,在校生3.3万人。中等职业学校12所,招生0.9万人,在校生2.6万人。其中普通中专5所,在校生1.1万人;职业高中7所,在校生1.5万人。
"""


def test_a_breakdown_cut_into_the_next_chunk_still_details_its_whole(tmp_path_factory):
    city = deployed(tmp_path_factory, "moushi-cut-2023.txt", CUT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2023, chunk_max_chars=90)
    chunks = sorted(city.index.snapshot().chunks.values(), key=lambda c: c.start)
    assert any(c.text.startswith("其中普通中专") for c in chunks)     # the cut this is about
    answer = city.ask("中职学校里一共有多少学生在读？")
    assert answer.answerable and "2.6万人" in answer.answer
