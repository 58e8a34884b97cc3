"""Code owns citations: quotes are verbatim spans with offsets, and every figure in an
answer must be found in the text it cites."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from jiaoti import numbers as num
from jiaoti.types import Answer, Chunk, Citation

OCR_MARK = "（扫描件识别）"

_IMAGES = re.compile(r"!\[[^\]]*\]\([^)]*\)|<\s*img\b[^>]*>", re.I)
_TAGS = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>|<\s*/?\s*[a-zA-Z][^>]*>",
                   re.I | re.S)


def source_text(chunk: Chunk) -> str:
    """What a citation of ``chunk`` vouches for: its text, section path and title."""
    return f"{chunk.title}\n{chunk.section}\n{chunk.text}"


def unsupported_figures(answer: str, cited: list[Chunk]) -> set[Decimal]:
    """Figures of ``answer`` that none of the cited chunks contains."""
    support: set[Decimal] = set()
    for chunk in cited:     # ('比上年的387878万元' in a 2022 text: 2021's, said as 2021年)
        support |= num.figure_values(source_text(chunk)) | set(map(Decimal, num.prior_years(
            source_text(chunk))))
    return {v for v in num.figure_values(answer) if v not in support}


def citation(n: int, chunk: Chunk, start: int, end: int, location: str = "") -> Citation:
    """A citation of the document span [start, end) inside ``chunk`` (``location``: a
    table cell, see ``Fact.location``). A quote read from a scan says so."""
    a, b = start - chunk.start, end - chunk.start
    if not (0 <= a < b <= len(chunk.text)):
        raise ValueError("quote outside its chunk")
    return Citation(n=n, chunk_id=chunk.id, source=chunk.source, title=chunk.title,
                    section=chunk.section, quote=chunk.text[a:b], start=start, end=end,
                    location=location, ocr=chunk.ocr_confidence is not None)


def mark_unsure_scans(answer: Answer, chunks: Mapping[str, Chunk], threshold: float) -> Answer:
    """An answer citing text read from a scan with a confidence below ``threshold`` says
    "（扫描件识别）" in its own text, so such a figure never reads as certain."""
    unsure = any((c := chunks.get(cite.chunk_id)) is not None and c.ocr_confidence is not None
                 and c.ocr_confidence < threshold for cite in answer.citations)
    if not answer.answerable or not unsure or OCR_MARK in answer.answer:
        return answer
    text = answer.answer.rstrip()
    end = len(text.rstrip("。.!！?？"))
    return replace(answer, answer=text[:end] + OCR_MARK + text[end:])


def strip_markup(text: str) -> str:
    """Model replies lose images (markdown or <img>) and any other HTML tags."""
    return _TAGS.sub("", _IMAGES.sub("", text))


def citations(spans) -> tuple[Citation, ...]:
    """Numbered citations of (chunk, start, end) spans, each span once."""
    out, seen = [], set()
    for chunk, start, end in spans:
        if (chunk.id, start, end) in seen:
            continue
        seen.add((chunk.id, start, end))
        out.append(citation(len(out) + 1, chunk, start, end))
    return tuple(out)
