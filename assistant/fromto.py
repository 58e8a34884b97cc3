"""A change asked of a figure said as a change from one value to another ('小学由650元提高到
720元' for '提高了多少元'): both values and their difference, computed from the two facts."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import compose
from assistant.periods import started_from

_ASKS_BY = re.compile(r"(?:提高|增加|提升|上调|上涨|涨|增长|多)了?(?:多少|几)")
_BETWEEN = re.compile(r"[^\d，,。;；]{0,6}?(提高|增加|提升|调整|上调|增长|扩大|调|增)(?:到|至|为)\s*$")


def start_of(plan, best, snap):
    """The match of the value ``best``'s figure was raised from, when the question asks by how
    much it rose and ``best`` is the '到B' of a '由A…提高到B' clause; else None."""
    if not _ASKS_BY.search(plan.focus_text):
        return None
    text, base = best.chunk.text, best.chunk.start
    for f in snap.facts_of(best.chunk.id):
        b = f.end - base
        if f.unit == best.fact.unit and b <= best.fact.start - base and \
                started_from(text, b) and \
                _BETWEEN.fullmatch(text[b:best.fact.start - base]):
            return replace(best, fact=f, lead=())
    return None


def from_to(best, start, home: str = "") -> tuple[str, list, list, str, str]:
    """(text, matches, statements, reason, computed) for ``_grounded``: '…小学提高到720元（原为
    650元），提高了70元。' — the verb the document uses, the difference computed."""
    now, then = compose.fact_statement(best, home), compose.fact_statement(start, home)
    text = best.chunk.text
    verb = _BETWEEN.search(text[start.fact.end - best.chunk.start:best.fact.start - best.chunk.start])
    by = compose.difference(best.fact, start.fact)
    said = f"{compose.with_year(now)}（原为{start.fact.raw}），{verb.group(1) if verb else '提高'}了{by}。"
    return said, [best, start], [now, then], "from-to", by
