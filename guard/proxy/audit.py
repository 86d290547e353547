"""The audit log: one SQLite row per request (WAL mode), written off the request path.

Rows hold decisions and hashes: request id, time, key id (never the key), user, policy version,
scenario, model, the categories the request had to evade, outcome, status and latencies. Raw
prompts and answers are stored only when the operator sets ``audit.log_content``. Writes go through a
queue to one writer thread that wakes every ``interval_s`` and commits what arrived in one transaction,
so a request never waits on the disk and never wakes a thread (a per-record wake-up costs more CPU
than the whole guard pipeline).
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Outcome = Literal["answered", "blocked", "rejected", "error"]
"""answered: the upstream's answer went out; blocked: a verifier withheld it (issue 8); rejected: the
guard refused before calling the upstream; error: the upstream failed."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    request_id TEXT PRIMARY KEY,
    ts REAL NOT NULL,
    key_id TEXT,
    user TEXT,
    policy_version TEXT,
    scenario TEXT,
    model TEXT,
    served_by TEXT,
    stream INTEGER NOT NULL DEFAULT 0,
    evaded TEXT NOT NULL DEFAULT '[]',
    outcome TEXT NOT NULL,
    status INTEGER NOT NULL,
    error TEXT,
    total_ms REAL,
    upstream_ms REAL,
    guard_ms REAL,
    content TEXT
);
CREATE INDEX IF NOT EXISTS requests_user_ts ON requests (user, ts);
CREATE INDEX IF NOT EXISTS requests_ts ON requests (ts);
"""
COLUMNS = [
    "request_id",
    "ts",
    "key_id",
    "user",
    "policy_version",
    "scenario",
    "model",
    "served_by",
    "stream",
    "evaded",
    "outcome",
    "status",
    "error",
    "total_ms",
    "upstream_ms",
    "guard_ms",
    "content",
]


@dataclass
class AuditRecord:
    """One request's decisions. ``content`` stays None unless the operator enabled content logging."""

    request_id: str
    ts: float
    outcome: Outcome
    status: int
    key_id: str | None = None
    user: str | None = None
    policy_version: str | None = None
    scenario: str | None = None
    model: str | None = None
    served_by: str | None = None
    stream: bool = False
    evaded: list[str] = field(default_factory=list)
    error: str | None = None
    total_ms: float | None = None
    upstream_ms: float | None = None
    guard_ms: float | None = None
    content: dict[str, Any] | None = None

    def row(self) -> tuple[Any, ...]:
        d = asdict(self)
        d["evaded"] = json.dumps(sorted(self.evaded))
        d["stream"] = int(self.stream)
        d["content"] = None if self.content is None else json.dumps(self.content, ensure_ascii=False)
        return tuple(d[c] for c in COLUMNS)


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    return conn


class AuditLog:
    """Queue + writer thread. ``record`` never blocks; ``flush`` waits until all queued rows are written."""

    def __init__(self, path: Path, *, interval_s: float = 0.05) -> None:
        self.path = path
        self.interval_s = interval_s
        self._queue: queue.SimpleQueue[AuditRecord | threading.Event | None] = queue.SimpleQueue()
        connect(path).close()  # fail at start-up, not on the first request, if the file cannot be opened
        self._thread = threading.Thread(target=self._run, name="guard-audit", daemon=True)
        self._thread.start()

    def record(self, rec: AuditRecord) -> None:
        self._queue.put(rec)

    def flush(self, timeout: float = 10.0) -> None:
        done = threading.Event()
        self._queue.put(done)
        done.wait(timeout)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10.0)

    def _run(self) -> None:
        conn = connect(self.path)
        insert = f"INSERT OR REPLACE INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
        try:
            while True:
                time.sleep(self.interval_s)
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    continue
                batch: list[AuditRecord] = []
                events: list[threading.Event] = []
                stop = False
                while True:
                    if item is None:
                        stop = True
                    elif isinstance(item, threading.Event):
                        events.append(item)
                    else:
                        batch.append(item)
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                if batch:
                    with conn:
                        conn.executemany(insert, [r.row() for r in batch])
                for ev in events:
                    ev.set()
                if stop:
                    return
        finally:
            conn.close()


def read_records(path: Path, *, user: str | None = None, last: int = 20) -> list[dict[str, Any]]:
    """The latest ``last`` records (optionally of one user), oldest first."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        where, args = ("WHERE user = ?", [user]) if user else ("", [])
        rows = conn.execute(f"SELECT * FROM requests {where} ORDER BY ts DESC LIMIT ?", [*args, last]).fetchall()
    finally:
        conn.close()
    out = [dict(r) for r in reversed(rows)]
    for r in out:
        r["evaded"] = json.loads(r["evaded"])
    return out
