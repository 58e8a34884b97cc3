"""Siblings: a question noun the fact's own words lack while they name another thing with
the same head ('社会组' asked, '青少年竞技组荣获4金' found): the figure is the sibling's."""

from __future__ import annotations

import re

from assistant.guards import is_verb_term
from assistant.intent import HEAD_END
from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.lexicon import stopwords


def sibling(plan: QueryPlan, got, own: str, weights=None, framed: str = "") -> str:
    """A question noun the fact's own words lack while they name a sibling of it — the
    same head with another modifier ('社会组' asked, '青少年竞技组荣获4金' found;
    '公办幼儿园' asked, '普惠性幼儿园在园幼儿占比' found): the figure is about the
    sibling. Not a word the list's frame names (``framed``: '…寄宿生24.10万人,其中…初中寄宿生
    17.96万人' is a part of the 寄宿生 asked, no sibling). Returns the asked word, or ''."""
    tokens = [tx.words(piece) for piece in _PIECES.split(own) if piece]
    for t, (_, mine), w in zip(plan.terms, got, weights or [1.0] * len(got)):
        if not t.focus or mine >= 0.67 or is_verb_term(t) or not t.known or not w or \
                framed and any(tx.contains_term(framed, a) for a in t.alternatives):
            continue
        others = [u.word for u in plan.terms if u is not t and u.focus and len(u.word) >= 2]
        if any(_modified_differently(a, piece) for a in t.alternatives if len(a) >= 2 and
               not any(o in a for o in others) for piece in tokens):   # ('小学老师' is 小学 and
            return t.word                                             # 老师, both asked)
    return ""


_PIECES = re.compile(r"[\s,，、;；。:：()（）“”\"'‘’《》]+")


def _modified_differently(asked: str, tokens: list[str]) -> bool:
    for i, tok in enumerate(tokens):
        n = _common_tail(asked, tok)
        if not n or (n == 1 and asked[-1] not in HEAD_END) or len(asked) - n < 2 or \
                tx.is_verb(asked[-n:], nominal=False):
            continue           # no shared noun head, or the asked word has no modifier
        other = tok[:-n] or (tokens[i - 1] if i else "")
        if len(other) >= 2 and other not in asked and not tx.is_verb(other) and \
                other not in stopwords() and all(tx.is_cjk(c) for c in other):
            return True
    return False


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
