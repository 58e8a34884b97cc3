"""The one writer: holds the lock file, adds and replaces documents, deletes them, and
rebuilds into a fresh collection that becomes live only when complete."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from jiaoti.text import tokens
from jiaoti.types import SECTION_SEP, Chunk, DocumentInfo, PreparedDocument
from vectorstore.catalog import Catalog, now_iso
from vectorstore.client import delete_ids, get_all
from vectorstore.facts import collection_name, embedding_text as fact_text, facts_to_meta
from vectorstore.lock import WriteLock

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]   # (done, total) chunks of the current document


def embedding_text(chunk: Chunk) -> str:
    """What the embedder sees: the section path above the chunk, then its text."""
    parts = chunk.section_parts()
    if chunk.kind == "heading":
        parts = parts[:-1]
    head = SECTION_SEP.join(parts)
    return f"{head}\n{chunk.text}" if head else chunk.text


def keyword_tokens(chunk: Chunk) -> str:
    return " ".join(tokens(chunk.section + "\n" + chunk.text))


def chunk_metadata(c: Chunk, facts: list) -> dict:
    meta = {"source": c.source, "title": c.title, "section": c.section,
            "paragraph": c.paragraph, "start": c.start, "end": c.end, "kind": c.kind,
            "version": c.version, "tokens": keyword_tokens(c), "facts": facts_to_meta(facts)}
    if c.ocr_confidence is not None:
        meta["ocr_confidence"] = c.ocr_confidence
    return meta


class IndexWriter:
    def __init__(self, index):
        self.index = index
        self.settings = index.settings
        self.lock = WriteLock(index.data_dir / "write.lock", self.settings.lock_timeout_seconds)
        self.catalog: Catalog | None = None
        self.physical: str | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> "IndexWriter":
        self.lock.acquire()
        try:
            self.catalog = self.index.catalog()
            self.physical = self.catalog.active(self.index.index_name)
            if self.physical is None:
                self.physical = self._create()
                self.catalog.bump(self.physical, self.index.token)
                self.catalog.set_active(self.index.index_name, self.physical)
            else:
                self.index._collection(self.physical)      # refuses another embedder
            self._collect_garbage()
        except BaseException:
            self.lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.lock.release()

    def _create(self) -> str:
        stamp = dt.datetime.now().strftime("%Y%m%d%H%M%S%f")
        name = f"{self.index.index_name}-{stamp}"
        meta = {"embedder": self.index.embedder.name, "dim": self.index.embedder.dim,
                "chunk_max_chars": self.settings.chunk_max_chars, "created_at": now_iso()}
        for n in (name, collection_name(name)):
            self.index.client.create_collection(n, configuration={"hnsw": {"space": "cosine"}},
                                                metadata=meta)
        log.info("created collection %s", name)
        return name

    def _facts_collection(self, physical: str):
        return self.index.client.get_or_create_collection(
            collection_name(physical), configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedder": self.index.embedder.name})

    def _collect_garbage(self) -> None:
        """Remove what an interrupted writer left: collections of this family that are not
        live (a rebuild that never switched), and the records of a document whose writing
        (or removal) was marked but never finished. Reads only the marked documents, so
        opening a writer costs the same on any size of index."""
        family = self.index.index_name + "-"
        for col in self.index.client.list_collections():
            name = getattr(col, "name", col)
            if name.startswith(family) and name not in (self.physical,
                                                        collection_name(self.physical)):
                if not name.endswith("-facts"):
                    log.warning("removing unfinished collection %s", name)
                self._drop(name.removesuffix("-facts"))
        for source, version in self.catalog.pending(self.physical):
            done = self.catalog.document(self.physical, source)
            if done is not None and done.version == version:
                where = {"$and": [{"source": source}, {"version": {"$ne": version}}]}
            else:                                  # never committed: its records go
                where = {"$and": [{"source": source}, {"version": version}]}
            for col in (self.index.client.get_collection(self.physical),
                        self._facts_collection(self.physical)):
                stale = get_all(col, [], where)["ids"]
                if stale:
                    log.warning("removing %d uncommitted records of %s", len(stale), col.name)
                delete_ids(col, stale)
            self.catalog.clear_pending(self.physical, source)

    def _drop(self, physical: str) -> None:
        for name in (physical, collection_name(physical)):
            try:
                self.index.client.delete_collection(name)
            except Exception as exc:   # already gone
                log.debug("delete_collection %s: %s", name, exc)
        self.catalog.forget(physical)
        self.index.sidecar_path(physical).unlink(missing_ok=True)

    # -- documents ---------------------------------------------------------------------------
    def documents(self) -> dict[str, DocumentInfo]:
        return self.catalog.documents(self.physical)

    def upsert(self, doc: PreparedDocument, progress: Progress | None = None,
               physical: str | None = None) -> tuple[int, int]:
        """Add or replace one document; (chunks added, chunks deleted). An unchanged
        document (same version) adds nothing."""
        physical = physical or self.physical
        old = self.catalog.document(physical, doc.source)
        if old is not None and old.version == doc.version:
            return 0, 0
        col = self.index.client.get_collection(physical)
        self.catalog.mark_pending(physical, doc.source, doc.version)
        self._add_chunks(col, doc, progress)
        self._add_facts(self._facts_collection(physical), doc)
        self.catalog.commit_document(physical, DocumentInfo(
            doc.source, doc.title, doc.version, len(doc.chunks), now_iso(), len(doc.facts),
            doc.pages, doc.ocr_pages, doc.tables))
        deleted = 0
        if old is not None:
            stale_where = {"$and": [{"source": doc.source}, {"version": {"$ne": doc.version}}]}
            stale = get_all(col, [], stale_where)
            deleted = len(stale["ids"])
            delete_ids(col, stale["ids"])
            self._facts_collection(physical).delete(where=stale_where)
        self.catalog.bump(physical, self.index.token)
        self.catalog.clear_pending(physical, doc.source)
        return len(doc.chunks), deleted

    def _add_chunks(self, col, doc: PreparedDocument, progress: Progress | None) -> None:
        batch = self.settings.embed_batch_size
        chunks = list(doc.chunks)
        by_chunk: dict[str, list] = {}
        for f in doc.facts:
            by_chunk.setdefault(f.chunk_id, []).append(f)
        total = len(chunks)
        for i in range(0, total, batch):
            part = chunks[i:i + batch]
            vectors = self.index.embedder.embed_passages([embedding_text(c) for c in part])
            col.upsert(ids=[c.id for c in part], embeddings=vectors,
                       documents=[c.text for c in part],
                       metadatas=[chunk_metadata(c, by_chunk.get(c.id, [])) for c in part])
            if progress:
                progress(min(i + batch, total), total)

    def _add_facts(self, col, doc: PreparedDocument) -> None:
        """Each fact's words, embedded once (a question compares itself with them)."""
        chunks = {c.id: c for c in doc.chunks}
        facts = [f for f in doc.facts if f.chunk_id in chunks]
        batch = self.settings.embed_batch_size
        for i in range(0, len(facts), batch):
            part = facts[i:i + batch]
            texts = [fact_text(f, chunks[f.chunk_id]) for f in part]
            col.upsert(ids=[f.id for f in part], documents=texts,
                       embeddings=self.index.embedder.embed_passages(texts),
                       metadatas=[{"source": f.source, "version": doc.version,
                                   "chunk_id": f.chunk_id} for f in part])

    def delete(self, source: str) -> int:
        """Remove a document; the number of chunks removed (0 if it was not indexed)."""
        info = self.catalog.document(self.physical, source)
        if info is None:
            return 0
        self.catalog.mark_pending(self.physical, source, info.version)
        self.catalog.remove_document(self.physical, source)
        col = self.index.client.get_collection(self.physical)
        ids = get_all(col, [], {"source": source})["ids"]
        delete_ids(col, ids)
        self._facts_collection(self.physical).delete(where={"source": source})
        self.catalog.bump(self.physical, self.index.token)
        self.catalog.clear_pending(self.physical, source)
        return len(ids)

    def rebuild(self, docs: Iterable[PreparedDocument],
                progress: Callable[[PreparedDocument], Progress | None] | None = None) -> int:
        """Index ``docs`` into a fresh collection, then switch to it; the old one serves
        until the switch. Returns the number of chunks in the new index."""
        new = self._create()
        self.catalog.bump(new, self.index.token)
        total = 0
        try:
            for doc in docs:
                total += self.upsert(doc, progress(doc) if progress else None, physical=new)[0]
        except BaseException:
            log.warning("rebuild interrupted; the previous index stays live")
            self._drop(new)
            raise
        old, self.physical = self.physical, new
        self.catalog.set_active(self.index.index_name, new)
        self._drop(old)
        return total
