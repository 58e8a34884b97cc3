"""List items that share what follows them: '其中3名学生被北大、清华录取' names one count
of pupils admitted by either university, not 3 at 北大 and a figure-less 清华录取."""

from __future__ import annotations

import re

_NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千两]")
_LAST_DIGITS = re.compile(r"\d[\d.,]*(?!.*\d)")
# what may follow a figure in its own item: its unit, a short measure ('人次', '平方米')
_UNIT_ONLY = 3


def join_shared_tail(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge each figure-less item into the item before it when that item's figure is
    followed by more words than a unit (the figure counts a phrase the later items
    complete): '3名学生被北大、清华录取' is one item; '场地2个、社区活动中心1个' stays two."""
    out: list[tuple[int, int]] = []
    if any("等" in text[a:b] for a, b in items[1:]):
        return items        # ('为5所学校配备班班通、报告厅等教学装备': a list of objects)
    for a, b in items:
        joins = out and not _NUMERAL.search(text, a, b)
        if joins and _counts_a_phrase(text[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _counts_a_phrase(item: str) -> bool:
    m = _LAST_DIGITS.search(item)
    return bool(m) and len(item) - m.end() > _UNIT_ONLY
