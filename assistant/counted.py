"""Whether a figure counts the noun a question counts: '城关小学等城区学校2所' counts
城区学校, not 小学; '专任幼儿教师984人' counts 教师, not 幼儿."""

from __future__ import annotations

import re

from assistant.intent import HEAD_END, noun_unit
from assistant.query import QueryPlan
from jiaoti import text as tx

_ETC = re.compile(r"(?<![一二三四五六七八九十特平高中初同均对])等(?![奖级次])")   # not 一等奖, 中等
_NAMES = re.compile(r"[(（][^()（）\d]*、[^()（）\d]*[)）]")   # a bracket of names
_INCLUDED = re.compile(r"[(（](?:含|包括|包含)[^()（）]*[)）]")


def included_at(text: str, at: int) -> bool:
    """Is the figure at ``at`` inside an aside of what a figure includes ('小学322所(含187个
    教学点)')?"""
    start = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    return start >= 0 and max(text.rfind(")", start, at), text.rfind("）", start, at)) < 0 \
        and text.startswith(("含", "包括", "包含"), start + 1)


def counts_asked(plan: QueryPlan, local: str, aside: bool = False) -> bool:
    """The counted noun is what the figure counts: '城关小学等城区学校2所' counts 城区学校
    (the names before 等 are examples), not 小学."""
    if not plan.counted:
        return True
    local = _NAMES.sub(" ", local)      # '7所县直学校(紫阳中学、…、县幼儿园)' counts 县直学校
    if not aside:                       # '幼儿25113人(含小学附设幼儿班)' counts no 幼儿班
        local = _INCLUDED.sub(" ", local)
    # '幼儿园' asked beside '小朋友' (幼儿): an occurrence of 幼儿园 is not one of 幼儿
    for t in plan.terms:
        if plan.counted[0] in t.alternatives:
            for longer in t.shadows:
                local = local.replace(longer, "\x00")
    tails = [_ETC.split(piece)[-1] for piece in local.split()]
    if any(tx.contains_term(tail, a) and not _modifies_person(tail, a)
           for a in plan.counted for tail in tails):
        return True
    # '研学等活动12次' still counts 研学 among its 活动; '…等城区学校2所' counts 学校
    named = [w for tail in tails for w in tx.words(tail) if len(w) >= 2 and w[-1] in HEAD_END]
    return not named and any(a in local for a in plan.counted)


def _modifies_person(text: str, noun: str) -> bool:
    """'专任幼儿教师984人' counts 教师: every 幼儿 in it says whose teachers they are."""
    if noun_unit(noun) != "人":
        return False
    at = text.find(noun)
    while at >= 0:
        after = tx.words(text[at + len(noun):at + len(noun) + 4])
        if not after or noun_unit(after[0]) != "人":
            return False
        at = text.find(noun, at + 1)
    return True
