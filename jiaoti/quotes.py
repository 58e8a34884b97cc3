"""Quotation marks that hold a name ('“双减”', '《…》') keep its commas and 、 inside one
clause; marks that open a speech ('“2012年,…仅有296名学生,如今…有600名学生…”') quote
whole clauses, which are split as any others."""

from __future__ import annotations

SPEECH_OPENERS = "“‘「\""
NAME_SPAN = 30       # a name in quotes is shorter than this; a longer quote is speech


def opens_speech(text: str, at: int, end: int) -> bool:
    """Does the quotation mark at ``at`` open a quote of whole clauses (no close within
    ``NAME_SPAN`` characters before ``end``, or a sentence end before its close)?"""
    if text[at] not in SPEECH_OPENERS:
        return False
    close = next((i for i in range(at + 1, min(end, at + NAME_SPAN + 1))
                  if text[i] in "”’」\""), -1)
    return close < 0 or any(c in "。！？!?" for c in text[at:close])
