"""'小学、初中分别达到4.5平方米/生、5.8平方米/生': things named in a row, then '分别' and their
figures in the same order. The k-th figure counts the k-th thing, whatever 、-item or
clause of the sentence it stands in ('…分别达到88.9%,77.6%,44.9%')."""

from __future__ import annotations

import re

from assistant.intent import STAGES
from jiaoti import text as tx
from jiaoti.figures import counts_at
from jiaoti.numbers import LEVELS

_RESPECTIVELY = re.compile(r"分别(?:达到|达|为|是|有|占|增长|增加|下降)?")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[,，;；:：。\n]")
_BETWEEN = re.compile(r"(?:/[\u4e00-\u9fff]{1,2})?(?:以上|以下)?[、,，.．\s和及与]*")  # between a row's figures


def respective_words(text: str, at: int) -> str | None:
    """The words of the figure at ``at`` (an offset in ``text``) in a '…、…分别…' row of its
    sentence: the shared words before the first thing, then its own thing ('生均教学及辅助
    用房面积初中'); only the shared words when the row's things and figures differ in number
    (which is whose is unknown); None when the figure is in no such row."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    m = None
    for m in _RESPECTIVELY.finditer(text, start, at):
        pass
    if m is None:
        return _paired_change(text, start, at)
    run = _run(text, m.end())
    if not any(f == at for f, _ in run):
        return None
    lead = max((c.end() for c in _CLAUSE_END.finditer(text, start, m.start())), default=start)
    names = _names(text[lead:m.start()], len(run))
    if len(names) < 2:
        return _borrowed_row(text, start, lead, names[0], run, at)
    return _row_words(names, run, at)


def _names(row: str, figures: int) -> list[str]:
    """The things of a row, split at 、 — or also at 和/及/与 when that, and only that, gives
    one thing per figure ('小学入学率和辍学率分别为100%和0.25%')."""
    names = row.split("、")
    if len(names) != figures:
        more = re.split(r"[、和及与]", row)
        if len(more) == figures and all(more):
            return more
    return names


def _measure(first: str, second: str) -> str:
    """'小学毕业率和升学率': when the second thing is a measure ending as the first does (率),
    the first thing is as long as the second, cut where a word starts ('毕业率'); else ''."""
    cut = len(first) - len(second)
    if cut <= 0 or len(second) < 2 or first[-1] != second[-1] or not tx.is_cjk(second[0]):
        return ""
    at, bounds = 0, set()
    for w in tx.words(first):
        bounds.add(at)
        at += len(w)
    return first[cut:] if cut in bounds else ""


def _borrowed_row(text: str, start: int, lead: int, own: str, run, at: int) -> str | None:
    """'全市小学、初中入学率达100%,巩固率分别达100%和99.6%': a '分别' clause naming only its
    measure (巩固率) counts the things the clause before it, in the same sentence, named in
    a row — 99.6% is 初中巩固率. None unless that row names as many things as there are
    figures."""
    if lead == start or not own or not tx.is_cjk(own[0]):
        return None
    before = max((c.end() for c in _CLAUSE_END.finditer(text, start, lead - 1)), default=start)
    prev = text[before:lead - 1]
    figures = counts_at(prev)
    cut = _RESPECTIVELY.search(prev)
    row = prev[:min(figures[0].start if figures else len(prev), cut.start() if cut else len(prev))]
    names = _names(row, len(run))
    if len(names) != len(run) or len(names) < 2:
        return None
    return _row_words(names, run, at, measure=own)


def _row_words(names: list[str], run, at: int, measure: str | None = None) -> str | None:
    """The words of the figure at ``at`` in a row of things ``names`` whose figures are
    ``run``; ``measure`` in place of the row's own last words when the row is borrowed."""
    first = [w for w in tx.words(names[0]) if tx.is_cjk(w[0])]
    if not first:
        return None
    thing = _measure(names[0], names[1].strip()) or first[-1]
    prefix = names[0][:len(names[0]) - len(thing)]
    names = [thing] + [n.strip() for n in names[1:]]
    # '学前公办、普惠学额覆盖率': the words after the last thing (as long as the first,
    # 公办 ~ 普惠) are every thing's
    stage = max((w for w in STAGES if names[-1].startswith(w) and names[0] in STAGES),
                key=len, default="")    # ('小学、初中、普通高中专任教师…': 普通高中's words)
    tail = names[-1][len(stage or names[0]):]
    names = [n + tail for n in names[:-1]] + names[-1:]
    if measure is not None:     # the row's own measure (入学率达) is not the borrowing clause's
        names = [n[:len(n) - len(tail)] + measure for n in names]
        tail = measure
    # '省、市示范幼儿园分别达6所、55所': a bare level is that level's ('市级示范幼儿园')
    names = [n[0] + "级" + n[1:] if n[:1] in LEVELS and len(n) == len(tail) + 1 else n
             for n in names]
    if len(run) != len(names):
        return prefix + tail
    k = next(i for i, (f, _) in enumerate(run) if f == at)
    return prefix + names[k] if names[k] else None


def _run(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the figures after '分别' (the first in its clause), as long as only
    separators stand between them."""
    end = _SENTENCE_END.search(text, start)
    body = text[start:end.start() if end else len(text)]
    run, last = [], 0
    for f in counts_at(body):
        if run and not _BETWEEN.fullmatch(body, last, f.start) or \
                not run and _CLAUSE_END.search(body, 0, f.start):
            break
        run.append((start + f.start, start + f.end))
        last = f.end
    return run


_CHANGE_ROW = re.compile(r"(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增加|下降|减少|提高|提升)了?")


def _paired_change(text: str, start: int, at: int) -> str | None:
    """'新增幼儿园学位1.2万个、中小学学位2.7万个,同比增长33.33%、80%': a clause of changes
    alone, in the order of the things the clause before it counts — 80% is the growth of
    中小学学位 (the first thing's verb, 新增, is every thing's); None for any other figure."""
    lead = max((c.end() for c in _CLAUSE_END.finditer(text, start, at)), default=start)
    m = _CHANGE_ROW.match(text, lead)
    if m is None or lead == start:
        return None
    run = _run(text, m.end())
    before = max((c.end() for c in _CLAUSE_END.finditer(text, start, lead - 1)), default=start)
    items = text[before:lead - 1].split("、")
    if len(run) < 2 or len(run) != len(items) or not any(f == at for f, _ in run) or \
            any(len(counts_at(item)) != 1 for item in items):
        return None
    names = [item[:counts_at(item)[0].start] for item in items]
    words = [w for w in tx.words(names[0]) if tx.is_cjk(w[0])]
    verb = words[0] if len(words) > 1 and tx.is_verb(words[0]) else ""
    k = next(i for i, (f, _) in enumerate(run) if f == at)
    own = names[k] if k == 0 or names[k].startswith(verb) else verb + names[k]
    return own + m.group(0)

