"""Tables as facts: spreadsheets and document tables become one line per row and a typed
Fact per number cell; a (row, column) question is answered from the right cell, never
from a neighbouring column, and a whole-table question gets a short list."""

from __future__ import annotations

import pytest
from files import write_enrolment_docx, write_enrolment_xlsx

from assistant.grounding import citation
from ingest.pipeline import ingest_paths, prepare
from assistant.tables import (cell_lookup, is_listing, listing_text, question_words,
                                 table_listing)
from ingest.tables import cell_location
from jiaoti import numbers as num


def test_headers_give_name_unit_and_counted_noun():
    assert num.read_header("招生人数（人）") == num.Header("招生人数（人）", "招生人数", "人", "人")
    classes = num.read_header("班数")
    assert (classes.name, classes.unit, classes.noun) == ("班数", "个", "班")
    assert num.read_header("金额(万元)").unit == "万元"
    assert num.read_header("学校").unit == "" and num.read_header("学校").noun == ""
    assert num.read_header("经费", "万元").unit == "万元"       # the table's 单位：万元


@pytest.mark.parametrize("cell,unit,value,fig_unit", [
    ("450", "人", "450", "人"), ("1,234", "", "1234", ""), ("98.5%", "", "98.5", "%"),
    ("12.5", "万元", "125000", "元"), ("４５０人", "", "450", "人"), ("-2.5", "%", "-2.5", "%")])
def test_number_cells_are_read_with_the_header_unit(cell, unit, value, fig_unit):
    fig = num.cell_figure(cell, unit)
    assert fig is not None and num.plain(fig.value) == value and fig.unit == fig_unit


@pytest.mark.parametrize("cell", ["鹤壁市第一小学", "2025-09-01", "", "约450", "450人左右"])
def test_text_cells_are_not_figures(cell):
    assert num.cell_figure(cell) is None


def test_xlsx_rows_become_lines_and_cells_become_facts(settings, tmp_path):
    doc = prepare(write_enrolment_xlsx(tmp_path / "计划.xlsx"), settings)
    assert doc.tables == 1 and len(doc.facts) == 6
    assert doc.title == "2025年城区小学招生计划"
    rows = [c for c in doc.chunks if c.kind == "table"]
    assert rows[0].text == "学校：鹤壁市第一小学；招生人数（人）：450；班数：10"
    assert rows[0].section == "2025年城区小学招生计划"
    fact = next(f for f in doc.facts if f.row == "淇滨小学" and f.column == "班数")
    assert (fact.value, fact.unit, fact.raw, fact.year, fact.period, fact.cell) == \
        ("12", "个", "12", 2025, "plan", "C5")
    assert fact.table == "2025年城区小学招生计划" and fact.subject == "淇滨小学 班数"
    chunk = next(c for c in doc.chunks if c.id == fact.chunk_id)
    assert chunk.text[fact.start - chunk.start:fact.end - chunk.start] == "12"
    assert chunk.text[fact.clause_start - chunk.start:fact.clause_end - chunk.start] == fact.clause
    assert cell_location(fact) == "2025年城区小学招生计划 第5行 班数"


def test_docx_table_keeps_its_place_and_caption(settings, tmp_path):
    doc = prepare(write_enrolment_docx(tmp_path / "通知.docx"), settings)
    kinds = [(c.kind, c.text[:6]) for c in doc.chunks]
    assert kinds[-1] == ("paragraph", "请各校按计划")          # text after the table stays after it
    assert ("heading", "表1 202") in kinds
    fact = next(f for f in doc.facts if f.row == "鹤壁市第二小学" and f.column == "招生人数（人）")
    assert (fact.value, fact.unit, fact.cell, fact.table) == ("360", "人", "B3", "表1 2025年城区小学招生计划")
    assert doc.chunks[-1].section == ""        # a table is a section of its own, never a heading


def test_html_and_csv_tables(settings, tmp_path):
    page = tmp_path / "资助.html"
    page.write_text("<html><body><h1>2024年学生资助标准</h1><p>标准如下。</p><table>"
                    "<caption>学前教育资助标准</caption><tr><th>项目</th><th>标准（元/人·年）</th></tr>"
                    "<tr><td>学前教育资助</td><td>1,000</td></tr><tr><td colspan=2>注：按学年发放</td>"
                    "</tr></table><p>特此通知。</p></body></html>", encoding="utf-8")
    doc = prepare(page, settings)
    fact = next(f for f in doc.facts)
    assert (fact.row, fact.value, fact.unit, fact.year, fact.table) == \
        ("学前教育资助", "1000", "元", 2024, "学前教育资助标准")
    sheet = tmp_path / "班额.csv"
    sheet.write_text("学校,班数,学生数\n城关小学,24,1080\n", encoding="gb18030")
    facts = prepare(sheet, settings).facts
    assert {(f.column, f.value, f.unit) for f in facts} == {("班数", "24", "个"), ("学生数", "1080", "人")}


