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
    """A thread-safe LRU of answers; ``capacity`` 0 keeps nothing."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self._items: OrderedDict[Hashable, Answer] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = self._misses = 0

    def get(self, key: Hashable) -> Answer | None:
        if not self.capacity:
            return None
        with self._lock:
            answer = self._items.get(key)
            if answer is None:
                self._misses += 1
                return None
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
