"""The query log: SQLite under the data dir. Questions are redacted before they are
written; entries older than the retention period are deleted.

Entries are written by one background thread, never on an answer's path: ``record`` puts a
row on a queue and returns. The writer commits whatever is queued as soon as it can (in
batches when requests arrive together), so a crash loses at most the rows queued in that
moment; ``flush`` waits for everything recorded so far and ``close`` flushes before it closes
(nothing is lost on a clean shutdown). Readers flush first, so they see every earlier entry.
If the disk stalls, the queue is bounded and ``record`` waits rather than drop a row."""

from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from jiaoti.privacy import redact
from jiaoti.types import Answer

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL,
    ts TEXT NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    mode TEXT NOT NULL,
    outcome TEXT NOT NULL,          -- answered | refused | rejected | error
    reason TEXT NOT NULL,
    chunk_ids TEXT NOT NULL,        -- JSON list of the cited chunks
    latency_ms REAL NOT NULL,
    channel TEXT NOT NULL,
    followed TEXT NOT NULL DEFAULT ''   -- for a follow-up: the question it followed
);
CREATE INDEX IF NOT EXISTS queries_ts ON queries(ts);
CREATE INDEX IF NOT EXISTS queries_outcome ON queries(outcome);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    liked INTEGER NOT NULL
);
"""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Unanswered:
    question: str
    count: int
    last_asked: str
    followed: str = ""      # a follow-up's earlier question (standalone form), or ""


INSERT = ("INSERT INTO queries (request_id, ts, question, standalone, mode, outcome, reason, "
          "chunk_ids, latency_ms, channel, followed) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
BATCH = 256             # rows per commit at most
MAX_QUEUED = 10_000     # beyond this, record() waits for the writer
_STOP = object()


class QueryLog:
    def __init__(self, path: Path, retention_days: int = 180):
        self.path = Path(path)
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._migrate()
        self._writes = 0
        self.prune()
        self._queue: queue.Queue = queue.Queue(MAX_QUEUED)
        self._done = threading.Condition()
        self._queued = self._written = 0
        self._writer = threading.Thread(target=self._write_loop, name="querylog-writer",
                                        daemon=True)
        self._writer.start()

    def _migrate(self) -> None:
        """Logs written before follow-ups were recorded gain the column."""
        cols = {r[1] for r in self._db.execute("PRAGMA table_info(queries)")}
        if "followed" not in cols:
            self._db.execute("ALTER TABLE queries ADD COLUMN followed TEXT NOT NULL DEFAULT ''")
            self._db.commit()

    def record(self, answer: Answer, channel: str = "web", request_id: str | None = None,
               followed: str = "") -> str:
        """Write one answer; ``followed`` is the question a follow-up continued."""
        rid = request_id or uuid.uuid4().hex
        outcome = ("rejected" if answer.reason == "rejected" else
                   "answered" if answer.answerable else "refused")
        row = (rid, _now(), redact(answer.question), redact(answer.standalone_question),
               answer.mode, outcome, answer.reason[:200],
               json.dumps([c.chunk_id for c in answer.citations]), round(answer.latency_ms, 2),
               channel, redact(followed))
        if not self._writer.is_alive():
            log.warning("query log closed: entry %s not written", rid)
            return rid
        with self._done:
            self._queued += 1
        self._queue.put(row)
        return rid

    def feedback(self, question: str, answer: str, liked: bool) -> None:
        with self._lock:
            self._db.execute("INSERT INTO feedback (ts, question, answer, liked) VALUES (?,?,?,?)",
                             (_now(), redact(question), redact(answer), int(liked)))
            self._db.commit()

    # -- the writer ------------------------------------------------------------------------
    def _write_loop(self) -> None:
        while True:
            rows = [self._queue.get()]
            while len(rows) < BATCH:
                try:
                    rows.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = any(r is _STOP for r in rows)
            rows = [r for r in rows if r is not _STOP]
            if rows:
                self._write(rows)
            if stop:
                return

    def _write(self, rows: list[tuple]) -> None:
        try:
            with self._lock:
                self._db.executemany(INSERT, rows)
                self._db.commit()
                before, self._writes = self._writes, self._writes + len(rows)
                if before // 500 != self._writes // 500:
                    self._prune_locked()
        except Exception:
            log.exception("query log: %d entries could not be written", len(rows))
        finally:
            with self._done:
                self._written += len(rows)
                self._done.notify_all()

    def flush(self, timeout: float | None = 30) -> bool:
        """Wait until every entry recorded so far is written; False if it took too long."""
        if not self._writer.is_alive():
            return self._written >= self._queued
        with self._done:
            target = self._queued
            return self._done.wait_for(lambda: self._written >= target, timeout)

    # -- reading -----------------------------------------------------------------------------
    def unanswered(self, limit: int = 200) -> list[Unanswered]:
        """Refused questions, most asked first; a follow-up with the question it followed."""
        self.flush()
        with self._lock:
            rows = self._db.execute(
                "SELECT question, followed, COUNT(*), MAX(ts) FROM queries "
                "WHERE outcome = 'refused' GROUP BY question, followed "
                "ORDER BY COUNT(*) DESC, MAX(ts) DESC LIMIT ?", (limit,)).fetchall()
        return [Unanswered(q, n, ts, f) for q, f, n, ts in rows]

    def rows(self, table: str = "queries") -> list[tuple]:
        if table not in ("queries", "feedback"):
            raise ValueError(table)
        self.flush()
        with self._lock:
            return self._db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()

    def prune(self) -> int:
        with self._lock:
            return self._prune_locked()

    def _prune_locked(self) -> int:
        cutoff = (dt.datetime.now(dt.timezone.utc)
                  - dt.timedelta(days=self.retention_days)).isoformat(timespec="seconds")
        n = self._db.execute("DELETE FROM queries WHERE ts < ?", (cutoff,)).rowcount
        n += self._db.execute("DELETE FROM feedback WHERE ts < ?", (cutoff,)).rowcount
        self._db.commit()
        return n

    def close(self) -> None:
        """Write everything still queued, then close (idempotent)."""
        if self._writer.is_alive():
            self._queue.put(_STOP)
            self._writer.join()
        with self._lock:
            self._db.close()
