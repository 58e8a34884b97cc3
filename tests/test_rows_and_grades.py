"""A '分别' row whose figures run on across commas (or a typo's full stop: '88.9%.77.6%,44.9%')
gives the k-th figure to the k-th thing, and a row whose things and figures differ in
number gives none of them; a lettered grade ('A级') is not another one ('B级'). Sentences
invented for the test."""

from __future__ import annotations

import pytest

from assistant.unasked import other_grade
from jiaoti.figures import counts_at
from tests.conftest import deployed

TEXT = """某地区2001年教育概况

全区各级各类学校共有教职工13707人,其中专任教师11653人,小学、初中、高中教师学历合格率分别达到91.2%.79.6%,48.3%。全区共有职业中学(专)12所,其中达到省颁B级标准的职业中学5所,省颁C级标准的4所。
小学、初中、高中的生均图书分别为12册、18册。
"""


@pytest.fixture(scope="module")
def area(tmp_path_factory):
    return deployed(tmp_path_factory, "moudiqu-rows-2001.txt", TEXT,
                    bureau_name="某地区教育处", home_places=["某地区"], current_year=2001)


def test_a_typos_full_stop_parts_two_figures():
    assert [f.raw for f in counts_at("分别达到91.2%.79.6%,48.3%")] == ["91.2%", "79.6%", "48.3%"]
    assert counts_at("版本1.2.3") == [] and counts_at("增长.5%") == []


@pytest.mark.parametrize("stage, figure", [("小学", "91.2%"), ("初中", "79.6%"), ("高中", "48.3%")])
def test_each_thing_of_the_row_gets_its_own_figure(area, stage, figure):
    answer = area.ask(f"{stage}老师的学历合格率是多少？")
    assert answer.answerable and figure in answer.answer
    assert all(f not in answer.answer for f in ("91.2%", "79.6%", "48.3%") if f != figure)


def test_a_row_with_a_figure_missing_gives_none(area):
    answer = area.ask("高中的生均图书有多少册？")
    assert not answer.answerable and "12册" not in answer.answer and "18册" not in answer.answer


def test_another_grade_is_not_the_one_asked(area):
    assert other_grade("达到省颁A级标准的有几所", "达到省颁b级标准的职业中学") == "b级"
    assert other_grade("达到省颁B级标准的有几所", "达到省颁b级标准的职业中学") == ""
    answer = area.ask("达到省颁A级标准的职业中学有几所？")
    assert not answer.answerable and "5所" not in answer.answer
    assert "5所" in area.ask("达到省颁B级标准的职业中学有几所？").answer
