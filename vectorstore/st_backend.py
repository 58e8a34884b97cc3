"""sentence-transformers backend: any model by hub id or local path. torch is imported
only here, only when this backend is selected."""

from __future__ import annotations

import logging
import threading

import numpy as np

from jiaoti.errors import ConfigError

log = logging.getLogger(__name__)

# bge-zh models want this instruction on queries (never on passages)
BGE_ZH_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章："


class SentenceTransformerEmbedder:
    def __init__(self, spec: str):
        self.name = spec
        model_id = spec.split(":", 1)[1].strip()
        if not model_id:
            raise ConfigError("JIAOTI_EMBEDDING=st: 后面需要模型名或本地路径")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError("要使用 sentence-transformers 模型，请先安装："
                              "pip install torch==2.13.0 sentence-transformers") from exc
        try:
            self._model = SentenceTransformer(model_id, device="cpu")
        except Exception as exc:
            raise ConfigError(f"无法加载模型 {model_id}：{type(exc).__name__}。离线环境下请给出"
                              "本地路径，或设置可访问的模型镜像") from exc
        dim = getattr(self._model, "get_embedding_dimension", None) \
            or self._model.get_sentence_embedding_dimension
        self.dim = int(dim())
        lowered = model_id.lower()
        self._query_prefix = BGE_ZH_QUERY_INSTRUCTION if ("bge" in lowered and "zh" in lowered) else ""
        self._lock = threading.Lock()

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vec = self._model.encode(self._query_prefix + text, normalize_embeddings=True)
        return np.asarray(vec, dtype=np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vecs = self._model.encode([self._query_prefix + t for t in texts],
                                      normalize_embeddings=True)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vecs = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), self.dim)

    def count_tokens(self, text: str) -> int:
        return len(self._model.tokenizer(text)["input_ids"])
