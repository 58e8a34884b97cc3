"""A figure of the year before, from the next year's figure and the change stated right after
it: '2021年杭州有多少所小学' over a 2022 report's '小学。校数507所,比上年增加14所' is
507 − 14 = 493 — both figures quoted, the difference computed here, the reasoning said.
When the base itself is stated ('事业收入33844.74万元,比上年34583.04万元减少738.30万元'),
it is the answer, quoted."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.match import FactMatch, match_facts
from assistant.pick import tied
from assistant.rivals import crossed
from jiaoti.types import Fact

_CHANGE = re.compile(r"^\s*[,，]?\s*(?:比|较)(?:上年|去年|上一年|前一年)(?:同期)?"
                     r"(增加|增长|提高|上升|增多|多|减少|下降|降低|减|少)了?\s*$")
_UP = ("增加", "增长", "提高", "上升", "增多", "多")
_BASE = re.compile(r"^\s*[,，]?\s*(?:比|较)(?:上年|去年|上一年|前一年)(?:同期)?的?\s*$")
STATED = "stated"       # the way of a change that is the stated base itself


def year_before(plan, hits, snap, qvec, min_coverage: float):
    """(the next year's match, its change fact, the earlier value) for a quantity asked of
    years no figure is of, or None."""
    if not plan.years:
        return None
    later = replace(plan, years=frozenset(y + 1 for y in plan.years))
    found, near = match_facts(later, hits, snap, qvec, min_coverage)
    if not found or tied(found) or crossed(later, found[0], near):
        return None
    top = found[0].fact
    for m in (m for m in found if (m.fact.value, m.fact.unit) == (top.value, top.unit)):
        change = _change_after(m, snap.facts_of(m.chunk.id))   # (the figure said once more
        if change is not None:                                 # with its change counts)
            break
    else:
        return None
    fact, way = change
    if way == STATED:
        return m, fact, Decimal(fact.value)
    sign = -1 if way in _UP else 1
    return m, fact, Decimal(m.fact.value) + sign * Decimal(fact.value)


def stated_before(plan, hits, snap, qvec, min_coverage: float) -> FactMatch | None:
    """A side of a comparison asked of the year before, when the documents state that
    year's figure as the base of the next one's ('生均支出13248.56元,比上年17049.52元'): that
    figure, matched where the next year's is; or None."""
    prior = year_before(plan, hits, snap, qvec, min_coverage)
    if prior is None:
        return None
    m, fact, _ = prior
    way = _change_after(m, snap.facts_of(m.chunk.id))
    return replace(m, fact=fact) if way is not None and way[1] == STATED else None


def _change_after(m: FactMatch, facts) -> tuple[Fact, str] | None:
    """The fact right after ``m``'s figure stating its change against the year before, in
    the same unit ('…507所,比上年增加14所'), with the way it went; or None."""
    after = [f for f in facts if f.start >= m.fact.end]
    if not after:
        return None
    nxt = min(after, key=lambda f: f.start)
    text = m.chunk.text[m.fact.end - m.chunk.start:nxt.start - m.chunk.start]
    if _BASE.match(text) and nxt.unit == m.fact.unit:
        return nxt, STATED
    way = _CHANGE.match(text)
    if way is None or nxt.unit != m.fact.unit or not nxt.unit or nxt.unit == "%":
        return None
    return nxt, way.group(1)


def said(m: FactMatch, change: Fact, value: Decimal, year: int, home: str):
    """(text, statements, the computed figure as written): the next year's figure with its
    change as the documents say them, then the year asked, computed."""
    from assistant import compose

    text, stmts = compose.single(m, home)
    chunk = m.chunk
    stated = chunk.text[m.fact.end - chunk.start:change.end - chunk.start]
    if _BASE.match(chunk.text[m.fact.end - chunk.start:change.start - chunk.start]):
        said_year = f"{year}年为{change.raw}"      # (the year is the asker's, the figure quoted)
        text = f"{text.rstrip('。')}{stated}；即{said_year}。"
        return text, [replace(stmts[0], end=max(stmts[0].end, change.end))], said_year
    computed = f"{year}年为{compose.written(value, [m.fact, change])}"   # (its year too)
    text = f"{text.rstrip('。')}{stated}；据此推算，{computed}。"
    return text, [replace(stmts[0], end=max(stmts[0].end, change.end))], computed
