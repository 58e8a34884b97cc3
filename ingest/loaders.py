"""Loaders per format. Each turns a file into a ParsedDocument: the plain text that
citations point into, a title if the file names one, the headings the format marks, the
lines read by OCR and the tables laid out in the text. Text, markdown and docx live here;
html in ingest/htmldoc.py, pdf in ingest/pdf.py, scans in ingest/ocr.py, spreadsheets and
converted office files in ingest/office.py. All but txt/md/csv are parsed inside a
sandboxed subprocess (ingest/sandbox.py)."""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.tables import ParsedTable, TableRow, clean_cell, layout
from jiaoti import text as tx
from jiaoti.errors import IngestError

log = logging.getLogger(__name__)

TEXT_FORMATS = {".txt", ".md", ".markdown", ".csv"}
IMAGE_FORMATS = {".png", ".jpg", ".jpeg"}
CONVERTED_FORMATS = {".doc": ".docx", ".wps": ".docx", ".xls": ".xlsx", ".et": ".xlsx"}
ZIP_FORMATS = {".docx", ".xlsx"}
SANDBOXED_FORMATS = ({".pdf", ".docx", ".html", ".htm", ".xlsx"} | IMAGE_FORMATS
                     | set(CONVERTED_FORMATS))
FORMATS = TEXT_FORMATS | SANDBOXED_FORMATS
FORMAT_NAMES = "txt、md、html、pdf、docx、doc、wps、xlsx、xls、et、csv、png、jpg"


@dataclass
class ParsedDocument:
    text: str
    title: str | None = None
    # start offset of a heading line's content → heading level (1 = top)
    headings: dict[int, int] = field(default_factory=dict)
    fmt: str = "txt"
    pages: int = 0                   # pages of a pdf (1 for an image)
    ocr_pages: int = 0               # of them, read by OCR
    ocr_needed: int = 0              # pages without a text layer, not (yet) read by OCR
    # (start, end, confidence) of each text line read by OCR
    ocr_lines: list[tuple[int, int, float]] = field(default_factory=list)
    tables: list[ParsedTable] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict) -> "ParsedDocument":
        """Back from the sandbox's JSON."""
        return cls(**{**data, "headings": {int(k): v for k, v in data["headings"].items()},
                      "ocr_lines": [tuple(x) for x in data["ocr_lines"]],
                      "tables": [ParsedTable.from_dict(t) for t in data["tables"]]})


@dataclass
class Block:
    """One line of the text to build: a paragraph or heading (from OCR: with the spans and
    confidences of the scanned lines it joins), or a table's name line or row line."""

    text: str
    level: int = 0
    ocr: tuple[tuple[int, int, float], ...] = ()
    table: ParsedTable | None = None
    row: TableRow | None = None


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
    from ingest.flat_tables import flat_tables

    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    text = tx.without_reading_aids(text)
    return ParsedDocument(text, tables=flat_tables(text))   # a web table copied as text


_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)


def load_md(data: bytes, path: Path) -> ParsedDocument:
    text = tx.without_reading_aids(decode(data, path).replace("\r\n", "\n").replace("\r", "\n"))
    doc = ParsedDocument(text, fmt="md")
    for m in _MD_HEADING.finditer(text):
        doc.headings[m.start(2)] = len(m.group(1))
        if doc.title is None and len(m.group(1)) == 1:
            doc.title = m.group(2).strip()
    return doc

def from_blocks(blocks: list[tuple[str, int] | Block], title: str | None, fmt: str
                ) -> ParsedDocument:
    """Plain text with one block per line (blank line between), headings, OCR lines and
    tables recorded with their offsets."""
    doc = ParsedDocument("", title, {}, fmt)
    parts, pos = [], 0
    for block in blocks:
        block = block if isinstance(block, Block) else Block(*block)
        text = block.text.replace("\n", " ").strip()
        if not block.ocr and block.table is None:
            text = tx.without_reading_aids(text)
        if not text:
            continue
        if block.level:
            doc.headings[pos] = block.level
            if doc.title is None and block.level == 1:
                doc.title = text
        doc.ocr_lines.extend((pos + s, pos + e, conf) for s, e, conf in block.ocr)
        if block.table is not None:
            _place_table_line(doc, block, pos, len(text))
        parts.append(text)
        pos += len(text) + 2
    doc.text = "\n\n".join(parts)
    return doc


