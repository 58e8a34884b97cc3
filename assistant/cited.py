"""A question that names a whole by its figure ('公开招聘的176名教师里有多少人分到了农村学校')
asks a part of that figure: only what the documents give as part of it — after it in its
sentence, introduced by 其中/含/包括 or in brackets — answers; a figure beside it
('…176人,定向培养乡村教师10人') is another group."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from jiaoti import text as tx
from jiaoti.figures import figures_at

_CITED = re.compile(r"(\d+(?:\.\d+)?)\s*(?:[个名人所位家项]|[万亿]?元)[^，,。？?\d]{0,8}?(?:里面|里|当中|之中)"
                    r"[^，,。？?]{0,12}?(?:多少|几)")
_PART_OPENER = re.compile(r"其中|含|包括|内有|[（(]")


def outside_cited(question: str, fact, chunk, facts) -> bool:
    """Is ``fact`` outside what the question cites: the whole it names by its figure, or a
    word it quotes ('讲的是几个“优先”' is not '…工程项目863个', whose paragraph has no 优先)?"""
    return stated_in_question(question, fact) or outside_cited_whole(question, fact, chunk, facts) \
        or quote_unsaid(question, fact, chunk)


def stated_in_question(question: str, fact) -> bool:
    """'总投资73.91亿元里，市财政出了多少': a figure the question itself states (whatever way
    its words are cut) is no answer to the number it asks ('突破50%了吗' asks no number)."""
    if not _ASKS_NUMBER.search(question):
        return False
    try:
        value = Decimal(fact.value)
    except (InvalidOperation, TypeError):
        return False
    return (value, fact.unit) in _question_figures(question)


_ASKS_NUMBER = re.compile(r"多少|几")


@lru_cache(maxsize=512)
def _question_figures(question: str) -> frozenset:
    return frozenset((f.value, f.unit) for f in figures_at(tx.fold(question))
                     if f.kind not in ("year", "date"))


_STOPS = "。；;!?！？\n"


# '几个“优先”': the quoted word is what is counted, so the figure's own clause says it
_COUNTED_QUOTE = re.compile(r"(?:几|多少)[个项条类种所名位件]?" + tx.QUOTED.pattern)


def quote_unsaid(question: str, fact, chunk) -> bool:
    """Does the question quote a word the figure's paragraph, up to its sentence's end, and
    its section do not say — or count a quoted thing its own clause does not name?"""
    quoted = [tx.fold(q).strip() for q in tx.QUOTED.findall(question)]
    if not quoted:
        return False
    if any(q.strip() not in tx.fold(fact.clause) for q in _COUNTED_QUOTE.findall(tx.fold(question))):
        return True
    text, at, end = chunk.text, fact.start - chunk.start, fact.end - chunk.start
    b = min((i for i in (text.find(c, end) for c in _STOPS) if i >= 0), default=len(text))
    said = tx.fold(text[text.rfind("\n", 0, at) + 1:b] + " " + chunk.section)
    return any(q and q not in said for q in quoted)


def outside_cited_whole(question: str, fact, chunk, facts) -> bool:
    """Does the question name a whole by its figure that ``fact`` is not given as part of?"""
    m = _CITED.search(tx.fold(question))
    if not m:
        return False
    wholes = [f for f in facts if f.raw and re.match(r"[\d.]+", tx.fold(f.raw)) and
              re.match(r"[\d.]+", tx.fold(f.raw)).group(0) == m.group(1)]
    if not wholes:
        return False        # the figure is none of this passage's: other checks decide
    for whole in wholes:
        between = chunk.text[whole.end - chunk.start:fact.start - chunk.start]
        if whole.start < fact.start and not re.search("[。；;!?！？]", between) and \
                _PART_OPENER.search(between):
            return False
    return True
