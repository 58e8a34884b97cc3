"""Answering from table facts (the engine's table path): one cell named by a row and a column ("第一小学招几个班？"), or
one column over the rows ("各小学招几个班？"). Refuses rather than guesses: when two rows or
two columns fit equally, or one cell has different values in different tables, the answer
is None. What a column counts decides first: "几个班" can only be 班数, never 招生人数（人）."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from jiaoti import numbers as num
from jiaoti.text import fold, words
from jiaoti.types import Fact

_LISTING = re.compile(r"各[^\d\s]|分别|哪些|每所|每个|所有|一览|列表")
_MONEY = {"元": "钱"}
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|总数|全(?:市|县|区|旗|省)(?:合计|总计)?)$")


def table_facts_only(facts: Iterable[Fact]) -> list[Fact]:
    return [f for f in facts if f.table and f.row and f.column]


def measures(column: str) -> set[str]:
    """What a column counts: its noun ("班数" → 班, "招生人数（人）" → 人) and its unit
    unless that is the general 个 ("金额（万元）" → 元, 钱)."""
    header = num.read_header(column)
    out = {header.noun} if header.noun else set()
    unit = next((f.unit for f in num.find_figures("1" + header.unit)), "")
    if unit and unit != "个":
        out |= {unit, _MONEY.get(unit, unit)}
    return out


def _common(a: str, b: str) -> str:
    """The longest common substring of ``a`` and ``b``."""
    best, prev = (0, 0), [0] * (len(b) + 1)
    for i, ca in enumerate(a, 1):
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best[0]:
                    best = (cur[j], i)
        prev = cur
    return a[best[1] - best[0]:best[1]]


def question_words(question: str, facts: Sequence[Fact]) -> tuple[list[str], list[str]]:
    """(row words, column words) of a question against table facts: the longest part of
    each row label the question repeats (two characters or more: "第一小学" of
    "城关镇第一小学") goes to the rows; the words of the rest go to the columns."""
    q = fold(question)
    headers = {fold(f.column) for f in facts}
    # a part of a label that also names a column ('学校' of 专门学校 and 学校数) is no row's
    rows = {c for label in {fold(f.row) for f in facts} if len(c := _common(q, label)) >= 2
            and (c == label or not any(c in h for h in headers))}
    rest = q
    for r in sorted(rows, key=len, reverse=True):
        rest = rest.replace(r, " ")
    return sorted(rows, key=len, reverse=True), words(rest)


def counted_noun(column_words: Sequence[str]) -> str:
    """The word a question counts: the one after 多少/几(个/所/名…) ("多少学生" → 学生)."""
    for i, w in enumerate(column_words[:-1]):
        if w in ("多少", "几") or (w.startswith("几") and len(w) == 2):
            return column_words[i + 1]
    return ""


def is_listing(question: str) -> bool:
    """The question asks over the rows of a table ("各小学…", "分别…", "哪些…")."""
    return bool(_LISTING.search(question))


def _in_year(facts: Iterable[Fact], year: int | None) -> list[Fact]:
    return [f for f in table_facts_only(facts) if year is None or f.year in (year, None)]


def pick_column(facts: Sequence[Fact], column_words: Sequence[str], unit: str = ""
                ) -> str | None:
    """The one column the words name, or None when none or several fit equally. ``unit``:
    the measure the question asks in ('多少孩子' → 人): only columns counted in it."""
    ws = [fold(w) for w in column_words if w]
    counted = counted_noun(ws)
    kind = num.NOUN_CLASSIFIERS.get(counted[-1:], "") if len(counted) >= 2 else ""
    columns = list(dict.fromkeys(f.column for f in facts))
    if unit:
        from assistant.extract import unit_family

        columns = [c for c in columns if num.read_header(c).unit in unit_family(unit)
                   or not num.read_header(c).unit]
    measured = [c for c in columns
                if any(m in w or m == kind for m in measures(c) for w in ws)]
    pool = measured or columns

    def hits(column: str) -> int:
        name = fold(num.read_header(column).name)
        return sum(1 for w in ws if len(w) >= 2 and (w in name or name in w))
    scored = sorted(((hits(c), c) for c in pool), key=lambda x: -x[0])
    if not scored or (not measured and scored[0][0] == 0):
        return None
    top = [c for s, c in scored if s == scored[0][0]]
    return top[0] if len(top) == 1 else None


def pick_row(facts: Sequence[Fact], row_words: Sequence[str]) -> str | None:
    """The one row label the words name best (a word holding the whole label first, then
    the most matched characters), or None when none or several fit equally."""
    ws = [fold(w) for w in row_words if w]

    def score(label: str) -> tuple[int, int]:
        lab = fold(label)
        return (int(any(lab in w for w in ws)), sum(len(w) for w in ws if len(w) >= 2 and w in lab))
    scored = sorted(((score(r), r) for r in dict.fromkeys(f.row for f in facts)),
                    key=lambda x: x[0], reverse=True)
    if not scored or scored[0][0] == (0, 0):
        return None
    top = [r for s, r in scored if s == scored[0][0]]
    return top[0] if len(top) == 1 else None


def is_total(label: str) -> bool:
    return bool(_TOTAL_ROW.match(fold(label).strip()))


def total_row(facts: Sequence[Fact]) -> str | None:
    """The table's one total row ('合计', '总计', '全市'): what a question that names no
    row asks of the column ('一共有多少所学校'), or None."""
    totals = {f.row for f in facts if is_total(f.row)}
    return totals.pop() if len(totals) == 1 else None


def cell_lookup(facts: Sequence[Fact], row_words: Sequence[str], column_words: Sequence[str],
                year: int | None = None, unit: str = "") -> Fact | None:
    """The table fact at the row and column the words name (in ``year`` when given), or
    None: no table fact fits, the row or the column is ambiguous, or the same cell holds
    different values in different tables."""
    facts = _in_year(facts, year)
    row = pick_row(facts, row_words) if row_words else total_row(facts)
    if row is None:
        return None
    in_row = [f for f in facts if f.row == row]
    column = pick_column(in_row, column_words, unit)
    if column is None:
        return None
    found = [f for f in in_row if f.column == column]
    return found[0] if len({(f.value, f.unit) for f in found}) == 1 else None


def table_listing(facts: Sequence[Fact], column_words: Sequence[str],
                  row_words: Sequence[str] = (), year: int | None = None) -> list[Fact]:
    """One fact per row of the column the words name, in table order, limited to rows
    whose label holds a row word ("各小学" → rows with 小学); [] when the column is
    ambiguous or it comes from more than one table."""
    facts = _in_year(facts, year)
    ws = [fold(w) for w in row_words if w]
    if ws:
        facts = [f for f in facts if any(w in fold(f.row) for w in ws)]
    column = pick_column(facts, column_words)
    chosen = [f for f in facts if f.column == column]
    if column is None or len({f.table for f in chosen}) != 1:
        return []
    seen, out = set(), []
    for f in sorted(chosen, key=lambda f: f.start):
        if f.row not in seen:
            seen.add(f.row)
            out.append(f)
    return out


def cell_words(fact: Fact) -> str:
    """A cell said as a sentence part: '小学学校数为334所', '教职工数合计为5959人'."""
    name = num.read_header(fact.column).name or fact.column
    named = f"{name}{fact.row}" if is_total(fact.row) else f"{fact.row}{name}"
    return f"{named}为{cell_value_text(fact)}"


def cell_value_text(fact: Fact) -> str:
    """The cell's figure with the unit its header gives: "10个班", "450人", "12.5万元"."""
    header = num.read_header(fact.column)
    if num.cell_figure(fact.raw) and num.cell_figure(fact.raw).unit:
        return fact.raw                             # the cell names its unit itself
    unit = header.unit or fact.unit
    noun = header.noun if unit == "个" and header.noun else ""
    return f"{fact.raw}{unit}{noun}"


def listing_text(facts: Sequence[Fact], limit: int = 10) -> str:
    """A short list for a whole-table answer: "鹤壁市第一小学10个班；鹤壁市第二小学8个班"
    (…等N项 when longer than ``limit``)."""
    shown = "；".join(f"{f.row}{cell_value_text(f)}" for f in facts[:limit])
    return shown + (f"……等{len(facts)}项" if len(facts) > limit else "")
