"""Two figures that each say part of what was asked, crosswise: '2022年财政预算给教育的钱'
over '国家财政性教育经费总收入109506.12万元' (财政, no 预算) and '一般公共预算教育经费
85086.65万元' (预算, no 财政). The one that fits best is still not the one asked when a word
of the question the document does use is missing from it and said by the other: the
documents tell the two apart, so the answer asks which one is meant."""

from __future__ import annotations

from assistant.extract import credits, unit_family
from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.numbers import PRIOR_FIGURE

MIN_WEIGHT = 1.2        # a word of weight (not '的', '钱' …)
RIVAL_COVERAGE = 0.5    # the other must fit the question about as well


def _said_up_to(m) -> str:
    """The figure's paragraph up to its sentence's end (a heading sentence or a clause
    before it may say what it counts), with its section."""
    text, at = m.chunk.text, m.fact.start - m.chunk.start
    end = next((e for s, e in tx.sentence_spans(text) if s <= at < e), len(text))
    return text[text.rfind("\n", 0, at) + 1:end] + " " + m.chunk.section


def crossed(plan: QueryPlan, best, near) -> object | None:
    """The near match saying a word ``best`` lacks, in the same measure and year, or None."""
    if best is None or not near:
        return None
    weighty = [i for i, t in enumerate(plan.terms)
               if t.focus and t.known and t.weight >= MIN_WEIGHT]
    mine = credits(plan, tx.fold(_said_up_to(best)))
    lacking = [i for i in weighty if mine.get(i, 0) < 0.5]
    if not lacking:
        return None
    family = unit_family(best.fact.unit) if best.fact.unit else ()
    for n in near:
        guarded = any(not tx.is_cjk(w[:1]) for w in n.missing)    # kept out for a reason
        if n.coverage < RIVAL_COVERAGE or n.fact.unit not in family or guarded or \
                n.fact.year != best.fact.year or n.fact.value == best.fact.value:
            continue
        said = tx.fold(n.fact.subject + " " + n.fact.clause + (   # (the year before's
            " " + _said_up_to(n) if PRIOR_FIGURE.search(n.fact.clause) else ""))  # its sentence's)
        theirs = credits(plan, said)        # (the word itself, not one standing for it)
        if any(plan.terms[i].word in said for i in lacking) and any(    # crosswise: each says
                theirs.get(i, 0) < 0.5 for i in weighty if i not in lacking):  # what the other lacks
            return n
    return None
