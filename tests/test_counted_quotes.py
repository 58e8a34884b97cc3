"""A quoted word right after 几个/多少 ('讲的是几个“优先”') is what the question counts: a figure
answers it only when its own clause names it, not when its paragraph or section heading
does ('一、坚持优先发展' over '实施各类教育工程项目512个'). Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某县教育工作纪实
一、坚持优先发展
2019年以来,某县坚持教育优先发展,全县实施各类教育工程项目512个,新增校舍面积61.2万平方米。
二、教师队伍
全县评选“最美教师”36名。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-quotes.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


def test_a_counted_quote_must_be_named_by_the_figures_clause(county):
    answer = county.ask("某县办教育讲的是几个“优先”？")
    assert not answer.answerable or "512" not in answer.answer


def test_a_counted_quote_its_clause_names_is_answered(county):
    answer = county.ask("某县评了多少名“最美教师”？")
    assert answer.answerable and "36名" in first_sentence(answer)
    answer = county.ask("某县实施了多少个“教育工程项目”？")
    assert answer.answerable and "512个" in first_sentence(answer)
