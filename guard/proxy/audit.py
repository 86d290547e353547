"""The audit log: one SQLite row per request (WAL mode), durable before the client is answered.

Rows hold decisions and hashes: request id, time, key id (never the key), user, policy version,
scenario, model, the categories the request had to evade, outcome, status and latencies. Raw
prompts and answers are stored only when the operator sets ``audit.log_content``.

Durability: ``await write(rec)`` resolves only after the row's transaction is committed.
``synchronous="NORMAL"`` (the default) returns once the commit is in the operating system's hands: the
row survives the guard being killed (SIGKILL, OOM), not a power loss or kernel crash. Such a commit
costs tens of microseconds and no disk wait, so it is made on the event loop itself: every row asked
for in two consecutive loop iterations goes into one transaction (group commit), and the waiting
requests are resolved directly, with no thread hand-off. That connection never waits for a lock (if
the writer thread holds it, the batch goes to the thread instead) and never checkpoints (copying the
WAL into the database fsyncs): the writer thread does that every ``CHECKPOINT_EVERY`` commits.
``"FULL"`` fsyncs the WAL at every commit (the row survives a power loss; an fsync costs ~4 ms on
some virtual disks), so every row goes to the writer thread, which commits everything waiting in one
transaction: under load many requests share one fsync, and one wake of the event loop resolves them
all. ``record(rec)`` is fire-and-forget (rows that need no durability guarantee, e.g. errors): it
does not wake the writer, which picks such rows up at the latest after ``interval_s``.

Files: the database, its ``-wal`` and ``-shm`` are created (or tightened to) mode 0600: they hold
who asked what. A path that is a directory, a corrupt or locked file, or an SQLite database of
something else is refused at start-up with one line (``AuditError``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import queue
import sqlite3
import stat
import threading
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from guard.errors import GuardError

log = logging.getLogger("guard.proxy.audit")

Outcome = Literal["answered", "blocked", "rejected", "error"]
Synchronous = Literal["FULL", "NORMAL"]
"""answered: the upstream's answer went out; blocked: a verifier withheld it (issue 8); rejected: the
guard refused before calling the upstream; error: the upstream failed."""

APPLICATION_ID = 0x53505947  # "SPYG": marks a guard audit database (PRAGMA application_id)
FILE_MODE = 0o600
BUSY_TIMEOUT_MS = 5000
CHECKPOINT_EVERY = 500  # on-loop commits between two WAL checkpoints (a commit adds ~18 KB to the WAL)
CHECKPOINT_OVERDUE = 4
"""When the writer thread has not checkpointed for this many ``CHECKPOINT_EVERY`` rounds (a loop that
keeps committing can keep it off the CPU), the loop hands its rows to the writer thread instead of
committing them: the writer commits, checkpoints, and the WAL stays bounded."""

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
_INSERT = f"INSERT OR REPLACE INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


class AuditError(GuardError):
    """The audit database cannot be used (one line naming the file and what is wrong)."""


class AuditUnavailable(AuditError):
    """A row could not be made durable; the request it belongs to must not be answered as a success."""


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
        """The values in ``COLUMNS`` order (built field by field: ``asdict`` deep-copies, 20 us a row)."""
        return (
            self.request_id,
            self.ts,
            self.key_id,
            self.user,
            self.policy_version,
            self.scenario,
            self.model,
            self.served_by,
            int(self.stream),
            json.dumps(sorted(self.evaded)),
            self.outcome,
            self.status,
            self.error,
            self.total_ms,
            self.upstream_ms,
            self.guard_ms,
            None if self.content is None else json.dumps(self.content, ensure_ascii=False),
        )


def _uri(path: Path, **params: str) -> str:
    """An SQLite URI for ``path``: every special character (``#``, ``?``, ``%``, spaces) escaped."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return "file:" + urllib.parse.quote(str(path.absolute()), safe="/") + (f"?{query}" if query else "")


def _one_line(path: Path, exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    hints = {
        "file is not a database": "the file is not an SQLite database (corrupt, or something else); "
        "move it away and the guard creates a new one",
        "database is locked": "another process holds a lock on it; stop that process or use another audit.path",
        "unable to open database file": "it cannot be opened or created; check the folder and its permissions",
        "attempt to write a readonly database": "it is read-only for this user",
        "database disk image is malformed": "the database is corrupt; move it away and the guard creates a new one",
        "disk I/O error": "the disk reported an I/O error",
    }
    for needle, hint in hints.items():
        if needle in text:
            return f"audit.path {path}: {text}; {hint}"
    return f"audit.path {path}: {text}"


def _prepare_files(path: Path) -> None:
    """Create the database file 0600 before SQLite does (its -wal/-shm inherit the mode); tighten old ones."""
    if path.is_dir():
        raise AuditError(f"audit.path {path}: is a directory; give a file path such as {path / 'audit.sqlite'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    except OSError as exc:
        raise AuditError(f"audit.path {path}: cannot be created: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise AuditError(f"audit.path {path}: is not a regular file; give a file path")
        if st.st_mode & 0o777 != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            if side.stat().st_mode & 0o777 != FILE_MODE:
                side.chmod(FILE_MODE)


def connect(path: Path, *, synchronous: Synchronous = "NORMAL") -> sqlite3.Connection:
    """Open (creating if needed) the audit database; ``AuditError`` with one line if it cannot be used."""
    _prepare_files(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(_uri(path), uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _check_owner(conn, path)
        _check_columns(conn, path)
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise AuditError(f"audit.path {path}: cannot switch to WAL mode (got {mode}); use a local file system")
        conn.execute(f"PRAGMA synchronous={'NORMAL' if synchronous == 'NORMAL' else 'FULL'}")
        conn.executescript(SCHEMA)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise AuditError(_one_line(path, exc)) from None
    except AuditError:
        if conn is not None:
            conn.close()
        raise
    for suffix in ("-wal", "-shm"):  # created by SQLite with the database's mode; make sure
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            if side.stat().st_mode & 0o777 != FILE_MODE:
                side.chmod(FILE_MODE)
    return conn


def _check_owner(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse an SQLite database that belongs to something else (never add our table to it)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id != 0 or (tables and "requests" not in tables):
        shown = ", ".join(sorted(tables)[:5]) or "none"
        raise AuditError(
            f"audit.path {path}: is an SQLite database of something else (application_id {app_id}, tables: "
            f"{shown}); give the guard its own audit file"
        )


def _check_columns(conn: sqlite3.Connection, path: Path) -> None:
    """An existing ``requests`` table must be ours (a new database has none yet)."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(requests)")}
    if not have:
        return
    missing = [c for c in COLUMNS if c not in have]
    if missing:
        raise AuditError(
            f"audit.path {path}: its table 'requests' is not a guard audit table (missing columns: "
            f"{', '.join(missing)}); give the guard its own audit file"
        )


@dataclass
class Durable:
    """A row whose request waits (on its own event loop) until the row is committed."""

    rec: AuditRecord
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[None]


Item = AuditRecord | Durable | threading.Event | None
"""What a writer's queue holds: a row (waited for or not), a flush marker, or None (stop)."""


class AuditLog:
    """Queue + writer thread (+ on-loop group commit when NORMAL): ``write`` resolves when the row is
    committed, ``record`` never blocks."""

    def __init__(self, path: Path, *, interval_s: float = 0.05, synchronous: Synchronous = "NORMAL") -> None:
        self.path = path
        self.interval_s = interval_s
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._wake = threading.Event()
        self.commits = 0  # transactions committed: fewer than rows under load
        self._conn = connect(path, synchronous=synchronous)  # fail at start-up, not on the first request
        self._loop_conn = _loop_connection(path) if synchronous == "NORMAL" else None
        self._loop_owner: tuple[int, asyncio.AbstractEventLoop] | None = None  # thread and loop using it
        self._pending: list[Durable] = []  # rows asked for in this loop iteration
        self._loop_commits = 0  # on-loop commits (the writer checkpoints after CHECKPOINT_EVERY of them)
        self._checkpointed_at = 0
        self._thread = threading.Thread(target=self._run, name="guard-audit", daemon=True)
        self._thread.start()

    def record(self, rec: AuditRecord) -> None:
        """Queue a row without waiting (written within ``interval_s``)."""
        self._queue.put(rec)

    def write(self, rec: AuditRecord) -> Awaitable[None]:
        """Queue a row; the returned future resolves once it is committed.

        Raises ``AuditUnavailable`` (now, or through the future) when the row cannot be made durable.
        """
        if not self._thread.is_alive():
            raise AuditUnavailable(f"audit log {self.path} is closed or its writer stopped; nothing was answered")
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        if self._on_loop(loop):
            if not self._pending:  # commit after the next iteration too: rows it brings share the commit
                loop.call_soon(loop.call_soon, self._commit_on_loop)
            self._pending.append(Durable(rec, loop, fut))
            return fut
        self._queue.put(Durable(rec, loop, fut))
        self._wake.set()
        return fut

    def _on_loop(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Commit on this loop? Only with the loop connection, from one thread, one loop at a time."""
        if self._loop_conn is None:
            return False
        owner = self._loop_owner
        if owner is not None and owner[1] is loop:
            return True
        if self._pending or (owner is not None and owner[0] != threading.get_ident()):
            return False  # another loop has rows in flight, or another thread uses the connection
        self._loop_owner = (threading.get_ident(), loop)
        return True

    def _commit_on_loop(self) -> None:
        """Commit the rows of this loop iteration in one transaction and resolve their requests."""
        conn = self._loop_conn
        batch = Batch([*self._pending], [], False)
        self._pending = []
        rows = batch.encode(AuditRecord.row)
        error: str | None = None
        handed_over = False
        if conn is None:  # closed meanwhile
            error = f"audit log {self.path} is closed"
        elif rows and self._loop_commits - self._checkpointed_at >= CHECKPOINT_OVERDUE * CHECKPOINT_EVERY:
            handed_over = self._hand_over(batch)  # the writer commits them, then checkpoints
        elif rows:
            try:
                with conn:
                    conn.executemany(_INSERT, rows)
                self.commits += 1
                self._loop_commits += 1
                if self._loop_commits - self._checkpointed_at >= CHECKPOINT_EVERY:
                    self._wake.set()  # time for the writer thread to checkpoint
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):  # the writer thread holds the lock: it
                    handed_over = self._hand_over(batch)  # commits these rows (waiting for the lock if need be)
                else:
                    error = self._lost(rows, exc)
            except sqlite3.Error as exc:
                error = self._lost(rows, exc)
        for i, it in enumerate(batch.items):
            if isinstance(it, Durable) and (i in batch.failed or not handed_over):
                _settle(it.future, batch.failed.get(i, error))

    def _hand_over(self, batch: Batch) -> bool:
        """Queue the batch's rows for the writer thread, which commits them and settles their futures."""
        for i, it in enumerate(batch.items):
            if i not in batch.failed:
                self._queue.put(it)
        self._wake.set()
        return True

    def _lost(self, rows: list[tuple[Any, ...]], exc: BaseException) -> str:
        error = _one_line(self.path, exc)
        log.error("audit rows could not be written (%d lost): %s", len(rows), error)
        return error

    def _commit_here(self) -> None:
        """Commit this loop's pending rows now (flush/close called on the loop's own thread)."""
        owner = self._loop_owner
        if self._pending and owner is not None and owner[0] == threading.get_ident():
            self._commit_on_loop()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every row queued before this call is committed."""
        self._commit_here()
        done = threading.Event()
        self._queue.put(done)
        self._wake.set()
        done.wait(timeout)

    def close(self) -> None:
        """Commit what is queued, then stop the writer."""
        self._commit_here()
        self._queue.put(None)
        self._wake.set()
        self._thread.join(timeout=10.0)
        if self._loop_conn is not None and not self._pending:
            self._loop_conn.close()
            self._loop_conn = None

    def _run(self) -> None:
        conn = self._conn
        try:
            while True:
                self._wake.wait(self.interval_s)
                self._wake.clear()
                try:
                    if not self._drain(conn):
                        return
                    self._checkpoint(conn)
                except Exception:  # never let the writer die: requests would wait on it forever
                    log.exception("audit writer error; continuing")
        finally:
            conn.close()

    def _drain(self, conn: sqlite3.Connection) -> bool:
        """Commit everything queued in one transaction; False when asked to stop."""
        batch = Batch.take(self._queue)
        rows = batch.encode(AuditRecord.row)
        error: str | None = None
        if rows:
            try:
                with conn:
                    conn.executemany(_INSERT, rows)
                self.commits += 1
            except sqlite3.Error as exc:
                error = _one_line(self.path, exc)
                log.error("audit rows could not be written (%d lost): %s", len(rows), error)
        batch.settle(error)
        return not batch.stop

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        """Copy the WAL into the database and start it over (the on-loop connection never checkpoints:
        it would wait on fsync). RESTART holds new writers off while it runs (a few ms): rows asked for
        meanwhile are handed to this thread and committed right after. A passive checkpoint would not
        do: under steady load it never catches up with the writer, and the WAL grows without end."""
        done = self._loop_commits
        if done - self._checkpointed_at < CHECKPOINT_EVERY:
            return
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()[0]
        except sqlite3.Error as exc:  # the next round tries again; the rows are safe in the WAL
            log.warning("audit checkpoint failed: %s", _one_line(self.path, exc))
            return
        if not busy:  # a checkpoint the loop's writes kept from finishing is retried on the next wake
            self._checkpointed_at = done


def _loop_connection(path: Path) -> sqlite3.Connection:
    """The event loop's connection: never waits for a lock (busy -> the writer thread takes the rows),
    never checkpoints (the writer thread does)."""
    try:
        conn = sqlite3.connect(_uri(path), uri=True, check_same_thread=False, timeout=0)
        conn.execute("PRAGMA busy_timeout=0")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
    except sqlite3.Error as exc:
        raise AuditError(_one_line(path, exc)) from None
    return conn


@dataclass
class Batch:
    """What one writer round takes from the queue (shared by the SQLite and PostgreSQL writers).

    Every waiting future is settled whatever happens (a row that cannot be encoded fails only its own
    request), so no request ever waits forever on the audit log.
    """

    items: list[AuditRecord | Durable]
    events: list[threading.Event]
    stop: bool
    failed: dict[int, str] = field(default_factory=dict)  # index in items -> why its row was not written

    @classmethod
    def take(cls, q: queue.SimpleQueue[Item]) -> Batch:
        items: list[AuditRecord | Durable] = []
        events: list[threading.Event] = []
        stop = False
        while True:
            try:
                item = q.get_nowait()
            except queue.Empty:
                break
            if item is None:
                stop = True
            elif isinstance(item, threading.Event):
                events.append(item)
            else:
                items.append(item)
        return cls(items, events, stop)

    def encode(self, encode: Callable[[AuditRecord], tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """The rows to write; a record that cannot be encoded is noted in ``failed``."""
        rows: list[tuple[Any, ...]] = []
        for i, it in enumerate(self.items):
            rec = it.rec if isinstance(it, Durable) else it
            try:
                rows.append(encode(rec))
            except Exception as exc:  # e.g. content that cannot be encoded
                self.failed[i] = f"audit row {rec.request_id} cannot be encoded ({type(exc).__name__})"
                log.error("%s", self.failed[i])
        return rows

    def settle(self, error: str | None) -> None:
        """Resolve every waiting request (``error``: the commit failed) and every flush."""
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[None], str | None]]] = {}
        for i, it in enumerate(self.items):
            if isinstance(it, Durable):
                by_loop.setdefault(it.loop, []).append((it.future, self.failed.get(i, error)))
        for loop, settled in by_loop.items():  # one wake of each event loop for the whole batch
            with contextlib.suppress(RuntimeError):  # its event loop already closed
                loop.call_soon_threadsafe(_settle_all, settled)
        for ev in self.events:
            ev.set()


def _settle_all(settled: list[tuple[asyncio.Future[None], str | None]]) -> None:
    for fut, error in settled:
        _settle(fut, error)


def _settle(fut: asyncio.Future[None], error: str | None) -> None:
    if fut.done():  # the request was cancelled (client gone) while its row was being written
        return
    if error is None:
        fut.set_result(None)
    else:
        fut.set_exception(AuditUnavailable(f"{error}; the request was not answered"))


def read_records(path: Path, *, user: str | None = None, last: int = 20) -> list[dict[str, Any]]:
    """The latest ``last`` records (optionally of one user), oldest first; ``AuditError`` with one line."""
    if path.is_dir():
        raise AuditError(f"audit.path {path}: is a directory; give the audit SQLite file")
    if not path.is_file():
        raise AuditError(f"audit.path {path}: no audit log here (the proxy creates it on start-up)")
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise AuditError(_one_line(path, exc)) from None
    conn.row_factory = sqlite3.Row
    try:
        _check_owner(conn, path)
        _check_columns(conn, path)
        where, args = ("WHERE user = ?", [user]) if user else ("", [])
        rows = conn.execute(f"SELECT * FROM requests {where} ORDER BY ts DESC LIMIT ?", [*args, last]).fetchall()
    except sqlite3.Error as exc:
        raise AuditError(_one_line(path, exc)) from None
    finally:
        conn.close()
    out = [dict(r) for r in reversed(rows)]
    for r in out:
        try:
            r["evaded"] = json.loads(r["evaded"])
        except (TypeError, ValueError):
            r["evaded"] = [str(r["evaded"])]
    return out
