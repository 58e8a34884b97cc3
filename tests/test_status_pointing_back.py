"""A statement that names the thing and goes on about it by pointing back ('我们来看看城北
幼儿园,该幼儿园位于…,…,目前,该幼儿园正在进行工程后期扫尾工作') says its state in the
clause that points back, however many clauses of description lie between. A state of
something else is still no answer. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed, first_sentence as _first

TEXT = """2021年某县教育项目巡礼

随后,我们来看看城北幼儿园,该幼儿园位于城北新区,总占地面积10亩,按照市级示范性幼儿园标准建设,可提供6个教学班180个学位,目前,该幼儿园正在进行工程后期扫尾工作,预计明年3月投入使用。
城南小学综合楼已于2021年6月竣工。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-projects-2021.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2021)


def test_the_clause_pointing_back_says_the_state(county):
    answer = county.ask("城北幼儿园建设进展到哪一步了？")
    assert answer.answerable, answer.answer
    assert "扫尾" in _first(answer)


def test_another_things_state_is_no_answer(county):
    answer = county.ask("城东幼儿园建设进展到哪一步了？")
    assert not answer.answerable or "城东" in answer.answer
