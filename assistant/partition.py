"""A whole told only by its two halves: '县里幼儿园总共有几所' over '公办幼儿园10所、民办
幼儿园8所' is their sum. Only halves that between them leave nothing out (公办 and 民办,
城区 and 农村, 男 and 女), said of the same thing in the same sentence, in the same unit
and year, and only when no figure states the whole."""

from __future__ import annotations

from assistant.match import FactMatch

# pairs of words that split a kind of thing in two with nothing left over
FULL = 0.95           # the halves say all the question asks but the half's own word
NEAR_CHARS = 120      # the two halves are said together, in one sentence or list
HALVES = (("公办", "民办"), ("城区", "农村"), ("城镇", "农村"), ("城区", "乡村"),
          ("城镇", "乡村"), ("男", "女"))


def _half(m: FactMatch) -> str:
    """The word that makes ``m`` a part of the asked thing ('⊂公办'), or '' — also when
    anything else the question asks is missing from it."""
    return m.missing[0][1:] if len(m.missing) == 1 and m.missing[0][:1] == "⊂" and \
        m.coverage >= FULL else ""


def halves(near: list[FactMatch]) -> list[FactMatch] | None:
    """The two near misses that together are the asked whole, or None."""
    for i, a in enumerate(near):
        ha = _half(a)
        pair = next((p for p in HALVES if ha in p), None) if ha else None
        if pair is None:
            continue
        other = pair[1] if ha == pair[0] else pair[0]
        for b in near[i + 1:]:
            if _half(b) == other and _alike(a, b, ha, other):
                return [a, b] if ha == pair[0] else [b, a]
    return None


def _alike(a: FactMatch, b: FactMatch, ha: str, hb: str) -> bool:
    fa, fb = a.fact, b.fact
    near = a.chunk.id == b.chunk.id and abs(fa.start - fb.start) < NEAR_CHARS
    return near and fa.unit == fb.unit and fa.year == fb.year and \
        fa.period == fb.period and fa.unit != "%" and \
        fa.subject.replace(ha, hb, 1) == fb.subject
