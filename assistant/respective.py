"""'小学、初中分别达到4.5平方米/生、5.8平方米/生': things named in a row, then '分别' and their
figures in the same order. The k-th figure counts the k-th thing, whatever 、-item of the
clause it stands in."""

from __future__ import annotations

import re

from jiaoti import text as tx
from jiaoti.figures import counts_at

_RESPECTIVELY = re.compile(r"分别(?:达到|达|为|是|有|占|增长|增加|下降)?")


def respective_words(clause: str, at: int) -> str | None:
    """The words of the figure at ``at`` (an offset in ``clause``) in a '…、…分别…' clause:
    the shared words before the first thing, then its own thing ('生均教学及辅助用房面积初中');
    None when the clause is no such row or the counts differ."""
    m = _RESPECTIVELY.search(clause)
    if m is None or at < m.end():
        return None
    names = clause[:m.start()].split("、")
    figs = counts_at(clause[m.end():])
    if len(names) < 2 or len(figs) != len(names):
        return None
    first = [w for w in tx.words(names[0]) if tx.is_cjk(w[0])]
    if not first:
        return None
    prefix = names[0][:len(names[0]) - len(first[-1])]
    names = [first[-1]] + [n.strip() for n in names[1:]]
    # '学前公办、普惠学额覆盖率': the words after the last thing (as long as the first,
    # 公办 ~ 普惠) are every thing's
    tail = names[-1][len(names[0]):]
    names = [n + tail for n in names[:-1]] + names[-1:]
    k = next((i for i, f in enumerate(figs) if f.start == at - m.end()), None)
    return None if k is None or not names[k] else prefix + names[k]
