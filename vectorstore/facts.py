"""The fact table. Each chunk's facts travel in that chunk's own Chroma record (metadata key
``facts``), so they are committed, replaced and deleted in the same step as the chunk. Each
fact's words are embedded once, at ingest, into a companion collection ``<physical>-facts``;
a question fetches only the vectors of its candidate facts, so the cost of matching never
grows with the corpus."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections import OrderedDict

import numpy as np

from jiaoti.types import Chunk, Fact

log = logging.getLogger(__name__)

SUFFIX = "-facts"
_FIELDS = ("id", "value", "unit", "raw", "approx", "year", "period", "subject", "clause",
           "chunk_id", "source", "section", "start", "end", "clause_start", "clause_end",
           "places", "table", "row", "column", "cell", "ocr_confidence")


_SHARED = ("unit", "approx", "period", "subject", "clause", "chunk_id", "source", "section")


def collection_name(physical: str) -> str:
    return physical + SUFFIX


def facts_to_meta(facts: list[Fact]) -> str:
    """Compact JSON of a chunk's facts (fields in a fixed order, no keys)."""
    return json.dumps([[getattr(f, k) for k in _FIELDS] for f in facts], ensure_ascii=False,
                      separators=(",", ":"))


def facts_from_meta(data: str | None) -> tuple[Fact, ...]:
    if not data:
        return ()
    out = []
    for row in json.loads(data):
        d = dict(zip(_FIELDS, row))
        for k in _SHARED:              # the same strings in many facts: kept once
            if isinstance(d.get(k), str):
                d[k] = sys.intern(d[k])
        d["places"] = tuple(d.get("places") or ())
        out.append(Fact(**d))
    return tuple(out)


def embedding_text(fact: Fact, chunk: Chunk) -> str:
    """What the embedder sees of a fact: its clause, where the figure is (the words the
    figure quantifies are those around it)."""
    return fact.clause if fact.clause else fact.subject


class FactVectors:
    """Vectors of facts by id, fetched from the companion collection on demand and kept in
    a bounded cache. Missing vectors (an older index, an unreachable store) are simply
    absent: matching then relies on words alone."""

    def __init__(self, client, physical: str, capacity: int = 20000):
        self.client, self.name = client, collection_name(physical)
        self.capacity = capacity
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._col = None

    def _collection(self):
        if self._col is None:
            self._col = self.client.get_collection(self.name)
        return self._col

    def get(self, ids: list[str]) -> dict[str, np.ndarray]:
        with self._lock:
            out = {i: self._cache[i] for i in ids if i in self._cache}
        missing = [i for i in dict.fromkeys(ids) if i not in out]
        if missing:
            try:
                res = self._collection().get(ids=missing, include=["embeddings"])
            except Exception as exc:        # the words still answer
                log.debug("fact vectors unavailable: %s", exc)
                return out
            with self._lock:
                for fid, vec in zip(res["ids"], res["embeddings"]):
                    v = np.asarray(vec, dtype=np.float32)
                    out[fid] = v
                    self._cache[fid] = v
                while len(self._cache) > self.capacity:
                    self._cache.popitem(last=False)
        return out
