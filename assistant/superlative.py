"""Which one has the most or the least ('哪个学校投的钱最少？', '…里建设面积最大的是哪所学校？')
over a numbered list whose every line names its thing and states the asked measure in the
same words and unit ('1.兴隆县第一中心小学,建设面积1617.96平方米,投入资金420万元。' …): the
line with the largest or smallest figure, said with the line's own name. Any line without
the measure, or two lines at the extreme, and nothing is answered from here."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant import intent
from assistant.grounding import citations, unsupported_figures
from assistant.match import match_facts
from assistant.query import plan_question
from jiaoti import text as tx

_MOST = re.compile(r"最(多|少|高|低|大|小)")
_WHICH = re.compile(r"哪|什么")
_LINE = re.compile(r"\s*\d{1,2}\s*[.、．]\s*([^,，。:：;；]{2,30})[,，:：]")
MIN_LINES = 3


def extreme(question: str) -> str:
    """'max', 'min', or '' when the question asks no 'which … the most'."""
    m = _MOST.search(question)
    if m is None or not _WHICH.search(question):
        return ""
    return "max" if m.group(1) in "多高大" else "min"


def answered(ctx, base, plan):
    """(answer, hits) for a 'which … the most' question the documents' list settles, else
    None."""
    way = extreme(plan.question)
    if not way:
        return None
    sub = plan_question(_MOST.sub("", plan.question), ctx.snap, ctx.current_year,
                        tuple(ctx.settings.home_places))
    hits, qvec = ctx.retriever.search_with_vector(ctx.snap, sub, ctx.timings, ctx.leg)
    found, near = match_facts(sub, hits, ctx.snap, qvec, ctx.settings.min_coverage)
    kinds = intent.type_words(plan.question)
    best = next((m for m in found + near if _LINE.match(m.chunk.text)), None)
    lines = _siblings(ctx.snap, best) if best is not None else None
    if not lines or not all(w in kinds or w in lines[0][3] for w in best.missing):
        return None         # (a word the list's opening sentence says is said for it)
    listed, opening = {chunk.id for chunk, *_ in lines}, lines[0][3]
    if any(m.chunk.id not in listed and (m.fact.subject, m.fact.unit) == (
            best.fact.subject, best.fact.unit) and not any(w in opening for w in m.missing)
           for m in found + near):
        return None         # the same measure said elsewhere as well: which list is asked?
    ranked = sorted(lines, key=lambda x: Decimal(x[2].value), reverse=way == "max")
    if Decimal(ranked[0][2].value) == Decimal(ranked[1][2].value):
        return None                         # two at the extreme: no one answer
    chunk, name, fact, _ = ranked[0]
    word = _MOST.search(plan.question).group(0)
    year = f"{fact.year}年，" if fact.year else ""
    text = f"{year}{name}的{fact.subject}{word}：{fact.raw}。"
    if unsupported_figures(text, [chunk]):
        return None
    start = chunk.start + _LINE.match(chunk.text).start(1)
    cites = citations([(chunk, start, fact.end)])
    return replace(base, answer=text, answerable=True, citations=cites,
                   reason=f"extreme:{way}"), hits


def _siblings(snap, best) -> list | None:
    """(chunk, name, fact, the list's opening sentence) for every line of the numbered list
    ``best`` is a line of, each line's one fact in ``best``'s words and unit; None when a
    line has none or several."""
    at = snap.order.index(best.chunk.id)
    same = best.chunk.source, best.chunk.section
    run = [at]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(snap.order) and _in_list(snap.chunks[snap.order[k]], same):
            run.append(k)
            k += step
    out, first = [], min(run)
    opening = tx.fold(snap.chunks[snap.order[first - 1]].text) if first else ""
    for k in sorted(run):
        chunk = snap.chunks[snap.order[k]]
        facts = [f for f in snap.facts_of(chunk.id) if f.subject == best.fact.subject
                 and f.unit == best.fact.unit]
        if len(facts) != 1:
            return None
        out.append((chunk, _LINE.match(chunk.text).group(1).strip(), facts[0], opening))
    return out if len(out) >= MIN_LINES else None


def _in_list(chunk, same: tuple) -> bool:
    return (chunk.source, chunk.section) == same and _LINE.match(chunk.text) is not None


def unsaid(question: str, answer: str) -> bool:
    """A 'which … the most' question answered by words that do not say it is the most."""
    m = _MOST.search(question) if extreme(question) else None
    return m is not None and m.group(0) not in answer
