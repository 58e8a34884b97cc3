"""A change from a year's value to another ('由2014年的4.62平方米增加到6.78平方米'): the first
value is that year's, the value reached is not, and a question naming no time asks the value
reached; '2014年以来,…' is where a count starts, not the year of its figures; a per-head
figure ('生均…') answers only a question asking per head. Text invented for the test."""

from __future__ import annotations

import pytest

from ingest.facts import extract_facts
from jiaoti.types import Chunk
from tests.conftest import deployed, first_sentence

REPORT = """某县教育事业发展纪实
2014年以来,全县实施各类教育工程项目512个,新增校舍面积61.2万平方米。小学生均校舍面积由2014年的5.12平方米增加到6.34平方米,初中生均校舍面积由2014年的4.26平方米增加到6.91平方米。在县城新建3所普通高中,新增校舍18.4万平方米,高中生均校舍面积由2014年的7.1平方米增加到8.35平方米。
"""


def _facts(text: str) -> dict[str, int | None]:
    chunk = Chunk(id="c", text=text, source="x.txt", title="t", section="", paragraph=1,
                  start=0, end=len(text))
    return {f.raw: f.year for f in extract_facts([chunk], "某县教育事业发展纪实")}


def test_the_value_reached_is_not_the_starting_years():
    years = _facts(REPORT.splitlines()[1])
    assert years["5.12平方米"] == 2014 and years["6.34平方米"] is None
    assert years["7.1平方米"] == 2014 and years["8.35平方米"] is None
    assert years["18.4万平方米"] is None and years["3所"] is None


def test_since_a_year_is_not_the_year_of_the_figures():
    years = _facts("2019年以来,全县新建学校12所。")
    assert years["12所"] is None
    assert _facts("2019年,全县新建学校12所。")["12所"] == 2019


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-reached.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


def test_a_question_naming_no_time_asks_the_value_reached(county):
    answer = county.ask("初中生均校舍面积是多少？")
    assert answer.answerable and "6.91平方米" in first_sentence(answer)
    assert "4.26" not in first_sentence(answer)
    answer = county.ask("现在高中生均校舍面积多大？")
    assert answer.answerable and "8.35平方米" in first_sentence(answer)


def test_the_starting_year_asks_the_starting_value(county):
    answer = county.ask("2014年初中生均校舍面积是多少？")
    assert answer.answerable and "4.26平方米" in first_sentence(answer)


def test_a_rise_from_a_years_value_is_computed(county):
    answer = county.ask("初中生均校舍面积提高了多少？")
    assert answer.answerable and "2.65平方米" in first_sentence(answer)


def test_a_per_head_figure_is_no_answer_to_a_total(county):
    answer = county.ask("高中新增了多少校舍面积？")
    assert not answer.answerable or "8.35" not in first_sentence(answer)


def test_a_question_asking_both_values_gets_the_change_with_both(county):
    answer = county.ask("初中生均校舍面积由2014年的多少增加到了多少？")
    said = first_sentence(answer)
    assert answer.answerable and "6.91平方米" in said and "4.26平方米" in said


def test_one_year_is_not_answered_by_a_span_since_an_earlier_year(county):
    answer = county.ask("今年某县实施了多少个教育工程项目？")
    assert not answer.answerable or "512" not in first_sentence(answer)
    answer = county.ask("2014年以来某县实施了多少个教育工程项目？")
    assert answer.answerable and "512个" in first_sentence(answer)


def test_a_quoted_word_must_be_in_the_figures_paragraph(county):
    answer = county.ask("某县教育讲的是几个“优先”？")
    assert not answer.answerable or "512" not in first_sentence(answer)


SINCE = """某县教育体育局2024年工作总结
一、党建工作
2024年以来,县委教育工委共召开理论学习中心组学习会议13次。
二、教育质量
2014年以来,全县有25名优秀学生考入清华北大。
"""


@pytest.fixture(scope="module")
def county_2024(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-since-2024.txt", SINCE,
                    bureau_name="某县教育体育局", home_places=["某县"], current_year=2024)


def test_a_span_since_the_year_asked_is_that_years(county_2024):
    answer = county_2024.ask("2024年县委教育工委召开了几次理论学习中心组学习会议？")
    assert answer.answerable and "13次" in first_sentence(answer)
    answer = county_2024.ask("今年有几个学生考上清华北大？")
    assert not answer.answerable or "25" not in first_sentence(answer)
