"""What a question counts among: '69所幼儿园里公办的有几所' asks the part that is 公办, and
'高中专任教师里有多少是研究生学历' asks among 高中专任教师 — the figure's own words must
say such words, not only its paragraph."""

from __future__ import annotations

import re

from jiaoti import text as tx

_SUBSET = re.compile(r"(?:里|中|其中|当中|里面)(?:的|头)?([\u4e00-\u9fff]{2,6})的(?:有|是)?(?:几|多少)|"
                     r"(?:里|中|当中|里面)[,，]([\u4e00-\u9fff]{2,8}?)的?(?:有|是)?(?:几|多少)|"
                     r"(?<![县市区镇乡村省家这那哪城])(?:里|当中|里面)((?:(?!的)[\u4e00-\u9fff]){2,6}?)"
                     r"(?:有|是)(?:几|多少)")       # '保育员里保健医有…' (not '县里…', '托里上初中的')


# '高中专任教师里有多少是研究生学历': those it counts among must be the fact's own
_AMONG_ARE = re.compile(r"^(?:[^，,。？?]*[，,])?([^，,。？?]{2,12}?)(?:里面|当中|之中|里|中)(?:有)?"
                        r"(?:多少|几)[个人名位所]?(?:是|为|属于)")


def subset_words(text: str, terms, asked: str = "") -> tuple[str, ...]:
    """'69所幼儿园里公办的有几所' asks the part of them that is 公办 ('新增的学位里，幼儿园
    学位有多少个': 幼儿园学位): the figure's own words must say it (not its sentence) — all
    but a bare 学校 counted in 所 ('普通高中里，十二年一贯制学校多少所': '十二年一贯制4所')."""
    m = _SUBSET.search(text) or _AMONG_ARE.search(text)
    part = m.group(m.lastindex) if m else ""
    had = part[1:] if part.startswith("有") else ""     # '里有编制的': 编制 is had, a noun
    from assistant.intent import ENROLLED     # ('里在初中读书的': 初中, not 读书)

    return tuple(t.word for t in terms if t.focus and t.known
                 and (not tx.is_verb(t.word) or t.word == had) and t.word not in ENROLLED
                 and t.word in part and not (asked == "所" and t.word == "学校")) if part else ()


def with_core(plan, core: str):
    """A follow-up's own new words (``core``) must be said by the fact that answers it."""
    if not core:
        return plan
    from dataclasses import replace

    core = tx.fold(core)
    must = tuple(t.word for t in plan.terms if t.focus and t.known and t.word in core
                 and not tx.is_verb(t.word))
    return replace(plan, must=tuple(dict.fromkeys(plan.must + must)))
