"""Where a passage that answers 'how many' starts: at the clause naming what is asked."""

from __future__ import annotations

from dataclasses import replace

from assistant.match import match_facts
from jiaoti import text as tx


def from_first_answer(ctx: Context, plan: QueryPlan, hits, best):
    """A passage answering 'how many' (several of them) starts at the first clause that
    names what is asked ('…青少年竞技组荣获4金9银1铜,社会组荣获7个一等奖…' for 社会组 → from
    '社会组荣获…'); None when none of its figures answers the question, or that clause opens
    with a figure of something else before the one that does ('初中27所(含九年一贯制学校
    8所)' for '九年一贯制学校几所')."""
    found, _ = match_facts(plan, hits, ctx.snap, None, ctx.settings.min_coverage)
    ok = {m.fact.id for m in found}
    chunk = best.chunk
    stated = sorted((f for f in ctx.snap.facts_of(chunk.id)
                     if best.start <= f.start < best.end and not f.table), key=lambda f: f.start)
    if not stated or stated[0].id in ok:
        return best
    if not any(f.id in ok for f in stated):
        return None                     # not one of its figures answers the question
    top = max((t.weight for t in plan.terms if t.focus), default=0.0)
    words = [a for t in plan.terms if t.focus and t.weight >= top for a in t.alternatives
             if len(a) >= 2]             # what is asked most specifically

    def clause(f) -> str:
        return tx.fold(chunk.text[f.clause_start - chunk.start:f.clause_end - chunk.start])

    first = next((f for f in stated if any(tx.contains_term(clause(f), a) for a in words)), None)
    if first is None:
        return best
    same = [f for f in stated if f.clause_start == first.clause_start]
    if same[0].id not in ok and any(f.id in ok for f in same[1:]):
        return None
    start = max(first.clause_start, best.start)
    quote = chunk.text[start - chunk.start:best.end - chunk.start]
    return replace(best, start=start, quote=quote, statement=quote)
