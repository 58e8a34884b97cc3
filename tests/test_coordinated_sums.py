"""'小学和初中的娃娃一共有多少' asks the sum of two items of a list ('其中小学生21000人、
初中生9000人'): both figures and their total, never one of them alone; a run-in heading
both items share is said once. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.parts import split
from tests.conftest import deployed

TEXT = """某区义务教育发展情况

一、基本情况
(一)教育基本情况。2024年,某区义务教育阶段在校学生30000人(含随迁子女6000人),其中小学生21000人、初中生9000人。全区义务教育阶段专任教师2100人。
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    return deployed(tmp_path_factory, "mouqu-yiwu.txt", TEXT, bureau_name="某区教育局",
                    home_places=["某区"], current_year=2024)


def test_two_items_joined_by_he_then_yigong_are_a_sum():
    parts = split("小学和初中的娃娃一共有多少？")
    assert parts is not None and parts.compare == "sum" and len(parts.questions) == 2
    assert split("全区一共有多少所学校？") is None


def test_the_sum_of_two_items_is_answered_not_one_item(district):
    answer = district.ask("某区上小学和初中的娃娃一共有多少？")
    assert answer.answerable and "30000人" in answer.answer
    assert "21000人" in answer.answer and "9000人" in answer.answer
    assert answer.answer.count("教育基本情况") <= 1


def test_one_item_does_not_answer_for_two(district):
    answer = district.ask("某区读小学和初中的娃娃有多少？")
    first = answer.answer.split("。")[0]
    assert not ("21000" in first and "9000" not in first and "30000" not in first)
