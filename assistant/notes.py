"""The notes a refusal or a partial answer adds: what the documents do cover next to the
question, which of two figures is meant, which side of a comparison is missing. Notes name
subjects, never figures."""

from __future__ import annotations

import re

from assistant.match import FactMatch
from assistant.query import QueryPlan
from jiaoti.figures import counts_at


def one_side_note(have: FactMatch, lacking: str, verb: str = "比较") -> str:
    subject = no_figures(have.fact.subject)
    year = f"{have.fact.year}年" if have.fact.year else ""
    return f"（报告中有{year}“{subject}”的数字，没有找到{part_words(lacking)}的，无法{verb}。）"


CLASSIFIER = "个所名位人项次门本件套期家类场届枚块元批种条处"
# '学前三年毛入园率' names no figure in a note: three years would read as one
FIGURE_WORDS = re.compile(rf"(?:19|20)\d\d年|[\d.]+[{CLASSIFIER}]?|"
                           rf"[一二两三四五六七八九十百千万亿]+[{CLASSIFIER}年]|[“”\"]")


def no_figures(subject: str) -> str:
    """A subject for a refusal's note, without figures (refusals state none)."""
    return FIGURE_WORDS.sub("", subject).strip(" ，,、")


def _cut_figures(text: str) -> str:
    for f in reversed(counts_at(text)):
        text = text[:f.start] + text[f.end:]
    return text


def part_words(q: str) -> str:
    q = re.sub(r"（接上一问：.*$", "", q)
    q = re.sub(r"(?:多少|几)[个所名位人项次门本件套期家类场届枚块元批种条]?|百分之|[?？。]", "", q)
    return "“" + q.strip() + "”"


def which_note(a: FactMatch, b: FactMatch) -> str:
    """Two figures fit the question equally: ask which (their subjects, no figures)."""
    def name(m: FactMatch) -> str:
        return no_figures(m.fact.subject) or no_figures(_cut_figures(m.fact.clause))

    if name(a) == name(b):
        return ""
    return f"（报告中有“{name(a)}”和“{name(b)}”的数字，请问您想了解的是哪个？）"


def cover_note(plan: QueryPlan, near: list[FactMatch]) -> str:
    """What the documents do cover next to the question (no figures in a refusal)."""
    if not near:
        return ""
    m = near[0]
    subject = no_figures(m.fact.subject)
    year = f"{m.fact.year}年" if m.fact.year else ""
    if subject and m.missing and m.missing[0].startswith("%"):
        return f"（报告中{year}“{subject}”是“{m.missing[0][1:]}”的占比，没有您问的比例。）"
    if subject and m.missing and m.missing[0][:1] in "~⊂":
        kind = m.missing[0][1:]
        what = f"{kind}的数量" if m.missing[0][0] == "~" else f"其中{kind}的"
        return f"（报告中{year}“{subject}”的数字是{what}，没有您问的总数。）"
    if subject and m.missing and m.missing[0].startswith("#"):
        return f"（报告中{year}“{subject}”的数字按“个”计，没有按“{m.missing[0][1:]}”计的。）"
    if subject and m.missing and m.missing[0].startswith("+"):
        return f"（报告中{year}“{subject}”的数字也包括“{m.missing[0][1:]}”，没有单独的数字。）"
    if subject and m.missing and m.missing[0].startswith("="):
        return f"（报告中{year}“{subject}”的数字指的是{m.missing[0][1:]}，没有您问的。）"
    if subject and m.missing and m.missing[0].startswith("≠"):
        return f"（报告中{year}“{subject}”的数字是“{m.missing[0][1:].upper()}”的，没有您问的等级的。）"
    missing = "、".join(no_figures(w.lstrip("⊂⊃≷∪&")) for w in m.missing[:2]
                       if no_figures(w.lstrip("⊂⊃≷∪&")))       # '10.349亿元' names no term
    if not subject or not missing:
        return ""
    return f"（报告中有{year}“{subject}”的数字，没有“{missing}”的。）"
