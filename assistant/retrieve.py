"""Hybrid retrieval: dense (Chroma) and BM25 (jieba tokens) fused by reciprocal rank."""

from __future__ import annotations

import logging
import time

from assistant.extract import unit_family
from assistant.query import QueryPlan
from jiaoti.settings import Settings
from jiaoti.types import Chunk, Hit

log = logging.getLogger(__name__)

PHRASE_MAX_CHUNKS = 30     # a phrase found in more chunks than this does not single one out


def reading_order(chunk: Chunk) -> tuple[str, int]:
    """Where a chunk stands among the documents: equal scores fall to the earlier text,
    never to the chunk's id (a hash that changes whenever its document does)."""
    return chunk.source, chunk.start


def rrf(rankings: list[tuple[float, list[Chunk]]], k: int) -> list[Hit]:
    """Reciprocal-rank fusion of weighted rankings: score = Σ w / (k + rank)."""
    scores: dict[str, float] = {}
    ranks: dict[str, list[int]] = {}
    chunks: dict[str, Chunk] = {}
    for leg, (weight, ranking) in enumerate(rankings):
        for rank, chunk in enumerate(ranking, 1):
            chunks[chunk.id] = chunk
            scores[chunk.id] = scores.get(chunk.id, 0.0) + weight / (k + rank)
            ranks.setdefault(chunk.id, [0] * len(rankings))[leg] = rank
    order = sorted(scores, key=lambda cid: (-scores[cid], *reading_order(chunks[cid])))
    return [Hit(chunks[cid], scores[cid], *ranks[cid][:2]) for cid in order]


class Retriever:
    def __init__(self, index, settings: Settings):
        self.index = index
        self.settings = settings

    def search(self, snap, plan: QueryPlan, timings: dict, leg: str = "hybrid") -> list[Hit]:
        """Fused hits for ``plan`` (``leg`` = 'dense' or 'bm25' for one leg alone)."""
        return self.search_with_vector(snap, plan, timings, leg)[0]

    def search_with_vector(self, snap, plan: QueryPlan, timings: dict,
                           leg: str = "hybrid") -> tuple[list[Hit], object]:
        """(fused hits, the question's embedding or None)."""
        s = self.settings
        dense: list[Chunk] = []
        vector = None
        if leg in ("hybrid", "dense"):
            t0 = time.perf_counter()
            vector = self.index.embedder.embed_query(plan.question)
            t1 = time.perf_counter()
            dense = [c for c, _ in self.index.dense(snap, vector, s.dense_k)]
            timings["embed_ms"] = (t1 - t0) * 1e3
            timings["dense_ms"] = (time.perf_counter() - t1) * 1e3
        sparse: list[Chunk] = []
        if leg in ("hybrid", "bm25"):
            t0 = time.perf_counter()
            sparse = [c for c, _ in self.index.keyword(snap, list(plan.keywords), s.bm25_k,
                                                       plan.keyword_weights)]
            timings["bm25_ms"] = (time.perf_counter() - t0) * 1e3
        counted: list[Chunk] = []
        if leg == "hybrid" and plan.kind == "quantity" and plan.asked_unit:
            # a "how many 类" question is answered by a figure in 类: search among those too
            t0 = time.perf_counter()
            counted = [c for c, _ in self.index.keyword(
                snap, list(plan.keywords), s.bm25_k, plan.keyword_weights,
                units=unit_family(plan.asked_unit))]
            timings["bm25_ms"] = timings.get("bm25_ms", 0.0) + (time.perf_counter() - t0) * 1e3
        phrased = self._phrases(snap, plan, s.bm25_k) if leg == "hybrid" else []
        hits = rrf([(s.dense_weight, dense), (s.bm25_weight, sparse),
                    (s.bm25_weight, counted), (s.bm25_weight, phrased)], s.rrf_k)
        # fusion favours chunks both legs found; keep each leg's own best ones too
        keep = ({c.id for c in dense[: s.leg_top]} | {c.id for c in sparse[: s.leg_top]}
                | {c.id for c in counted[: s.leg_top]} | {c.id for c in phrased[: s.leg_top]})
        chosen = hits[: s.top_k]
        chosen += [h for h in hits[s.top_k:] if h.chunk.id in keep]
        return chosen + self._quoted(snap, plan, {h.chunk.id for h in chosen}), vector

    def _phrases(self, snap, plan: QueryPlan, k: int) -> list[Chunk]:
        """The documents' own longer phrases that the question uses ('安全教育培训',
        '河南省轮滑锦标赛'): chunks holding more of them (by weight) rank first. Common
        phrases (in many chunks) say little and are skipped."""
        score: dict[str, float] = {}
        for t in plan.terms:
            for a in t.alternatives:
                if a.isdigit() or len(a) < 3 or (len(a) == 3 and t.weight < 1.9):
                    continue
                ids = snap.containing(a, limit=PHRASE_MAX_CHUNKS + 1)
                if 0 < len(ids) <= PHRASE_MAX_CHUNKS:
                    for cid in ids:
                        score[cid] = score.get(cid, 0.0) + t.weight
                    break
        ranked = sorted(score, key=lambda cid: (-score[cid], *reading_order(snap.chunks[cid])))[:k]
        return [snap.chunks[cid] for cid in ranked]

    def _quoted(self, snap, plan: QueryPlan, have: set[str], limit: int = 8) -> list[Hit]:
        """Chunks that contain a quoted term of the question verbatim ('“8”'): a short
        quoted number or name is what the question is about, but it ranks poorly."""
        if not plan.quoted:
            return []
        wanted = [f"“{q}”" for q in plan.quoted]
        out = []
        for chunk in snap.verbatim(wanted):
            if chunk.id not in have:
                out.append(Hit(chunk, 0.0))
                if len(out) >= limit:
                    break
        return out
