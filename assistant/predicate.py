"""Where the question's verb belongs, and whether a follow-up stays on its topic: two
readings of one candidate fact that fact matching (assistant/match.py) asks for."""

from __future__ import annotations

import re

from assistant.extract import VERB_SHARE
from assistant.guards import GENERIC, is_verb_term
from assistant.query import QueryPlan
from assistant.sites import Site
from jiaoti import text as tx


def verb_noun_beside(plan: QueryPlan, at: Site) -> bool:
    """'招生184人,在校生556人': the item beside opens with a word of the question's verb
    root (招 + 生), its own subject, not a verb the items share ('达到98.86%,…97.95%')."""
    from assistant.intent import STAGES

    alts = plan.terms[plan.predicate].alternatives
    roots = [a for a in alts if len(a) == 1]
    return any(len(w) == 2 and w[0] in roots       # (after its stage: '初中招生7528人')
               for piece, _, _ in at.others for w in [x for x in tx.words(piece)
                                                       if x not in STAGES][:1]) or any(
        _NO_FIGURE.sub("", piece) in alts for piece, _, _ in at.others)   # '占地24亩,建筑…'


_NO_FIGURE = re.compile(r"[\d.\s,，、;；]+|[万亿千]?(?:亩|平方米|平米|㎡|元|人|个|所)")


def continues(plan: QueryPlan, got) -> bool:
    """A follow-up must stay on the previous question's topic — unless it names a new
    thing of its own ('省级优质教育集团呢？'), which then replaces the old one."""
    carried = [(t, c) for t, (c, _) in zip(plan.terms, got) if not t.focus]
    if not carried or any(t.focus and t.known and not is_verb_term(t) and t.weight >= GENERIC
                          for t in plan.terms):
        return True
    # a carried verb is often said another way ('盖了' of '建设面积…'): unsaid, it counts less
    weights = [t.weight * (VERB_SHARE if is_verb_term(t) and not c else 1.0) for t, c in carried]
    return sum(w * c for w, (_, c) in zip(weights, carried)) >= 0.5 * sum(weights)
