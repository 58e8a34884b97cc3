"""How much of a text is everyday Chinese: a check that a converter read a file, not its bytes."""

from __future__ import annotations


def readable_share(text: str) -> float:
    """Share of the non-space characters that are everyday characters (GB18030's GB2312
    core: common hanzi, ASCII, Chinese punctuation). Real documents score near 1; bytes
    decoded as text (a corrupt file read by a lenient converter) score low."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 1.0
    ok = 0
    for c in chars:
        try:
            c.encode("gb2312")
            ok += 1
        except UnicodeEncodeError:
            pass
    return ok / len(chars)
