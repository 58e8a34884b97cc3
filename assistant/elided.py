"""People a clause leaves unsaid: '全县参加高考学生3085人,本科上线1551人' — the 1551 are
学生 too. A count of people whose own words name nobody counts the people the clause
right before it, in the same sentence, counted."""

from __future__ import annotations

import re

from assistant.intent import PUPILS, STAGES, noun_unit
from jiaoti import text as tx
from jiaoti.figures import counts_at

_PERSON_UNITS = ("人", "名", "位")
_BETWEEN = re.compile(r"[\s,，、;；]*")


def people_lent(plan, at, fact) -> frozenset[str]:
    """The question's words for people (no stage in them) that the clause right before
    the fact's says, before a count of people of its own, when the fact's own words name
    no people ('本科上线1551人' after '参加高考学生3085人'); or its words for pupils, when
    its whole clause names no people at all and says what pupils do ('上特殊线497人',
    '共录取各类高校4192人')."""
    if fact.unit not in _PERSON_UNITS or any(noun_unit(w) == "人" for w in tx.words(at.own)):
        return frozenset()
    plain = [t for t in plan.terms if noun_unit(t.word) == "人" and
             not any(s in t.word for s in STAGES)]
    if _PUPILS_DO.search(at.clause) and not _PEOPLE_SAID.search(at.clause):
        return frozenset(t.word for t in plain if PUPILS in t.alternatives)
    head = _lender_head(at)
    return frozenset(t.word for t in plain
                     if any(tx.contains_term(head, w) for w in t.alternatives)) if head else frozenset()


# what only pupils do: pass an exam's line, get admitted, go on to a school
_PUPILS_DO = re.compile(r"上线|上[^，,。;；\d]{1,4}线|录取|考取|考上|升入")
# a clause with any of these names some people ('招生', '师资', '选手', '学员', '工作者')
_PEOPLE_SAID = re.compile(r"[生师员者工手民童儿]|人[^次]")


def _lender_head(at) -> str:
    """The words before the one count of people of the clause right before the fact's
    ('参加高考学生'), or ''."""
    start = at.lay.clause[0]
    before = [(a, b) for a, b, *_ in at.lay.others if b <= start]
    if not before:
        return ""
    a, b = max(before, key=lambda d: d[1])
    if not _BETWEEN.fullmatch(at.chunk[b:start]):
        return ""                       # (only the clause right before lends)
    prev = at.chunk[a:b]
    counts = [f for f in counts_at(prev) if f.unit in _PERSON_UNITS]
    return prev[:counts[0].start] if len(counts) == 1 else ""


def people_of_paragraph(plan, at, fact) -> frozenset[str]:
    """The question's one word for teachers or for pupils that the fact's paragraph, before
    it, names, when the fact is a bare count of people whose own words name nobody and the
    paragraph names no people of the other kind ('《…教师职业道德考核实施办法》…。2024年,
    完成师德考核9136人': the 9136 are 教师): said there nearly as well as in its clause's
    lead. Not a stage-bound word ('小学生')."""
    if fact.unit not in _PERSON_UNITS or any(noun_unit(w) == "人" for w in tx.words(at.own)):
        return frozenset()
    start = at.lay.clause[0]
    para = at.chunk[at.chunk.rfind("\n", 0, start) + 1:start]
    people = [w for w in tx.words(para) if noun_unit(w) == "人"]
    hits = []
    for t in plan.terms:
        kind = next((i for i, k in enumerate(_KINDS) if k.search(t.word)), None)
        if kind is None or not t.focus or any(s in t.word for s in STAGES):
            continue
        other = _KINDS[1 - kind]
        if any(w in t.alternatives for w in people) and not any(other.search(w) for w in people):
            hits.append(t.word)
    return frozenset(hits) if len(hits) == 1 else frozenset()


_KINDS = (re.compile(r"教师|老师|教职工|教员|校长|园长|师资"),
          re.compile(r"学生|孩子|幼儿|儿童|小孩|娃|在校生|毕业生|考生|新生|学员|学子|同学"))
