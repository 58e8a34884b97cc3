"""Structure-aware splitting of Chinese official documents.

Every non-empty line is a title line, a heading, a photo caption or a paragraph. Headings
are recognised by their form — short lines without 。 ("2023年工作情况"), numbered lines
("一、", "（一）", "1 “1”即…", "第一章"), headings the file format marks (markdown #, html
h1-h6, Word heading styles) — and nest by style. A paragraph that opens with "一是……。"
carries that run-in head in its section path. Each chunk stays inside one section; a long
paragraph is cut between sentences (。！？；) only, so a figure never leaves its unit.
Every chunk is a verbatim span: ``text[start:end] == chunk.text``."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass

from ingest.loaders import ParsedDocument
from jiaoti.headings import inline_headings, last_heading
from jiaoti.text import is_cjk, sentence_spans
from jiaoti.types import SECTION_SEP, Chunk

_NUMBERED = (
    ("cn_dun", re.compile(r"^[一二三四五六七八九十]+、")),
    ("paren_cn", re.compile(r"^[（(][一二三四五六七八九十]+[)）]")),
    ("paren_arabic", re.compile(r"^[（(]\d{1,2}[)）]")),
    ("arabic", re.compile(r"^\d{1,2}(?:[.．、](?!\d)|\s+)")),
    ("chapter", re.compile(r"^第[一二三四五六七八九十百\d]+[章节部分篇条]")),
)
_RUNIN = re.compile(r"^[一二三四五六七八九十]+是[^。！？]{1,40}[。！？]")
_CAPTION = re.compile(r"[（(](?:前排|后排|中排|中间)?[左右中][一二三四五六七八九十\d]*[)）]|^图[为:：\d]")
_TRAILING_OPEN = ",，、;；:："
PLAIN_HEADING_MAX = 40
# '1.机构情况:全县辖17所镇中心学校、7所…': a label, a colon, then the paragraph itself
_LABELLED = re.compile(r"^[^:：。]{1,20}[:：](?=[^:：]{24,}$).*[，,、;；]")
NUMBERED_HEADING_MAX = 120
TITLE_MAX = 60


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    no: int        # 1-based number among non-empty lines


def lines_of(text: str, heading_starts: dict[int, int]) -> list[Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        for key in heading_starts:          # a markdown heading's content starts later
            if s <= key < e:
                s = key
                break
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Line(s, e, text[s:e], len(out) + 1))
    return out


def numbered_style(line: str) -> str | None:
    for style, pattern in _NUMBERED:
        if pattern.match(line):
            return style
    return None


def is_caption(line: str) -> bool:
    """A photo's caption or a byline ('来源:昭通新闻网', '作者:…'): neither title nor heading."""
    return "。" not in line and len(line) <= 80 and bool(_CAPTION.search(line) or
                                                         _BYLINE.match(line))


_BYLINE = re.compile(r"\s*(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|发布日期|"
                     r"發布日期|记者|記者|通讯员|通訊員)\s*[:：]")


def heading_candidate(line: str) -> bool:
    if "。" in line or line[-1] in _TRAILING_OPEN or is_caption(line) or _LABELLED.match(line):
        return False
    if numbered_style(line):
        return len(line) <= NUMBERED_HEADING_MAX
    return len(line) <= PLAIN_HEADING_MAX and any(is_cjk(c) for c in line)


def chunk_id(version: str, start: int, end: int, text: str) -> str:
    return hashlib.sha256(f"{version}\x1f{start}\x1f{end}\x1f{text}".encode()).hexdigest()[:24]


def _title_lines(doc: ParsedDocument, lines: list[Line]) -> tuple[list[Line], str | None]:
    """The document's own title lines at the top (title, then a '——' subtitle)."""
    if not lines:
        return [], None
    first = lines[0]
    if doc.title is not None:
        return ([first], doc.title) if first.text == doc.title else ([], doc.title)
    if len(first.text) > TITLE_MAX or "。" in first.text or is_caption(first.text):
        return [], None
    taken = [first]
    if len(lines) > 1 and lines[1].text.startswith(("——", "—", "－－", "――", "―")) \
            and len(lines[1].text) <= TITLE_MAX:
        taken.append(lines[1])
    return taken, "".join(ln.text for ln in taken)


