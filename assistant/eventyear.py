"""'刚解放那年大田有几所小学？': a year named by an event ('解放那年', '建校的那一年') is the
year the documents date that event by ('1949年9月解放'); none when they date it not at all,
or by more than one year."""

from __future__ import annotations

import re

from jiaoti import text as tx

_EVENT = re.compile(r"(?:刚|在|是)?([\u4e00-\u9fff]{2,4}?)(?:的)?(?:那一?年|当年)")


def event_years(question: str, snap) -> set[int]:
    """The year of the event the question dates its figures by, or an empty set."""
    m = _EVENT.search(question)
    if m is None:
        return set()
    dated = re.compile(r"((?:19|20)\d{2})\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?[^,，。;；\d]{0,4}?"
                       + re.escape(m.group(1)))
    years = {int(y) for chunk in snap.chunks.values() for y in dated.findall(tx.fold(chunk.text))}
    return years if len(years) == 1 else set()
