"""Rates of two stages side by side ('小学辍学率为0.87%,初中辍学率为1.34%'): each clause names
its own stage, so neither borrows the stage of the clause before it — the 初中 rate is the
answer about 初中 (not another 初中 rate of the sentence), and its answer does not say 小学.
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县教育
2015年,全县共有小学在校生12958人,初中在校生6987人,小学学龄儿童入学率达99.36%,初中阶段学龄人口毛入学率达101.65%,小学辍学率为0.87%,初中辍学率为1.34%;残疾儿童少年入学率达100%。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "moux-2015.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2015)


@pytest.mark.parametrize("question", ["2015年初中的辍学率是多少？", "初中辍学率是多少？"])
def test_the_second_stage_rate_is_its_own(county, question):
    answer = county.ask(question)
    assert answer.answerable and "1.34%" in answer.answer
    assert "101.65" not in answer.answer and "小学" not in answer.answer


def test_both_stages_asked_at_once(county):
    answer = county.ask("小学和初中的辍学率分别是多少？")
    assert answer.answerable and "0.87%" in answer.answer and "1.34%" in answer.answer
    assert "101.65" not in answer.answer


def test_another_rate_of_the_stage_is_no_answer(tmp_path_factory):
    text = TEXT.replace(",初中辍学率为1.34%", "")
    county = deployed(tmp_path_factory, "mouy-2015.txt", text, bureau_name="某县教育局",
                      home_places=["某县"], current_year=2015)
    answer = county.ask("2015年初中的辍学率是多少？")
    assert not answer.answerable and "101.65" not in answer.answer
    assert county.ask("初中毛入学率是多少？").answerable
