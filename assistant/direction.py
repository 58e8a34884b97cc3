"""Which way a figure went ('涨了没有', '是增加了还是减少了', '是不是增长了'): the figure
the question names, with the change the documents state right after it ('…144682.33万元,
比上年151271.81万元减少6589.48万元,下降4.36%'), quoted — the way and its size in the
documents' words, never a way computed here."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.followup import FOLLOWUP_MARK
from assistant.grounding import citations, unsupported_figures

_UP = r"涨|增加|增长|增|提高|上升|升|多"
_DOWN = r"跌|降|下降|减少|减|降低|少"
ASKED = re.compile(rf"(?:{_UP}|{_DOWN})了?(?:没有|没|吗|还是)|还是(?:{_UP}|{_DOWN})|"
                   rf"是不是(?:{_UP}|{_DOWN})|(?:有没有|有无)(?:{_UP}|{_DOWN})")
_WAY_WORDS = re.compile(rf"(?:比上年|比去年|跟上年比|和上年比|与上年相比)?是?(?:{ASKED.pattern})"
                        rf"(?:{_UP}|{_DOWN})?了?(?:呢|啊)?")
# '…万元,比上年151271.81万元减少6589.48万元,下降4.36%': the change stated after the figure
_STATED = re.compile(r"[,，]?\s*(?:比|较|同比)(?:上年|去年|上一年|前一年)(?:同期)?的?\s*"
                     r"(?:[\d.]+\s*[万亿]?[元人所个%]?\s*[,，]?\s*)?"
                     r"(?:增加|增长|提高|上升|减少|下降|降低)[^。；;]*")


# the level a statement ends with ('…为85086.65万元', '…比例占94.84%')
_LEVEL = re.compile(r"(?:为|是|占|达到|达|共有|共|有)?\s*[\d.,]+\s*[万亿]?[^\d，,。；;]{0,3}$")


def asked(question: str) -> bool:
    return ASKED.search(question) is not None


def answered(ctx, base, plan):
    """(answer, hits) for a question asking which way a figure went, or None: the answer to
    how much it is, when its quote ends at the figure and the change is stated right after."""
    from assistant.answer import _answer, _sub_plan

    own, _, before = plan.question.partition(FOLLOWUP_MARK)    # ('…（接上一问：…是多少）')
    if not asked(own) or re.search(r"多少|几", own):           # (not '涨了多少')
        return None
    level = _WAY_WORDS.sub("", own).rstrip("？?。 ")
    level = (level if level.strip("，, ") else re.sub(r"(?:是多少|有多少|多少)?）.*$", "", before)) \
        + "是多少"
    got, hits = _answer(ctx, replace(base, standalone_question=level), _sub_plan(ctx, plan, level))
    if not got.answerable or len(got.citations) != 1:
        return None
    cite = got.citations[0]
    chunk = ctx.snap.chunks.get(cite.chunk_id)
    change = _STATED.match(chunk.text, cite.end - chunk.start) if chunk is not None else None
    if change is None or not re.search(r"\d[^\d]{0,3}$", cite.quote) or \
            not got.answer.rstrip("。").endswith(cite.quote[-4:]):
        return None
    against = re.match(r"[,，]?\s*((?:比|较|同比)(?:上年|去年|上一年|前一年)(?:同期)?)", change.group(0))
    way = re.search(r"增加|增长|提高|上升|减少|下降|降低", change.group(0))
    head = _LEVEL.sub("", got.answer.rstrip("。")).rstrip("，, ")
    text = f"{head}{against.group(1)}{change.group(0)[way.start():]}。"  # (the change, not the
    if unsupported_figures(text, [chunk]):                              # level or its base)
        return None
    cites = citations([(chunk, cite.start, chunk.start + change.end())])
    return replace(base, answer=text, answerable=True, citations=cites, reason="direction"), hits
