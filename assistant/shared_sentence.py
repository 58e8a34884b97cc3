"""A part of a multi-part question that the documents answer in the same sentence as another,
answered part: '疫情期间去社区值班值守的，有多少个党组织、多少名党员？' over '31 个党组织、1200
余名党员深入 24 个社区值班值守'. The figure of the unanswered part lacks words of the question in
its own clause; when the sentence both figures share says them, or the answered part asked them
too and was accepted by that very sentence, and the part's own item is said, it answers."""

from __future__ import annotations

import re

from assistant.followup import FOLLOWUP_MARK
from assistant.intent import QWORDS
from assistant.match import FactMatch
from jiaoti import text as tx

_STOP = re.compile(r"[。！!？?\n]")    # (a ；-clause shares the sentence)


def filled(found: list[FactMatch | None], nears: list[list[FactMatch]], plans: list,
           questions) -> list[FactMatch | None]:
    """``found`` with each unanswered part answered by its sibling's sentence where that
    sentence holds exactly one figure that fits."""
    out = list(found)
    used = {m.fact.id for m in found if m is not None}
    own_texts = [q.split(FOLLOWUP_MARK)[0] for q in questions]
    for i, m in enumerate(found):
        if m is not None or not nears[i]:
            continue
        own = _own_words(plans[i], own_texts, i)
        asked = tx.fold("".join(own_texts))
        fits = [n for n in nears[i] if n.fact.id not in used and any(
            _explained(n, a, plans[i], plans[j], own, asked)
            for j, a in enumerate(found) if a is not None and j != i)]
        fits.sort(key=lambda n: -n.coverage)
        if fits and not (len(fits) > 1 and fits[1].coverage == fits[0].coverage and
                         fits[1].fact.value != fits[0].fact.value):
            out[i] = fits[0]
            used.add(fits[0].fact.id)
    return out


def _own_words(plan, own_texts: list[str], i: int) -> set[str]:
    """The words that make part ``i`` another question than its siblings: what it asks after
    its question word ('…动用了几个科室' → 科室; the words before are the parts' shared
    setting), or, a question word last, its words no other part says ('…运动用地面积多少')."""
    text = tx.fold(own_texts[i])
    asked = QWORDS.search(text)
    after = text[asked.end():] if asked else ""
    words = {t.word for t in plan.terms if t.word in after}
    if words:
        return words
    others = [tx.fold(t) for k, t in enumerate(own_texts) if k != i]
    return {t.word for t in plan.terms if not any(t.word in o for o in others)}


def _explained(near: FactMatch, sibling: FactMatch, plan, sibling_plan, own: set[str],
               asked: str) -> bool:
    sentence = _shared_sentence(near, sibling)
    if sentence is None or not near.missing:
        return False
    terms = {t.word: t for t in plan.terms}
    item = _item(near)
    if not all(any(tx.contains_term(item, a) for a in terms[w].alternatives) for w in own
               if w in terms):
        return False            # ('…党员深入18个社区…' is no count of the 党组织 asked)
    asked_too = {t.word for t in sibling_plan.terms}
    for w in near.missing:
        if w[:1] == "⊂" and len(w) > 2 and w[1:] in asked:
            continue            # a part the question names ('…完成机构编制设置的比例', ⊂编制)
        t = terms.get(w)
        if t is None or w in own or w in plan.counted:
            return False        # a marked miss (another kind, stage, part…) or the item itself
        if w not in asked_too and not any(tx.contains_term(sentence, a) for a in t.alternatives):
            return False
    return True


def _shared_sentence(a: FactMatch, b: FactMatch) -> str | None:
    """The folded sentence holding both figures, or None."""
    if a.chunk.id != b.chunk.id:
        return None
    text = a.chunk.text
    lo = min(a.fact.clause_start, b.fact.clause_start) - a.chunk.start
    hi = max(a.fact.clause_end, b.fact.clause_end) - a.chunk.start
    if lo < 0 or _STOP.search(text, lo, hi):
        return None
    start = max((m.end() for m in _STOP.finditer(text, 0, lo)), default=0)
    end = next((m.start() for m in _STOP.finditer(text, hi)), len(text))
    return tx.fold(text[start:end])


_EDGE = re.compile(r"[、,，;；。:：()（）\d]")


def _item(m: FactMatch) -> str:
    """The folded words around ``m``'s figure up to the next mark or figure on either side
    ('26个党组织' of '26个党组织、900余名党员…')."""
    text, at, end = m.chunk.text, m.fact.start - m.chunk.start, m.fact.end - m.chunk.start
    left = max((e.end() for e in _EDGE.finditer(text, max(0, at - 40), at)), default=at - 40)
    right = next((e.start() for e in _EDGE.finditer(text, end, end + 40)), end + 40)
    return tx.fold(text[max(0, left):at] + m.fact.raw + text[end:right])
