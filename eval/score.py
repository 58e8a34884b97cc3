"""Scoring by string checks on figures and units — never a model judging a model."""

from __future__ import annotations

from dataclasses import dataclass

from eval.dataset import Item
from jiaoti import numbers as num
from prompts import cannot_answer


def norm(s: str) -> str:
    """Full/half width, spaces, Chinese numerals, 万/亿 and 余/多 normalised."""
    return num.canonical(s)


def group_hits(answer: str, groups) -> list[bool]:
    a = norm(answer)
    return [any(norm(s) in a for s in group) for group in groups]


def states_figure(answer: str) -> bool:
    """Does the answer state a figure (the fixed refusal's hotline number aside)?"""
    body = answer.replace(cannot_answer(), "")
    return bool(num.figure_values(body))


@dataclass(frozen=True)
class Verdict:
    passed: bool
    why: str
    false_answer: bool = False
    citation_ok: bool | None = None     # None: not applicable


def judge(item: Item, answer: str, answerable: bool, first_quote: str | None) -> Verdict:
    if item.unanswerable:
        if answerable:
            return Verdict(False, "should refuse but answered", True)
        if states_figure(answer):
            return Verdict(False, "refused but stated a figure", True)
        return Verdict(True, "refused")
    if not answerable:
        return Verdict(False, "refused an answerable question", citation_ok=False)
    hits = group_hits(answer, item.answers)
    cite = None
    if first_quote is not None:
        q = norm(first_quote)
        cite = any(norm(s) in q for g in item.answers for s in g)
    else:
        cite = False
    if all(hits):
        return Verdict(True, "all expected figures present", citation_ok=cite)
    missing = [" / ".join(g) for g, ok in zip(item.answers, hits) if not ok]
    return Verdict(False, "missing: " + "; ".join(missing), citation_ok=cite)
