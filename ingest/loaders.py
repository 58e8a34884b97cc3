"""Loaders per format. Each turns a file into a ParsedDocument: the plain text that
citations point into, a title if the file names one, and the headings the format marks.
pdf, docx and html are parsed inside a sandboxed subprocess (ingest/sandbox.py)."""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from jiaoti.errors import IngestError

log = logging.getLogger(__name__)

TEXT_FORMATS = {".txt", ".md", ".markdown"}
SANDBOXED_FORMATS = {".pdf", ".docx", ".html", ".htm"}
FORMATS = TEXT_FORMATS | SANDBOXED_FORMATS


@dataclass
class ParsedDocument:
    text: str
    title: str | None = None
    # start offset of a heading line's content → heading level (1 = top)
    headings: dict[int, int] = field(default_factory=dict)
    # (start, end) spans of lines that are not body text (e.g. markdown heading markers)
    fmt: str = "txt"


def fail(path: Path | str, reason: str) -> IngestError:
    return IngestError(f"{Path(path).name}：{reason}")

# ---------------------------------------------------------------- plain text


def decode(data: bytes, path: Path | str) -> str:
    """UTF-8 (with or without BOM), else GB18030; binary data is refused."""
    if b"\x00" in data[:4096]:
        raise fail(path, "不是文本文件（含二进制内容）")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise fail(path, "无法识别的文字编码（支持 UTF-8 和 GB18030）")


def load_txt(data: bytes, path: Path) -> ParsedDocument:
    return ParsedDocument(decode(data, path).replace("\r\n", "\n").replace("\r", "\n"))


_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)


def load_md(data: bytes, path: Path) -> ParsedDocument:
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    doc = ParsedDocument(text, fmt="md")
    for m in _MD_HEADING.finditer(text):
        doc.headings[m.start(2)] = len(m.group(1))
        if doc.title is None and len(m.group(1)) == 1:
            doc.title = m.group(2).strip()
    return doc

# ---------------------------------------------------------------- html


_BLOCK = {"p", "div", "section", "article", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "ul", "ol", "header", "footer", "blockquote", "pre", "figcaption",
          "caption", "dd", "dt", "hr", "main", "aside", "nav", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
         "source", "track", "wbr", "param"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0",
                           re.I)


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block per line; hidden text is dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int]] = []   # (text, heading level or 0)
        self.buf: list[str] = []
        self.level = 0
        self.skip_stack: list[str] = []
        self.title: str | None = None
        self._in_title = False
        self._title_buf: list[str] = []

    def _flush(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if line:
            self.lines.append((line, self.level))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        hidden = ("hidden" in attrs or attrs.get("aria-hidden") == "true"
                  or _HIDDEN_STYLE.search(attrs.get("style", "")))
        if self.skip_stack or tag in _SKIP or hidden:
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        if tag in _BLOCK:
            self._flush()
            if re.fullmatch(r"h[1-6]", tag):
                self.level = int(tag[1])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            self.title = re.sub(r"\s+", " ", "".join(self._title_buf)).strip() or None
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._flush()
            self.level = 0

    def handle_data(self, data):
        if self._in_title:
            self._title_buf.append(data)
            return
        if not self.skip_stack:
            self.buf.append(data)


def load_html(data: bytes, path: Path) -> ParsedDocument:
    parser = _HTMLText()
    parser.feed(decode(data, path))
    parser.close()
    parser._flush()
    return from_blocks(parser.lines, parser.title, "html")


def from_blocks(blocks: list[tuple[str, int]], title: str | None, fmt: str) -> ParsedDocument:
    """Plain text with one block per line (blank line between), headings recorded."""
    parts, headings, pos = [], {}, 0
    for text, level in blocks:
        text = text.replace("\n", " ").strip()
        if not text:
            continue
        if level:
            headings[pos] = level
            if title is None and level == 1:
                title = text
        parts.append(text)
        pos += len(text) + 2
    return ParsedDocument("\n\n".join(parts), title, headings, fmt)

# ---------------------------------------------------------------- pdf and docx


def load_pdf(path: Path) -> ParsedDocument:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise fail(path, "PDF 已加密，请先去掉密码再上传")
        pages = []
        for page in reader.pages:
            page.get_contents()        # raises on a decompression bomb (text extraction hides it)
            pages.append(page.extract_text() or "")
        meta_title = (reader.metadata.title if reader.metadata else None) or None
    except IngestError:
        raise
    except LimitReachedError as exc:
        raise fail(path, "PDF 中有解压后异常巨大的数据，疑似压缩炸弹，已拒绝") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise fail(path, f"PDF 文件已损坏或无法读取（{type(exc).__name__}）") from exc
    blocks = []
    for page in pages:
        for para in re.split(r"\n\s*\n", page.replace("\r", "\n")):
            # pdf text breaks lines inside paragraphs; join the lines of one paragraph
            lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
            if lines:
                blocks.extend(_join_pdf_lines(lines))
    return from_blocks([(b, 0) for b in blocks], meta_title, "pdf")


def _join_pdf_lines(lines: list[str]) -> list[str]:
    """Lines that end a sentence (or are short, like headings) end a block."""
    out, cur = [], ""
    for ln in lines:
        cur += ln
        if ln[-1] in "。！？!?;；:：" or len(ln) < 20:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def load_docx(path: Path) -> ParsedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise fail(path, f"Word 文件已损坏或不是 .docx 格式（{type(exc).__name__}）") from exc
    blocks, title = [], document.core_properties.title or None
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        m = _DOCX_HEADING.match(style.strip())
        level = int(m.group(1)) if m else (1 if style.strip().lower() in ("title", "标题") else 0)
        if level == 1 and title is None and para.text.strip():
            title = para.text.strip()
        blocks.append((para.text, level))
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                blocks.append((" | ".join(dict.fromkeys(cells)), 0))
    return from_blocks(blocks, title, "docx")


def check_zip(path: Path, max_bytes: int) -> None:
    """Refuse archives that would inflate past ``max_bytes`` or by an absurd ratio."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            packed = sum(info.compress_size for info in zf.infolist()) or 1
    except zipfile.BadZipFile as exc:
        raise fail(path, "Word 文件已损坏或不是 .docx 格式（不是有效的 zip 包）") from exc
    if total > max_bytes or total / packed > 200:
        raise fail(path, f"文件解压后过大（{total // 1_000_000} MB），疑似压缩炸弹，已拒绝")


_ENTITY = re.compile(rb"<!ENTITY", re.I)


def check_entities(path: Path, data: bytes | None = None) -> None:
    """Refuse markup that declares entities (the 'billion laughs' expansion bomb)."""
    if path.suffix.lower() == ".docx":
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.filename.endswith((".xml", ".rels")):
                        with zf.open(info) as fh:
                            if _ENTITY.search(fh.read(1 << 16)):
                                raise fail(path, "文件中含有实体定义（<!ENTITY），疑似实体炸弹，已拒绝")
        except zipfile.BadZipFile as exc:
            raise fail(path, "Word 文件已损坏或不是 .docx 格式（不是有效的 zip 包）") from exc
    elif data is not None and _ENTITY.search(data):
        raise fail(path, "文件中含有实体定义（<!ENTITY），疑似实体炸弹，已拒绝")


def parse_in_process(path: Path) -> ParsedDocument:
    """Parse a pdf/docx/html file (this runs inside the sandbox subprocess)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return load_pdf(path)
    if suffix == ".docx":
        check_entities(path)
        return load_docx(path)
    data = path.read_bytes()
    check_entities(path, data)
    return load_html(data, path)
