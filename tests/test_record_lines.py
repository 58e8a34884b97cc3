"""A statistics bulletin written as numbered record lines ('4、高中招生人数…;在校生人数…'):
the stage a line's record opens with scopes its later figures, after a ';' or a ',';
a part named in the '其中' list right after a figure (in a bracket or not) is not
answered by the whole; '没在X读的' leaves X out; '各级各类学校在校生' are all pupils.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed
from tests.test_year_on_year import _says

TEXT = """某市2021年教育事业统计

一、学生情况
1、全市各级各类学校在校生人数90000人,比去年增加3000人。其中义务教育阶段在校生60000人。
2、小学招生人数8000人,比去年增加300人;在校生人数40000人,比去年增加900人。
3、高中招生人数5000人,比去年增加200人;在校生人数15000人,比去年增加700人。
4、特殊教育学校招生人数60人,在校生人数400人。
5、中小学在校50000人,其中小学在校35000人,初中在校15000人。

二、学前教育
民办幼儿园31所,在园幼儿4700人(普惠性幼儿园25所,在园人数为4400人,其中城区13所2500人,乡镇12所1900人)。
随迁子女在校生2.8万人,其中在公办学校就读人数2.4万人。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-tongji-2021.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2021)


def test_a_records_stage_scopes_its_later_figures(city):
    _says(city.ask("高中在校生有多少人？"), "15000人", "40000")
    _says(city.ask("高中在校生比去年多了多少？"), "700人", "200人")
    _says(city.ask("特殊教育学校在校生有多少？"), "400人")


def test_all_pupils_are_the_whole_not_a_stage_of_it(city):
    answer = city.ask("某市现在一共有多少学生在上学？")
    assert "400人" not in answer.answer and "15000" not in answer.answer
    assert "60000" not in answer.answer
    assert not answer.answerable or "90000人" in answer.answer


def test_a_part_in_the_list_after_a_figure_is_not_the_whole(city):
    answer = city.ask("乡镇上的普惠性民办园一共收了多少孩子？")
    assert "4400" not in answer.answer and "4700" not in answer.answer
    assert not answer.answerable or "1900人" in answer.answer


def test_not_at_leaves_the_place_out(city):
    answer = city.ask("随迁子女里没在公办学校读的大概有多少人？")
    assert "2.4万" not in answer.answer and "2.8万" not in answer.answer


def test_a_follow_up_read_another_way_when_the_swapped_stage_refuses(city):
    answer = city.ask("那初中呢？", history=["区里上小学的孩子有多少？"])
    assert answer.answerable and "15000人" in answer.answer, answer.answer
