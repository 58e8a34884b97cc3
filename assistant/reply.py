"""Drafts for hotline staff: a formal reply built from an Answer, and exports (.txt and
.docx) of the text staff finally wrote, with the citations. Exports are built in memory:
no file is written."""

from __future__ import annotations

import io
import re
from functools import lru_cache

from assistant.grounding import OCR_MARK
from jiaoti.lexicon import read_lines
from jiaoti.privacy import strip_personal
from jiaoti.types import Answer

OPENING = "您好！关于您咨询的“{question}”"
CLOSING = "如需进一步了解，可咨询{bureau}，或拨打{hotline}。感谢您的来电！"
NOT_FOUND = "，经查询，现有报告中暂未找到相关内容，我们暂时无法给出准确答复。"
SOURCES_HEADING = "来源"
_ASKS = re.compile(r"[^。！？!?；;]*[?？]")
_LEADING = re.compile(r"^[\s,，.。、:：;；!！~～]+")


@lru_cache(maxsize=1)
def _courtesy() -> tuple[str, ...]:
    return tuple(sorted(read_lines("courtesy.txt"), key=len, reverse=True))


def restate(answer: Answer) -> str:
    """The question as a reply restates it: its standalone form (follow-ups completed),
    personal numbers removed, only the sentences that ask, greetings dropped."""
    q = " ".join(strip_personal(answer.standalone_question or answer.question).split())
    asks = "".join(_ASKS.findall(q)).strip()
    q = asks or q
    while True:
        q = _LEADING.sub("", q)
        word = next((w for w in _courtesy() if q.startswith(w) and len(q) > len(w)), None)
        if word is None:
            break
        q = q[len(word):]
    return q.rstrip("?？。 ,，")


def draft_reply(answer: Answer, bureau: str, hotline: str) -> str:
    """A reply in the hotline's formal style. Only the answer's own text and its sources
    go in; nothing is invented."""
    opening = OPENING.format(question=restate(answer))
    closing = CLOSING.format(bureau=bureau, hotline=hotline)
    if not answer.answerable:
        return opening + NOT_FOUND + closing
    title = answer.citations[0].title if answer.citations else ""
    return opening + f"，根据《{title}》，{answer.answer.strip()}\n\n{closing}"


def sources_text(answer: Answer) -> str:
    lines = []
    for c in answer.citations:
        where = (c.section or c.title) + (f" · {c.location}" if c.location else "")
        mark = OCR_MARK if c.ocr else ""
        lines.append(f"[{c.n}] 《{c.title}》 {where}（{c.source}，第 {c.start}–{c.end} 字）：“{c.quote}”{mark}")
    return "\n".join(lines)


def export_txt(draft: str, answer: Answer | None) -> bytes:
    """The draft exactly as written, then its numbered sources."""
    text = draft
    if answer is not None and answer.citations:
        text += f"\n\n{SOURCES_HEADING}：\n" + sources_text(answer) + "\n"
    return text.encode("utf-8")


def export_docx(draft: str, answer: Answer | None) -> bytes:
    """A Word document: a heading, one paragraph per line of the draft exactly as written
    (empty lines kept), then the sources under their own heading."""
    import docx

    doc = docx.Document()
    doc.add_heading("热线答复", level=1)
    for line in draft.split("\n"):
        doc.add_paragraph(line)
    if answer is not None and answer.citations:
        doc.add_heading(SOURCES_HEADING, level=2)
        for line in sources_text(answer).splitlines():
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
