"""A figure whose own words count those an act was not done to ('152人填报志愿未被录取',
'尚未开工的校舍项目3个') answers no question that negates nothing, and still answers one
that does — a negated remark on the counted thing ('…18所不计校数未纳入…') or one about
another figure of the clause is no bar; a rate answers no count ('其中省示范高中录了多少' after '…录取了多少人' is no
'…完成率为96.81%'). Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某市中考招生情况
今年我市中考600分及以上考生共18230名。普通高中最低录取控制线600分及以上共有152人填报志愿未被录取。第一次录取结束后,尚未开工的校舍项目3个。
今年我市普通高中共录取考生21045人。省示范高中指标到校总体的完成率为96.81%。
全市共有学校40所(其中小学27所<小学教学点18所不计校数未纳入学校数统计>,普通初中13所)。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-negated.txt", REPORT,
                    bureau_name="某市教育局", home_places=["某市"])


@pytest.mark.parametrize("question, figure", [
    ("600分及以上填报志愿的考生共有多少名？", "152"),
    ("有几个校舍项目？", "3个"),
])
def test_those_not_done_answer_no_plain_question(city, question, figure):
    answer = city.ask(question)
    assert not answer.answerable and figure not in answer.answer.split("（")[0]


@pytest.mark.parametrize("question, figure", [
    ("600分及以上有多少人填报志愿未被录取？", "152人"),
    ("还有几个校舍项目没开工？", "3个"),
])
def test_a_negated_question_gets_them(city, question, figure):
    answer = city.ask(question)
    assert answer.answerable and figure in first_sentence(answer)


@pytest.mark.parametrize("question, figure", [
    ("上普高最低要考多少分？", "600分"),
    ("全市还有多少个小学教学点？", "18所"),
    ("全市一共有几所初中？", "13所"),
])
def test_a_negation_about_something_else_is_no_bar(city, question, figure):
    answer = city.ask(question)
    assert answer.answerable and figure in first_sentence(answer)


def test_a_rate_answers_no_count(city):
    answer = city.ask("那其中省示范高中录了多少？", history=["今年普高一共录取了多少人？"])
    assert "96.81" not in answer.answer


def test_a_rate_asked_is_still_a_rate(city):
    answer = city.ask("省示范高中指标到校完成率是多少？")
    assert answer.answerable and "96.81%" in first_sentence(answer)
