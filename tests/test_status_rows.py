"""States a project table writes in its remark column: the row's first cell names the
project, a short last cell without figures says where it stands ('在建', '已竣工'). The
row's description ('建成后移交…') is no state of it. Rows invented for the test."""

from __future__ import annotations

import pytest

from assistant.status_rows import remark_rows
from tests.conftest import deployed

TEXT = """某县2021年度项目建设情况

项目名称 | 建设规模及主要内容 | 总投资(万元) | 备注 |
某县北环路幼儿园建设项目 | 设计规模为9个幼儿班270个学位,新建保教楼1栋。建成后移交县教育局管理。 | 1800.5 | 在建 |
某县东街小学建设项目 | 新建教学楼1栋,总建筑面积5200平方米。 | 3600 | 已竣工 |
某县南关中学改造项目 | 改造教学楼2栋。 | 900 | 完成80% |
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return deployed(tmp_path_factory, "mouxian-xiangmu.txt", TEXT, bureau_name="某县教育局",
                    home_places=["某县"], current_year=2021)


def test_rows_with_a_short_remark():
    rows = list(remark_rows(TEXT))
    assert [r[3] for r in rows] == ["备注", "在建", "已竣工"]     # ('完成80%' has a figure)
    assert rows[1][1].startswith("某县北环路幼儿园")


def test_the_remark_says_the_state_of_the_row_s_project(county):
    answer = county.ask("北环路幼儿园建好了吗？")
    assert answer.answerable and "在建" in answer.answer and "建成后" not in answer.answer
    assert answer.citations and "北环路幼儿园" in answer.citations[0].quote
    answer = county.ask("东街小学建成了没有？")
    assert answer.answerable and "已竣工" in answer.answer


def test_a_project_no_row_names_has_no_state(county):
    answer = county.ask("西关小学建好了吗？")
    assert not answer.answerable
