"""Append-only JSONL caches: an interrupted run re-reads what it already has and continues.

One line per finished call, ``{"key": ..., **record}``; a torn last line (the process was killed
mid-write) is skipped. Keys are sha256 digests of what determines the result (see :func:`cache_key`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO, Any


def cache_key(*parts: Any) -> str:
    """A stable digest of the parts (JSON-encoded with sorted keys)."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class JsonlCache:
    """Results by key, persisted to ``path`` (or kept in memory when ``path`` is None)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self._data: dict[str, dict[str, Any]] = {}
        self._fh: IO[str] | None = None
        if self.path is not None and self.path.exists():
            with self.path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:
                        continue  # a torn final line from an interrupted run
                    if isinstance(rec, dict) and isinstance(rec.get("key"), str):
                        self._data[rec["key"]] = rec

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def get(self, key: str) -> dict[str, Any] | None:
        return self._data.get(key)

    def put(self, key: str, record: dict[str, Any]) -> None:
        rec = {"key": key, **record}
        self._data[key] = rec
        if self.path is None:
            return
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
        self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> JsonlCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
