"""A question about the whole home place ('这几年全县学校新盖的房子…多少平方米') is answered by
the figure a sentence gives for the whole ('全县实施…,新增校舍面积84.4万平方米'), not by one a
sentence gives for a stage or a part of the place ('在县城新建4所普通高中…,新增校舍29.52万平方米'),
when both fit the question's words."""

from __future__ import annotations

import re

from assistant.intent import STAGES
from jiaoti import text as tx

_WHOLE = re.compile(r"全[省市县区旗州盟镇乡]")
_PART = re.compile(r"县城|城区|主城区|市区|农村|乡镇|乡村|城镇|山区|镇区")


def _before(m) -> str:
    """The figure's sentence up to the figure."""
    text, at = m.chunk.text, m.fact.start - m.chunk.start
    start = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    return tx.fold(text[start:at])


def _part_said(said: str) -> bool:
    return bool(_PART.search(said)) or any(w in said for w in STAGES)


def the_whole(plan, found: list):
    """The one match of ``found`` whose sentence names the whole place the question names,
    when another's names only a stage or part of it; None otherwise."""
    whole = _WHOLE.search(plan.question)
    if len(found) < 2 or not whole or _part_said(plan.question):
        return None
    unit = found[0].fact.unit
    alike = [(m, _before(m)) for m in found if m.fact.unit == unit]
    wholes = [m for m, said in alike if whole.group(0) in said and not _part_said(said)]
    parts = [m for m, said in alike if whole.group(0) not in said and _part_said(said)]
    return wholes[0] if len(wholes) == 1 and parts else None
