"""Kinds of vocational school are kinds, not one another: '技校' is '技工学校', not
'职业高中'; '职高' is '职业高中'; '中职' and '职校' name them all, so one kind's figure is no
answer to how many there are in all — but the answer to a question naming that kind among
them ('中职生里读职业高中的'). Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某市教育统计公报

2013年,全市在校学生总数52000人,其中,普通高中8100人,职业高中2990人,技工学校590人,小学28000人。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-gongbao-2013.txt", TEXT,
                    bureau_name="某市教育局", home_places=["某市"], current_year=2013)


@pytest.mark.parametrize(("question", "figure", "other"), [
    ("上技校的学生有多少人？", "590人", "2990人"),
    ("读职高的学生有多少人？", "2990人", "590人"),
])
def test_each_kind_is_its_own(city, question, figure, other):
    answer = city.ask(question)
    assert answer.answerable and figure in answer.answer and other not in answer.answer


@pytest.mark.parametrize("question", ["中职学生有多少人？", "职校有多少学生？"])
def test_one_kind_is_not_all_of_them(city, question):
    answer = city.ask(question)
    assert not answer.answerable
    assert "2990" not in answer.answer.split("（")[0] and "590" not in answer.answer.split("（")[0]


def test_a_kind_named_among_its_whole_is_asked_itself(city):
    answer = city.ask("中职生里，读职业高中的有多少人？")
    assert answer.answerable and "2990人" in answer.answer
