"""HTML pages: the visible text, one block per line (hidden text, scripts and styles
dropped), headings h1-h6, and each table as rows of cells (a <caption>, or the line just
before it, names it)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ingest.loaders import Block, ParsedDocument, add_table, decode, from_blocks, table_blocks

_BLOCK = {"p", "div", "section", "article", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "ul", "ol", "header", "footer", "blockquote", "pre", "figcaption",
          "caption", "dd", "dt", "hr", "main", "aside", "nav", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed",
         "source", "track", "wbr", "param"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0",
                           re.I)
MAX_SPAN = 50          # a colspan larger than this is not believed


def _squash(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", "".join(parts)).strip()


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block per line; hidden text is dropped. An
    outermost <table> becomes one ``list[list[str]]`` item (nested tables stay text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, int] | tuple[list[list[str]], str]] = []
        self.buf: list[str] = []
        self.level = 0
        self.skip_stack: list[str] = []
        self.title: str | None = None
        self._in_title = False
        self._title_buf: list[str] = []
        self.depth = 0                       # table nesting
        self.grid: list[list[str]] = []
        self.cell: list[str] | None = None
        self.span = 1
        self.caption: list[str] | None = None
        self._in_caption = False

    def _flush(self) -> None:
        line = _squash(self.buf)
        if line:
            self.items.append((line, self.level))
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
        if self.depth and self._table_start(tag, attrs):
            return
        if tag == "table":
            self._flush()
            self.depth, self.grid, self.caption = 1, [], None
            return
        if tag in _BLOCK:
            self._flush()
            if re.fullmatch(r"h[1-6]", tag):
                self.level = int(tag[1])

    def _table_start(self, tag: str, attrs: dict) -> bool:
        """Tags inside a table; True when handled."""
        if tag == "table":
            self.depth += 1
        elif self.depth > 1:
            pass
        elif tag == "tr":
            self._end_cell()
            self.grid.append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.grid:
                self.grid.append([])
            self.cell = []
            span = attrs.get("colspan", "1")
            self.span = min(int(span), MAX_SPAN) if span.isdigit() and int(span) > 0 else 1
        elif tag == "caption":
            self.caption, self._in_caption = [], True
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")
        return True

    def _end_cell(self) -> None:
        if self.cell is not None:
            self.grid[-1].extend([_squash(self.cell)] + [""] * (self.span - 1))
            self.cell, self.span = None, 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            self.title = _squash(self._title_buf) or None
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if self.depth:
            if tag == "table":
                self.depth -= 1
                if not self.depth:
                    self._end_cell()
                    self.items.append((self.grid, _squash(self.caption or [])))
            elif tag in ("td", "th") and self.depth == 1:
                self._end_cell()
            elif tag == "caption":
                self._in_caption = False
            return
        if tag in _BLOCK:
            self._flush()
            self.level = 0

    def handle_data(self, data):
        if self._in_title:
            self._title_buf.append(data)
        elif self.skip_stack:
            return
        elif self.depth:
            if self.cell is not None:
                self.cell.append(data)
            elif self._in_caption and self.caption is not None:
                self.caption.append(data)
        else:
            self.buf.append(data)


def load_html(data: bytes, path: Path) -> ParsedDocument:
    parser = _HTMLText()
    parser.feed(decode(data, path))
    parser.close()
    parser._flush()
    blocks: list[Block] = []
    tables = 0
    for item in parser.items:
        if isinstance(item[0], list):
            grid, caption = item
            tables += 1
            if caption:                    # a <caption> names its table
                blocks.extend(table_blocks(grid, caption))
            else:
                add_table(blocks, grid, tables)
        else:
            blocks.append(Block(*item))
    return from_blocks(blocks, parser.title, "html")
