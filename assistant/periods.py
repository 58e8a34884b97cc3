"""Whether a fact's time fits the question's: a result for a result, a plan or target for a
plan, no task's target for what was done ('完工了多少所' is not the task's '推动完工50所'),
and no comparison's base for a change ('比上年282255万元增长0.83%': 282255 is last year's
sum, not how much it rose)."""

from __future__ import annotations

import re

from assistant.query import QueryPlan
from jiaoti.types import Fact

RESULT_PERIODS = ("actual", "cumulative")
PLAN_PERIODS = ("plan", "target")

_TARGET_ASKED = re.compile(r"目标|任务|要求|指标|计划|力争|争取|预期|预计|打算|规划")
CHANGE = re.compile(r"提升|提高|增长|增加|下降|降低|减少|变化|多了|少了|涨|增幅|百分点")
_BASE = re.compile(r"(?:比|较|同比)(?:上年|去年|上一年|前一年|上学年|同期)(?:的|同期)?\s*$")
_CHANGED_NEXT = re.compile(r"\s*(?:增长|增加|下降|减少|提高|降低|上升|提升|多|少)")


def period_ok(plan: QueryPlan, fact: Fact) -> bool:
    if CHANGE.search(plan.focus_text) and comparison_base(fact):
        return False
    if plan.period == "actual":
        return fact.period in RESULT_PERIODS
    if plan.period == "plan":
        return fact.period in PLAN_PERIODS
    if plan.period == "untargeted":     # compared with a target: not that target again
        return fact.period != "target"
    return fact.period != "target" or bool(_TARGET_ASKED.search(plan.question))  # ('完工了几所')


def comparison_base(fact: Fact) -> bool:
    """Is the figure the earlier value a change is stated against ('比上年的304276万元下降
    1.73%')?"""
    at, end = fact.start - fact.clause_start, fact.end - fact.clause_start
    return bool(_BASE.search(fact.clause[:at]) and _CHANGED_NEXT.match(fact.clause[end:]))
