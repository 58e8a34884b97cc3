"""Is one figure the answer to every part of a question? '多少所幼儿园和中小学校' of
'幼儿园、中小学校178所' is their total; '几所学校被评成了省级标准化示范校、特色校' of '3所学校
获评省级标准化示范校、特色校' asks the one count the documents give of both titles."""

from __future__ import annotations

import os
import re

from jiaoti import text as tx

_MEASURES = "个所名位人项次门本件套期家类场届枚块元批种条？?"


def _differing(parts) -> tuple[list[str], str]:
    """What the sub-questions do not share ('小学…在校生' and '初中…在校生' differ in 小学 and
    初中, not in 在校生), and the end they share."""
    qs = [tx.fold(q) for q in parts.questions]
    head = len(os.path.commonprefix(qs))
    tail = len(os.path.commonprefix([q[::-1] for q in qs]))
    return [q[head:max(head, len(q) - tail)] for q in qs], qs[0][len(qs[0]) - tail:]


def covers_all(m, parts) -> bool:
    """Does the fact's own clause name every part ('幼儿园、中小学校178所' for '多少所幼儿园
    和中小学校')? Then it is their total."""
    clause = tx.fold(m.fact.subject)     # its own words: '社会组荣获7个一等奖' is no total
    words = [w.strip(_MEASURES) for w in _differing(parts)[0]]
    return all(w and (w in clause or w == "学校" and re.search(r"[小中大]学|学校|[^学]校", clause))
               for w in words)      # ('学校和幼儿园' of '中小学和幼儿园38所': schools of any kind)


def joint(m, parts, question: str) -> bool:
    """Does one fact's own words name each part by its last three characters, the shared
    end read with it ('…示范|校', '特色|校')? Not when each is asked or said apart (分别, 各)."""
    if m is None or re.search("分别|各", question + m.fact.clause):
        return False
    if parts.compare == "sum":
        return _all_named(m, parts)
    spans, end = _differing(parts)
    own = tx.fold(m.fact.subject)
    lasts = [(w + end).strip(_MEASURES)[-3:] for w in spans]
    return all(len(w) >= 2 and w in own for w in lasts) and len(set(lasts)) == len(lasts)


def _all_named(m, parts) -> bool:
    """'包一中迁建加上包九中外国语学校新建，一共投了多少' of '投入8.4亿元,迁建包一中、新建包九中
    外国语学校': one figure the documents give of all the parts at once is their sum — when
    every word of every part (its names and its acts) is in the fact's own words or in what
    the sum paid for. The parts are read in whole words: '包一中…' and '包九中…' share 包."""
    from assistant.sites import layout

    lay = layout(m.chunk, m.fact)
    text = tx.fold(m.chunk.text)
    own = tx.fold(m.fact.subject) + (text[slice(*lay.paid)] if lay.paid else "")
    words = [[w for w in tx.words(tx.fold(q)) if len(w) >= 2 and all(map(tx.is_cjk, w)) or
              w.isalnum() and not tx.is_cjk(w[0])] for q in parts.questions]   # ('B级', 'C级')
    shared = set.intersection(*map(set, words))
    differing = [[w for w in ws if w not in shared] for ws in words]
    return len(parts.questions) >= 2 and all(differing) and all(
        w in own for ws in differing for w in ws)
