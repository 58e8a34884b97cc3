"""The index: Chroma (dense search, queried directly) plus the BM25 sidecar, read through
immutable snapshots that follow the catalog, and written by one locked writer at a time.

A reader never sees a half-written document: chunks of a new document version are added
first, then the catalog commits the version, then stale chunks are deleted; readers only
use chunks whose (source, version) the catalog has committed. A rebuild writes into a new
physical collection and switches the catalog's pointer to it when complete."""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
import uuid
from pathlib import Path

import numpy as np

from jiaoti.errors import EmbedderMismatch, IndexMissing, StoreUnavailable
from jiaoti.settings import Settings
from jiaoti.types import Chunk
from vectorstore.bm25 import BM25
from vectorstore.catalog import Catalog
from vectorstore.snapshot import Snapshot

log = logging.getLogger(__name__)

META_KEYS = ("source", "title", "section", "paragraph", "start", "end", "kind", "version",
             "facts", "ocr_confidence")


def chunk_from_record(cid: str, text: str, meta: dict) -> Chunk:
    ocr = meta.get("ocr_confidence")
    shared = sys.intern                # a document's name, title… once, not once a chunk
    return Chunk(id=cid, text=text, source=shared(meta["source"]), title=shared(meta["title"]),
                 section=shared(meta["section"]), paragraph=int(meta["paragraph"]),
                 start=int(meta["start"]), end=int(meta["end"]), kind=shared(meta["kind"]),
                 version=shared(meta["version"]),
                 ocr_confidence=None if ocr is None else float(ocr))


