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


def pdf_flate_bomb(path: Path, megabytes: int = 1500) -> Path:
    """A one-page PDF whose content stream inflates to ``megabytes`` MB."""
    import zlib

    comp = zlib.compressobj(9)
    block = b"0" * (1 << 20)
    data = b"".join(comp.compress(block) for _ in range(megabytes)) + comp.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10))
          + "]>")


def html_entity_bomb(path: Path) -> Path:
    path.write_text(LAUGHS + "<html><body><p>&lol9;</p></body></html>", encoding="utf-8")
    return path


def docx_entity_bomb(path: Path) -> Path:
    ok = path.with_name("ok-" + path.name)
    write_docx(ok, "标题", ["正文"])
    with zipfile.ZipFile(ok) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                body = data.decode("utf-8").split("?>", 1)[1]
                data = (LAUGHS.replace("lolz", "w:document") + body).replace(
                    "正文", "&lol9;").encode("utf-8")
            dst.writestr(info, data)
    ok.unlink()
    return path


# ---------------------------------------------------------------- scans, office files, tables
from eval.documents import ENROLMENT, scan_page, write_enrolment_xlsx, write_scanned_pdf  # noqa: E402,F401


def write_enrolment_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("鹤壁市教育体育局关于2025年城区小学招生工作的通知", level=1)
    d.add_paragraph("各小学：现将2025年城区小学招生计划通知如下。")
    d.add_paragraph("表1 2025年城区小学招生计划")
    table = d.add_table(rows=0, cols=3)
    for row in ENROLMENT:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = str(value)
    d.add_paragraph("请各校按计划做好招生工作。")
    d.save(str(path))
    return path


def libreoffice_convert(src: Path, target: str, outdir: Path) -> Path:
    """``src`` converted by LibreOffice headless (e.g. .docx → .doc), as a person would."""
    import subprocess

    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{outdir / 'lo-profile'}",
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / f"{src.stem}.{target}"


def xlsx_with_rows(path: Path, rows: int) -> Path:
    """A real workbook whose sheet holds ``rows`` rows (written as XML directly: fast)."""
    small = path.with_name("small-" + path.name)
    write_enrolment_xlsx(small)
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, src.read(info))
                continue
            with dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                fh.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                         b'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                for start in range(1, rows + 1, 10_000):
                    fh.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r)
                                      for r in range(start, min(start + 10_000, rows + 1))))
                fh.write(b"</sheetData></worksheet>")
    small.unlink()
    return path


def xlsx_zip_bomb(path: Path, megabytes: int = 600) -> Path:
    """A .xlsx whose sheet XML inflates to ``megabytes`` MB."""
    bomb = docx_zip_bomb(path.with_suffix(".tmp"), megabytes)
    bomb.rename(path)
    return path


def corrupt_xlsx(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    return path
