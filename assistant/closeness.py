"""How close a fact is to a question beyond the words they share: in meaning (the
question's embedding against the fact clause's, computed once at ingest) and in place (a
question word right beside the figure)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.guards import is_verb_term
from assistant.query import QueryPlan
from assistant.respective import respective_words
from jiaoti import text as tx
from jiaoti.types import Chunk, Fact

SIM_WEIGHT = 2.0        # score per unit of cosine similarity behind the best candidate


def with_similarity(found: list, snap, qvec) -> list:
    """Add how close each fact's clause is to the question in meaning, relative to the
    closest candidate (e5 similarities sit in a narrow band: only differences count)."""
    if qvec is None or len(found) < 2:
        return found
    vectors = snap.vectors_of([m.fact.id for m in found])
    if not vectors:
        return found
    q = np.asarray(qvec, dtype=np.float32)
    sims = {fid: float(np.dot(v, q)) for fid, v in vectors.items()}
    top = max(sims.values())
    out = []
    for m in found:
        s = sims.get(m.fact.id)
        bonus = SIM_WEIGHT * (s - top) if s is not None else -0.05
        out.append(replace(m, score=m.score + bonus))
    return out


ADJACENT = 0.08
PER_CHAR = 0.02         # per character of the question's own words right before a figure


def adjacent(plan: QueryPlan, chunk: Chunk, fact: Fact) -> float:
    """A question word right next to the figure ('新聘教师477人', '35家企业') says which of
    a clause's figures is meant."""
    at, end = fact.start - chunk.start, fact.end - chunk.start
    row = respective_words(chunk.text, at)     # '小学、初中分别达到…': its own thing's words
    before = tx.fold(row if row is not None else chunk.text[max(0, at - 12):at])
    after = tx.fold(chunk.text[end:end + 8])
    # the question's own wording right before the figure ('中小学生共计' in '…中小学生共计
    # 多少人'): the longer, the surer
    said = next((n for n in range(len(before), 3, -1) if before[-n:] in plan.focus_text), 0)
    bonus = PER_CHAR * said
    for t in plan.terms:
        if not t.focus or is_verb_term(t):
            continue
        if fact.unit in t.alternatives and fact.unit in "金银铜" or any(
                before.endswith(a) or row and a in before or after.startswith(a) and
                not after[len(a):len(a) + 1].isdigit()      # ('班级12个学位540个': 540's)
                for a in t.alternatives
                if len(a) >= 2):
            return max(ADJACENT, bonus)
    return bonus


