"""A small BM25 (Okapi) index over jieba search tokens, persisted as JSON next to the
vector index and stamped with the generation of the collection it mirrors. A term's
postings are two integer arrays (chunk positions, term counts): 8 bytes a posting instead
of a tuple's ~70, which is most of the index's memory on a large corpus."""

from __future__ import annotations

import gzip
import heapq
import json
import logging
import math
import os
from array import array
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)


class BM25:
    def __init__(self, ids: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75):
        self.ids = list(ids)
        self.k1, self.b = k1, b
        self.lengths = [len(d) for d in docs]
        self.avgdl = (sum(self.lengths) / len(docs)) if docs else 0.0
        lists: dict[str, list[tuple[int, int]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                lists.setdefault(term, []).append((i, tf))
        self.postings = _packed(lists)
        self._norm = None

    def __len__(self) -> int:
        return len(self.ids)

    def df(self, term: str) -> int:
        posting = self.postings.get(term)
        return len(posting[0]) if posting else 0

    def idf(self, term: str) -> float:
        n, df = len(self.ids), self.df(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: list[str], k: int, weights: dict[str, float] | None = None,
               only=None) -> list[tuple[str, float]]:
        """Top ``k`` (id, score), best first, ties by position; ``weights`` scales a query
        term (synonyms count less); ``only`` (an array of document positions) limits the
        search to them. Scored over whole postings at once: a common word's posting on a
        large corpus is tens of thousands of entries."""
        import numpy as np

        n = len(self.ids)
        scores = np.zeros(n)
        touched = np.zeros(n, dtype=bool)
        for term in dict.fromkeys(query):
            posting = self.postings.get(term)
            if not posting:
                continue
            w = self.idf(term) * (weights or {}).get(term, 1.0)
            at = np.frombuffer(posting[0], dtype=np.intc)
            tf = np.frombuffer(posting[1], dtype=np.intc).astype(float)
            scores[at] += w * tf * (self.k1 + 1) / (tf + self._length_norm()[at])
            touched[at] = True
        if only is not None:
            allowed = np.zeros(n, dtype=bool)
            allowed[only] = True
            touched &= allowed
        return [(self.ids[i], float(scores[i])) for i in _top(scores, np.flatnonzero(touched), k)]

    def _length_norm(self):
        """k1·(1 − b + b·length/avgdl) of every document, computed once."""
        import numpy as np

        if self._norm is None:
            lengths = np.asarray(self.lengths, dtype=float)
            self._norm = self.k1 * (1 - self.b + self.b * lengths / (self.avgdl or 1))
        return self._norm

    # -- persistence -----------------------------------------------------------------
    def save(self, path: Path, stamp: str, records: list) -> None:
        """Write the index and the chunk records it was built from (atomically)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        postings = {t: list(zip(*p)) for t, p in self.postings.items()}
        data = {"stamp": stamp, "k1": self.k1, "b": self.b, "ids": self.ids,
                "lengths": self.lengths, "postings": postings, "records": records}
        with gzip.open(tmp, "wt", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, stamp: str) -> "tuple[BM25, list] | None":
        """(index, records) if the file mirrors ``stamp``; None if missing, stale or
        unreadable."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable BM25 file %s: %s", path, exc)
            return None
        if data.get("stamp") != stamp:
            return None
        self = cls.__new__(cls)
        self.k1, self.b = data["k1"], data["b"]
        self.ids, self.lengths = data["ids"], data["lengths"]
        self.avgdl = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        self.postings = _packed(data.pop("postings"))
        self._norm = None
        return self, data["records"]


def _packed(lists: dict) -> dict[str, tuple[array, array]]:
    """term → (positions, counts) from term → [(position, count), …]."""
    return {t: (array("i", (p[0] for p in ps)), array("i", (p[1] for p in ps)))
            for t, ps in lists.items()}


def _top(scores, candidates, k: int) -> list[int]:
    """The ``k`` best candidate positions by (score descending, position ascending)."""
    import numpy as np

    if k <= 0 or not len(candidates):
        return []
    s = scores[candidates]
    if len(candidates) > k:
        kth = np.partition(s, len(s) - k)[len(s) - k]     # the k-th highest score
        keep = s >= kth
        candidates, s = candidates[keep], s[keep]
    order = np.lexsort((candidates, -s))[:k]
    return candidates[order].tolist()
