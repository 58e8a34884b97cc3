"""The query log: SQLite under the data dir. Questions are redacted before they are
written; entries older than the retention period are deleted."""

from __future__ import annotations

import datetime as dt
import json
import logging
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
        with self._lock:
            self._db.execute("INSERT INTO queries (request_id, ts, question, standalone, mode, "
                             "outcome, reason, chunk_ids, latency_ms, channel, followed) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)", row)
            self._db.commit()
            self._writes += 1
            if self._writes % 500 == 0:
                self._prune_locked()
        return rid

    def feedback(self, question: str, answer: str, liked: bool) -> None:
        with self._lock:
            self._db.execute("INSERT INTO feedback (ts, question, answer, liked) VALUES (?,?,?,?)",
                             (_now(), redact(question), redact(answer), int(liked)))
            self._db.commit()

    def unanswered(self, limit: int = 200) -> list[Unanswered]:
        """Refused questions, most asked first; a follow-up with the question it followed."""
        with self._lock:
            rows = self._db.execute(
                "SELECT question, followed, COUNT(*), MAX(ts) FROM queries "
                "WHERE outcome = 'refused' GROUP BY question, followed "
                "ORDER BY COUNT(*) DESC, MAX(ts) DESC LIMIT ?", (limit,)).fetchall()
        return [Unanswered(q, n, ts, f) for q, f, n, ts in rows]

    def rows(self, table: str = "queries") -> list[tuple]:
        if table not in ("queries", "feedback"):
            raise ValueError(table)
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
        with self._lock:
            self._db.close()
