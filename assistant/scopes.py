"""What a figure's frame or scope words say of the things it counts: a list's frame
counts its items ('专任教师2799人,其中:…幼儿园442人' are teachers), and a whole named after
another whole restates the scope ('义务教育阶段中小学专任教师')."""

from __future__ import annotations

from assistant.query import QueryPlan
from jiaoti import text as tx
from jiaoti.lexicon import general_parts


def framed_other(plan: QueryPlan, own: str, frame: str) -> str:
    """'专任教师2799人,其中:…幼儿园442人': the 442 are teachers, whatever 幼儿园 holds. For
    a question counting a noun (幼儿) that the list's frame does not name and the item names
    only inside a longer word, what the frame counts (专任教师); else ''."""
    from jiaoti.figures import counts_at

    if not plan.counted or not frame or any(tx.contains_term(frame, a) for a in plan.counted):
        return ""
    tokens = [w for w in tx.words(own) if tx.is_cjk(w[0])]
    if any(w.endswith(a) for a in plan.counted for w in tokens):
        return ""
    figs = counts_at(frame)
    words = [w for w in tx.words(frame[:figs[0].start] if figs else frame)
             if tx.is_cjk(w[0]) and not tx.is_verb(w)]
    return words[-1] if words else ""


def restated_scope(plan: QueryPlan, word: str) -> bool:
    """Is ``word`` a whole of schooling ('中小学') after another whole the question names
    ('义务教育阶段中小学专任教师' asked as '义务教育阶段的专任教师'): the scope said again,
    no narrower kind?"""
    wholes = general_parts()
    return word in wholes and any(w != word and w in plan.focus_text for w in wholes)
