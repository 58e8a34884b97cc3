"""What a '其中…' sentence inherits from the sentence it details.

'全区现有国办中学17所、…、直属单位7个。其中,省部级重点职专1所' details the schools, not the
直属单位: when the sentence above lists several counted things, a part counted in another
measure word ('1所' against '7个') is no part of that thing, so that item's words are not
the part's. What is left is the list's frame ('全区现有') and the items a part could be of."""

from __future__ import annotations

import re

from assistant.extract import unit_family
from assistant.lenders import without_asides
from jiaoti import text as tx
from jiaoti.figures import counts_at


def parent_text(text: str, span: tuple[int, int] | None, unit: str) -> str | None:
    """The words of ``text[span]`` (the sentence a '其中' sentence details) that a part
    counted in ``unit`` may belong to, folded and without asides; None without a span."""
    return tx.fold(without_asides(_kept(text, span, unit))) if span else None


def _kept(text: str, span: tuple[int, int], unit: str) -> str:
    s, e = span
    items = [(a, b, counts_at(text[a:b])) for c in tx.clauses(text, s, e) for a, b in c.items]
    counted = [(a, b, figs) for a, b, figs in items if figs]
    if len(counted) < 2 or not unit:
        return text[s:e]
    out, pos = [], s
    for a, b, figs in counted:
        if not any(unit in unit_family(f.unit) for f in figs):
            out.append(text[pos:a])
            pos = b
    out.append(text[pos:e])
    return "".join(out)


_WHERE = re.compile(r"^辖|[省市县区镇乡村内外]$")      # where they are ('辖区'), no kind


def frame_kind(plan, frame: str, unit: str) -> str:
    """'全地区有15所民办学校,其中…小学3所': the list's items are of the frame's kind (民办);
    a question naming none of the frame's modifiers asks about all of them — that
    modifier, when the frame counts what the item counts; else ''."""
    from assistant.guards import lender_kind

    from assistant.guards import ALL_KINDS, modifiers
    from assistant.intent import STAGES

    figs = counts_at(frame)
    if len(figs) != 1 or unit not in ("所", "家") or figs[0].unit not in ("所", "家"):
        return ""
    noun = frame[figs[0].end:].strip(" ,，。;；") or re.split(r"[:：,，;；]",
                                                              frame[:figs[0].start])[-1]
    words, _ = modifiers(noun + figs[0].raw)
    if re.search(r"[和及与、]", noun) or not words or "教育" in noun or \
            any(w in noun for w in ALL_KINDS) or \
            any(s in noun for s in STAGES if len(s) >= 2) or _WHERE.search(words[0]):
        return ""           # ('中小学和幼儿园38所', '义务教育学校…': wholes, not a kind)
    return lender_kind(plan, noun + figs[0].raw)
