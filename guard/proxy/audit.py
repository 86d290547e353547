"""The audit log: one SQLite row per request (WAL mode), durable before the client is answered.

Rows hold decisions and hashes: request id, time, key id (never the key), user, policy version,
scenario, model, the categories the request had to evade, outcome, status and latencies. Raw
prompts and answers are stored only when the operator sets ``audit.log_content``.

Durability: ``await write(rec)`` resolves only once the row is durable. ``synchronous="NORMAL"`` (the
default) means durable against the guard being killed (SIGKILL, OOM), not against a power loss or a
kernel crash: the row is copied as one line into this process's journal file, which is mapped into
memory (``audit_journal.py``: the mapping is the operating system's page cache, so the row is in its
hands at once, with no system call), and the request goes on.
The rows are committed to SQLite in one transaction on the event loop ``interval_s`` after the first
of them (or when ``BATCH_ROWS`` wait), and the journal is then emptied; a guard that died first has
its journal replayed at the next start, and ``read_records`` reads journals too. Why not a commit per
request: a transaction of one row costs 0.1-0.2 ms of CPU when requests come one at a time, the
copy a few microseconds (docs/benchmarks.md). The loop's connection never waits for a lock (a busy database is
tried again later; the rows are safe in the journal) and never checkpoints (copying the WAL into the
database fsyncs): the writer thread does that every ``CHECKPOINT_ROWS`` rows. When the database
refuses a batch for another reason (disk error, a dropped table), ``write`` fails (nothing is
answered) until a batch goes through again. ``"FULL"`` fsyncs the WAL at every commit (the row
survives a power loss; an fsync costs ~4 ms on some virtual disks), so every row goes to the writer
thread, which commits everything waiting in one transaction: under load many requests share one
fsync, and one wake of the event loop resolves them all; so do rows written from a second event
loop or thread. ``record(rec)`` is fire-and-forget (rows that need no durability guarantee, e.g.
errors, a stream's final row): on the loop it joins the next batch (behind the journaled rows),
elsewhere the writer thread picks it up within ``interval_s``.

Files: the database, its ``-wal``, ``-shm`` and journals are created (or tightened to) mode 0600: they hold
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
from guard.proxy.audit_journal import RowJournal, journal_files, read_rows, replay

log = logging.getLogger("guard.proxy.audit")

Outcome = Literal["answered", "blocked", "rejected", "error"]
Synchronous = Literal["FULL", "NORMAL"]
"""answered: the upstream's answer went out; blocked: a verifier withheld it (issue 8); rejected: the
guard refused before calling the upstream; error: the upstream failed."""

APPLICATION_ID = 0x53505947  # "SPYG": marks a guard audit database (PRAGMA application_id)
FILE_MODE = 0o600
BUSY_TIMEOUT_MS = 5000
BATCH_ROWS = 1000  # a batch this large is committed without waiting for interval_s
BACKLOG_ROWS = 100_000
"""Rows a locked database may keep waiting in the journal before ``write`` fails (the operator must see
it: another process holding the audit database's lock this long is a misconfiguration)."""
CHECKPOINT_ROWS = 5000  # rows committed on the loop between two WAL checkpoints by the writer thread

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
_VALUES = f"INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_INSERT = f"INSERT OR REPLACE {_VALUES}"
_INSERT_MISSING = f"INSERT OR IGNORE {_VALUES}"  # replaying a journal never overwrites a newer row


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
    """Journal + batched commits on the event loop (NORMAL), or queue + writer thread (FULL, and rows
    written from another loop or thread): ``write`` resolves when the row is durable, ``record`` never
    blocks."""

    def __init__(self, path: Path, *, interval_s: float = 0.05, synchronous: Synchronous = "NORMAL") -> None:
        self.path = path
        self.interval_s = interval_s
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._wake = threading.Event()
        self.commits = 0  # transactions committed: fewer than rows under load
        self._conn = connect(path, synchronous=synchronous)  # fail at start-up, not on the first request
        self._journal: RowJournal | None = None
        self._loop_conn: sqlite3.Connection | None = None
        if synchronous == "NORMAL":
            try:
                replay(path, self._conn, _INSERT_MISSING, len(COLUMNS))
                self._journal = RowJournal(path)
            except (OSError, sqlite3.Error) as exc:
                self._conn.close()
                raise AuditError(_journal_line(path, exc)) from None
            self._loop_conn = _loop_connection(path)
        self._loop_owner: tuple[int, asyncio.AbstractEventLoop] | None = None  # thread and loop using it
        self._group: list[Durable] = []  # rows asked for in this loop iteration (one journal write)
        self._rows: list[tuple[Any, ...]] = []  # journaled (or fire-and-forget) rows not yet in SQLite
        self._flush_at: asyncio.TimerHandle | asyncio.Handle | None = None
        self._refused: str | None = None  # why the database refused the last batch (writes fail meanwhile)
        self._loop_rows = 0  # rows committed on the loop (the writer checkpoints after CHECKPOINT_ROWS)
        self._checkpointed_at = 0
        self._thread = threading.Thread(target=self._run, name="guard-audit", daemon=True)
        self._thread.start()

    def record(self, rec: AuditRecord) -> None:
        """Queue a row without waiting (written within ``interval_s``)."""
        if self._journal is not None and self._loop_owner is not None and _running_loop() is self._loop_owner[1]:
            if len(self._rows) >= BACKLOG_ROWS:  # the database refuses rows: memory must stay bounded
                log.error("audit row %s dropped: %d rows wait for the database", rec.request_id, len(self._rows))
                return
            try:  # behind this loop's journaled rows: a stream's final row lands after its "started" row
                self._batch(rec.row(), self._loop_owner[1])
            except (TypeError, ValueError):
                log.error("audit row %s cannot be encoded; not written", rec.request_id)
            return
        self._queue.put(rec)

    def write(self, rec: AuditRecord, *, coalesce: bool = True) -> Awaitable[None]:
        """Queue a row; the returned future resolves once it is durable.

        ``coalesce``: wait two loop iterations so that rows of other requests share the append and
        their responses go out together (measured cheaper per request under load, docs/benchmarks.md).
        Worth it only when other requests are in flight: the caller says so, as PostgreSQL's
        ``commit_siblings`` does; a request alone is journaled at once.
        Raises ``AuditUnavailable`` (now, or through the future) when the row cannot be made durable.
        """
        if not self._thread.is_alive():
            raise AuditUnavailable(f"audit log {self.path} is closed or its writer stopped; nothing was answered")
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        if self._journal is None or not self._on_loop(loop):
            self._queue.put(Durable(rec, loop, fut))
            self._wake.set()
            return fut
        if not self._group:
            if not coalesce:
                self._group.append(Durable(rec, loop, fut))
                self._journal_group()
                return fut
            loop.call_soon(loop.call_soon, self._journal_group)  # rows of the next iteration share it too
        self._group.append(Durable(rec, loop, fut))
        return fut

    def _journal_group(self) -> None:
        """Append the rows of these loop iterations to the journal at once, resolve them."""
        group, self._group = self._group, []
        if self._journal is None:
            for it in group:
                _settle(it.future, f"audit log {self.path} is closed")
            return
        errors: dict[int, str] = {}
        rows: list[tuple[Any, ...]] = []
        lines: list[bytes] = []
        for i, it in enumerate(group):
            try:
                row = it.rec.row()
                lines.append(RowJournal.line(row))
                rows.append(row)
            except (TypeError, ValueError) as exc:  # e.g. content that cannot be encoded
                errors[i] = f"audit row {it.rec.request_id} cannot be encoded ({type(exc).__name__})"
                log.error("%s", errors[i])
        error = self._refused
        if error is None and lines:
            try:
                self._journal.append(b"".join(lines))
            except OSError as exc:
                error = _journal_line(self.path, exc)
                log.error("audit rows not written (%d requests not answered): %s", len(lines), error)
            else:
                for row in rows:
                    self._batch(row, group[0].loop)
        for i, it in enumerate(group):
            _settle(it.future, errors.get(i, error))

    def _on_loop(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Journal on this loop? Only from one thread, one loop at a time (the first that writes)."""
        owner = self._loop_owner
        if owner is not None:
            return owner[1] is loop
        self._loop_owner = (threading.get_ident(), loop)
        return True

    def _batch(self, row: tuple[Any, ...], loop: asyncio.AbstractEventLoop) -> None:
        """Add a row to the next batch commit: ``interval_s`` after its first row, or at once when full."""
        self._rows.append(row)
        if self._flush_at is None:
            self._flush_at = loop.call_later(self.interval_s, self._commit_batch)
        elif len(self._rows) == BATCH_ROWS:
            self._flush_at.cancel()
            self._flush_at = loop.call_soon(self._commit_batch)

    def _commit_batch(self) -> None:
        """Commit the pending rows in one transaction on the loop, then empty the journal.

        A busy database (the writer thread checkpointing) is tried again after ``interval_s``: the rows
        are safe in the journal. Any other error is logged once and makes ``write`` fail (nothing is
        answered) until a later batch goes through; the rows stay journaled for the next start."""
        self._flush_at = None
        conn, rows = self._loop_conn, self._rows
        if not rows or conn is None:
            return
        try:
            with conn:
                conn.executemany(_INSERT, rows)
        except sqlite3.Error as exc:
            busy = isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))
            if not busy and self._refused is None:
                self._refused = _one_line(self.path, exc)
                log.error("audit rows not committed (%d kept in %s): %s", len(rows), self.journal_path, self._refused)
            if busy and len(rows) >= BACKLOG_ROWS and self._refused is None:
                self._refused = f"audit.path {self.path}: locked by another process for {len(rows)} rows"
            with contextlib.suppress(RuntimeError):  # the loop is closing: close() commits them
                self._flush_at = asyncio.get_running_loop().call_later(self.interval_s, self._commit_batch)
            return
        if self._refused is not None:
            log.warning("audit database accepts rows again (%s)", self.path)
            self._refused = None
        self._rows = []
        self.commits += 1
        self._loop_rows += len(rows)
        if self._journal is not None:
            try:
                self._journal.truncate()
            except OSError as exc:  # the rows would be replayed once more: harmless (INSERT OR IGNORE)
                log.warning("audit journal %s not truncated: %s", self.journal_path, exc)
        if self._loop_rows - self._checkpointed_at >= CHECKPOINT_ROWS:
            self._wake.set()  # time for the writer thread to checkpoint

    @property
    def journal_path(self) -> Path | None:
        """This log's journal file (None with ``synchronous="FULL"`` or once closed)."""
        return None if self._journal is None else self._journal.path

    def _commit_here(self) -> None:
        """Journal and commit this loop's pending rows now (flush/close called on the loop's own thread)."""
        owner = self._loop_owner
        if owner is None or owner[0] != threading.get_ident():
            return
        if self._group:
            self._journal_group()
        if self._rows:
            if self._flush_at is not None:
                self._flush_at.cancel()
            self._commit_batch()

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every row queued before this call is committed."""
        self._commit_here()
        done = threading.Event()
        self._queue.put(done)
        self._wake.set()
        done.wait(timeout)

    def close(self) -> None:
        """Commit what is pending, then stop the writer; the journal goes when its rows are committed."""
        self._commit_here()
        if self._flush_at is not None:
            self._flush_at.cancel()
            self._flush_at = None
        self._queue.put(None)
        self._wake.set()
        self._thread.join(timeout=10.0)
        journal, self._journal = self._journal, None
        if journal is not None:
            journal.close(remove=not self._rows)
            if self._rows:
                log.error(
                    "audit: %d rows not committed; %s keeps them for the next start", len(self._rows), journal.path
                )
        if self._loop_conn is not None:
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
        """Copy the WAL into the database and start it over (the loop's connection never checkpoints:
        it would wait on fsync). RESTART holds new writers off while it runs (a few ms): a loop batch
        that finds the database busy meanwhile is committed on its next try. A passive checkpoint would
        not do: under steady load it never catches up with the writer, and the WAL grows without end."""
        done = self._loop_rows
        if done - self._checkpointed_at < CHECKPOINT_ROWS:
            return
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()[0]
        except sqlite3.Error as exc:  # the next round tries again; the rows are safe in the WAL
            log.warning("audit checkpoint failed: %s", _one_line(self.path, exc))
            return
        if not busy:  # a checkpoint the loop's writes kept from finishing is retried on the next wake
            self._checkpointed_at = done


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _journal_line(path: Path, exc: BaseException) -> str:
    if isinstance(exc, BlockingIOError):
        return f"audit.path {path}: another live process (same pid, another container?) holds its journal"
    if isinstance(exc, OSError):
        return f"audit.path {path}: its journal cannot be written: {exc.strerror or exc}"
    return _one_line(path, exc)


def _loop_connection(path: Path) -> sqlite3.Connection:
    """The event loop's connection: never waits for a lock (a busy database: the batch is tried again
    later, its rows safe in the journal), never checkpoints (the writer thread does)."""
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
    # The journals first, then the table in one read transaction: a row a guard commits meanwhile (and
    # then zeroes in its journal) is in the journal snapshot or in the table snapshot, never in neither.
    pending = _journaled(path, user)
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise AuditError(_one_line(path, exc)) from None
    conn.row_factory = sqlite3.Row
    try:
        _check_owner(conn, path)
        _check_columns(conn, path)
        conn.execute("BEGIN")
        where, args = ("WHERE user = ?", [user]) if user else ("", [])
        rows = [
            dict(r) for r in conn.execute(f"SELECT * FROM requests {where} ORDER BY ts DESC LIMIT ?", [*args, last])
        ]
        rows += _not_in_table(conn, pending)
        conn.rollback()
    except sqlite3.Error as exc:
        raise AuditError(_one_line(path, exc)) from None
    finally:
        conn.close()
    out = sorted(rows, key=lambda r: r["ts"])[-last:] if last > 0 else []
    for r in out:
        try:
            r["evaded"] = json.loads(r["evaded"])
        except (TypeError, ValueError):
            r["evaded"] = [str(r["evaded"])]
    return out


def _journaled(path: Path, user: str | None) -> dict[str, dict[str, Any]]:
    """Rows in journals (not yet committed, or left by a guard that died), by request id."""
    found: dict[str, dict[str, Any]] = {}
    for journal in journal_files(path):
        for values in read_rows(journal, len(COLUMNS), live=True):
            row = dict(zip(COLUMNS, values, strict=True))
            if (user is None or row["user"] == user) and isinstance(row["ts"], int | float):
                found[str(row["request_id"])] = row
    return found


def _not_in_table(conn: sqlite3.Connection, found: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The journaled rows the table lacks (a row in both is the table's: it is at least as new)."""
    ids = list(found)
    known: set[str] = set()
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        sql = f"SELECT request_id FROM requests WHERE request_id IN ({', '.join('?' * len(part))})"
        known.update(r[0] for r in conn.execute(sql, part))
    return [row for rid, row in found.items() if rid not in known]
