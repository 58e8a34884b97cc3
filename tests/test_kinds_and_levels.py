"""Kinds and tables asked in everyday words. '幼儿园' names a table's 学前教育 row;
'学校和幼儿园加在一块儿' is the union a report counts ('中小学和幼儿园'); '能用了吗' asks
whether it is in use (投入使用). Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.conftest import deployed

TEXT = """某县教育工作简报

全县共有中小学和幼儿园120所。
2023年,新建城东小学投入使用。

2023年全县基础教育情况表
类别 |
学校数 |
在校学生数 |
学前教育 |
90 |
9800 |
小学 |
70 |
42000 |
初中 |
20 |
21000 |
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-jianbao.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2024)


def test_a_stage_names_its_table_row_by_another_name(county):
    answer = county.ask("全县有多少所幼儿园？")
    assert answer.answerable and "90所" in answer.answer


def test_schools_and_kindergartens_together_are_the_union_the_report_counts(county):
    answer = county.ask("全县的学校和幼儿园加在一块儿一共有多少所？")
    assert answer.answerable and "120所" in answer.answer


def test_whether_it_can_be_used_asks_whether_it_is_in_use(county):
    answer = county.ask("城东小学建好能用了吗？")
    assert answer.answerable and "投入使用" in answer.answer
