"""The level a title, honour or contest belongs to (国家级, 省级, 市级, 县级): a figure whose own
words give it at another level than the question asks is not the one asked ('几所省高水平示范性
职业学校' is not '创建国家改革发展示范性职业学校2所', '省运会拿了几块金牌' not '全国比赛…金牌3枚').
'省级以上' takes in every level from the province up."""

from __future__ import annotations

import re

from jiaoti import text as tx
from jiaoti.places import is_province

_RANK = {"国家级": 4, "国家": 4, "全国": 4, "省级": 3, "省": 3, "全省": 3, "市级": 2, "市里": 2,
         "县级": 1, "县里": 1, "区级": 1, "区里": 1}
# 省 alone is a level before what it rates ('省优质园', '省运会'), not in 节省, 省份, 省内
_MARK = re.compile(r"国家级|国家(?!财政|机关|公务|通用|语言)|全国|省级|全省|(?<![节反俭精减])省"
                   r"(?![份内外略钱力时心事去得会议委政厅])|(?<!全)市级|县级|区级|(?<![城乡])[市县区]里")
_AND_UP = re.compile(r"(?:及|或)?以上")


def _levels(text: str) -> list[tuple[int, bool]]:
    """(rank, 'and above') of each level mark of ``text``; a province's name is no mark."""
    out = []
    for m in _MARK.finditer(text):
        if m.group(0) == "省" and any(is_province(text[i:m.end()]) for i in
                                     range(max(0, m.start() - 7), m.start())):
            continue                                    # ('河南省')
        out.append((_RANK[m.group(0)], bool(_AND_UP.match(text, m.end()))))
    return out


def other_level(question: str, own: str) -> tuple[str, ...]:
    """('≠' + the figure's level,) when the question asks one level and the figure's own
    words give only others (none of them within an asked 'X级以上'); () otherwise."""
    asked = _levels(tx.fold(question))
    given = _levels(tx.fold(own))
    if not asked or not given:
        return ()
    ok = {r for r, _ in asked} | {g for g, _ in given for r, up in asked if up and g >= r}
    if any(g in ok for g, _ in given):
        return ()
    word = next(m.group(0) for m in _MARK.finditer(tx.fold(own)))
    return ("≠" + word,)
