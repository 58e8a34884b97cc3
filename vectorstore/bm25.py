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

    def __len__(self) -> int:
        return len(self.ids)

    def df(self, term: str) -> int:
        posting = self.postings.get(term)
        return len(posting[0]) if posting else 0

    def idf(self, term: str) -> float:
        n, df = len(self.ids), self.df(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: list[str], k: int, weights: dict[str, float] | None = None,
               only: frozenset[int] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` (id, score); ``weights`` scales a query term (synonyms count less);
        ``only`` limits the search to these document positions."""
        scores: dict[int, float] = {}
        for term in dict.fromkeys(query):
            posting = self.postings.get(term)
            if not posting:
                continue
            w = self.idf(term) * (weights or {}).get(term, 1.0)
            for i, tf in zip(*posting):
                if only is not None and i not in only:
                    continue
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / (self.avgdl or 1))
                scores[i] = scores.get(i, 0.0) + w * tf * (self.k1 + 1) / norm
        best = heapq.nsmallest(k, scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.ids[i], s) for i, s in best]

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
        return self, data["records"]


def _packed(lists: dict) -> dict[str, tuple[array, array]]:
    """term → (positions, counts) from term → [(position, count), …]."""
    return {t: (array("i", (p[0] for p in ps)), array("i", (p[1] for p in ps)))
            for t, ps in lists.items()}
