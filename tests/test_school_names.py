"""Ordinal school names written short or long: '二中' is '第二中学', '七小' '第七小学', '一幼'
'第一幼儿园', either way round; no other word is touched. A question's short form finds the
documents' long one (a long form in a question is cut by jieba into 第七|小学 and not yet
joined). A list invented for the test."""

from __future__ import annotations

import pytest

from jiaoti import text as tx
from tests.conftest import deployed

TEXT = """某县教育项目建设情况

1.某县第二中学,建设面积3485平方米,投入资金1499万元。
2.某县七小,建设面积3000平方米,投入资金900万元。
"""


@pytest.mark.parametrize("word, forms", [
    ("二中", ["第二中学", "第二初中"]), ("信丰七小", ["信丰第七小学"]), ("一幼", ["第一幼儿园"]),
    ("第十一中学", ["十一中"]), ("初中", []), ("高中", []), ("其中", []), ("小学", []),
])
def test_short_and_long_forms(word, forms):
    assert tx.school_forms(word) == forms


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xiangmu-2.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2023)


def test_a_school_asked_by_its_short_name(county):
    answer = county.ask("二中盖了多大？")
    assert answer.answerable and "3485平方米" in answer.answer and "3000" not in answer.answer


def test_a_school_the_documents_write_short(county):
    answer = county.ask("七小投了多少钱？")
    assert answer.answerable and "900万元" in answer.answer and "1499" not in answer.answer
