"""A per-client token bucket. X-Forwarded-For is believed only from trusted proxies."""

from __future__ import annotations

import math
import threading
import time


class TokenBucket:
    def __init__(self, per_minute: float, burst: int, max_clients: int = 100_000):
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            ok = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if ok else tokens, now)
            if len(self._buckets) > self.max_clients:       # forget the idlest clients
                for k, _ in sorted(self._buckets.items(), key=lambda kv: kv[1][1])[
                        : self.max_clients // 10]:
                    del self._buckets[k]
            return ok

    def retry_after(self, key: str, now: float | None = None) -> int:
        """Whole seconds until ``key`` has a token again (for the Retry-After header)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        return 0 if tokens >= 1.0 else max(1, math.ceil((1.0 - tokens) / self.rate))


def client_address(peer: str | None, forwarded_for: str | None, trusted: list[str]) -> str:
    """The client's address: the peer, or the first X-Forwarded-For entry when the peer
    is a trusted proxy."""
    peer = peer or "unknown"
    if forwarded_for and peer in trusted:
        first = forwarded_for.split(",")[0].strip()
        if first:
            return first
    return peer
