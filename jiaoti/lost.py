"""Characters a copy lost. Pages copied through a wrong encoding show a lost Chinese
character as an ASCII '?' ('民主南路天湖?御林湾小区内'): between two Han characters it ends no
sentence, and an answer shows it as □, as printers mark a character they cannot set."""

from __future__ import annotations


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def lost(text: str, i: int) -> bool:
    """Does the '?' at ``text[i]`` stand for a lost character (a Han character on each side)?"""
    return text[i] == "?" and 0 < i < len(text) - 1 and _han(text[i - 1]) and _han(text[i + 1])


def mark_lost(text: str) -> str:
    """``text`` with each lost character shown as □."""
    return "".join("□" if ch == "?" and lost(text, i) else ch for i, ch in enumerate(text))


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` of ``text`` starts (after 。！？ or a line
    break; a lost character's '?' ends none)."""
    i = at - 1
    while i >= 0 and not (text[i] in "。！？!?\n" and not lost(text, i)):
        i -= 1
    return i + 1
