"""What in a citizen's question names nothing to look for (years, 'all of them', what the
whole includes, the base of a change), blanked in place so that word offsets hold."""

from __future__ import annotations

import re

from jiaoti.numbers import RELATIVE_YEAR

_AABB = re.compile(r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2")
_YEAR = re.compile(r"(?:(?:19|20)\d{2}\s*[-—–至~～]\s*)?(?:19|20)\d{2}\s*(?:学)?年(?:度)?")
_INCLUDING = re.compile(r"(?:连同|连|包括|包含|含)[^，,。？?！!]{1,10}在内")
# a five-year plan glossed by its length ('“十二五”这五年', '十三五那五年里'): the gloss names
# nothing the plan's name does not
_PLAN_GLOSS = re.compile(r'(?<=十[一二三四五六七八九十]五)([”"’」』]?\s*(?:期间)?)((?:这|那|近)个?五年(?:里|间|中|来|当中)?)')
# the whole system a bureau runs ('英山教育系统的教职工', '教体系统这一年…'): all of it
_SYSTEM = re.compile(r"(?:教育|教体|教育体育|教育和体育)系统(?:内|里|中|之内)?(?![外以之])")
_AGAINST_YEAR = re.compile(r"(?:同比|比|较)(?:上年|去年|上一年|前一年|上学年|同期)|"
                           r"[跟和与同](?:上年|去年|上一年|前一年|上学年)(?:相)?比")


def blank_unsought(question: str) -> str:
    """What in a question names nothing to look for, blanked (offsets kept): its years
    ('2023年', '去年'), an AABB reduplication ('大大小小', '方方面面', '林林总总'), which
    says 'all of them', and what the whole asked includes ('连幼儿园在内一共多少所学校'),
    the base of a change ('比上年': '教职工比上年…' holds no 教职工比), the length
    glossing a five-year plan ('十二五这五年') and the whole system a bureau runs
    ('教育系统的教职工')."""
    q = _AABB.sub(lambda m: m.group(0) if m.group(1) == m.group(2) else " " * 4, question)
    q = _INCLUDING.sub(lambda m: " " * len(m.group(0)), q)
    q = _PLAN_GLOSS.sub(lambda m: m.group(1) + " " * len(m.group(2)), q)
    q = _SYSTEM.sub(lambda m: " " * len(m.group(0)), q)
    q = _AGAINST_YEAR.sub(lambda m: " " * len(m.group(0)), q)
    q = _YEAR.sub(lambda m: " " * len(m.group(0)), q)
    return RELATIVE_YEAR.sub(lambda m: " " * len(m.group(0)), q)
