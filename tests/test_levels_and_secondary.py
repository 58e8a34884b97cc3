"""A figure given at another level than the question asks (国家 for 省) is not its answer,
and a question about 中学 (初中 and 高中) is never answered by a figure of 小学, whether its
own words or the sentence its '其中' breaks down name 小学 — a note in brackets there
('…计入中学') says nothing about the figure. Text invented for the test."""

from __future__ import annotations

import pytest

from assistant.levels import other_level
from tests.conftest import deployed, first_sentence

REPORT = """某市教育事业发展概况
一、职业教育
2022年,全市职业教育创新发展取得新进展,被确定为省职业教育创新发展实验区,创建国家改革发展示范性职业学校2所、省高水平示范性职业学校建设稳步推进。
二、普通小学
小学教职工4210人,比上年减少12人(其中一贯制学校的小学教职工数计入中学)。其中专任教师3986人,比上年增加45人。
三、普通中学
初中专任教师2675人,普通高中专任教师1408人。
四、普及水平
截止2022年,学前三年入园率96.05%,学前一年入园率99.5%。小学入学率、巩固率为100%,毕业合格率99.89%,升学率99.7%。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-levels.txt", REPORT,
                    bureau_name="某市教育局", home_places=["某市"])


def test_another_levels_figure_is_refused(city):
    answer = city.ask("2022年全市创建了几所省高水平示范性职业学校？")
    assert not answer.answerable and "2所" not in answer.answer


def test_the_level_asked_is_answered(city):
    answer = city.ask("2022年全市创建了几所国家改革发展示范性职业学校？")
    assert answer.answerable and "2所" in first_sentence(answer)


@pytest.mark.parametrize("question, own, refused", [
    ("几所省级示范校", "创建国家示范校2所", True),
    ("几所省运会金牌", "获全国比赛金牌3枚", True),
    ("省级以上荣誉多少项", "获国家级荣誉5项", False),
    ("国家级、省级特色学校几所", "创建省级特色学校4所", False),
    ("河南省有几所示范校", "创建国家示范校2所", False),
    ("节省了多少经费", "争取国家资金300万元", False),
    ("学科基地省里的加市里的一共有几处", "5处市级学科基地", False),
    ("省里评了几所示范校", "5所市级示范校", True),
])
def test_levels_read_from_the_words(question, own, refused):
    assert bool(other_level(question, own)) is refused


def test_a_secondary_question_is_not_a_primary_figure(city):
    answer = city.ask("某市中学有多少个专任教师？")
    assert "3986" not in answer.answer


def test_the_primary_breakdown_still_answers_primary(city):
    answer = city.ask("某市小学有多少个专任教师？")
    assert answer.answerable and "3986人" in first_sentence(answer)


def test_a_sentence_before_that_is_not_broken_down_lends_no_stage(city):
    answer = city.ask("小学的升学率是多少？")
    assert answer.answerable and "99.7%" in first_sentence(answer)
