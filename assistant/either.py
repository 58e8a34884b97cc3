"""A question asking which way a figure went ('比上年是增加了还是减少了', '变多了还是变少了',
'有变化吗', '变化了多少') asks the change, whichever way the documents say it went: its up-word and
down-word are one term, said by any word of change ('比上年减少9所' answers it)."""

from __future__ import annotations

import re
from dataclasses import replace

_EITHER = re.compile(r"(?:增加|增多|变多|多|上升|提高|升|涨|增长)了?还是(?:减少|变少|少|下降|降低|降|跌)"
                     r"|(?:减少|变少|少|下降|降低|降|跌)了?还是(?:增加|增多|变多|多|上升|提高|升|涨|增长)")
_ANY = re.compile(r"有没有变化|有变化吗|变化了?吗|变了没有|有没有变|有什么变化|怎么变|"
                  r"变化了?(?:多少|几)|变了(?:多少|几)")
_WAYS = {"增加", "增多", "变多", "多", "上升", "提高", "升", "涨", "增长", "减少", "变少", "少", "下降",
         "降低", "降", "跌", "变化", "变"}
# what a report writes for a change, whichever way
CHANGED = ("增加", "减少", "增长", "下降", "提高", "降低", "上升", "增多", "新增", "持平", "增", "减")


def asks_which_way(text: str) -> bool:
    return bool(_EITHER.search(text) or _ANY.search(text))


def either_way(terms: list, text: str) -> list:
    """``terms`` with the question's words for the two ways (or for any change) made one
    term said by every word of change — when ``text`` asks which way it went."""
    if not asks_which_way(text):
        return terms
    ways = [t for t in terms if t.focus and t.word.rstrip("了") in _WAYS]
    if not ways:
        return terms
    one = replace(ways[0], word="变化", alternatives=CHANGED, credits=(1.0,) * len(CHANGED),
                  known=True, heads=(), shadows=(), parts=())
    return [one if t is ways[0] else t for t in terms if t is ways[0] or t not in ways]


_AGAINST_LAST = re.compile(r"比(?:上一?年|去年|上学年|前一年)(?:同期)?(?:是|要|还)?(?:多|少|增加|减少|增长|"
                           r"下降|提高|降低|上升)了?(?:多少|几)")


def changed_thing(terms: list, text: str) -> str:
    """'…招生比上一年少了多少': the word right before 比 names what changed, and so what is
    counted, when the question's unit names nothing ('小学教职工…减少18人' is no answer) —
    a noun, or an act that names its people (招生), not a verb alone ('…达到比上年…')."""
    from assistant.guards import is_verb_term
    from assistant.intent import noun_unit

    m = _AGAINST_LAST.search(text)
    if not m:
        return ""
    return next((t.word for t in terms if t.focus and t.known and len(t.word) >= 2 and t.at >= 0
                 and t.at + len(t.word) == m.start() and (noun_unit(t.word) or not is_verb_term(t))), "")
