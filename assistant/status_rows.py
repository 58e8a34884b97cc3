"""States written in a table's remark column: '山丹县清北(北环影院) 幼儿园建设项目 | 项目位于…
| 2253.69 | 在建 |' — the row's first cell names the thing, a short cell without figures
says its state. A row's long description ('建成后移交…') says nothing of the state."""

from __future__ import annotations

import re

from jiaoti import text as tx

_ROW = re.compile(r"^[^\n|]+(?:\|[^\n|]*){2,}\|?[ \t]*$", re.M)
_REMARK_MAX = 12          # a remark cell is short: '在建', '主体完工', '已完成招标'
_FIGURE = re.compile(r"\d")


def remark_rows(text: str):
    """(row start, name cell, name end, remark cell, remark start, remark end) of each table
    row of ``text`` that ends in a short remark without figures."""
    for m in _ROW.finditer(text):
        cells = [(c.start(), c.end()) for c in re.finditer(r"[^|]+", m.group(0))]
        cells = [(m.start() + a, m.start() + b) for a, b in cells if text[m.start() + a:
                                                                      m.start() + b].strip()]
        if len(cells) < 3:
            continue
        a, b = cells[-1]
        remark = text[a:b].strip()
        if len(remark) > _REMARK_MAX or _FIGURE.search(remark):
            continue
        n0, n1 = cells[0]
        yield m.start(), tx.fold(text[n0:n1]), n1, remark, a, b
