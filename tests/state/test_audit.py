"""The audit log on real SQLite files: durable writes, batched commits, 0600 files, one-line start-up errors."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from guard.proxy.audit import AuditError, AuditLog, AuditRecord, AuditUnavailable, read_records


def rec(i: int, user: str = "alice") -> AuditRecord:
    return AuditRecord(request_id=f"r{i}", ts=time.time(), outcome="answered", status=200, user=user, model="m")


def rows(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT request_id FROM requests")}
    finally:
        conn.close()


@pytest.mark.parametrize("synchronous", ["FULL", "NORMAL"])
async def test_write_resolves_only_when_the_row_is_durable(tmp_path: Path, synchronous: str) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0, synchronous=synchronous)  # type: ignore[arg-type]
    try:
        await asyncio.wait_for(log.write(rec(1)), 5)
        # another reader sees it at once: committed (FULL) or in this process's journal (NORMAL)
        assert [r["request_id"] for r in read_records(db)] == ["r1"]
        log.flush()
        assert rows(db) == {"r1"}
    finally:
        log.close()


async def test_concurrent_writes_share_commits(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    try:
        await asyncio.wait_for(asyncio.gather(*(log.write(rec(i)) for i in range(500))), 30)
        log.flush()
        assert rows(db) == {f"r{i}" for i in range(500)}
        assert log.commits < 100, log.commits  # far fewer transactions than rows
    finally:
        log.close()


async def test_record_is_fire_and_forget_and_flush_waits(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    try:
        log.record(rec(1))
        log.flush()
        assert rows(db) == {"r1"}
    finally:
        log.close()


def test_files_are_0600_and_old_files_are_tightened(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    db.touch(mode=0o644)
    db.chmod(0o644)
    log = AuditLog(db)
    log.record(rec(1))
    log.flush()
    try:
        assert log.journal_path is not None and log.journal_path.parent == tmp_path
        for name in ("audit.sqlite", "audit.sqlite-wal", "audit.sqlite-shm", log.journal_path.name):
            assert ((tmp_path / name).stat().st_mode & 0o777) == 0o600, name
    finally:
        log.close()


async def test_a_path_with_hash_and_question_mark_works(tmp_path: Path) -> None:
    folder = tmp_path / "a#b?c%20d"
    db = folder / "audit #1?.sqlite"
    log = AuditLog(db)
    try:
        await log.write(rec(7))
    finally:
        log.close()
    assert db.is_file() and rows(db) == {"r7"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a#b?c%20d"]  # nothing created at a cut-off path
    assert [r["request_id"] for r in read_records(db)] == ["r7"]


def _one_line_error(db: Path, match: str) -> None:
    with pytest.raises(AuditError) as info:
        AuditLog(db)
    text = str(info.value)
    assert "\n" not in text and text.startswith(f"audit.path {db}: ") and match in text, text
    with pytest.raises(AuditError, match=match.split(";")[0][:30].replace("(", r"\(").replace(")", r"\)")):
        read_records(db)


def test_start_up_errors_are_one_line(tmp_path: Path) -> None:
    directory = tmp_path / "dir.sqlite"
    directory.mkdir()
    _one_line_error(directory, "is a directory")

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not sqlite at all " * 400)
    _one_line_error(corrupt, "file is not a database")

    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    _one_line_error(foreign, "is an SQLite database of something else")
    assert rows_of(foreign, "invoices") == 0 and "requests" not in tables(foreign)  # untouched

    other_requests = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other_requests)
    conn.execute("CREATE TABLE requests (id INTEGER, url TEXT)")
    conn.commit()
    conn.close()
    _one_line_error(other_requests, "is not a guard audit table")


def rows_of(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_locked_database_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import guard.proxy.audit as audit

    db = tmp_path / "locked.sqlite"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(audit, "BUSY_TIMEOUT_MS", 200)  # do not wait the full 5 s in a test
    try:
        with pytest.raises(AuditError) as info:
            AuditLog(db)
        assert "database is locked; another process holds a lock on it" in str(info.value)
        assert "\n" not in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_database_that_refuses_rows_fails_the_next_requests(tmp_path: Path) -> None:
    """A row journaled before the database broke is durable (kept for the next start); once a batch
    commit fails, requests are not answered until the database accepts rows again."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0)
    try:
        await log.write(rec(1))
        log.flush()
        conn = sqlite3.connect(db)
        conn.execute("ALTER TABLE requests RENAME TO requests_moved")
        conn.commit()
        await asyncio.wait_for(log.write(rec(2)), 10)  # durable in the journal
        log.flush()  # the batch commit fails: no such table
        with pytest.raises(AuditUnavailable, match="no such table: requests; the request was not answered"):
            await asyncio.wait_for(log.write(rec(3)), 10)
        conn.execute("ALTER TABLE requests_moved RENAME TO requests")
        conn.commit()
        conn.close()
        log.flush()  # the kept rows go through: requests are answered again
        await asyncio.wait_for(log.write(rec(4)), 10)
        log.flush()
        assert rows(db) == {"r1", "r2", "r4"}
    finally:
        log.close()
    with pytest.raises(AuditUnavailable, match="closed"):
        log.write(rec(5))


def _writer(db: str, synchronous: str, conn: Any) -> None:
    async def go() -> None:
        log = AuditLog(Path(db), synchronous=synchronous)  # type: ignore[arg-type]
        i = 0
        while True:
            await log.write(rec(i))
            conn.send(f"r{i}")  # "answered": only after write() resolved
            i += 1

    asyncio.run(go())


@pytest.mark.parametrize("synchronous", ["FULL", "NORMAL"])
def test_sigkill_keeps_every_row_whose_write_resolved(tmp_path: Path, synchronous: str) -> None:
    db = tmp_path / "audit.sqlite"
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_writer, args=(str(db), synchronous, child))
    proc.start()
    acked: list[str] = []
    deadline = time.monotonic() + 30
    while len(acked) < 200 and time.monotonic() < deadline:
        if parent.poll(0.1):
            acked.append(parent.recv())
    os.kill(proc.pid or 0, signal.SIGKILL)
    proc.join(10)
    assert len(acked) >= 200
    assert set(acked) <= {r["request_id"] for r in read_records(db, last=100_000)}  # journals are read too
    AuditLog(db).close()  # the next start moves a dead process's journal into the database
    assert set(acked) <= rows(db)
    assert not [p.name for p in tmp_path.iterdir() if "-pending-" in p.name]


async def test_a_row_that_cannot_be_encoded_fails_only_its_request(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    try:
        bad = rec(1)
        bad.content = {"image": b"\x00raw bytes are not JSON"}
        results = await asyncio.wait_for(asyncio.gather(log.write(bad), log.write(rec(2)), return_exceptions=True), 10)
        assert isinstance(results[0], AuditUnavailable) and "cannot be encoded" in str(results[0])
        assert results[1] is None
        await asyncio.wait_for(log.write(rec(3)), 10)  # the writer is still alive
        log.flush()
        assert rows(db) == {"r2", "r3"}
    finally:
        log.close()
