"""Coordinated items ('A、B'): the word one ends with, and whether two items are named
things of one kind ('化垭曹庄小学、索池安塄小学' are two 小学, not 小学 and 索池安)."""

from __future__ import annotations

import re

from jiaoti import text as tx


def tail(text: str) -> str:
    """The last word of ``text`` ('化垭曹庄小学' → 小学)."""
    ws = tx.words(text)
    return ws[-1] if ws else text


def instances(a: str, b: str, last: str, words) -> bool:
    """Are ``a`` and ``b`` (``a`` ending in ``last``) two named things of one kind the
    question asks by that kind alone ('曹庄小学、王湾小学' for 小学; not '公办小学、民办小学'
    for 公办小学)?"""
    b = re.split(r"[和及]|等$", b)[0]     # ('…小学和二|郎…', '二郎武坝小学等|9所')
    named = a[:-len(last)] + "|" + b[:-len(last)]      # what tells the two apart
    return len(last) > 1 and tail(b) == last and a.endswith(last) and \
        any(w.endswith(last) for w in words) and \
        not any(w in named or _modifier(w, last) in named for w in words)


def exemplified(text: str, end: int, words) -> bool:
    """Is the pair ending at ``end`` among examples of a kind the question asks by a longer
    word that holds the kind and none of the examples ('同德路小学、王埠中学、…附属中学等40所
    中小学幼儿园开工' for '中小学幼儿园开工'; not '中考' of '中考、高考等考试')?"""
    m = _EXAMPLES.match(text, end)
    if m is None or any(w in text[:m.start(1)] for w in words if len(w) >= 2):
        return False
    after = m.group(1)
    return any(after[:n] in w and w != after[:n] for n in range(2, len(after) + 1) for w in words)


_EXAMPLES = re.compile(r"(?:、[\u4e00-\u9fff]{2,14})*等\s*(?:[\d.]+\s*[所个家]\s*)?([\u4e00-\u9fff]{2,10})")


def _modifier(word: str, last: str) -> str:
    """The last two characters before ``last`` in ``word`` ('小学适龄儿童入学率' → 儿童), or a
    string no text holds."""
    return word[:-len(last)][-2:] if word.endswith(last) and len(word) > len(last) else "\x00"
