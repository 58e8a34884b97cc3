"""Staff accounts, one per person, stored hashed (argon2id) in ``<data_dir>/accounts.sqlite``,
and API keys for programs (stored as SHA-256 digests: they are long random strings).

    python -m webui.accounts add NAME        # the password is read from stdin
    python -m webui.accounts passwd NAME     # a new password, from stdin
    python -m webui.accounts list
    python -m webui.accounts remove NAME
    python -m webui.accounts key-add NAME    # prints the new key, once
    python -m webui.accounts key-list
    python -m webui.accounts key-revoke NAME
    python -m webui.accounts audit [--limit N]

``JIAOTI_STAFF_PASSWORD`` (with ``JIAOTI_STAFF_USER``) still works as one more account, and
``JIAOTI_API_KEYS`` as more keys, for simple deployments. A removed account's sessions end
at its next request; a revoked key stops working at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jiaoti.errors import JiaotiError
from jiaoti.settings import Settings

NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_keys (
    name TEXT PRIMARY KEY,
    digest TEXT NOT NULL UNIQUE,     -- SHA-256 of the key
    created TEXT NOT NULL
);
"""
KEY_PREFIX = "jt-"


class AccountError(JiaotiError):
    """An account cannot be added, changed or removed; the message says why."""


@dataclass(frozen=True)
class Account:
    name: str
    created: str
    source: str          # "accounts.sqlite" or "JIAOTI_STAFF_PASSWORD"


@lru_cache(maxsize=1)
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they cost the same time."""
    return _hasher().hash("jiaoti-no-such-account")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class AccountStore:
    def __init__(self, settings: Settings, path: Path | None = None):
        self.settings = settings
        self.path = Path(path or Path(settings.data_dir) / "accounts.sqlite")
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        self._db.executescript(SCHEMA)

    # -- reading ----------------------------------------------------------------------------
    def _env_account(self) -> str | None:
        return self.settings.staff_user if self.settings.staff_password else None

    def accounts(self) -> list[Account]:
        with self._lock:
            rows = self._db.execute("SELECT name, created FROM accounts ORDER BY name").fetchall()
        out = [Account(n, c, "accounts.sqlite") for n, c in rows]
        env = self._env_account()
        if env and env not in {a.name for a in out}:
            out.append(Account(env, "", "JIAOTI_STAFF_PASSWORD"))
        return out

    def any(self) -> bool:
        return bool(self._env_account()) or bool(self._row_count())

    def exists(self, name: str) -> bool:
        if name == self._env_account():
            return True
        with self._lock:
            return self._db.execute("SELECT 1 FROM accounts WHERE name = ?",
                                    (name,)).fetchone() is not None

    def verify(self, name: str, password: str) -> bool:
        """True when ``password`` is this account's; every path costs one hash check."""
        from argon2.exceptions import InvalidHashError, VerificationError

        with self._lock:
            row = self._db.execute("SELECT hash FROM accounts WHERE name = ?",
                                   (name,)).fetchone()
        try:
            ok = _hasher().verify(row[0] if row else _dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            ok = False
        if row:
            return ok
        env = self._env_account()
        return bool(env) and hmac.compare_digest(name.encode(), env.encode()) and \
            hmac.compare_digest(password.encode(), self.settings.staff_password.encode())

    # -- changing ---------------------------------------------------------------------------
    def add(self, name: str, password: str, replace: bool = False) -> None:
        self._check(name, password)
        digest = _hasher().hash(password)
        with self._lock:
            exists = self._db.execute("SELECT 1 FROM accounts WHERE name = ?",
                                      (name,)).fetchone()
            if exists and not replace:
                raise AccountError(f"账号 {name} 已存在；要改密码请用 passwd。")
            if not exists and replace:
                raise AccountError(f"没有账号 {name}。")
            self._db.execute("INSERT OR REPLACE INTO accounts (name, hash, created) "
                             "VALUES (?,?,?)", (name, digest, _now()))
            self._db.commit()

    def remove(self, name: str) -> None:
        with self._lock:
            n = self._db.execute("DELETE FROM accounts WHERE name = ?", (name,)).rowcount
            self._db.commit()
        if not n:
            extra = "（它来自 JIAOTI_STAFF_PASSWORD，请在配置中删去）" \
                if name == self._env_account() else ""
            raise AccountError(f"没有账号 {name}{extra}。")

    # -- API keys ---------------------------------------------------------------------------
    def add_key(self, name: str) -> str:
        """A new key for ``name`` (a program or a platform); returned once, stored hashed."""
        if not NAME_RE.match(name):
            raise AccountError("密钥名只能用 1–64 个字母、数字、汉字或 . _ @ -。")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        with self._lock:
            if self._db.execute("SELECT 1 FROM api_keys WHERE name = ?", (name,)).fetchone():
                raise AccountError(f"密钥 {name} 已存在；要换新密钥请先 key-revoke。")
            self._db.execute("INSERT INTO api_keys (name, digest, created) VALUES (?,?,?)",
                             (name, _digest(key), _now()))
            self._db.commit()
        return key

    def revoke_key(self, name: str) -> None:
        with self._lock:
            n = self._db.execute("DELETE FROM api_keys WHERE name = ?", (name,)).rowcount
            self._db.commit()
        if not n:
            raise AccountError(f"没有密钥 {name}。")

    def keys(self) -> list[Account]:
        with self._lock:
            rows = self._db.execute("SELECT name, created FROM api_keys ORDER BY name").fetchall()
        out = [Account(n, c, "accounts.sqlite") for n, c in rows]
        out += [Account(f"JIAOTI_API_KEYS[{i}]", "", "JIAOTI_API_KEYS")
                for i in range(len(self.settings.api_keys))]
        return out

    def any_key(self) -> bool:
        with self._lock:
            stored = self._db.execute("SELECT COUNT(*) FROM api_keys").fetchone()[0]
        return bool(stored or self.settings.api_keys)

    def key_owner(self, key: str) -> str | None:
        """The name of a valid key, or None."""
        with self._lock:
            row = self._db.execute("SELECT name FROM api_keys WHERE digest = ?",
                                   (_digest(key),)).fetchone()
        if row:
            return row[0]
        for i, k in enumerate(self.settings.api_keys):
            if hmac.compare_digest(key.encode(), k.encode()):
                return f"JIAOTI_API_KEYS[{i}]"
        return None

    def _check(self, name: str, password: str) -> None:
        if not NAME_RE.match(name):
            raise AccountError("账号名只能用 1–64 个字母、数字、汉字或 . _ @ -。")
        if len(password) < self.settings.staff_password_min_chars:
            raise AccountError(f"密码太短：至少 {self.settings.staff_password_min_chars} 个字符。")

    def _row_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


if __name__ == "__main__":
    from webui.accounts_cli import main

    raise SystemExit(main())
