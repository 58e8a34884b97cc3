"""The clauses of a question asking several things ('教师公租房建成了多少套，新建、改扩建幼儿园
多少所？'), and what a later clause that names no thing of its own asks of: the first
clause's subject ('薄弱学校改造花了多少钱，有几个项目' → '薄弱学校改造有几个项目')."""

from __future__ import annotations

import re

from jiaoti import text as tx

YEAR_LEAD = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?|去年|今年|前年|明年)")
_SEP = re.compile(r"[，,；;？?]|、(?=[^、]*(?:多少|几))|还有|以及|另外|同时")
# acts listed before the one thing they were done to ('新建、改扩建幼儿园'): one clause
_ACTS = re.compile(r"(?:^|(?<=[，,；;？?]))([\u4e00-\u9fff]{1,3})、(?=[\u4e00-\u9fff])")
_JOINED = "\x00"
_WHOLE_OR_TIME = re.compile(r"^(?:全|本|我)[区县市省旗州盟]|年|月|期间")


def pieces_of(q: str) -> list[str]:
    """The clauses of ``q``: split at its commas and question marks, at a 、 before the next
    question word, and at 还有/以及/另外/同时 — never inside a list of acts."""
    kept = _ACTS.sub(lambda m: m.group(1) + (_JOINED if _acts(m.group(1), q[m.end():])
                                             else "、"), q)
    return [p.replace(_JOINED, "、") for p in _SEP.split(kept) if p.strip()]


def _acts(word: str, after: str) -> bool:
    nxt = tx.words(after)[:1]
    return tx.words(word) == [word] and tx.is_verb(word) and bool(nxt) and tx.is_verb(nxt[0])


def of_subject(piece: str, first: str) -> str:
    """'有几个项目' after '薄弱学校改造花了多少钱' asks of the first part's subject, the words
    before its verb; '' when that is no thing of its own (a verb, a time, a whole area) or
    the piece names its own thing before its question word ('改扩建幼儿园多少所')."""
    m = re.search(r"了?(?:多少|几)", first)
    words = tx.words(first[:m.start()]) if m else []
    mine = tx.words(piece)
    if len(words) < 2 or not tx.is_verb(words[-1]) or not mine or not (
            tx.is_verb(mine[0]) or mine[0] in ("有", "是", "给")) or _names_own(piece):
        return ""
    subject = re.sub(r"(?:一共|总共|共|都|又|还|已经|累计)+$", "", "".join(words[:-1]))
    named = YEAR_LEAD.sub("", subject)
    return subject + piece if len(named) >= 2 and not tx.is_verb(tx.words(named)[0]) and \
        not _WHOLE_OR_TIME.search(named) else ""


def _names_own(piece: str) -> bool:
    """Does a clause opening with a verb name its own thing before its question word?"""
    m = re.search(r"(?:多少|几)", piece)
    between = tx.words(piece[:m.start()])[1:] if m else []
    return any(len(w) >= 2 and not tx.is_verb(w) for w in between)
