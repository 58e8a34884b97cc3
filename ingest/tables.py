"""Tables as text and as facts. A table (a spreadsheet sheet, a Word or HTML table) is laid
out as one line per row in the document text, each cell written with its column header
("学校：第一小学；招生人数（人）：450；班数：10"), so a row chunk reads on its own and a citation
points into it. Every number cell then becomes a typed Fact: row label, column header, value,
unit (from the header), year, table name and cell reference, with offsets into the text."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from jiaoti import numbers as num
from jiaoti.text import SPACES
from jiaoti.types import Chunk, Fact

CELL_SEP = "；"
LABEL_SEP = "："
_SKIP_COLUMN = re.compile(r"序号|编号|代码|编码|电话|手机|邮编|身份证|学号|工号|排名|名次|账号")
_YEAR_COLUMN = re.compile(r"^(?:年份|年度|年)$")
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,，;；)）]{1,6})")


@dataclass
class TableCell:
    column: str        # the column header as written ("" if the table has none)
    ref: str           # cell reference ("C3", or "Sheet2!C3")
    text: str          # the cell as written
    start: int         # offsets of ``text`` (relative to the row line until it is placed)
    end: int


@dataclass
class TableRow:
    number: int        # row number in the table grid (the sheet row for a spreadsheet)
    label: str         # what the row is about ("第一小学"); "第3行" if the table names none
    start: int = 0     # the row line in the document text
    end: int = 0
    year: int | None = None          # from a 年份 column
    cells: list[TableCell] = field(default_factory=list)

    def place(self, at: int) -> None:
        """Offsets become document offsets once the line is placed at ``at``."""
        self.start, self.end = at + self.start, at + self.end
        for c in self.cells:
            c.start, c.end = at + c.start, at + c.end


@dataclass
class ParsedTable:
    name: str                        # caption, title row or sheet name ("表1" if none)
    title_start: int = -1            # the name line in the document text (-1: none)
    title_end: int = -1
    unit: str = ""                   # the table's "单位：万元", for headers that name none
    rows: list[TableRow] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict) -> "ParsedTable":
        rows = [TableRow(**{**r, "cells": [TableCell(**c) for c in r["cells"]]})
                for r in data["rows"]]
        return cls(**{**data, "rows": rows})


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def clean_cell(value) -> str:
    return SPACES.sub(" ", "" if value is None else str(value)).strip()

# ---------------------------------------------------------------- layout


def layout(grid: list[list[str]], name: str, first_row: int = 1, sheet: str = ""
           ) -> tuple[ParsedTable, list[TableRow]] | None:
    """A table and its row lines (offsets relative to each line) from a grid of cell
    texts; rows above the header that hold one text are the title. None if it holds no
    row of data. ``first_row`` numbers the grid's first row, ``sheet`` qualifies refs."""
    grid = [[clean_cell(c) for c in row] for row in grid]
    top = 0
    titles = []
    while top < len(grid) and len({c for c in grid[top] if c}) <= 1:
        titles += [c for c in grid[top] if c][:1]
        top += 1
    if top >= len(grid) - 1:
        return None
    unit_m = next((m for t in titles if (m := _TABLE_UNIT.search(t))), None)
    table = ParsedTable(name=(titles[0] if titles else name), unit=unit_m.group(1) if unit_m else "")
    header, body = grid[top], grid[top + 1:]
    if _is_data(header):
        header, body = [""] * len(header), grid[top:]
        top -= 1
    label_col, year_col = _roles(header, body)
    lines, label = [], ""
    for i, row in enumerate(body):
        number = first_row + top + 1 + i
        if not any(row):
            continue
        text = row[label_col] if label_col is not None and label_col < len(row) else ""
        label = text or label or f"第{number}行"
        trow = TableRow(number, label)
        if year_col is not None and year_col < len(row):
            years = num.years_in(row[year_col] + "年")
            trow.year = years.pop() if len(years) == 1 else None
        parts, pos = [], 0
        for j, cell in enumerate(row):
            if not cell:
                continue
            head = header[j] if j < len(header) else ""
            prefix = f"{head}{LABEL_SEP}" if head else ""
            if parts:
                pos += len(CELL_SEP)
            ref = f"{column_letter(j)}{number}"
            trow.cells.append(TableCell(head, f"{sheet}!{ref}" if sheet else ref, cell,
                                        pos + len(prefix), pos + len(prefix) + len(cell)))
            parts.append(prefix + cell)
            pos += len(prefix) + len(cell)
        trow.end = pos
        lines.append((CELL_SEP.join(parts), trow))
    return (table, lines) if lines else None


