"""Verbs of a question that say which of a thing is asked, so a figure must say them too
('公办退休教职工', '占地面积')."""

from __future__ import annotations

import re

from jiaoti import text as tx


def qualifying(plan, t) -> bool:
    """'公办退休教职工': a verb right before a noun of the question, neither its predicate nor
    a making or giving (新建, 培训…), says which of them are asked — it must be said, as a
    noun must ('在职公办教职工10478人' are not the retired ones)."""
    from assistant.guards import FLOW, is_verb_term

    i = plan.terms.index(t)
    nxt = next((u for u in plan.terms if u.focus and u.at == t.at + len(t.word)), None)
    if i == plan.predicate or t.at < 0 or nxt is None or is_verb_term(nxt) or \
            FLOW.search(t.word):
        return False
    if t.word + nxt.word in tx.words(plan.question):
        return True     # '占地面积': one word of the question, its verb names which 面积
    if plan.asked_unit in ("", "%"):    # (people or things counted)
        return False
    # the noun it qualifies is what is counted: the question word comes right after it
    return _ASKED_NEXT.match(tx.fold(plan.question), nxt.at + len(nxt.word)) is not None


_ASKED_NEXT = re.compile(r"(?:一共|总共|共)?(?:有|是)?(?:多少|几)")
