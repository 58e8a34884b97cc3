"""The staff audit log: who did what, when, from where (SQLite under the data dir).

Actions: login, login-failed, login-locked, logout, draft, export, upload, delete, rebuild,
and the accounts CLI's account and key changes. Never a password; details are redacted of
ID and mobile numbers; entries older than the retention period are deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from jiaoti.privacy import redact

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    client TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_ts ON audit(ts);
"""


@dataclass(frozen=True)
class AuditEntry:
    ts: str
    user: str
    action: str
    detail: str
    client: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def printable(text: str, limit: int = 200) -> str:
    """One line of ordinary characters (a login name may be anything a stranger typed)."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(text))[:limit]


class AuditLog:
    def __init__(self, path: Path, retention_days: int = 180):
        self.path = Path(path)
        self.retention_days = retention_days
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self.prune()

    def record(self, user: str, action: str, detail: str = "", client: str = "") -> None:
        row = (_now(), printable(user, 64), action, redact(printable(detail, 500)),
               printable(client, 64))
        with self._lock:
            self._db.execute("INSERT INTO audit (ts, user, action, detail, client) "
                             "VALUES (?,?,?,?,?)", row)
            self._db.commit()

    def entries(self, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
        """Newest first."""
        sql = "SELECT ts, user, action, detail, client FROM audit"
        args: tuple = ()
        if action:
            sql, args = sql + " WHERE action = ?", (action,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [AuditEntry(*r) for r in rows]

    def prune(self) -> int:
        cutoff = (dt.datetime.now(dt.timezone.utc)
                  - dt.timedelta(days=self.retention_days)).isoformat(timespec="seconds")
        with self._lock:
            n = self._db.execute("DELETE FROM audit WHERE ts < ?", (cutoff,)).rowcount
            self._db.commit()
        return n

    def close(self) -> None:
        with self._lock:
            self._db.close()
