"""People a clause leaves unsaid: '全县参加高考学生3085人,本科上线1551人' — the 1551 are
学生 too. A count of people whose own words name nobody counts the people the clause
right before it, in the same sentence, counted."""

from __future__ import annotations

import re

from assistant.intent import STAGES, noun_unit
from jiaoti import text as tx
from jiaoti.figures import counts_at

_PERSON_UNITS = ("人", "名", "位")
_BETWEEN = re.compile(r"[\s,，、;；]*")


def people_lent(plan, at, fact) -> frozenset[str]:
    """The question's words for people (no stage in them) that the clause right before
    the fact's says, before a count of people of its own, when the fact's own words name
    no people ('本科上线1551人' after '参加高考学生3085人')."""
    if fact.unit not in _PERSON_UNITS or any(noun_unit(w) == "人" for w in tx.words(at.own)):
        return frozenset()
    head = _lender_head(at)
    return frozenset(t.word for t in plan.terms
                     if noun_unit(t.word) == "人" and not any(s in t.word for s in STAGES)
                     and any(tx.contains_term(head, w) for w in t.alternatives)) if head else frozenset()


def _lender_head(at) -> str:
    """The words before the one count of people of the clause right before the fact's
    ('参加高考学生'), or ''."""
    start = at.lay.clause[0]
    before = [(a, b) for a, b, *_ in at.lay.others if b <= start]
    if not before:
        return ""
    a, b = max(before, key=lambda d: d[1])
    if not _BETWEEN.fullmatch(at.chunk[b:start]):
        return ""                       # (only the clause right before lends)
    prev = at.chunk[a:b]
    counts = [f for f in counts_at(prev) if f.unit in _PERSON_UNITS]
    return prev[:counts[0].start] if len(counts) == 1 else ""
