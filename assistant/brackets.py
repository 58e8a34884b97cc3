"""Brackets of figures: a list of kinds ('专任教师2802人(学前350人,小学981人)') or
clauses ('在校学生17911人(公办初中29所,在校学生13879人;民办初中8所,…)'), and the words
that say what one figure in them counts."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.lenders import asides
from assistant.listing import DETAIL, bare
from jiaoti.figures import counts_at


# (names sharing one figure are one item: '…初中15所、九年一贯制学校、十二年一贯制学校14所)')
_LIST_ASIDE = re.compile(r"^[(（](?:其中|含|包括)?[:：,，]?(?:(?:[\u4e00-\u9fff<>〈〉]{1,16}、)*"
                         r"[\u4e00-\u9fff<>〈〉]{1,16}\s?\d[\d.]*(?:[ ,]\d{3})*\s?万?"     # ('民办451 所',
                         # '普高12 000人')
                         r"[\u4e00-\u9fff%]{0,2}\s?[,，、;；]?)+[)）]?$")


_NOTE = re.compile(r"[<〈][^<>〈〉]*[>〉]")


def open_bracket(text: str, at: int) -> int:
    """Where the bracket holding the figure at ``at`` opens ('小学322所(含187个教学点)'),
    or -1 when the figure stands outside any bracket."""
    start = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    closed = start >= 0 and max(text.rfind(")", start, at), text.rfind("）", start, at)) >= 0
    return -1 if start < 0 or closed else start


def aside_list(item: str, at: int) -> tuple[str, str, str] | None:
    """For a figure at ``at`` in a bracketed list of figures ('基础教育3222人(其中幼儿园
    458人,小学1414人)'): (the words before the brackets, the figure's own piece '小学', the
    other pieces '幼儿园'), all without figures; None for any other figure."""
    inside = next(((s, e) for s, e in asides(item) if s <= at < e), None)
    if inside is None:
        return None
    s, e = inside
    # a note in angle brackets inside the list ('小学27所<小学教学点18所不计校数>') is blanked
    blank = item[:s] + _NOTE.sub(lambda m: " " * len(m.group(0)), item[s:e]) + item[e:]
    aside, rel = blank[s:e], at - s
    # in context: '43.2万平方米(学前5.4万、…)' writes its parts without the unit
    figs = [replace(f, start=f.start - s, end=f.end - s) for f in counts_at(blank)
            if s <= f.start < e]
    if not figs or not _LIST_ASIDE.match(_NOTE.sub("", item[s:e])) or len(figs) == 1 and (
            len(aside) - (figs[0].end - figs[0].start) > 8 and not _ONE_KIND.match(aside)
            or not item[:s].strip()):
        return None                  # not a plain list: '(含12个教学点,只有3个…在100人以上)';
        #                              one part ('初中生42956人(民办5078人)') is one
    mine = next((k for k, f in enumerate(figs) if f.start == rel), None)
    if mine is None:
        return None
    starts = [1] + [f.end for f in figs[:-1]]
    pieces = [DETAIL.sub("", aside[b:f.start].strip(" ,，、;；:：")).strip(" ,，:：")
              for b, f in zip(starts, figs)]
    if len({f.unit in ("人", "名", "人次") for f in figs}) > 1:
        return None     # '(公办初中29所,在校学生13879人;…)': clauses, not a list of kinds
    head = item[:s]
    for f in sorted(counts_at(head), key=lambda f: -f.start):
        head = head[:f.start] + head[f.end:]
    return head.strip(), pieces[mine], " ".join(p for k, p in enumerate(pieces) if k != mine)


_PIECE_SEP = re.compile(r"[,，;；。]")
# one kind of school taken in, however long its name ('(含九年一贯制学校8所)')
_ONE_KIND = re.compile(r"[(（](?:含|包括|包含|其中)?[^,，;；。、()（）\d]{2,14}(?:学校|[校园])\d+[所个]?[)）]?$")


def aside_piece(item: str, at: int) -> str:
    """For a figure at ``at`` inside a bracket of clauses that is no plain list ('初中37所,
    在校学生17911人(公办初中29所,在校学生13879人;民办初中8所,在校学生4032人)'): its own
    clause there without other figures, after the clause before it in the same ;-group
    when it names nothing but what it counts ('公办初中在校学生13879人'); else ''."""
    inside = next(((s, e) for s, e in asides(item) if s < at < e), None)
    if inside is None or aside_list(item, at) is not None:
        return ""
    s, e = inside
    cuts = [s] + [m.start() for m in _PIECE_SEP.finditer(item, s + 1, e)] + [e - 1]
    k = next((k for k in range(len(cuts) - 1) if cuts[k] < at < cuts[k + 1]), None)
    if k is None or k == 0 and len(cuts) == 2:
        return ""                   # a bracket with one clause: the fact's item as it is
    piece = item[cuts[k] + 1:cuts[k + 1]].strip(" ,，;；。)）")
    if bare(piece, where=True) and k > 0 and item[cuts[k]] in ",，":
        before = item[cuts[k - 1] + 1:cuts[k]].strip(" ,，;；。(（")
        figs = counts_at(before)
        piece = (before[:figs[0].start] if figs else before) + piece
    return piece if counts_at(piece) else ""
