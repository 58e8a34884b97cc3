"""A rate is no answer to a count: a question that asks how many (its unit, or the unit of
the question it follows, is 人, 所…) and names no rate nor change is not answered by a
percentage ('其中省示范高中录了多少' after '…一共录取了多少人' is no '…完成率为97.37%')."""

from __future__ import annotations

import re

from assistant.intent import asked_unit

_RATE_OR_CHANGE = re.compile(r"率|比例|百分|占|成|%|增|减|降|提高|变化|多了|少了")


def rate_for_count(plan, unit: str) -> bool:
    """Is a figure in ``unit`` a rate given for a count the question asks?"""
    return unit == "%" and not _RATE_OR_CHANGE.search(plan.focus_text) and \
        (plan.carried_unit or asked_unit(plan.question)[0]) not in ("", "%")
