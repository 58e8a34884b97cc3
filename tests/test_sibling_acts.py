"""An act the question names that its sentence writes only for a sibling figure is not the
act of a figure whose own item names another ('在县城新建3所普通高中、改扩建2所普通高中':
3所 were newly built, not enlarged); an act leading every item ('新建东湖小学5个班、西湖
小学3个班') is not another item's act, and never makes a false answer. Text invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence

REPORT = """某县教育事业发展纪实
2016年以来,在县城新建3所普通高中、改扩建2所普通高中。
今年新建东湖小学教学班5个、西湖小学教学班3个。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-acts.txt", REPORT,
                    bureau_name="某县教育局", home_places=["某县"])


def test_an_act_of_the_sibling_item_is_not_this_figures(county):
    answer = county.ask("县城改扩建的普通高中有几所？")
    assert answer.answerable and "2所" in first_sentence(answer)
    assert "3所" not in first_sentence(answer)


def test_both_acts_summed(county):
    answer = county.ask("县城新建和改扩建的普通高中加起来一共几所？")
    assert answer.answerable and "5所" in answer.answer


def test_the_act_of_the_figures_own_item_is_kept(county):
    answer = county.ask("县城新建的普通高中有几所？")
    assert answer.answerable and "3所" in first_sentence(answer)


def test_an_act_leading_every_item_gives_no_false_answer(county):
    answer = county.ask("西湖小学新建了几个教学班？")
    assert not answer.answerable or "3个" in first_sentence(answer)
