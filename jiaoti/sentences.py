"""Which sentence a sentence details: '…共93所。其中…18所公办普高…' — the '其中' sentence
is a part of the one before, and so are the sentences after it joined by ；."""

from __future__ import annotations

import re

_DETAIL = re.compile(r"\s*(?:其中|包括|具体(?:来说|而言)?|分别是)[,，:：]?")


def sentence_parents(text: str) -> list[tuple[int, int, int]]:
    """Sentences of ``text`` as (start, end, parent): a sentence that details the one
    before it ('…共93所，新增学位超15万个。其中…18所公办普高…') has that sentence as its
    parent (index), and so do the sentences after it joined by ；; -1 otherwise."""
    from jiaoti.text import sentence_spans

    spans = sentence_spans(text)
    out: list[tuple[int, int, int]] = []
    for k, (s, e) in enumerate(spans):
        parent = -1
        if k and _DETAIL.match(text[s:e]):
            parent = k - 1 if out[k - 1][2] < 0 else out[k - 1][2]
        elif k and out[k - 1][2] >= 0 and text[spans[k - 1][1] - 1] in ";；":
            parent = out[k - 1][2]
        out.append((s, e, parent))
    return out
