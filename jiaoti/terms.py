"""Whether a term occurs in a text as a word of its own ('小学' is not in 中小学, 中专 not in
其中|专任, 中小学 not in 其中|小学), by jieba's dictionary frequencies."""

from __future__ import annotations

import re


def tokenizer():
    from jiaoti.text import tokenizer as _tokenizer

    return _tokenizer()


def contains_term(text: str, term: str) -> bool:
    """``term`` occurs in ``text`` ('小学' not only inside 中小学, which is 中学 and 小学
    together); a numeric term must not be part of a longer number."""
    if term.isdigit():
        return re.search(rf"(?<![\d.]){re.escape(term)}(?![\d.])", text) is not None
    if term not in text:
        return False
    if term.startswith("小学") and not has_word(text, term):
        return False
    if len(term) >= 3 and all(_bound_left(text, at, term) for at in _finds(text, term)):
        return False                                       # '其中小学' holds no 中小学
    return len(term) != 2 or any(not _straddles(text, at) for at in _finds(text, term))


def _bound_left(text: str, at: int, term: str) -> bool:
    """Is the first character of ``term`` at ``at`` likelier the tail of a word with the
    one before ('其|中小学' or '其中|小学': 其中 and 小学 win)?"""
    f = tokenizer().FREQ
    return at > 0 and f.get(term, 0) > 0 and f.get(text[at - 1:at + 1], 0) * \
        f.get(term[1:], 0) > f.get(text[at - 1], 0) * f.get(term, 0)   # (a dictionary word)


def _finds(text: str, word: str):
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_STANDS_ALONE = "中里内外上下的和与及等在对"   # characters often a word of their own


def _straddles(text: str, at: int) -> bool:
    """Are the two characters at ``at`` the tail of one word and the head of the next
    ('其中|专任' and '初中|专任' hold no 中专, '提高|中职' no 高中), the two words being the
    likelier reading? An ordinal's tail is a school's abbreviation ('第二|中学' is 二中),
    which a school word may share ('一中学生'), no other ('一中|考点' holds no 中考)."""
    if at == 0 or at + 3 > len(text) or text[at - 1] in "第一二三四五六七八九十两" and (
            text[at - 1] == "第" or text[at] in "一二三四五六七八九十" or text[at + 1] in "学校"):
        return False
    freq = tokenizer().FREQ
    left, right = freq.get(text[at - 1:at + 1], 0), freq.get(text[at + 1:at + 3], 0)
    if not right or (left + right <= freq.get(text[at:at + 2], 0) if left else
                     text[at] not in _STANDS_ALONE):
        return False
    # the likelier reading of the words around decides: '其中|专任|教师' holds 专任; with
    # no word before it (a postposition alone), a word the second one opens does
    # ('教职工|中|专任教师')
    start = max(0, at - 4)
    bounds, pos = set(), start
    for w in tokenizer().lcut(text[start:at + 6], HMM=False):
        pos += len(w)
        bounds.add(pos)
    return at + 1 in bounds and (at not in bounds or not left and at + 2 not in bounds)


def has_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` other than as the tail of a longer dictionary word
    ('小学' is not in '中小学30所'; it is in '公办小学3所' and in '其中小学…')."""
    freq = tokenizer().FREQ
    for at in _finds(text, word):
        longer = max((freq.get(text[at - 1:at + k], 0) for k in range(2, len(word) + 1)),
                     default=0) if at else 0      # '中小学专任教师' holds no 小学专任教师
        # '其中小学…': the character before belongs to the word before it
        if not longer or at >= 2 and freq.get(text[at - 2:at], 0) > longer:
            return True
    return False


def names_kind(text: str, term: str) -> bool:
    """``term`` in ``text``, or a school of a sector by its sector ('特殊教育162人' names
    特殊教育学校's pupils, '中等职业教育' 中等职业教育学校)."""
    sector = term[:-2] if term.endswith("学校") and term[:-2].endswith("教育") else ""
    return contains_term(text, term) or bool(sector) and contains_term(text, sector)


def astride(text: str, word: str, others) -> bool:
    """Does ``word``, where ``text`` last has it, share characters with one of ``others``
    written across its edge there ('青山镇…': jieba's 山镇 is astride 青山)?"""
    at = text.rfind(word)
    return at >= 0 and any(
        len(a) >= 2 and a not in word and word not in a and
        a in text[max(0, at - len(a) + 1):at + len(word) + len(a) - 1] for a in others)
