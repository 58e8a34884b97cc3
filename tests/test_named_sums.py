"""Sums of named things: 'A、B、C三所幼儿园加起来' asks each of A幼儿园, B幼儿园, C幼儿园 (the
count is how many names there are, not a figure asked); 'A迁建加上B新建，一共投了多少' is the
one figure the documents give of both at once ('投入3.6亿元,迁建A、新建B') — but not when a
part names another thing or act. Sentences invented for the test."""

from __future__ import annotations

import pytest

from assistant.part_items import expand
from assistant.parts import split
from tests.conftest import deployed

TEXT = """某县教育工作总结

2016年新建东山幼儿园500平方米。2017年,新建西河幼儿园320平方米。2018年新建南岭幼儿园180平方米。

“十三五”期间,投入3.6亿元,迁建实验中学、新建城南小学2所学校;投入2600万元,为全县20所农村学校配备多媒体教室。
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-zongjie-2020.txt", TEXT,
                    bureau_name="某县教育局", home_places=["某县"], current_year=2020)


def test_names_counted_with_their_kind_each_take_the_kind():
    assert expand("东山、西河、南岭三所幼儿园加起来一共多少平方米") == \
        "东山幼儿园、西河幼儿园、南岭幼儿园加起来一共多少平方米"
    assert expand("一中、二中两所学校各有多少学生") == "一中、二中各有多少学生"   # named already
    assert expand("东山、西河三所幼儿园一共多少平方米") == "东山、西河三所幼儿园一共多少平方米"  # 2 ≠ 3
    parts = split("这几年新建的东山、西河、南岭三所幼儿园加起来一共多少平方米?")
    assert parts is not None and parts.compare == "sum"
    assert [q.endswith("幼儿园多少平方米") for q in parts.questions] == [True] * 3


def test_a_sum_of_names_counted_with_their_kind(county):
    answer = county.ask("东山、西河、南岭三所幼儿园加起来一共多少平方米？")
    assert answer.answerable and "1000平方米" in answer.answer
    assert all(f in answer.answer for f in ("500平方米", "320平方米", "180平方米"))


def test_one_figure_of_both_parts_is_their_sum(county):
    answer = county.ask("实验中学迁建加上城南小学新建，一共投了多少钱？")
    assert answer.answerable and "3.6亿元" in answer.answer
    assert answer.citations and "迁建实验中学、新建城南小学" in answer.citations[0].quote


@pytest.mark.parametrize("question", ["实验中学迁建加上城北小学新建，一共投了多少钱？",
                                      "实验中学改造加上城南小学新建，一共投了多少钱？"])
def test_a_part_the_figure_does_not_name_is_no_share_of_it(county, question):
    answer = county.ask(question)
    assert "3.6亿元" not in answer.answer and "2600万元" not in answer.answer