def split_document(doc: ParsedDocument, source: str, version: str, max_chars: int,
                   fallback_title: str) -> tuple[str, list[Chunk]]:
    """(document title, chunks) of one parsed document."""
    text = doc.text
    lines = lines_of(text, doc.headings)
    title_lines, title = _title_lines(doc, lines)
    title = title or fallback_title
    chunks: list[Chunk] = []

    ocr = _confidence(doc)
    names = {t.title_start: t.name for t in doc.tables if t.title_start >= 0}
    tables = {**names, **{r.start: t.name for t in doc.tables for r in t.rows}}
    # a row of a table copied one cell per line spans several lines: one chunk
    row_ends = {r.start: r.end for t in doc.tables for r in t.rows}
    done = 0

    def emit(start: int, end: int, section: str, no: int, kind: str) -> None:
        body = text[start:end]
        chunks.append(Chunk(chunk_id(version, start, end, body), body, source, title, section,
                            no, start, end, kind, version, ocr(start, end)))

    if title_lines:
        emit(title_lines[0].start, title_lines[-1].end, "", title_lines[0].no, "title")
    body = lines[len(title_lines):]
    stack: list[tuple[str, str]] = []       # (style, heading text)

    def path(extra: str | None = None) -> str:
        parts = [t for _, t in stack] + ([extra] if extra else [])
        return SECTION_SEP.join(parts)

    intro = None        # the lead a run of numbered items goes back to ('…增长情况为:')
    for i, line in enumerate(body):
        if line.start < done:
            continue
        intro = intro if intro and numbered_style(line.text) else None
        level = doc.headings.get(line.start)
        style = None
        if line.start in tables:        # a table's name or row: under the table, never a heading
            kind = "heading" if line.start in names else "table"
            done = max(line.end, row_ends.get(line.start, line.end))
            for start, end in _pack(text, line.start, done, max_chars):
                emit(start, end, path(tables[line.start]), line.no, kind)
            continue
        if level:
            style = f"h{level}"
        elif is_caption(line.text):
            emit(line.start, line.end, path(), line.no, "caption")
            continue
        elif heading_candidate(line.text) and not (intro and re.search(r"\d", line.text[4:])):
            # (an item of the run with figures, '(2)全市普通小学为9014.32元,…', is no heading)
            style = numbered_style(line.text)
            if style is None:
                nxt = body[i + 1].text if i + 1 < len(body) else ""
                nxt_heading = bool(nxt) and (body[i + 1].start in doc.headings
                                             or heading_candidate(nxt))
                style = "plain_group" if nxt_heading else "plain_leaf"
        if style is not None:
            _push(stack, style, line.text)
            intro = None
            emit(line.start, line.end, path(), line.no, "heading")
            continue
        runin = _RUNIN.match(line.text)
        section = path(runin.group(0)[:-1] if runin else intro)
        pieces = [(line.start, line.end)] if runin else _at_headings(text, line.start, line.end)
        for start, end in (span for a, b in pieces for span in _pack(text, a, b, max_chars)):
            dash = None if runin else last_heading(text, line.start, start)
            emit(start, end, path(dash) if dash else section, line.no, "paragraph")
        intro = intro or _intro(line.text, body[i + 1].text if i + 1 < len(body) else "")
    return title, chunks


def _intro(line: str, nxt: str) -> str | None:
    """The last sentence of a paragraph that introduces numbered items ('…生均一般公共预算
    教育经费增长情况为:' before '(1)全市幼儿园为2431.76元'), or None: the items' section
    path carries it, as a run-in head's does."""
    if line[-1] not in ":：" or not numbered_style(nxt) or heading_candidate(nxt):
        return None
    return re.split(r"(?<=[。！？；;])", line)[-1].strip() or None


def _at_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line cut where each inline heading opens, so no chunk runs across one."""
    cuts = [at for at, _ in inline_headings(text, start, end) if at > start]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _confidence(doc: ParsedDocument):
    """(start, end) → the lowest OCR confidence of the scanned lines it overlaps, or None."""
    lines = sorted(doc.ocr_lines)
    starts = [s for s, _, _ in lines]

    def lowest(start: int, end: int) -> float | None:
        i = bisect.bisect_left(starts, end) - 1
        found = []
        while i >= 0 and lines[i][1] > start:
            found.append(lines[i][2])
            i -= 1
        return round(min(found), 4) if found else None
    return lowest


def _push(stack: list[tuple[str, str]], style: str, text: str) -> None:
    if style.startswith("h") and style[1:].isdigit():
        level = int(style[1:])
        keep = 0
        for i, (s, _) in enumerate(stack):
            if s.startswith("h") and s[1:].isdigit() and int(s[1:]) < level:
                keep = i + 1
        del stack[keep:]
    else:
        styles = [s for s, _ in stack]
        if style in styles:
            del stack[styles.index(style):]
    stack.append((style, text))


def _pack(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """The paragraph as one span, or consecutive sentences packed into spans of at most
    ``max_chars`` (a single longer sentence stays whole)."""
    if end - start <= max_chars:
        return [(start, end)]
    spans, cur = [], None
    for s, e in sentence_spans(text, start, end):
        if cur is None:
            cur = [s, e]
        elif e - cur[0] <= max_chars:
            cur[1] = e
        else:
            spans.append(tuple(cur))
            cur = [s, e]
    if cur:
        spans.append(tuple(cur))
    return spans
