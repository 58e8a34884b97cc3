"""Answers already given, kept for the next person who asks the same thing.

The key holds everything an extractive answer depends on: the question as normalised, its
standalone form, the previous question when there is one (a short follow-up may lean on
it), the answer mode and search leg, and the index the answer came from (its collection and
generation). A rebuild, an upload or a delete changes the generation, so an answer from an
older index is never served again; old entries simply age out of the LRU."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Hashable

from jiaoti.types import Answer


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    size: int

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


class AnswerCache:
    """A thread-safe LRU of answers; ``capacity`` 0 keeps nothing.

    Users who ask the same thing at the same moment (a news story, a hotline's peak) do
    not compute it side by side: the first claims the question, the others wait for its
    answer (at most ``wait`` seconds, then compute it themselves)."""

    def __init__(self, capacity: int, wait: float = 30.0):
        self.capacity = capacity
        self.wait = wait
        self._items: OrderedDict[Hashable, Answer] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()
        self._hits = self._misses = self._waiting = 0

    def claim(self, key: Hashable) -> tuple[Answer | None, bool]:
        """(answer, False) when there is one — kept, or computed meanwhile by whoever
        claimed it first; (None, True): the caller computes it, ``put``s it if it may be
        kept, and then ``release``s the claim; (None, False): compute, but claim nothing."""
        if not self.capacity:
            return None, False
        with self._lock:
            answer = self._take(key)
            if answer is not None:
                return answer, False
            pending = self._pending.get(key)
            if pending is None:
                self._pending[key] = threading.Event()
                self._misses += 1
                return None, True
            self._waiting += 1
        pending.wait(self.wait)
        with self._lock:
            self._waiting -= 1
            answer = self._take(key)
            if answer is None:
                self._misses += 1
            return answer, False

    @property
    def waiting(self) -> int:
        """Callers waiting for an answer someone else is computing."""
        with self._lock:
            return self._waiting

    def release(self, key: Hashable) -> None:
        with self._lock:
            pending = self._pending.pop(key, None)
        if pending is not None:
            pending.set()

    def peek(self, key: Hashable) -> Answer | None:
        """A kept answer or None, without claiming: if someone is computing it, their
        answer once ready. A miss is not counted (the caller will ``claim``)."""
        if not self.capacity:
            return None
        with self._lock:
            answer = self._take(key)
            pending = self._pending.get(key) if answer is None else None
            if pending is None:
                return answer
            self._waiting += 1
        pending.wait(self.wait)
        with self._lock:
            self._waiting -= 1
            return self._take(key)

    def _take(self, key: Hashable) -> Answer | None:
        answer = self._items.get(key)
        if answer is not None:
            self._items.move_to_end(key)
            self._hits += 1
        return answer

    def put(self, key: Hashable, answer: Answer) -> None:
        if not self.capacity:
            return
        with self._lock:
            self._items[key] = answer
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses, len(self._items))
