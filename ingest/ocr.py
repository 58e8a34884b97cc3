"""Reading scans offline: the PP-OCRv4 Chinese models that ship inside the
rapidocr-onnxruntime wheel. Runs only inside the parse sandbox (ingest/sandbox.py), with
its own time and memory limits. Text boxes become lines (by position), lines become
paragraphs, and every line keeps the recogniser's confidence."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ingest.loaders import Block, ParsedDocument, fail, from_blocks
from ingest.split import numbered_style

log = logging.getLogger(__name__)

MAX_PIXELS = 40_000_000      # a larger image is refused (decompression bombs)
MAX_SIDE = 2400              # larger scans are scaled down before reading
MISSING = ("扫描件文字识别不可用：未安装 rapidocr-onnxruntime（请运行 make run 或 "
           "pip install rapidocr-onnxruntime）")


@dataclass(frozen=True)
class Box:
    text: str
    confidence: float
    left: float
    top: float
    right: float
    bottom: float


class Reader:
    """The OCR model, loaded once per sandbox process."""

    def __init__(self):
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise fail("OCR", MISSING) from exc
        self.engine = RapidOCR()

    def boxes(self, image) -> list[Box]:
        import numpy as np

        image = prepare(image)
        result, _ = self.engine(np.asarray(image))
        out = []
        for points, text, score in result or []:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            if text.strip():
                out.append(Box(text.strip(), float(score), min(xs), min(ys), max(xs), max(ys)))
        return out


def prepare(image):
    """RGB, at most MAX_SIDE pixels on its longer side; refuses absurd sizes."""
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ValueError(f"image of {width}×{height} pixels")
    image = image.convert("RGB")
    scale = MAX_SIDE / max(width, height)
    if scale < 1:
        image = image.resize((int(width * scale), int(height * scale)))
    return image


def lines_of(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into text lines: a box whose vertical middle falls inside a line's
    band joins it; each line reads left to right."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top + b.bottom) / 2):
        middle = (box.top + box.bottom) / 2
        if lines and lines[-1][0].top <= middle <= lines[-1][0].bottom:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b.left) for line in lines]


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() \
                and part[0].isalnum():
            out += " "
        out += part
    return out


def blocks_of(boxes: list[Box]) -> list[Block]:
    """Paragraphs of one page: a line that ends a sentence, stops short of the right
    margin, or is followed by an indented or numbered line ("一、") ends its paragraph."""
    lines = lines_of(boxes)
    if not lines:
        return []
    left = min(b.left for line in lines for b in line)
    right = max(line[-1].right for line in lines)
    height = sorted(b.bottom - b.top for line in lines for b in line)[len(lines) // 2]
    out, text, spans = [], "", []
    for i, line in enumerate(lines):
        piece = _join([b.text for b in line])
        spans.append((len(text), len(text) + len(piece), min(b.confidence for b in line)))
        text += piece
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (piece[-1] in "。！？!?;；:：" or line[-1].right < right - 1.5 * height
                or nxt is None or nxt[0].left > left + height or numbered_style(nxt[0].text)):
            out.append(Block(text, ocr=tuple(spans)))
            text, spans = "", []
    return out


def load_image(path: Path, progress=None) -> ParsedDocument:
    """A png/jpg scan, read by OCR."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            blocks = blocks_of(Reader().boxes(image))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise fail(path, f"图片无法读取或过大（{type(exc).__name__}）") from exc
    if progress:
        progress(1, 1)
    doc = from_blocks(blocks, None, "image")
    doc.pages = doc.ocr_pages = 1
    return doc