def _is_data(row: list[str]) -> bool:
    """A first row that is mostly figures is data, not a header."""
    cells = [c for c in row if c]
    figures = [c for c in cells if num.cell_figure(c) and not num.years_in(c)]
    return len(figures) * 2 > len(cells)


def _roles(header: list[str], body: list[list[str]]) -> tuple[int | None, int | None]:
    """(label column, year column): the label is the first text column that is not a
    serial number; the year column is headed 年份/年度."""
    label_col = year_col = None
    for j in range(len(header)):
        head = SPACES.sub("", header[j])
        if _YEAR_COLUMN.match(head):
            year_col = year_col if year_col is not None else j
            continue
        if label_col is not None or _SKIP_COLUMN.search(head):
            continue
        cells = [r[j] for r in body if j < len(r) and r[j]]
        if cells and sum(num.cell_figure(c) is None for c in cells) * 2 > len(cells):
            label_col = j
    return label_col, year_col

# ---------------------------------------------------------------- facts


def table_facts(tables: list[ParsedTable], chunks: list[Chunk], doc_title: str,
                version: str, text: str) -> list[Fact]:
    """A Fact for every number cell of every table (skipping serial numbers, codes and the
    year column). ``text`` is the document text the offsets point into."""
    starts = sorted((c.start, c.end, c) for c in chunks)
    doc_year = _one_year(doc_title)
    out = []
    for table in tables:
        table_year = _one_year(table.name)
        for row in table.rows:
            for cell in row.cells:
                fact = _cell_fact(table, row, cell, starts, text, version,
                                  table_year or doc_year)
                if fact is not None:
                    out.append(fact)
    return out


def _cell_fact(table, row, cell, chunks, text, version, fallback_year) -> Fact | None:
    if not cell.column or _SKIP_COLUMN.search(cell.column) or _YEAR_COLUMN.match(cell.column):
        return None
    if cell.text == row.label:
        return None
    header = num.read_header(cell.column, table.unit)
    fig = num.cell_figure(cell.text, header.unit)
    if fig is None:
        return None
    chunk = next((c for s, e, c in chunks if s <= cell.start and cell.end <= e), None)
    if chunk is None:
        return None
    year = _one_year(cell.column) or row.year or _one_year(row.label) or fallback_year
    fid = hashlib.sha256(f"{version}\x1f{cell.ref}\x1f{table.name}\x1f{cell.start}"
                         .encode()).hexdigest()[:24]
    return Fact(id=fid, value=num.plain(fig.value), unit=fig.unit, raw=cell.text,
                approx="", year=year, period=num.period_of(table.name + cell.column),
                subject=f"{row.label} {header.name}", clause=text[row.start:row.end],
                chunk_id=chunk.id, source=chunk.source, section=chunk.section,
                start=cell.start, end=cell.end, clause_start=row.start, clause_end=row.end,
                table=table.name, row=row.label, column=cell.column, cell=cell.ref,
                ocr_confidence=chunk.ocr_confidence)


def _one_year(text: str) -> int | None:
    """The one year ``text`` names; a school year ('2024-2025年') by the year it starts in."""
    school = num.school_years(text or "")
    years = set(school) if school else num.years_in(text or "")
    return years.pop() if len(years) == 1 else None


def cell_location(fact: Fact) -> str:
    """Where a table fact sits, for its citation: "2025年招生计划 第3行 班数"."""
    return fact.location()