def _place_table_line(doc: ParsedDocument, block: Block, pos: int, length: int) -> None:
    if not doc.tables or doc.tables[-1] is not block.table:
        doc.tables.append(block.table)
    if block.row is None:
        block.table.title_start, block.table.title_end = pos, pos + length
    else:
        block.row.place(pos)
        block.table.rows.append(block.row)


def table_blocks(grid: list[list[str]], name: str, first_row: int = 1, sheet: str = ""
                 ) -> list[Block]:
    """The name line and one line per row of a table (plain lines if it holds no data)."""
    laid = layout(grid, name, first_row, sheet)
    if laid is None:
        return [Block(" ".join(c for c in map(clean_cell, row) if c)) for row in grid]
    table, lines = laid
    return [Block(table.name, table=table)] + [Block(t, table=table, row=r) for t, r in lines]


_CAPTION = re.compile(r"^(?:附?表\s*[\d一二三四五六七八九十]+|.{2,40}(?:表|情况|计划|统计|一览))[^。]{0,40}$")


def add_table(blocks: list[Block], grid: list[list[str]], number: int) -> None:
    """Append a table found in running text: a caption line just before it ("表1 …",
    "…招生计划表") becomes its name; else it is called 表N."""
    prev = blocks[-1] if blocks and isinstance(blocks[-1], Block) else None
    caption = prev.text.strip() if prev and not prev.level and prev.table is None \
        and _CAPTION.match(prev.text.strip()) else None
    new = table_blocks(grid, caption or f"表{number}")
    if caption and new and new[0].table is not None and new[0].text == caption:
        blocks.pop()
    blocks.extend(new)

# ---------------------------------------------------------------- docx


_DOCX_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def load_docx(path: Path) -> ParsedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise fail(path, f"Word 文件已损坏或不是 .docx 格式（{type(exc).__name__}）") from exc
    blocks: list[Block] = []
    title, tables = document.core_properties.title or None, 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            tables += 1
            add_table(blocks, _docx_grid(item), tables)
            continue
        style = (item.style.name if item.style is not None else "") or ""
        m = _DOCX_HEADING.match(style.strip())
        level = int(m.group(1)) if m else (1 if style.strip().lower() in ("title", "标题") else 0)
        if level == 1 and title is None and item.text.strip():
            title = item.text.strip()
        blocks.append(Block(item.text, level))
    return from_blocks(blocks, title, "docx")


def _docx_grid(table) -> list[list[str]]:
    """Cell texts by grid position; a merged cell keeps its text in its first position."""
    grid, seen = [], set()
    for row in table.rows:
        cells = []
        for cell in row.cells:
            tc = cell._tc            # the same element for every position of a merged cell
            cells.append("" if tc in seen else cell.text)
            seen.add(tc)
        grid.append(cells)
    return grid


def check_zip(path: Path, max_bytes: int) -> None:
    """Refuse archives that would inflate past ``max_bytes`` or by an absurd ratio."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            packed = sum(info.compress_size for info in zf.infolist()) or 1
    except zipfile.BadZipFile as exc:
        raise fail(path, f"文件已损坏或不是 {path.suffix.lower()} 格式（不是有效的 zip 包）") from exc
    if total > max_bytes or total / packed > 200:
        raise fail(path, f"文件解压后过大（{total // 1_000_000} MB），疑似压缩炸弹，已拒绝")


_ENTITY = re.compile(rb"<!ENTITY", re.I)


def check_entities(path: Path, data: bytes | None = None) -> None:
    """Refuse markup that declares entities (the 'billion laughs' expansion bomb)."""
    if path.suffix.lower() in ZIP_FORMATS:
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.filename.endswith((".xml", ".rels")):
                        with zf.open(info) as fh:
                            if _ENTITY.search(fh.read(1 << 16)):
                                raise fail(path, "文件中含有实体定义（<!ENTITY），疑似实体炸弹，已拒绝")
        except zipfile.BadZipFile as exc:
            raise fail(path, f"文件已损坏或不是 {path.suffix.lower()} 格式（不是有效的 zip 包）") from exc
    elif data is not None and _ENTITY.search(data):
        raise fail(path, "文件中含有实体定义（<!ENTITY），疑似实体炸弹，已拒绝")
