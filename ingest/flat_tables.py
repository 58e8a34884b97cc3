"""Tables copied out of a web page as plain text, one cell per line:

    2023年某市学校基本情况一览表      ← the name (a line ending in 表, or naming 统计/情况/一览)
    办学类型                          ← header cells; a unit line "(所)" belongs to the cell above
    学校数
    (所)
    在校生
    (人)
    幼儿园                            ← a row: its label line(s), then one number per column
    44
    5333

A line may end in the cell's separator ('650 |'), and a cell may hold no figure ('/').
The text stays as written (citations quote it verbatim); the table is recorded beside it
with offsets, so its rows are chunked whole and its cells become table facts with their row
and column. A row with fewer numbers than columns (merged cells, a blank cell) is kept as
text but gives no facts: which column a lone number belongs to cannot be known, and a
guess could put a figure in the wrong column."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables import ParsedTable, TableCell, TableRow, column_letter

_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?%?$")
_EMPTY = re.compile(r"^[/／\-－—–]$")           # a cell with no figure ('/')
_UNIT = re.compile(r"^[(（][^()（）\d]{1,6}[)）]$")
_SENTENCE = re.compile(r"[，,。；;：:！？!?]")
_NAME = re.compile(r"表$|统计|一览|情况")
MAX_CELL = 16          # characters of a label or header cell
MAX_NAME = 40
MIN_ROWS = 2           # full rows a run of lines needs to be a table


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def number(self) -> bool:
        return bool(_NUMBER.match(self.text) or _EMPTY.match(self.text))

    @property
    def empty(self) -> bool:
        return bool(_EMPTY.match(self.text))

    @property
    def unit(self) -> bool:
        return bool(_UNIT.match(self.text))

    @property
    def label(self) -> bool:
        return 0 < len(self.text) <= MAX_CELL and not self.number and not self.unit and \
            not _SENTENCE.search(self.text)


def flat_tables(text: str) -> list[ParsedTable]:
    """The one-cell-per-line tables of ``text``, with offsets into it."""
    lines = _lines(text)
    out, i = [], 0
    while i < len(lines):
        found = _table_at(lines, i, len(out) + 1)
        if found is None:
            i += 1
            continue
        table, i = found
        out.append(table)
    return out


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip().strip("|｜").strip()        # '650 |': one cell of a row
        if stripped:
            at = pos + raw.index(stripped)
            out.append(_Line(at, at + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _table_at(lines: list[_Line], i: int, number: int) -> tuple[ParsedTable, int] | None:
    """The table whose header starts at line ``i`` and the index after it, or None."""
    header, j = _header(lines, i)
    if len(header) < 3 or j >= len(lines) or not lines[j].number:
        return None
    first_label = header.pop()                 # the last text before the first number
    k = _count_numbers(lines, j)
    if k < 1 or len(header) not in (k, k + 1):
        return None
    columns = [text for text, _, _ in header][-k:]
    name_line = lines[i - 1] if i and len(lines[i - 1].text) <= MAX_NAME and \
        _NAME.search(lines[i - 1].text) else None
    table = ParsedTable(name=name_line.text if name_line else f"表{number}",
                        title_start=name_line.start if name_line else -1,
                        title_end=name_line.end if name_line else -1)
    table.rows.append(TableRow(0, "表头", header[0][1], header[-1][2]))   # no cells
    rows, at, full = [], j - 1, 0
    label_lines = [first_label]
    while True:
        k_here = _count_numbers(lines, at + 1)
        nums = lines[at + 1:at + 1 + k_here]
        if k_here > k or k_here == 0:
            break
        row = TableRow(len(table.rows) + len(rows) + 1, "".join(t for t, _, _ in label_lines),
                       label_lines[0][1], nums[-1].end)
        if k_here == k:
            full += 1
            row.cells = [TableCell(col, f"{column_letter(c + 1)}{row.number}", n.text,
                                   n.start, n.end) for c, (col, n) in enumerate(zip(columns, nums))
                         if not n.empty]
        rows.append(row)
        at += 1 + k_here
        label_lines = []
        while at < len(lines) and lines[at].label and len(label_lines) < 2:
            label_lines.append((lines[at].text, lines[at].start, lines[at].end))
            at += 1
        if not label_lines or at >= len(lines) or not lines[at].number:
            break
        at -= 1
    if full < MIN_ROWS:
        return None
    table.rows.extend(rows)
    return table, _index_after(lines, rows[-1].end)


def _header(lines: list[_Line], i: int) -> tuple[list[tuple[str, int, int]], int]:
    """Header cells from line ``i`` on, a unit line joined to the cell above, up to the
    first number: [(cell text, start, end)], index of that number."""
    cells: list[tuple[str, int, int]] = []
    j = i
    while j < len(lines) and not lines[j].number:
        ln = lines[j]
        if ln.unit and cells:
            text, start, _ = cells[-1]
            cells[-1] = (text + ln.text, start, ln.end)
        elif ln.label:
            cells.append((ln.text, ln.start, ln.end))
        else:
            return [], j
        j += 1
    return cells, j


def _count_numbers(lines: list[_Line], j: int) -> int:
    n = 0
    while j + n < len(lines) and lines[j + n].number:
        n += 1
    return n


def _index_after(lines: list[_Line], end: int) -> int:
    return next((n for n, ln in enumerate(lines) if ln.start >= end), len(lines))
