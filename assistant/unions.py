"""A figure counting two kinds together ('民办学校及幼儿园447所', '中小学及幼儿园教师3000人')
does not answer a question about one of them ('私立幼儿园有多少家'): it counts more than
was asked. The question must name both kinds for it to answer."""

from __future__ import annotations

import re

from assistant.query import QueryPlan
from jiaoti import text as tx

# the counted thing just before the figure, two kinds joined: 'X及Y', 'X和Y', 'X与Y'
_UNION = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:以及|及|和|与)([\u4e00-\u9fff]{2,5})$")
_TOTAL_VERB = re.compile(r"(?:共计|合计|总计|共有|一共|共|达到|达|为|是|有)$")   # '…专任教师共'
_NOT_A_KIND = re.compile(r"[有是共为达计]|^(?:以上|以下|以内|其他|其它|相关|有关|以外)")


def union_counted(plan: QueryPlan, own: str) -> str:
    """The kind a fact counts besides the one asked ('学校' when '民办学校及幼儿园447所'
    answers '私立幼儿园有多少'), or ''."""
    m = _UNION.search(_TOTAL_VERB.sub("", tx.fold(own).rstrip(" :：,，")))
    if m is None or _NOT_A_KIND.search(m.group(2)):
        return ""
    first, second = m.group(1)[-2:], m.group(2)
    said_first, said_second = _said(plan, first), _said(plan, second)
    if said_second and not said_first:
        return first
    if said_first and not said_second:
        return second
    return ""


def _said(plan: QueryPlan, kind: str) -> bool:
    """Does a focus word of the question name ``kind``, a part of it of two or more
    characters, or ``kind`` inside a longer word ('培训学校领导和教师')?"""
    return any(t.focus and any(len(a) >= 2 and (a in kind or kind in a or kind.endswith(a[-2:]))
                               for a in t.alternatives) for t in plan.terms) or \
        kind.endswith(("学", "校")) and any(t.focus and t.word == "学校" for t in plan.terms)
    #   (a school of any kind: '学校和幼儿园' asked of '中小学和幼儿园38所')


_TAKES_IN = re.compile(r"[(（](?:包括|包含|含)([^()（）\d]+)[)）]")


def included_other(plan: QueryPlan, before: str) -> str:
    """'高中阶段教育(包括普通高中、中等职业学校)共有学校257所' counts both kinds it takes
    in: a question naming one of them ('中职学校有几所') is not answered by it. The kind
    left unasked, or '' (a word the clause says outside the bracket names the whole)."""
    before = tx.fold(before)
    outside = _TAKES_IN.sub(" ", before)
    for m in _TAKES_IN.finditer(before):
        items = [x for x in re.split(r"以及|[、和及与,，]", m.group(1)) if x.strip()]
        if len(items) < 2:
            continue
        said = [any(t.focus and not any(tx.contains_term(outside, a) for a, c in
                                        zip(t.alternatives, t.credits) if c >= 1.0)
                    and any(len(a) >= 2 and (a in x or x in a) for a in t.alternatives)
                    for t in plan.terms) for x in items]
        if any(said) and not all(said):
            return items[said.index(False)].strip()
    return ""
