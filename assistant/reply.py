"""Drafts for hotline staff: a formal reply built from an Answer, and exports (.txt and
.docx) that keep the citations."""

from __future__ import annotations

from pathlib import Path

from assistant.grounding import OCR_MARK
from jiaoti.types import Answer

OPENING = "您好！关于您咨询的“{question}”"
CLOSING = "如需进一步了解，可咨询鹤壁市教育体育局，或拨打12345政务服务便民热线。感谢您的来电！"


def draft_reply(answer: Answer) -> str:
    """A reply in the hotline's formal style. Only the answer's own text and its sources
    go in; nothing is invented."""
    q = answer.question.rstrip("?？。 ")
    if not answer.answerable:
        return (OPENING.format(question=q) + "，经查询，现有报告中暂未找到相关内容，"
                "我们暂时无法给出准确答复。" + CLOSING)
    title = answer.citations[0].title if answer.citations else ""
    body = answer.answer.strip()
    return (OPENING.format(question=q) + f"，根据《{title}》，{body}\n\n{CLOSING}")


def sources_text(answer: Answer) -> str:
    lines = []
    for c in answer.citations:
        where = (c.section or c.title) + (f" · {c.location}" if c.location else "")
        mark = OCR_MARK if c.ocr else ""
        lines.append(f"[{c.n}] 《{c.title}》 {where}（{c.source}，第 {c.start}–{c.end} 字）：“{c.quote}”{mark}")
    return "\n".join(lines)


def export_txt(draft: str, answer: Answer | None, path: Path) -> Path:
    text = draft.rstrip() + "\n"
    if answer is not None and answer.citations:
        text += "\n来源：\n" + sources_text(answer) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def export_docx(draft: str, answer: Answer | None, path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("热线答复", level=1)
    for para in draft.strip().split("\n"):
        if para.strip():
            doc.add_paragraph(para.strip())
    if answer is not None and answer.citations:
        doc.add_heading("来源", level=2)
        for line in sources_text(answer).splitlines():
            doc.add_paragraph(line)
    doc.save(str(path))
    return path
