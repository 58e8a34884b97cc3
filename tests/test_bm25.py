"""BM25 search scores whole postings at once; it must rank exactly as the textbook formula,
term by term and document by document, does — ties by position, filters honoured."""

from __future__ import annotations

import math
import random

import numpy as np

from vectorstore.bm25 import BM25


def _by_hand(docs, query, k, weights=None, only=None, k1=1.5, b=0.75):
    n = len(docs)
    avgdl = sum(map(len, docs)) / n
    scores = {}
    for term in dict.fromkeys(query):
        df = sum(term in d for d in docs)
        if not df:
            continue
        w = math.log(1 + (n - df + 0.5) / (df + 0.5)) * (weights or {}).get(term, 1.0)
        for i, d in enumerate(docs):
            tf = d.count(term)
            if not tf or (only is not None and i not in only):
                continue
            norm = tf + k1 * (1 - b + b * len(d) / avgdl)
            scores[i] = scores.get(i, 0.0) + w * tf * (k1 + 1) / norm
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return [(f"c{i}", s) for i, s in best]


def _corpus(seed: int):
    rng = random.Random(seed)
    words = [f"w{j}" for j in range(12)]
    return [[rng.choice(words) for _ in range(rng.randint(1, 9))] for _ in range(300)]


def test_search_ranks_as_the_formula_does_with_ties_weights_and_filters():
    for seed in range(5):
        docs = _corpus(seed)
        index = BM25([f"c{i}" for i in range(len(docs))], docs)
        rng = random.Random(seed + 100)
        for _ in range(20):
            query = rng.sample([f"w{j}" for j in range(14)], rng.randint(1, 4))
            weights = {query[0]: 0.5}
            only = sorted(rng.sample(range(len(docs)), 120))
            for k in (1, 5, 40, 1000):
                assert index.search(query, k) == _by_hand(docs, query, k)
                assert index.search(query, k, weights) == _by_hand(docs, query, k, weights)
                got = index.search(query, k, None, np.asarray(only))
                assert got == _by_hand(docs, query, k, None, set(only))


def test_identical_documents_tie_in_position_order():
    docs = [["甲", "乙"]] * 7 + [["丙"]]
    index = BM25([f"c{i}" for i in range(8)], docs)
    assert [cid for cid, _ in index.search(["甲"], 3)] == ["c0", "c1", "c2"]
    assert index.search(["丁"], 3) == []
    assert index.search(["甲"], 0) == []


def test_a_loaded_index_searches_as_the_built_one(tmp_path):
    docs = _corpus(9)
    index = BM25([f"c{i}" for i in range(len(docs))], docs)
    index.save(tmp_path / "bm25.json.gz", "g1", [])
    loaded, _ = BM25.load(tmp_path / "bm25.json.gz", "g1")
    assert loaded.search(["w1", "w3"], 10) == index.search(["w1", "w3"], 10)
