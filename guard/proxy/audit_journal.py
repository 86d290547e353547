"""The audit log's journal of pending rows: a durable append in front of SQLite.

Why: committing one SQLite transaction per answered request costs 0.1-0.2 ms of process CPU when
requests come one at a time (docs/benchmarks.md); copying one line into a file mapped into memory
costs a few microseconds and survives a kill of the process exactly as a ``synchronous=NORMAL``
commit does (the bytes are in the operating system's page cache). The audit log moves journaled rows
into SQLite in batches and then empties the journal; rows of a process that died first are replayed at
the next start (and read by ``guard audit`` meanwhile).

Each process appends to its own file, ``<database>-pending-<pid>`` (``-<n>`` for its n-th log),
created 0600, and holds an exclusive ``flock`` on it while it lives: a starting guard replays and
removes only files that no live process holds. A line is one row as a JSON array in the table's
column order; a torn last line (only a power loss can leave one) is skipped with a warning naming
the file and line.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import mmap
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

log = logging.getLogger("guard.proxy.audit")

FILE_MODE = 0o600
_MARK = "-pending-"
_SUFFIX = re.compile(r"[0-9]+(?:-[0-9]+)?")  # <pid> or <pid>-<n> (the n-th audit log of that process)
_opened = itertools.count()
MAP_BYTES = 1 << 22
"""The journal's size (4 MiB, ~13,000 rows): rows are committed every 50 ms, so it grows only while
the database is busy; blocks are reserved, so this is disk space the guard holds while it runs."""


def journal_files(db: Path) -> list[Path]:
    """Every journal next to ``db`` (of live and dead processes), oldest name first."""
    prefix = db.name + _MARK
    try:
        names = os.listdir(db.parent)
    except OSError:
        return []
    return [db.parent / n for n in sorted(names) if n.startswith(prefix) and _SUFFIX.fullmatch(n[len(prefix) :])]


def read_rows(path: Path, width: int, *, live: bool = False) -> Iterator[list[Any]]:
    """The rows of one journal file (up to its first zero byte); a line that is not a JSON array of
    ``width`` values is skipped with a warning, or silently when it is the last line of a ``live``
    journal (a guard may be writing it right now)."""
    try:
        data = path.read_bytes().split(b"\0", 1)[0]
    except OSError as exc:
        log.warning("audit journal %s cannot be read: %s", path, exc.strerror or exc)
        return
    lines = data.split(b"\n")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except ValueError:
            row = None
        if not isinstance(row, list) or len(row) != width:
            if not (live and n == len(lines)):
                log.warning("audit journal %s line %d is not a row (torn by a crash?); skipped", path, n)
            continue
        yield row


def replay(db: Path, conn: sqlite3.Connection, insert_missing: str, width: int) -> int:
    """Move the rows of every journal no live process holds into ``conn``'s database; the number moved.

    ``insert_missing`` must keep a row already in the database: it is at least as new as the journal's
    (a stream's final row replaces its journaled "started" row in the database only).
    """
    moved = 0
    for path in journal_files(db):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live guard owns it
            rows = list(read_rows(path, width))
            with conn:
                conn.executemany(insert_missing, rows)
            path.unlink()
            moved += len(rows)
        finally:
            os.close(fd)
    if moved:
        log.info("audit: %d rows from an earlier run's journal moved into %s", moved, db)
    return moved


class RowJournal:
    """This process's journal file: ``append`` rows (durable on return), ``truncate`` once committed.

    The file is mapped into memory (``MAP_SHARED``) and a row is copied into the mapping: the mapping
    *is* the operating system's page cache, so the row survives a kill of the process exactly as a
    ``write()`` would, without a system call per request (a cold ``write()`` cost 10-30 us of CPU
    inside the proxy). The file's blocks are reserved up front (``posix_fallocate``): a full disk is an
    ``OSError`` when the journal grows, never a ``SIGBUS`` on a mapped page. The used part ends at the
    first zero byte; ``truncate`` zeroes it from the start, so a kill in the middle leaves an empty journal.
    """

    def __init__(self, db: Path) -> None:
        n = next(_opened)  # a process may open several audit logs (tests, apps built twice)
        self.path = db.with_name(f"{db.name}{_MARK}{os.getpid()}" + (f"-{n}" if n else ""))
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.fchmod(self._fd, FILE_MODE)
            os.ftruncate(self._fd, 0)  # a dead process of the same pid left it: replayed before this
            self._map = self._mapped(MAP_BYTES)
        except OSError:
            os.close(self._fd)
            raise
        self._end = 0

    @staticmethod
    def line(row: Sequence[Any]) -> bytes:
        """One row as a journal line (``TypeError`` when a value cannot be encoded, e.g. a lone surrogate)."""
        return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)

    def append(self, lines: bytes) -> None:
        """Add whole lines: durable on return, or ``OSError`` (the disk is full) and nothing is added."""
        end = self._end + len(lines)
        if end > len(self._map):  # rows waited longer than usual (a busy database): grow the file
            size = max(2 * len(self._map), -(-end // mmap.PAGESIZE) * mmap.PAGESIZE)
            grown = self._mapped(size)  # first: a full disk raises here and the old mapping still serves
            self._map.close()
            self._map = grown
        self._map[self._end : end] = lines
        self._end = end

    def truncate(self) -> None:
        """Forget every row (they are committed to the database)."""
        self._map[: self._end] = bytes(self._end)
        self._end = 0
        if len(self._map) > MAP_BYTES:  # give back what a long wait made it grow to
            self._map.close()
            os.ftruncate(self._fd, MAP_BYTES)  # the first MAP_BYTES keep their reserved blocks
            self._map = mmap.mmap(self._fd, MAP_BYTES)

    def close(self, *, remove: bool) -> None:
        """Close the file; ``remove`` it when its rows are committed (else the next start replays it)."""
        if self._fd < 0:
            return
        if remove:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._map.close()
        os.close(self._fd)
        self._fd = -1

    def _mapped(self, size: int) -> mmap.mmap:
        os.posix_fallocate(self._fd, 0, size)
        return mmap.mmap(self._fd, size)
