"""The catalog: a small Chroma collection that records, for every index family, which
physical collection is live, which documents (and versions) are committed in it, and a
generation counter that readers watch. Because it lives in Chroma, every process that
shares the store (embedded or `chroma run`) sees the same state; each record is written
in one step, so a crash leaves either the old or the new state."""

from __future__ import annotations

import datetime as dt
import logging

from jiaoti.types import DocumentInfo

log = logging.getLogger(__name__)

CATALOG = "jiaoti-catalog"
_VEC = [1.0]   # catalog records carry no meaning in their vectors
COUNTS = ("facts", "pages", "ocr_pages", "tables")   # what a document record counts


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


class Catalog:
    def __init__(self, client):
        self.client = client
        self.col = client.get_or_create_collection(CATALOG)

    # -- reading -----------------------------------------------------------------------
    def _get(self, rid: str) -> dict | None:
        res = self.col.get(ids=[rid], include=["metadatas"])
        return res["metadatas"][0] if res["ids"] else None

    def active(self, index_name: str) -> str | None:
        rec = self._get(f"active::{index_name}")
        return rec["physical"] if rec else None

    def generation(self, physical: str) -> tuple[int, str]:
        rec = self._get(f"gen::{physical}")
        return (int(rec["generation"]), str(rec.get("writer", ""))) if rec else (0, "")

    def documents(self, physical: str) -> dict[str, DocumentInfo]:
        from vectorstore.client import get_all

        res = get_all(self.col, ["metadatas"], {"$and": [{"kind": "doc"}, {"index": physical}]})
        return {meta["source"]: _document(meta) for meta in res["metadatas"]}

    def document(self, physical: str, source: str) -> DocumentInfo | None:
        """One document's record (a single look-up, whatever the size of the index)."""
        meta = self._get(f"doc::{physical}::{source}")
        return _document(meta) if meta else None

    # -- writing (only under the write lock) ------------------------------------------------
    def _put(self, rid: str, meta: dict) -> None:
        self.col.upsert(ids=[rid], embeddings=[_VEC], metadatas=[meta])

    def set_active(self, index_name: str, physical: str) -> None:
        self._put(f"active::{index_name}", {"kind": "active", "index_name": index_name,
                                             "physical": physical, "switched_at": now_iso()})

    def bump(self, physical: str, writer: str) -> int:
        gen = self.generation(physical)[0] + 1
        self._put(f"gen::{physical}", {"kind": "gen", "index": physical, "generation": gen,
                                        "writer": writer, "updated_at": now_iso()})
        return gen

    def commit_document(self, physical: str, info: DocumentInfo) -> None:
        self._put(f"doc::{physical}::{info.source}",
                  {"kind": "doc", "index": physical, "source": info.source, "title": info.title,
                   "version": info.version, "chunks": info.chunks,
                   "ingested_at": info.ingested_at,
                   **{k: getattr(info, k) for k in COUNTS}})

    def mark_pending(self, physical: str, source: str, version: str) -> None:
        """Written before a document's records are (over)written or removed: a writer that
        dies midway leaves this mark, and the next one clears what it left."""
        self._put(f"pending::{physical}::{source}", {"kind": "pending", "index": physical,
                                                      "source": source, "version": version})

    def pending(self, physical: str) -> list[tuple[str, str]]:
        res = self.col.get(where={"$and": [{"kind": "pending"}, {"index": physical}]},
                           include=["metadatas"])
        return [(m["source"], m["version"]) for m in res["metadatas"]]

    def clear_pending(self, physical: str, source: str) -> None:
        self.col.delete(ids=[f"pending::{physical}::{source}"])

    def remove_document(self, physical: str, source: str) -> None:
        self.col.delete(ids=[f"doc::{physical}::{source}"])

    def forget(self, physical: str) -> None:
        """Drop every record of a physical collection (after it was deleted)."""
        self.col.delete(where={"index": physical})


def _document(meta: dict) -> DocumentInfo:
    return DocumentInfo(meta["source"], meta["title"], meta["version"], int(meta["chunks"]),
                        meta["ingested_at"], **{k: int(meta.get(k, 0)) for k in COUNTS})
