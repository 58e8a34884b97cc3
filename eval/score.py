"""Strict scoring by figures and strings — never a model judging a model.

Every item gets one outcome:

- ``right``      every expected group is in the answer's first sentence;
- ``incomplete`` some groups are there, the others missing, and no figure is wrong;
- ``false``      the answer states a figure (years aside) that is not an expected one and
                 is not right — answerable item or not — or answers an unanswerable item;
- ``refused``    an answerable item was refused;
- ``wrong``      answered without the expected words and without any figure;
- ``refusal``    an unanswerable item was refused without stating a figure (the right
                 outcome for those items).

A right answer whose first sentence also recites figures that neither the question nor the
expected answer holds is ``verbose`` (counted on its own). Figures match as numbers: 477 ≠
1477, 0.73亿 = 7300万, 477人 = 477名 (one unit family), 四所 = 4所."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from eval.dataset import Item
from jiaoti import numbers as num
from jiaoti import text as tx
from prompts import refusal_pattern

OUTCOMES = ("right", "incomplete", "false", "refused", "wrong", "refusal")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# measure words that count the same kind of thing (the scorer's own, deliberately plain)
_FAMILIES = (("人", "名", "位", "人次"), ("所", "家"), ("项", "类", "种"),
             ("次", "场", "场次"), ("枚", "块"), ("个",))
_MEDALS = ("金", "银", "铜")      # each its own kind; 枚/块 counts any of them


def first_sentence(answer: str) -> str:
    m = _SENTENCE.search(answer.strip())
    return m.group(0) if m else ""


def norm(s: str) -> str:
    """Full/half width, spaces, Chinese numerals, 万/亿 and 余/多 normalised."""
    return num.canonical(s)


def _family(unit: str) -> str:
    for fam in _FAMILIES:
        if unit in fam:
            return fam[0]
    return unit


@dataclass(frozen=True)
class Fig:
    value: Decimal
    unit: str


def figures(text: str) -> list[Fig]:
    """The figures of ``text`` that count something (years and the refusal's hotline
    number aside)."""
    body = refusal_pattern().sub("", text)
    out = []
    for f in num.find_figures(num.prepare_numbers(body)):
        if f.unit in ("年", "") and 1900 <= f.value <= 2100 and f.value == int(f.value):
            continue          # a year ("2023年", "2023鹤壁马拉松赛")
        out.append(Fig(f.value.normalize(), f.unit))
    return out


def show(f: Fig) -> str:
    return format(f.value, "f") + f.unit


def same(a: Fig, b: Fig) -> bool:
    if a.value != b.value:
        return False
    if not a.unit or not b.unit or _family(a.unit) == _family(b.unit):
        return True
    units = {_family(a.unit), _family(b.unit)}
    return "枚" in units and bool(units & set(_MEDALS))


def _words(alt: str) -> str:
    """The non-figure words of an expected string ('7个一等奖' → '一等奖')."""
    # an ordinal's 第 and a figure's own unit go with the figure ('第十三届' → '')
    rest = re.sub(rf"第?\d+(?:\.\d+)?(?:万|亿|千)?(?:余|多)?(?:{_MEASURES}|[{num.CLASSIFIERS}金银铜%])?",
                  " ", num.prepare_numbers(alt))     # ('近15万平方米' → 近: its measure goes too)
    return "".join(ch for ch in rest if tx.is_cjk(ch) or ch.isalnum())


_MEASURES = "平方米|平方公里|平方千米|立方米|公顷|亩|公里|千米|米|个百分点|百分点|人次|场次|课时|学时"


def alt_matches(alt: str, sentence: str, stated: list[Fig]) -> bool:
    """Is the expected string ``alt`` in ``sentence``? Its figures must be stated (as
    numbers) and its other words present; a string without figures is found as text."""
    want = figures(alt)
    canon = norm(sentence)
    if not want:
        return norm(alt) in canon
    if not all(any(same(v, s) for s in stated for v in _as_written(alt, w)) for w in want):
        return False
    words = _words(alt)     # (a name holding a figure is found whole: '教育提升三年行动计划')
    return not words or norm(words) in canon or len(words) <= 1 or norm(alt) in canon


@dataclass(frozen=True)
class Verdict:
    outcome: str
    why: str
    verbose: bool = False
    citation_ok: bool | None = None     # None: not applicable

    @property
    def passed(self) -> bool:
        return self.outcome in ("right", "refusal")

    @property
    def false_answer(self) -> bool:
        return self.outcome == "false"


def _as_written(alt: str, f: Fig) -> list[Fig]:
    """An expected bare number ('239718' for '239718万元') stands for the figure written
    with those digits, in 万 or 亿 too (the answer says '239718万元'); else itself."""
    if f.unit or not re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", alt):
        return [f]
    return [f] + [Fig((f.value * m).normalize(), "") for m in (Decimal(10000), Decimal(10 ** 8))]


def _expected_figures(item: Item) -> list[Fig]:
    return [w for g in item.answers for alt in g for f in figures(alt) for w in _as_written(alt, f)]


def _wrong_figures(stated: list[Fig], allowed: list[Fig]) -> list[Fig]:
    return [s for s in stated if not any(same(s, a) for a in allowed)]


def judge(item: Item, answer: str, answerable: bool, first_quote: str | None) -> Verdict:
    question_figs = figures(item.question) + [f for h in item.history for f in figures(h)]
    stated_all = figures(answer)
    if item.unanswerable:
        if answerable:
            return Verdict("false", "answered an unanswerable question")
        wrong = _wrong_figures(stated_all, question_figs)
        if wrong:
            return Verdict("false", f"refused but stated {show(wrong[0])}")
        return Verdict("refusal", "refused")
    if not answerable:
        return Verdict("refused", "refused an answerable question", citation_ok=False)
    first = first_sentence(answer)
    stated = figures(first)
    hits = [any(alt_matches(a, first, stated) for a in g) for g in item.answers]
    allowed = _expected_figures(item) + question_figs
    wrong = _wrong_figures(stated, allowed)
    cite = _citation_ok(item, first_quote)
    if all(hits):
        return Verdict("right", "every expected group in the first sentence",
                       verbose=bool(wrong), citation_ok=cite)
    missing = "; ".join(" / ".join(g) for g, ok in zip(item.answers, hits) if not ok)
    anywhere_wrong = _wrong_figures(stated_all, allowed)
    if wrong or (not any(hits) and anywhere_wrong):
        bad = (wrong or anywhere_wrong)[0]
        return Verdict("false", f"stated {show(bad)}; missing: {missing}",
                       citation_ok=cite)
    if any(hits):
        return Verdict("incomplete", "missing: " + missing, citation_ok=cite)
    return Verdict("wrong", "missing: " + missing, citation_ok=cite)


def _citation_ok(item: Item, quote: str | None) -> bool:
    if quote is None:
        return False
    stated = figures(quote)
    return any(alt_matches(a, quote, stated) for g in item.answers for a in g)


def states_figure(answer: str) -> bool:
    """Does the answer state a figure (the fixed refusal's hotline number aside)?"""
    return bool(figures(answer))
