"""Coordinated items ('A、B'): the word one ends with, and whether two items are named
things of one kind ('化垭曹庄小学、索池安塄小学' are two 小学, not 小学 and 索池安)."""

from __future__ import annotations

import re

from jiaoti import text as tx

GENERIC_WORDS = {"工作", "活动", "建设", "发展", "管理", "服务", "教育", "学校", "方面"}


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


_ITEM_END = re.compile(r"[^\u4e00-\u9fff]|[、和及]")


def named_ones(m, text: str, left: str, words) -> bool:
    """Are the two items of the pair ``m`` matched in ``text`` (``left`` the first's last
    word) named ones of a kind the question asks by the kind, or examples of it?"""
    return instances(m.group(1), m.group(2), left, words) or \
        exemplified(text, m.end(), words) or kind_asked(m, text, left, words) or \
        one_char_kind(m, left, words)


def one_char_kind(m, left: str, words) -> bool:
    """Two items ending in one character of a kind the question asks by a longer word
    holding it ('审计科、基础教育科' for '业务科室'), named apart only by words the question
    does not say (not '公办园、民办园' for '公办园')."""
    a, b = m.group(1), re.split(r"[和及]|等$", m.group(2))[0]
    if len(left) != 1 or not b.endswith(left) or not any(left in w for w in words):
        return False
    names = [n for x in (a, b) for n in tx.words(x[:-1])[-1:]]
    return not any(n in w or w in n for n in names for w in words)


def kind_asked(m, text: str, left: str, words) -> bool:
    """'党建责任书、党风廉政建设责任书' asked as 责任书 alone (no longer word of it asked)."""
    right = _ITEM_END.split(text[m.start(2):], maxsplit=1)[0]
    return instances(m.group(1), right, left, words) and \
        not any(len(w) > len(left) and w.endswith(left) for w in words)


def other_side(m, left: str, right: str, words, schools_asked: bool) -> str:
    """Of the pair ``m`` ('中考、高考'; ``left`` the first's last word, ``right`` the
    second's first), the one the question does not name when it names the other, or ''.
    A generic last word stands with the word before it ('公辦學校、幼兒園' asked of 幼儿园
    alone: 公办学校)."""
    from assistant.intent import STAGES

    named = "".join(tx.words(m.group(2))[:2]) if right in GENERIC_WORDS else right
    hit_l = any(w in left or left in w for w in words)    # ('…办公室、教育教学研究室' asked
    hit_r = any(w in named or named in w for w in words)  # of 教育处: not 教育)
    other = right if hit_l else left
    if other == left and other in GENERIC_WORDS and not schools_asked:
        other = "".join(tx.words(m.group(1))[-2:])
    schools = schools_asked and (re.fullmatch(r"(?:中小|[小中])学校?", other) is not None
                                 or other in STAGES)   # (not '民办学校': a kind)
    return other if hit_l != hit_r and other not in GENERIC_WORDS and not schools else ""
    #   ('学校和幼儿园…' asked of '中小学和幼儿园38所')
