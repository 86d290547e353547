"""A small thread-safe least-recently-used map for the verifier's per-request memos: OCR results by image digest
(``ocr.ImageReader``) and question readings by question digest (``precheck.readings``). Each keeps its last few
entries and nothing else; keys are digests, so no request's text or image outlives the request in a key."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Lru(Generic[K, V]):
    """At most ``size`` entries; the one used longest ago makes room. Every operation holds one lock."""

    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._lock = threading.Lock()
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._store(key, value)

    def setdefault(self, key: K, make: Callable[[], V]) -> V:
        """The value under ``key``, or ``make()``'s, stored: one step under the lock, so two threads asking for the
        same key at once make it once (``make`` must be quick: it starts work, it does not do it)."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
                return value
            value = make()
            self._store(key, value)
            return value

    def discard(self, key: K, value: V) -> None:
        """Drop ``key`` if it still holds ``value`` (a failed result is not kept; a newer one under the key is)."""
        with self._lock:
            if self._items.get(key) is value:
                del self._items[key]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def _store(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
