"""A school year ('2015—2016学年度', '2020学年') is the year it starts in, in the documents and
in questions alike; a bracket of records under a whole ('中小学校150所,在校生180000人(其中小学
90所,在校生100000人;初中40所,在校生50000人)') answers each stage, and 小学 is no word of 中小学校;
'总数是多少' asks all of them; a whole named after another ('义务教育阶段中小学专任教师')
restates the scope; a part larger than its whole ('教职工6100人,其中专任教师4300万人') is a
slip, not a figure to state. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.intent import resolve_years
from jiaoti.numbers import school_years
from jiaoti.unsought import blank_unsought
from tests.conftest import deployed

TEXT = """某市教育局2016年度部门责任白皮书

  一、基本情况

  2015—2016学年度,全市共有幼儿园210所,在园幼儿50300人;中小学校150所,在校生180000人(其中小学90所,在校生100000人;初中40所,在校生50000人;普通高中20所,在校生30000人;中等职业技术学校8所,在校生9000人)。全市幼儿园教职工6100人,其中专任教师4300万人。共有高校6所,全日制本专科在校生8.2万人。全市义务教育阶段中小学专任教师9100人。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-baipishu-2016.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2016)


def test_a_school_year_is_the_year_it_starts_in():
    assert school_years("2015—2016学年度,全市") == [2015]
    assert school_years("2020学年定海有多少所小学") == [2020]
    assert school_years("2021-2025年") == []
    assert resolve_years("2015—2016学年度，全市中小学校共有多少所？", 2016) == {2015}
    assert blank_unsought("2015—2016学年度，中小学校").strip() == "，中小学校"


def test_the_documents_school_year_dates_its_figures(city):
    answer = city.ask("2015—2016学年度，全市中小学校共有多少所？")
    assert answer.answerable and "150所" in answer.answer
    assert not city.ask("2019学年全市有多少所幼儿园？").answerable


@pytest.mark.parametrize("question, figure", [("全市有多少所小学？", "90所"),
                                              ("全市有几所初中？", "40所"),
                                              ("初中生一共有多少？", "50000人"),
                                              ("全市中等职业技术学校有几所？", "8所"),
                                              ("中等职业技术学校在校生有多少？", "9000人")])
def test_each_record_of_the_bracket_answers_its_stage(city, question, figure):
    answer = city.ask(question)
    assert answer.answerable and figure in answer.answer


def test_a_total_is_not_one_kind_of_it(city):
    answer = city.ask("在校生总数是多少？")
    assert "8.2万人" not in answer.answer


def test_a_whole_after_another_restates_the_scope(city):
    answer = city.ask("义务教育阶段的专任教师总数是多少？")
    assert answer.answerable and "9100人" in answer.answer


def test_a_part_larger_than_its_whole_is_not_stated(city):
    answer = city.ask("幼儿园的专任教师有多少？")
    assert "4300万" not in answer.answer and "4300" not in answer.answer
