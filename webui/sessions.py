"""Staff sessions and login lock-outs, in memory (a restart ends every session).

A session is a random token in an HttpOnly cookie; it ends after ``idle_seconds`` without
activity, when its person logs out (only that session), or when the account is removed.
Failed logins are counted per account and per client; past the limit within the window,
further tries are refused for the rest of it."""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable


@dataclass
class Session:
    user: str
    created: float
    last_seen: float


class SessionStore:
    def __init__(self, idle_seconds: float, clock: Callable[[], float] = time.monotonic,
                 max_sessions: int = 10_000):
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.max_sessions = max_sessions
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        with self._lock:
            self._drop_expired(now)
            if len(self._sessions) >= self.max_sessions:      # forget the idlest
                oldest = min(self._sessions, key=lambda t: self._sessions[t].last_seen)
                del self._sessions[oldest]
            self._sessions[token] = Session(user, now, now)
        return token

    def user(self, token: str | None, touch: bool = True) -> str | None:
        """The person a live session belongs to (and, with ``touch``, keep it alive);
        None for an unknown, ended or expired token."""
        if not token:
            return None
        now = self.clock()
        with self._lock:
            s = self._sessions.get(token)
            if s is None:
                return None
            if now - s.last_seen > self.idle_seconds:
                del self._sessions[token]
                return None
            if touch:
                s.last_seen = now
            return s.user

    def end(self, token: str | None) -> str | None:
        """End one session; returns whose it was."""
        with self._lock:
            s = self._sessions.pop(token or "", None)
        return s.user if s else None

    def end_user(self, user: str) -> int:
        """End every session of one person (their account was removed)."""
        with self._lock:
            gone = [t for t, s in self._sessions.items() if s.user == user]
            for t in gone:
                del self._sessions[t]
        return len(gone)

    def count(self) -> int:
        with self._lock:
            self._drop_expired(self.clock())
            return len(self._sessions)

    def _drop_expired(self, now: float) -> None:
        for t in [t for t, s in self._sessions.items() if now - s.last_seen > self.idle_seconds]:
            del self._sessions[t]


class LoginGuard:
    """Counts failed logins per account and per client within a sliding window."""

    def __init__(self, per_account: int, per_client: int, window_seconds: float,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000):
        self.limits = {"account": per_account, "client": per_client}
        self.window = window_seconds
        self.clock = clock
        self.max_keys = max_keys
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, user: str, client: str) -> int:
        """Seconds until this account and client may try again (0 = now)."""
        now = self.clock()
        with self._lock:
            waits = [self._wait(kind, key, now)
                     for kind, key in (("account", user.casefold()), ("client", client))]
        return max(waits)

    def failed(self, user: str, client: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= self.max_keys:
                self._forget(now)
            for key in (("account", user.casefold()), ("client", client)):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(("account", user.casefold()), None)

    def _wait(self, kind: str, key: str, now: float) -> int:
        times = self._failures.get((kind, key))
        if not times:
            return 0
        while times and now - times[0] >= self.window:
            times.popleft()
        limit = self.limits[kind]
        if len(times) < limit:
            return 0
        # locked until the failure that reached the limit leaves the window
        return max(1, math.ceil(times[-limit] + self.window - now))

    def _forget(self, now: float) -> None:
        for key in [k for k, v in self._failures.items() if not v or now - v[-1] >= self.window]:
            del self._failures[key]