def _give_back_memory() -> None:
    """Return the memory freed after loading a snapshot (the parsed sidecar, the previous
    snapshot) to the system; without this glibc keeps the load's peak as the RSS."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):      # not glibc: nothing to do
        pass


class Index:
    """Reader side (thread-safe) and the factory of writers."""

    def __init__(self, settings: Settings, embedder=None, client=None):
        from vectorstore.batching import QueryBatcher
        from vectorstore.client import ensure_data_dir, open_client
        from vectorstore.embeddings import shared_embedder

        self.settings = settings
        self.index_name = settings.index_name()
        self.embedder = QueryBatcher(embedder or shared_embedder(settings.embedding))
        self.data_dir = ensure_data_dir(settings)
        self._open_client = lambda: open_client(settings)
        self.client = client or self._open_client()
        self.token = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._lock = threading.RLock()
        self._snap: Snapshot | None = None
        self._checked = 0.0
        self._catalog: Catalog | None = None
        self.dense_ok = True

    # -- catalog and snapshots --------------------------------------------------------------
    def catalog(self) -> Catalog:
        """The catalog of this index's client (its collection looked up once)."""
        catalog = self._catalog
        if catalog is None or catalog.client is not self.client:
            catalog = self._catalog = Catalog(self.client)
        return catalog

    def sidecar_path(self, physical: str) -> Path:
        return self.data_dir / "bm25" / f"{physical}.json.gz"

    def snapshot(self, force: bool = False) -> Snapshot:
        """The current snapshot, refreshed when the catalog says the index changed (checked
        at most every `refresh_seconds`). If the store cannot be reached, the last snapshot
        keeps serving (keyword search still works from memory)."""
        with self._lock:
            now = time.monotonic()
            if (self._snap is not None and not force
                    and now - self._checked < self.settings.refresh_seconds):
                return self._snap
            try:
                snap = self._refresh()
            except (IndexMissing, EmbedderMismatch):
                raise
            except Exception as exc:
                if self._snap is None:
                    raise StoreUnavailable(f"无法读取索引（{type(exc).__name__}: {exc}）") from exc
                log.warning("index check failed, serving the last snapshot: %s", exc)
                self.dense_ok = False
                return self._snap
            self._checked = now
            if snap is not self._snap:
                self._snap = snap
                _give_back_memory()
            return snap

    def _refresh(self) -> Snapshot:
        catalog = self.catalog()
        physical = catalog.active(self.index_name)
        if physical is None:
            raise IndexMissing("还没有为当前的嵌入模型和切分设置建立索引：请先运行 "
                               "python -m ingest data/reports（或 make run）。")
        generation, writer = catalog.generation(physical)
        old = self._snap
        if old is not None and old.physical == physical and old.generation == generation:
            return old
        if old is not None and writer != self.token and not self.settings.chroma_host:
            self._reopen()   # another process wrote: drop the cached embedded segments
            catalog = self.catalog()
        return self._load(catalog, physical, generation)

    def _reopen(self) -> None:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(self.data_dir / "chroma"), None)
        self.client = self._open_client()

    def _collection(self, physical: str):
        col = self.client.get_collection(physical)
        built_by = (col.metadata or {}).get("embedder")
        if built_by != self.embedder.name:
            raise EmbedderMismatch(f"索引由嵌入模型 {built_by} 建立，当前设置为 {self.embedder.name}："
                                   "请运行 python -m ingest --rebuild 重建索引，或改回原来的模型。")
        return col

    def _load(self, catalog: Catalog, physical: str, generation: int) -> Snapshot:
        from jiaoti.guard import looks_like_injection
        from vectorstore.client import get_all
        from vectorstore.facts import FactVectors, facts_from_meta
        from vectorstore.snapshot import build_snapshot

        started = time.perf_counter()
        col = self._collection(physical)
        documents = catalog.documents(physical)
        stamp = f"{physical}:{generation}:reading-order"
        path = self.sidecar_path(physical)
        loaded = BM25.load(path, stamp) if path.exists() else None
        chunks: dict[str, Chunk] = {}
        if loaded is not None:
            bm25, records = loaded
            for cid, text, meta in records:
                chunks[cid] = chunk_from_record(cid, text, meta)
        else:
            committed = {d.source: d.version for d in documents.values()}
            res = get_all(col, ["documents", "metadatas"])
            ids, docs, records, quarantined = [], [], [], 0
            rows = sorted(zip(res["ids"], res["documents"], res["metadatas"]),
                          key=lambda r: (r[2].get("source") or "", r[2].get("start") or 0))
            for cid, text, meta in rows:        # reading order: ties fall to the earlier text
                if committed.get(meta.get("source")) != meta.get("version"):
                    continue
                if looks_like_injection(text):      # quarantined: never handed to an answerer
                    quarantined += 1
                    continue
                chunks[cid] = chunk_from_record(cid, text, meta)
                ids.append(cid)
                docs.append((meta.get("tokens") or "").split())
                records.append((cid, text, {k: meta[k] for k in META_KEYS if k in meta}))
            bm25 = BM25(ids, docs)
            if quarantined:
                log.warning("%d chunks look like instructions to a model and are quarantined",
                            quarantined)
            try:
                bm25.save(path, stamp, records)
            except OSError as exc:
                log.warning("could not save the BM25 sidecar %s: %s", path, exc)
        vectors = col      # queried directly: no LangChain layer on the answer's path
        facts = {cid: facts_from_meta(meta.get("facts")) for cid, _, meta in records
                 if meta.get("facts") and cid in chunks}
        snap = build_snapshot(physical, generation, documents, chunks, bm25, vectors, facts,
                              FactVectors(self.client, physical), self.lexicon())
        log.info("index %s generation %d: %d documents, %d chunks, %d facts (%.0f ms)",
                 physical, generation, len(documents), len(chunks), snap.fact_count,
                 (time.perf_counter() - started) * 1e3)
        self.dense_ok = True
        return snap

    def lexicon(self):
        """The lexicon for this index: general word lists, the corpus lexicons kept with
        the index (unless turned off), the deployment's places and bureau."""
        from jiaoti.lexicon import Lexicon

        files = sorted((self.data_dir / "lexicon").glob("*.txt")) \
            if self.settings.corpus_lexicon else []
        lexicon = Lexicon(files, tuple(self.settings.home_places), self.settings.bureau_name)
        lexicon.activate()
        return lexicon

    # -- searching ------------------------------------------------------------------------
    def dense(self, snap: Snapshot, vector: np.ndarray, k: int) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine distance; [] (and `dense_ok` False) if the store is
        unreachable, so answers continue from keywords alone."""
        try:
            res = snap.vectors.query(query_embeddings=[np.asarray(vector).tolist()],
                                     n_results=k, include=["distances"])
            pairs = zip(res["ids"][0], res["distances"][0])
        except Exception as exc:
            if self.dense_ok:
                log.warning("vector search unavailable, keyword search only: %s", exc)
            self.dense_ok = False
            return []
        self.dense_ok = True
        out = []
        for cid, distance in pairs:
            chunk = snap.chunks.get(cid)
            if chunk is not None:          # committed chunks only
                out.append((chunk, float(distance)))
        return out

    def keyword(self, snap: Snapshot, query: list[str], k: int,
                weights: dict[str, float] | None = None,
                units: tuple[str, ...] = ()) -> list[tuple[Chunk, float]]:
        """BM25 hits; with ``units``, only among chunks holding a figure in one of them."""
        only = None
        if units:
            only = [snap.units[u] for u in units if u in snap.units]
            only = np.concatenate(only) if only else np.zeros(0, dtype=np.intc)
        return [(snap.chunks[cid], s) for cid, s in snap.bm25.search(query, k, weights, only)]

    # -- writing ----------------------------------------------------------------------------
    def writer(self):
        from vectorstore.writer import IndexWriter

        return IndexWriter(self)