@pytest.fixture()
def enrolment(settings, tmp_path):
    return list(prepare(write_enrolment_xlsx(tmp_path / "计划.xlsx"), settings).facts)


@pytest.mark.parametrize("question,column,value", [
    ("鹤壁市第一小学招几个班？", "班数", "10"),
    ("鹤壁市第一小学招多少人？", "招生人数（人）", "450"),
    ("淇滨小学今年招生人数是多少", "招生人数（人）", "540"),
    ("第二小学招几个班", "班数", "8"),
    ("第二小学招多少学生？", "招生人数（人）", "360"),
])
def test_cell_lookup_answers_from_the_named_column(enrolment, question, column, value):
    rows, columns = question_words(question, enrolment)
    fact = cell_lookup(enrolment, rows, columns)
    assert fact is not None and (fact.column, fact.value) == (column, value)


@pytest.mark.parametrize("question", [
    "第一小学每班多少人？",        # two columns fit: refused, not guessed
    "第一小学有多少台电脑？",      # no column counts that
    "招几个班？",                  # no row named
    "小学招几个班？",              # every row fits
])
def test_cell_lookup_refuses_what_it_cannot_place(enrolment, question):
    rows, columns = question_words(question, enrolment)
    assert cell_lookup(enrolment, rows, columns) is None


def test_wrong_column_is_never_answered(enrolment):
    classes = cell_lookup(enrolment, ["淇滨小学"], ["招", "几个", "班"])
    pupils = cell_lookup(enrolment, ["淇滨小学"], ["招", "多少", "人"])
    assert (classes.column, pupils.column) == ("班数", "招生人数（人）")
    assert cell_lookup(enrolment, ["淇滨小学"], ["招", "几个", "班"], year=2024) is None


def test_a_cell_with_different_values_in_two_tables_is_refused(enrolment):
    from dataclasses import replace

    other = [replace(f, table="2025年调整后计划", value="11") if f.column == "班数" else f
             for f in enrolment]
    assert cell_lookup(enrolment + other, ["淇滨小学"], ["几个", "班"]) is None


def test_whole_table_listing(enrolment):
    question = "各小学招几个班？"
    rows, columns = question_words(question, enrolment)
    assert is_listing(question) and not is_listing("淇滨小学招几个班？")
    listed = table_listing(enrolment, columns, rows)
    assert [f.value for f in listed] == ["10", "8", "12"]
    assert listing_text(listed) == "鹤壁市第一小学10个班；鹤壁市第二小学8个班；淇滨小学12个班"
    assert listing_text(listed, limit=2).endswith("……等3项")
    assert table_listing(enrolment, ["每班", "多少", "人"], rows) == []


def test_table_facts_reach_the_index_with_counts_and_a_cell_citation(settings, tmp_path):
    from vectorstore.index import Index

    index = Index(settings)
    report = ingest_paths([write_enrolment_xlsx(tmp_path / "计划.xlsx")], settings, index)
    assert report.ok
    snap = index.snapshot(force=True)
    info = snap.documents["计划.xlsx"]
    assert (info.tables, info.facts, info.pages, info.ocr_pages) == (1, 6, 0, 0)
    facts = list(prepare(tmp_path / "计划.xlsx", settings).facts)
    fact = cell_lookup(facts, ["淇滨小学"], ["几个", "班"])
    cite = citation(1, snap.chunks[fact.chunk_id], fact.start, fact.end, cell_location(fact))
    assert cite.quote == "12" and cite.location == "2025年城区小学招生计划 第5行 班数"
    assert not cite.ocr


def test_the_engine_answers_from_the_right_cell_and_lists_a_column(settings, tmp_path):
    from assistant.engine import Assistant
    from vectorstore.index import Index

    index = Index(settings)
    assert ingest_paths([write_enrolment_xlsx(tmp_path / "计划.xlsx")], settings, index).ok
    assistant = Assistant(settings, index=index)
    classes = assistant.ask("淇滨小学今年招几个班？")
    assert classes.answerable and "12" in classes.answer and "540" not in classes.answer
    assert classes.citations[0].quote == "12"
    assert classes.citations[0].location == "2025年城区小学招生计划 第5行 班数"
    pupils = assistant.ask("淇滨小学招多少人？")
    assert pupils.answerable and "540" in pupils.answer and "12个" not in pupils.answer
    listing = assistant.ask("各小学分别招几个班？")
    assert listing.answerable and listing.answer.count("个班") >= 3
    assert not assistant.ask("淇滨小学每个班多少人？").answerable
