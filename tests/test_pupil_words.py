"""Everyday words for pupils reach the documents' short forms: '在校生' is 在校学生, so '初中生
呢？' after a question about 小学 is answered by '在校生…,其中:…初中9516人'; '招了多少学生' is
said by '初中招生'; '在校的有多少人' asks the pupils; and a question counting all pupils is
not answered by one stage's ('义务教育阶段在校生'). Sentences invented for the test."""

from __future__ import annotations

import pytest

from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县2023年教育事业统计

全县共有各级各类学校50所。在校生41905名,其中:普通高中4438人,初中9516人,小学18050人。
小学招生3300人,初中招生3100人。
"""
CITY = """某市2023年教育概况

全市共有小学75所,招生9229人;在校生49797人。全市共有初中学校19所,招生7434人;在校生22092人。全市义务教育阶段在校生中,随迁子女共15679人,其中,在小学就读11552人,在初中就读4127人。

全市义务教育阶段在校生27566人,其中随迁子女1200人。中等职业学校3所。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-pupils-2023.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2023)


def test_short_forms_read_whole():
    assert tx.stage_pupils("在校生41905名") == "在校学生41905名"
    assert tx.stage_pupils("在读生") == "在读学生"
    assert tx.stage_pupils("在校生活") == "在校生活"
    assert tx.stage_pupils("职中学生和职中生") == "职中学生和职中的学生"   # not '职中学的学生'


def test_a_follow_up_naming_pupils_is_said_by_the_list_frame(county):
    answer = county.ask("初中生呢？", history=["全县上小学的娃有多少个？"])
    assert answer.answerable and "9516" in answer.answer


def test_recruited_pupils_are_said_by_zhaosheng(county):
    answer = county.ask("那初中今年招了多少学生？", history=["小学今年招了多少新生？"])
    assert answer.answerable and "3100" in answer.answer


def test_in_school_asks_the_pupils(county):
    answer = county.ask("高中在校的一共有多少人？")
    assert answer.answerable and "4438" in answer.answer


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-pupils-2023.txt", CITY,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2023)


def test_a_new_stage_replaces_the_carried_one(city):
    answer = city.ask("那初中呢？", history=["今年小学招了多少新生？"])
    assert answer.answerable and "7434" in answer.answer


def test_one_stage_does_not_answer_all_pupils(city):
    answer = city.ask("某市一共有多少学生在上学？")
    assert not answer.answerable and "27566" not in answer.answer
    assert city.ask("义务教育阶段在校生有多少？").answerable
