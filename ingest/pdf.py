"""PDF files: the text layer page by page; pages without one (scans) are counted, and read
by OCR when the sandbox runs in OCR mode (ingest/ocr.py)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ingest.loaders import Block, ParsedDocument, fail, from_blocks
from jiaoti.errors import IngestError

log = logging.getLogger(__name__)


def load_pdf(path: Path, ocr: bool = False, progress=None) -> ParsedDocument:
    """With ``ocr``, scanned pages are read by OCR (``progress(done, total)`` after each);
    without, they are only counted in ``ocr_needed``."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise fail(path, "PDF 已加密，请先去掉密码再上传")
        pages: list[str | None] = []     # None: a scanned page
        for page in reader.pages:
            page.get_contents()        # raises on a decompression bomb (text extraction hides it)
            text = page.extract_text() or ""
            pages.append(text if text.strip() or not _has_images(page) else None)
        meta_title = (reader.metadata.title if reader.metadata else None) or None
        if meta_title and meta_title.strip() == path.stem:   # a scanner's default, not a title
            meta_title = None
        scanned = [i for i, p in enumerate(pages) if p is None]
        ocr_blocks = _read_scans(reader, scanned, progress) if ocr and scanned else {}
    except IngestError:
        raise
    except LimitReachedError as exc:
        raise fail(path, "PDF 中有解压后异常巨大的数据，疑似压缩炸弹，已拒绝") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise fail(path, f"PDF 文件已损坏或无法读取（{type(exc).__name__}）") from exc
    blocks: list[Block] = []
    for i, page in enumerate(pages):
        blocks.extend(ocr_blocks.get(i, []) if page is None else _text_blocks(page))
    doc = from_blocks(blocks, meta_title, "pdf")
    doc.pages = len(pages)
    doc.ocr_pages = len(ocr_blocks)
    doc.ocr_needed = len(scanned) - len(ocr_blocks)
    return doc


def _has_images(page) -> bool:
    try:
        return len(page.images) > 0
    except Exception as exc:      # an unreadable image list is not a scan we can read
        log.debug("page images: %s", exc)
        return False


def _read_scans(reader, scanned: list[int], progress) -> dict[int, list[Block]]:
    from ingest.ocr import Reader, blocks_of

    ocr = Reader()
    out = {}
    for done, i in enumerate(scanned, 1):
        blocks = []
        for image in reader.pages[i].images:
            blocks.extend(blocks_of(ocr.boxes(image.image)))
        out[i] = blocks
        if progress:
            progress(done, len(scanned))
    return out


def _text_blocks(page: str) -> list[Block]:
    out = []
    for para in re.split(r"\n\s*\n", page.replace("\r", "\n")):
        # pdf text breaks lines inside paragraphs; join the lines of one paragraph
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        if lines:
            out.extend(Block(b) for b in _join_pdf_lines(lines))
    return out


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
