"""What a question negates ('有几所没在招生' → 招生) and what it leaves out ('非在编教师',
'除了那所高校', '不算九年一贯制的'): read from the question's words alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jiaoti import text as tx

if TYPE_CHECKING:
    from assistant.terms import Term

_NEGATION = re.compile(r"(?:没有|没在|没能|没|未能|未|尚未|还没|不再|不)$")
_A_NOT_A = re.compile(r"(.)[不没]\1$|有没有$")


def negated(text: str, terms: list[Term]) -> str:
    """The verb a question negates ('有几所没在招生' → 招生), or ''."""
    for t in terms:
        before = text[max(0, t.at - 3):t.at]
        if _A_NOT_A.search(before):
            continue                      # '有没有建成', '是不是开工了': a yes-no question
        if t.focus and t.at > 0 and tx.is_verb(t.word.rstrip("了过")) and \
                _NEGATION.search(before[-2:]) or t.focus and not t.known and \
                len(t.word) >= 2 and t.word[0] in "没未":     # '没过本科线的'
            return t.word
    return ""


def complement(text: str) -> str:
    """'非在编教师' asks about those who are not 在编: the word after a 非 that stands
    alone (非常, 非法, 非遗 are words of their own), or the thing a question leaves out
    ('除了那所高校', '不算九年一贯制的'); or ''."""
    words = tx.words(text)
    for w, after in zip(words, words[1:]):
        if w == "非" and len(after) >= 2 and all(tx.is_cjk(c) for c in after):
            return after
    # '除了那所高校，…', '不算九年一贯制的', '不在(没在)县城读的', '不只是专任教师'
    m = _EXCEPT.search(text) or _NOT_ONLY.search(text) or _NOT_AT.search(text)
    named = [w for w in tx.words(m.group(m.lastindex)) if len(w) >= 2] if m else []
    return named[-1] if named else ""


_EXCEPT = re.compile(r"(?:除了|除去|除掉|去掉|刨去|刨除|扣除|不算|不包括|不含|不计|(?<!是)不是|(?<!有)没有)(?:那|这)?[一两几\d]*[所个家位名项]?"
                     r"([\u4e00-\u9fff]{2,10}?)(?:以外|之外|在内|外|的|[，,。？?]|$)")
# '（不只是专任教师）': the asked whole is more than those named
_NOT_ONLY = re.compile(r"(?:不只是|不仅是|不光是|不仅仅是)([\u4e00-\u9fff]{2,10}?)(?:[)），,。？?]|$)")


_NOT_AT = re.compile(r"(?:不|没有?)在([\u4e00-\u9fff]{2,4}?)(?:那|这|的|里|读|上|就)|([\u4e00-\u9fff]{2,4}?)(?:以外|之外)")


# an act the figure's own words say was not done ('190人填报志愿未被录取', '尚未开工的校舍项目3个')
_NEGATED_ACT = re.compile(r"(?:未被|没有被|没被|未能|没能|尚未|没有|未)([\u4e00-\u9fff]{2})")
_ANY_NEGATION = re.compile(r"没|未|不|无|非")
_ITEM_END = re.compile(r"[\d,，、;；。:：(（)）<>〈〉]")     # the figure's own item, no other's


def negation_unasked(plan, fact) -> tuple[str, ...]:
    """('未' + the act,) when the figure counts those that did what the question asks but
    not another act, or things an act was not done to, and the question negates nothing
    ('填报志愿的考生共有多少名' is not '共有190人填报志愿未被录取'; '有几个校舍项目' not '尚未
    开工的校舍项目3个'); a remark on the counted thing beside it ('小学教学点18所不计校数未
    纳入…') is none of that. () otherwise."""
    if _ANY_NEGATION.search(plan.question):
        return ()
    text = tx.fold(fact.clause)
    at, end = fact.start - fact.clause_start, fact.end - fact.clause_start
    for stretch in (_ITEM_END.split(text[:at])[-1], _ITEM_END.split(text[end:])[0]):
        for m in _NEGATED_ACT.finditer(stretch):
            rest = stretch[:m.start()] + " " + stretch[m.end():]
            if tx.is_verb(m.group(1)) and any(tx.contains_term(rest, a) for t in plan.terms
                                              if t.focus and t.known for a in t.alternatives):
                return ("未" + m.group(1),)
    return ()
