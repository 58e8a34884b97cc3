"""Whether a fact's time fits the question's: a result for a result, a plan or target for a
plan, no task's target for what was done ('完工了多少所' is not the task's '推动完工50所'),
and no comparison's base for a change ('比上年282255万元增长0.83%': 282255 is last year's
sum, not how much it rose)."""

from __future__ import annotations

import re

from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.types import Fact

RESULT_PERIODS = ("actual", "cumulative")
PLAN_PERIODS = ("plan", "target")

# an undated report of the present saying what is being built ('玉州区:新建三所小学'), not
# that it is done: this year's plan, as much as its progress ('共新建…', '…以来新建…' are done)
_UNDONE_BUILD = re.compile(r"^(?!.*(?:成|完成|已|竣工|落成|投用|使用|交付|完工|启用|开办|开园|招生|建好|运行|"
                           r"以来|年来|累计|(?<!公)共(?=新建|改扩建|扩建|迁建|改建)))"
                           r".*(?:新建|改扩建|扩建|迁建|改建)[^，,;；]{0,12}$")
_TARGET_ASKED = re.compile(r"目标|任务|要求|指标|计划|力争|争取|预期|预计|打算|规划")
CHANGE = re.compile(r"提升|提高|增长|增加|下降|降低|减少|变化|多了|少了|高了|低了|高出|上升|降了|涨|增幅|百分点")
_BASE = re.compile(r"(?:比|较|同比)(?:上年|去年|上一年|前一年|上学年|同期)(?:的|同期)?\s*$")
_CHANGED_NEXT = re.compile(r"\s*(?:增长|增加|下降|减少|提高|降低|上升|提升|多|少)")


def period_ok(plan: QueryPlan, fact: Fact) -> bool:
    if CHANGE.search(plan.focus_text) and comparison_base(fact):
        return False
    if plan.period == "actual":
        return fact.period in RESULT_PERIODS
    if plan.period == "plan":
        return fact.period in PLAN_PERIODS or fact.year is None and _UNDONE_BUILD.search(
            tx.fold(fact.clause[:fact.start - fact.clause_start])) is not None
    if plan.period == "untargeted":     # compared with a target: not that target again
        return fact.period != "target"
    return fact.period != "target" or bool(_TARGET_ASKED.search(plan.question))  # ('完工了几所')


def own_clause(fact: Fact) -> str:
    """The clause a figure's own change is read from: none for the base of a change ('较上年
    18.87亿元增长12%': 18.87亿元 is last year's sum, stated, not a change)."""
    return "" if comparison_base(fact) else fact.clause


def comparison_base(fact: Fact) -> bool:
    """Is the figure the earlier value a change is stated against ('比上年的304276万元下降
    1.73%')?"""
    at, end = fact.start - fact.clause_start, fact.end - fact.clause_start
    rest = fact.clause[end:]        # (or the change in the next clause: '比上年17049.52元,下降…')
    return bool(_BASE.search(fact.clause[:at]) and (_CHANGED_NEXT.match(rest) or not rest.strip()))


# relative years a text names, by their distance from the present
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}


def other_relative_year(question: str, before: str) -> bool:
    """With no year known for 今年, is the figure of another relative year than the one asked
    ('去年…花了多少钱' of '今年一至三季度以来,…斥资4620万元')? ``before``: the paragraph up to
    the figure; its last relative year is the figure's."""
    asked = {v for _, v in _relative_years(question)}
    said = max(_relative_years(before), default=None)
    return bool(asked) and said is not None and said[1] not in asked


def _relative_years(text: str) -> list[tuple[int, int]]:
    """(where, which year) of the relative years ``text`` names; a base of a change is the
    year after it ('专任教师比去年多了多少', '…,比去年提高3.2个百分点': this year's)."""
    return [(m.start(), v + bool(m.start() and text[m.start() - 1] in "比较"))
            for w, v in _RELATIVE.items() for m in re.finditer(w, text)]


_UP_ASKED = re.compile(r"(?:多|增加|增长|涨|提高|上升|提升|增)了?(?:多少|几|百分之)")
_DOWN_ASKED = re.compile(r"(?:少|减少|下降|降|降低|跌|减)了?(?:多少|几|百分之)")
_FELL = re.compile(r"(?:减少|下降|降低|下滑|回落)了?(?:约|近)?\s*$")
_ROSE = re.compile(r"(?:增加|增长|提高|上升|提升)了?(?:约|近)?\s*$")


def opposite_way(question: str, fact: Fact) -> bool:
    """Is the figure a change the other way than the one asked ('多了多少钱' of '比上年
    减少1930.74万元')?"""
    before = fact.clause[:fact.start - fact.clause_start]
    return bool(_UP_ASKED.search(question) and _FELL.search(before)
                or _DOWN_ASKED.search(question) and _ROSE.search(before))


_NOW = re.compile(r"如今|现在|目前|至今")


def then_not_now(question: str, text: str, at: int) -> bool:
    """'石乃亥寄宿制小学现在有多少学生' of '2012年,…仅有296名学生,如今…有600名学生': a figure
    its own sentence sets against 如今 (one said after it) is the past, no answer to 现在;
    nor is the value a change started from ('由2014年的4.62平方米增加到6.78平方米') an answer
    to a question naming no time or only the present."""
    if started_from(text, at):
        return not (_PAST_ASKED.search(question) or _TIME_ASKED.search(question))
    if not _NOW.search(question):
        return False
    end = min((i for i in (text.find(c, at) for c in "。；;！？\n") if i >= 0), default=len(text))
    return _NOW.search(text, at, end) is not None


_STARTED = re.compile(r"[由从](?:(?:19|20)\d{2}\s*年(?:底|末|初)?的?)?\s*[\d.,，]+[^\d，,。；;:：]{0,5}$")
_REACHED = re.compile(r"[^\d，,。；;]{0,6}?(?:增加|提高|提升|增长|上升|扩大|上调|下降|减少|降低|缩小|下调|"
                      r"增|降|减)(?:到|至)\s*\d")
_PAST_ASKED = re.compile(r"原来|原先|以前|之前|过去|当初|起初|最初|当时|从前|那时")
_TIME_ASKED = re.compile(r"(?:19|20)\d{2}|[去前上那当同]年|上一年")


def started_from(text: str, at: int) -> bool:
    """Is the figure ending at ``at`` the start of a change to another value ('由650元提高到
    720元', '由2014年的4.62平方米增加到6.78平方米')?"""
    clause = max(text.rfind(c, 0, at) for c in "。；;，,\n") + 1
    return bool(_STARTED.search(text, clause, at)) and bool(_REACHED.match(text, at))
