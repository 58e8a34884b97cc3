"""Real files of every supported format, made in the test (and hostile ones)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def write_docx(path: Path, title: str, paragraphs: list[str], heading: str | None = None) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    if heading:
        d.add_heading(heading, level=2)
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str], title: str | None = None) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 40          # a gap between lines makes each its own paragraph
    c.save()
    return path


def write_html(path: Path, title: str, paragraphs: list[str], hidden: str = "") -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<html><head><title>{title}</title><script>var x='脚本';</script></head>"
                    f"<body><h1>{title}</h1>{body}<div style='display:none'>{hidden}</div>"
                    f"</body></html>", encoding="utf-8")
    return path


def write_md(path: Path, title: str, paragraphs: list[str], heading: str = "情况") -> Path:
    path.write_text(f"# {title}\n\n## {heading}\n\n" + "\n\n".join(paragraphs) + "\n",
                    encoding="utf-8")
    return path


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                     b"garbage garbage \x00\x01\x02 not a pdf at all\n%%EOF")
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.encrypt(user_password="secret", owner_password="owner")
    with open(path, "wb") as fh:
        w.write(fh)
    return path


def docx_zip_bomb(path: Path, megabytes: int = 600) -> Path:
    """A .docx whose document.xml inflates to ``megabytes`` MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                fh.write(chunk)
    path.write_bytes(buf.getvalue())
    return path
