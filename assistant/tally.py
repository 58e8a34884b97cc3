"""A tally asked as one total: '跳伞世界杯一共拿了几块奖牌' over '荣获2金3银2铜', '一共拿了
多少个奖' over '荣获5个一等奖、12个二等奖、23个三等奖'. The clause counts kinds of the asked
thing (金牌 and 银牌 are 奖牌, 一等奖 is a 奖), each with its own figure; the answer states
every one and their sum, computed here from the facts."""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.match import FactMatch
from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.figures import counts_at, plain

_MEDALS = {"金": "金牌", "银": "银牌", "铜": "铜牌"}


def _kind(m: FactMatch) -> str:
    """What the figure counts: its medal, or the last word of its subject."""
    if m.fact.unit in _MEDALS:
        return _MEDALS[m.fact.unit]
    words = [w for w in tx.words(m.fact.subject) if tx.is_cjk(w[0])]
    return words[-1] if words else ""


_GRADE = "金银铜一二三四五六七八九十特甲乙丙丁"


def _grades(kinds: list[str]) -> bool:
    """Are the kinds grades of one thing — the same word after a grade ('一等奖', '二等奖';
    '金牌', '银牌') — and not different things ('示范校', '先进校')?"""
    return len({k[1:] for k in kinds}) == 1 and all(k[:1] in _GRADE for k in kinds)


def tally(plan: QueryPlan, matches: list[FactMatch]) -> list[FactMatch] | None:
    """The figures of one clause that together are the asked total, in the clause's
    order; None when no clause holds such a tally ('拿了几枚金牌' asks one kind of it)."""
    things = [t for t in plan.terms if t.focus and not tx.is_verb(t.word)]
    nouns = plan.counted or (max(things, key=lambda t: t.at).alternatives if things else ())
    if not nouns:           # ('拿了多少奖牌': the last thing it names)
        return None
    groups: dict[tuple, dict[str, FactMatch]] = {}
    for m in matches:
        groups.setdefault((m.chunk.id, m.fact.clause_start), {}).setdefault(m.fact.id, m)
    for group in groups.values():
        ms = sorted(group.values(), key=lambda m: m.fact.start)
        kinds = [_kind(m) for m in ms]
        if len(ms) >= 2 and _TOTAL.search(plan.focus_text) and _acts(ms, nouns) and \
                len({(m.fact.year, m.fact.period) for m in ms}) == 1:
            return ms
        if len(ms) >= 2 and len(set(kinds)) == len(kinds) and _grades(kinds) and \
                len({(m.fact.year, m.fact.period) for m in ms}) == 1 and \
                all(any(k != n and k[-1:] == n[-1:] or n in ACHIEVED for n in nouns)
                    for k in kinds):
            return ms
    return None


_TOTAL = re.compile(r"一共|总共|共计|合计|总计|加起来|加在一起")


def _acts(ms: list[FactMatch], nouns) -> bool:
    """Are the figures one bracket's kinds of the asked thing told apart by what was done to
    them ('完成“1091工程”(新建学校10所、改建学校9所、配套建设学校1所)'), with no total of
    their own said before the bracket?"""
    clause = ms[0].fact.clause
    at = clause.find("(") if "(" in clause else clause.find("（")
    spots = [m.fact.start - m.fact.clause_start for m in ms]
    if at < 0 or any(counts_at(clause[:at])) or not all(at < p for p in spots) or \
            len(counts_at(clause)) != len(ms):
        return False        # (every figure of the bracket, and none before it)
    items = [re.split(r"[、,，(（]", clause[:p])[-1].strip() for p in spots]
    heads = [next((n for n in nouns if len(n) >= 2 and x.endswith(n) and x != n), "")
             for x in items]
    acts = [tx.words(x[:-len(h)])[-1:] for x, h in zip(items, heads) if h]
    return len(set(items)) == len(ms) and len(acts) == len(ms) and \
        all(a and tx.is_verb(a[0]) for a in acts)


ACHIEVED = frozenset({"成绩", "战绩", "奖项", "名次"})   # what a tally of grades is


def tally_text(plan: QueryPlan, ms: list[FactMatch], several) -> tuple[str, list, str]:
    """(text, statements, the sum as written): every figure, then their sum in the asked
    measure word (for '什么成绩', the figures only: no sum, '' as written)."""
    text, stmts = several(ms)
    named = [m.fact.raw + ("" if m.fact.unit in _MEDALS else _kind(m)) for m in ms]
    first = several(ms[:1])[0].rstrip("。")
    if named[0] in first:          # '…荣获2金' → '…荣获2金、3银、2铜'
        text = first.replace(named[0], "、".join(named), 1)
    if any(t.word in ACHIEVED for t in plan.terms if t.focus):   # '拿了什么成绩': no sum
        return f"{text.rstrip('。')}。", stmts, ""
    unit = plan.asked_unit or ("枚" if all(m.fact.unit in _MEDALS for m in ms) else "个")
    total = f"{plain(sum(Decimal(m.fact.value) for m in ms))}{unit}"
    approx = "约" if any(m.fact.approx for m in ms) else ""
    return f"{text.rstrip('。')}；合计{approx}{total}。", stmts, total
