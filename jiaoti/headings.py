"""Headings written inside a line: a page flattened to one line keeps them there
('…。 ——小学。校数129所,…', '…坚实的一步。 义务教育 全市义务教育中小学214所'). Ingest cuts
chunks where one opens; the answer engine reads the one a figure stands under."""

from __future__ import annotations

import re

_INLINE = re.compile(r"(?<=[\s。；;])(?:——|――)\s*([\u4e00-\u9fff]{1,12})[。：:]|"
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


PLAN_HEADING = re.compile(r"思路|计划|打算|安排|要点|重点工作|工作重点|重点任务|工作任务|目标任务|展望")
REVIEW = re.compile(r"总结|回顾|工作情况|完成情况")


def plan_section(parts: list[str]) -> bool:
    """Does a section path head plans ('二、2024年工作思路')? A title that heads a review and
    its plans ('…2019年工作总结及2020年工作计划') heads neither on its own."""
    return any(PLAN_HEADING.search(p) and not REVIEW.search(p) for p in parts)
