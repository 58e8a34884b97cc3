"""Headings written inside a line: a page flattened to one line keeps them there
('…。 ——小学。校数129所,…', '…坚实的一步。 义务教育 全市义务教育中小学214所'). Ingest cuts
chunks where one opens; the answer engine reads the one a figure stands under."""

from __future__ import annotations

import re

_INLINE = re.compile(r"(?<=[\s。；;])——\s*([\u4e00-\u9fff]{1,12})[。：:]|"
                     r"(?:^|(?<=[\n。；;]))\s*([\u4e00-\u9fff]{2,10})\s+"
                     r"(?=[\u4e00-\u9fff][^\s|｜]*?[,，。；;:：])")   # then a sentence runs on


def inline_headings(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(where it opens, its words) of each heading inside ``text[start:end]``."""
    end = len(text) if end is None else end
    return [(m.start() if m.group(1) else m.start(2), m.group(1) or m.group(2))
            for m in _INLINE.finditer(text, start, end)]


def last_heading(text: str, start: int, at: int) -> str:
    """The last inline heading from ``start`` that opens at or before ``at``, or ''."""
    found = [h for where, h in inline_headings(text, start, min(len(text), at + 20))
             if where <= at]
    return found[-1] if found else ""
