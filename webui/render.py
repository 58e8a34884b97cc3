"""Safe rendering: everything shown in the chat is escaped text — a question, a quote
from a document, a model's reply — so HTML or script shows as text and never runs, and
no markdown image is ever loaded."""

from __future__ import annotations

import html
import re

from assistant.grounding import OCR_MARK, strip_markup
from jiaoti.types import Answer

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~>])")


def safe(text: str) -> str:
    """Untrusted text as inert markdown: HTML escaped, markdown syntax escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))


def user_message(question: str) -> dict:
    return {"role": "user", "content": safe(question)}


def sources_markdown(answer: Answer) -> str:
    lines = []
    for c in answer.citations:
        where = safe(c.section or c.title) + (f" · {safe(c.location)}" if c.location else "")
        lines.append(f"**[{c.n}]** 《{safe(c.title)}》 {where}  \n"
                     f"“{safe(c.quote)}”{OCR_MARK if c.ocr else ''}  \n"
                     f"（{safe(c.source)}，第 {c.start}–{c.end} 字）")
    return "\n\n".join(lines)


def plain_payload(answer: Answer) -> dict:
    """An answer for programs: plain text (no markup, no markdown escapes) and the
    citations as structured fields."""
    out = answer.to_dict()
    out["answer"] = strip_markup(answer.answer)
    if answer.notice:
        out["notice"] = answer.notice
    return out


def answer_messages(answer: Answer) -> list[dict]:
    """The answer bubble, then its numbered sources in a collapsed block."""
    body = safe(strip_markup(answer.answer))
    if answer.notice:
        body += f"\n\n*（{safe(answer.notice)}）*"
    out = [{"role": "assistant", "content": body}]
    if answer.citations:
        out.append({"role": "assistant", "content": sources_markdown(answer),
                    "metadata": {"title": f"来源（{len(answer.citations)} 条）", "status": "done"}})
    return out
