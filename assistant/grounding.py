"""Code owns citations: quotes are verbatim spans with offsets, and every figure in an
answer must be found in the text it cites."""

from __future__ import annotations

import re
from decimal import Decimal

from jiaoti import numbers as num
from jiaoti.types import Chunk, Citation

_IMAGES = re.compile(r"!\[[^\]]*\]\([^)]*\)|<\s*img\b[^>]*>", re.I)
_TAGS = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>|<\s*/?\s*[a-zA-Z][^>]*>",
                   re.I | re.S)


def source_text(chunk: Chunk) -> str:
    """What a citation of ``chunk`` vouches for: its text, section path and title."""
    return f"{chunk.title}\n{chunk.section}\n{chunk.text}"


def unsupported_figures(answer: str, cited: list[Chunk]) -> set[Decimal]:
    """Figures of ``answer`` that none of the cited chunks contains."""
    support: set[Decimal] = set()
    for chunk in cited:
        support |= num.figure_values(source_text(chunk))
    return {v for v in num.figure_values(answer) if v not in support}


def citation(n: int, chunk: Chunk, start: int, end: int) -> Citation:
    """A citation of the document span [start, end) inside ``chunk``."""
    a, b = start - chunk.start, end - chunk.start
    if not (0 <= a < b <= len(chunk.text)):
        raise ValueError("quote outside its chunk")
    return Citation(n=n, chunk_id=chunk.id, source=chunk.source, title=chunk.title,
                    section=chunk.section, quote=chunk.text[a:b], start=start, end=end)


def strip_markup(text: str) -> str:
    """Model replies lose images (markdown or <img>) and any other HTML tags."""
    return _TAGS.sub("", _IMAGES.sub("", text))
