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


def _modifier(word: str, last: str) -> str:
    """The last two characters before ``last`` in ``word`` ('小学适龄儿童入学率' → 儿童), or a
    string no text holds."""
    return word[:-len(last)][-2:] if word.endswith(last) and len(word) > len(last) else "\x00"
