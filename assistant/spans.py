"""Words an answer sentence borrows from around its fact: the span of years its sentence or
paragraph opens with ('近3年來,…', '“十四五”以来,我县…'), and the thing an item is said
of without that item's own verb ('合阳县第四初中投资' → 合阳县第四初中)."""

from __future__ import annotations

import re

from jiaoti import text as tx

_SPAN = re.compile(r"(?:近|过去)?\d{1,3}年(?:来|以来|间)?|[^，,。；;]{2,12}以来|(?:去年|前年|上年)来")   # (not '2015年')


def span_opening(text: str, clause_a: int) -> tuple[int, str] | None:
    """The span of years the sentence holding ``clause_a``, or else its paragraph, opens
    with, as (where the quote starts, the words): a paragraph's span is said, not quoted
    (the quote would run over the whole paragraph), unless it holds a figure."""
    para = text.rfind("\n", 0, clause_a) + 1
    sentence = max(text.rfind(c, 0, clause_a) for c in "。；;！？\n") + 1
    for start in dict.fromkeys((sentence, para)):
        comma = min((i for i in (text.find(c, start) for c in ",，") if i >= 0), default=-1)
        if start < clause_a and 0 < comma <= clause_a and \
                _SPAN.fullmatch(tx.fold(text[start:comma]).strip()):
            said = text[start:comma].strip()
            quoted = start == sentence or re.search(r"\d", said)
            return (start if quoted else clause_a), said
    return None


def without_own_verb(text: str) -> str:
    """'合阳县第四初中投资' → 合阳县第四初中: the thing an item is said of, not its verb."""
    ws = tx.words(text)
    while len(ws) > 1 and tx.is_verb(ws[-1]):
        ws.pop()
    return "".join(ws)
