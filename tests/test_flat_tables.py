"""A table copied from a web page as text, one cell per line, is read as a table: its rows
are chunked whole, its full rows become cell facts, a row with merged or missing cells gives
none, and the text stays as written. Text invented for the test."""

from __future__ import annotations

import pytest

from ingest.flat_tables import flat_tables
from tests.conftest import REPORT, deployed

TEXT = """教育
【教育概况】  2023年,某市教育局全年争取各类资金1200万元。截至12月底,全市有各级各类学校50所。
2023年某市学校基本情况一览表
办学类型
学校数
(所)
在校生
(人)
教职工
(人)
幼儿园
30
4000
800
小学
6
8000
500
九年一贯制学校
小学部
8
3000
900
初中部
2500
中等职业学校
1
1500
200
高校
1
20000
1000
实践学校
1
60
合计
50
38000
3260
(某市教育局提供)
教师队伍建设
师德师风  2023年,评出最美教师10人。
"""


def test_the_cells_of_a_flattened_table_are_found_in_place():
    (table,) = flat_tables(TEXT)
    assert table.name == "2023年某市学校基本情况一览表"
    rows = {r.label: r for r in table.rows}
    assert [c.column for c in rows["小学"].cells] == ["学校数(所)", "在校生(人)", "教职工(人)"]
    assert [TEXT[c.start:c.end] for c in rows["小学"].cells] == ["6", "8000", "500"]
    assert [c.text for c in rows["九年一贯制学校小学部"].cells] == ["8", "3000", "900"]
    assert rows["初中部"].cells == [] and rows["实践学校"].cells == []   # which column? unknown
    assert [c.text for c in rows["合计"].cells] == ["50", "38000", "3260"]
    assert "(某市教育局提供)" not in {r.label for r in table.rows}


def test_prose_and_the_bundled_report_hold_no_flattened_table():
    assert flat_tables(REPORT.read_text(encoding="utf-8")) == []
    assert flat_tables("一、概况\n全市有学校50所。\n二、师资\n专任教师3000人。\n") == []


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return deployed(tmp_path_factory, "moushi-2023.txt", TEXT, bureau_name="某市教育局",
                    home_places=["某市"], current_year=2023)


def test_a_cell_answers_with_a_verbatim_quote(city):
    answer = city.ask("小学的教职工有多少人？")
    assert answer.answerable and "500" in answer.answer
    assert answer.citations[0].quote == "500"
    assert "一览表" in answer.citations[0].location
    pupils = city.ask("那几所小学里一共有多少孩子在读？")
    assert pupils.answerable and "8000" in pupils.answer and "6所" not in pupils.answer


def test_a_cell_never_answers_what_the_question_leaves_out_or_adds(city):
    assert "20000" not in city.ask("除了那所高校，其他学校加起来还有多少在校生？").answer
    assert not city.ask("30所幼儿园里公办的有几所？").answerable
    assert not city.ask("小学每个班多少人？").answerable


def test_a_question_naming_no_row_asks_the_total_row(city):
    """'一共多少在校生' names no row: the table's 合计 row answers, though retrieval rarely
    finds a chunk of bare numbers; a row the table lacks ('高中') is never answered by it."""
    whole = city.ask("全市在校生一共有多少人？")
    assert whole.answerable and "38000" in whole.answer and "合计" in whole.answer
    assert whole.citations[0].quote == "38000" and "一览表" in whole.citations[0].location
    assert "38000" not in city.ask("全市高中一共有多少在校生？").answer


def test_a_row_is_named_in_other_words(city):
    answer = city.ask("中职学校现在有多少学生？")        # the row says 中等职业学校
    assert answer.answerable and "1500" in answer.answer and "38000" not in answer.answer
