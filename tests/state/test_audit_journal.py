"""The audit log's journal (synchronous NORMAL): one write per loop iteration, batched commits, a held
lock, replay after a crash, live journals of other processes, checkpoints."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from guard.proxy import audit, audit_journal
from guard.proxy.audit import AuditLog, AuditRecord, AuditUnavailable, read_records
from guard.proxy.audit_journal import RowJournal


def full_record(i: int) -> AuditRecord:
    return AuditRecord(
        f"r{i}",
        1000.0 + i,
        "blocked",
        200,
        key_id="k1",
        user="alice",
        policy_version="v7",
        scenario="shop",
        model="qwen",
        served_by="qwen-a",
        stream=True,
        evaded=["gender", "age"],
        error="withheld",
        total_ms=3.5,
        upstream_ms=2.0,
        guard_ms=1.5,
        content={"messages": ["é"]},
    )


async def test_every_field_lands_in_its_column(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    try:
        await asyncio.wait_for(log.write(full_record(1)), 5)
    finally:
        log.close()
    (row,) = read_records(db)
    assert row == {
        "request_id": "r1",
        "ts": 1001.0,
        "key_id": "k1",
        "user": "alice",
        "policy_version": "v7",
        "scenario": "shop",
        "model": "qwen",
        "served_by": "qwen-a",
        "stream": 1,
        "evaded": ["age", "gender"],
        "outcome": "blocked",
        "status": 200,
        "error": "withheld",
        "total_ms": 3.5,
        "upstream_ms": 2.0,
        "guard_ms": 1.5,
        "content": '{"messages": ["é"]}',
    }


def committed(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT request_id FROM requests"))
    finally:
        conn.close()


def journal(log: AuditLog) -> Path:
    assert log.journal_path is not None
    return log.journal_path


async def test_rows_of_one_iteration_share_an_append_and_a_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "audit.sqlite"
    writes: list[int] = []
    real = RowJournal.append
    monkeypatch.setattr(
        RowJournal, "append", lambda self, lines: (writes.append(lines.count(b"\n")), real(self, lines))
    )
    log = AuditLog(db, interval_s=10.0)
    path = journal(log)
    try:
        await asyncio.wait_for(asyncio.gather(*(log.write(full_record(i)) for i in range(50))), 10)
        assert writes == [50]  # one append made all fifty durable
        assert journal(log).read_bytes().count(b"\n") == 50
        assert committed(db) == []  # not committed yet: the batch waits for interval_s
        assert len(read_records(db, last=100)) == 50  # ... but readers see the journaled rows
        log.flush()
        assert log.commits == 1 and len(committed(db)) == 50
        assert journal(log).read_bytes().strip(b"\0") == b""  # emptied (zeroed) once committed
    finally:
        log.close()
    assert not path.exists()  # removed on a clean close


async def test_the_batch_commits_after_interval_without_a_flush(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.02)
    try:
        for i in range(3):
            await log.write(full_record(i))
        deadline = time.monotonic() + 5
        while len(committed(db)) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert committed(db) == ["r0", "r1", "r2"]
    finally:
        log.close()


async def test_a_held_lock_neither_blocks_the_loop_nor_loses_the_row(tmp_path: Path) -> None:
    """The loop never waits for a lock: the row is durable in the journal, committed once the lock goes."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.02)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        started = time.perf_counter()
        await asyncio.wait_for(log.write(full_record(1)), 5)
        await asyncio.sleep(0.2)  # several batch attempts find the database busy
        assert time.perf_counter() - started < 1.0  # the event loop was not blocked
        assert b'"r1"' in journal(log).read_bytes()
        other.execute("COMMIT")
        deadline = time.monotonic() + 5
        while committed(db) != ["r1"] and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert committed(db) == ["r1"]
    finally:
        other.close()
        log.close()


async def test_close_commits_rows_still_waiting_for_the_loop(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    fut = log.write(full_record(1))
    log.close()  # before the loop ran the journal write
    assert fut.done() and fut.exception() is None
    assert committed(db) == ["r1"]


async def test_a_journal_left_by_a_dead_guard_is_replayed_at_the_next_start(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0)
    for i in range(3):
        await log.write(full_record(i))
    assert log._journal is not None
    log._journal.close(remove=False)  # what a SIGKILL leaves: the journal, its lock released
    left = journal(log)
    assert committed(db) == [] and left.exists()
    assert [r["request_id"] for r in read_records(db)] == ["r0", "r1", "r2"]
    again = AuditLog(db)
    try:
        assert committed(db) == ["r0", "r1", "r2"]
        assert read_records(db)[0]["content"] == '{"messages": ["é"]}'  # every column survives the journal
    finally:
        again.close()


async def test_a_live_guards_journal_is_left_alone(tmp_path: Path) -> None:
    """Another process's journal (it holds the flock) is read by readers but never replayed or removed."""
    db = tmp_path / "audit.sqlite"
    AuditLog(db).close()
    other = db.with_name(f"{db.name}-pending-4194999")
    fd = os.open(other, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, RowJournal.line(full_record(9).row()))
        AuditLog(db).close()
        assert other.exists() and committed(db) == []
        assert [r["request_id"] for r in read_records(db)] == ["r9"]
    finally:
        os.close(fd)  # that process ends: the next start replays it
    AuditLog(db).close()
    assert not other.exists() and committed(db) == ["r9"]


async def test_a_torn_line_is_skipped_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "audit.sqlite"
    AuditLog(db).close()
    left = db.with_name(f"{db.name}-pending-4194998")
    left.write_bytes(RowJournal.line(full_record(1).row()) + b'["r2", 1000.5, "k')  # killed mid-line
    with caplog.at_level(logging.WARNING, logger="guard.proxy.audit"):
        AuditLog(db).close()
    assert committed(db) == ["r1"]
    assert f"{left} line 2 is not a row" in caplog.text


async def test_a_streams_final_row_replaces_its_journaled_start(tmp_path: Path) -> None:
    """``record`` on the loop joins the batch behind the journaled rows, so the final row wins."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0)
    try:
        started = full_record(1)
        started.outcome, started.error = "answered", None
        await log.write(started)
        final = full_record(1)
        log.record(final)
        log.flush()
        assert [(r["outcome"], r["error"]) for r in read_records(db)] == [("blocked", "withheld")]
    finally:
        log.close()


async def test_the_writer_thread_checkpoints_the_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "CHECKPOINT_ROWS", 5)
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.01)
    try:
        before = db.stat().st_size
        for i in range(20):
            await log.write(full_record(i))
            await asyncio.sleep(0.015)
        deadline = time.monotonic() + 5
        while db.stat().st_size == before and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert db.stat().st_size > before  # pages copied from the WAL into the database file
    finally:
        log.close()


async def test_the_wal_stays_bounded_under_steady_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkpoints restart the WAL even though the loop keeps committing (a passive one never catches up)."""
    monkeypatch.setattr(audit, "CHECKPOINT_ROWS", 100)
    monkeypatch.setattr(audit, "BATCH_ROWS", 10)  # many small batches: the WAL grows fast without restarts
    db = tmp_path / "audit.sqlite"
    wal = tmp_path / "audit.sqlite-wal"
    log = AuditLog(db, interval_s=10.0)  # only the batch size commits, only the row count checkpoints
    try:
        n = 3000
        for i in range(n):
            await log.write(full_record(i))
            await asyncio.sleep(0)
        log.flush()
        # each batch of 10 adds ~25 KB: without restarts the WAL would hold every batch (~7 MB)
        assert wal.stat().st_size < n / 10 * 25_000 / 4, wal.stat().st_size
        assert len(read_records(db, last=n)) == n
    finally:
        log.close()


async def test_the_journal_grows_while_the_database_is_busy_and_shrinks_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_journal, "MAP_BYTES", 4096)  # one page: ~10 rows
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.02)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the database is busy: every batch waits
        for i in range(200):
            await log.write(full_record(i))
        assert journal(log).stat().st_size > 4096  # grown, every row still journaled
        assert len(read_records(db, last=500)) == 200
        other.execute("COMMIT")
        deadline = time.monotonic() + 5
        while len(committed(db)) < 200 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert len(committed(db)) == 200
        assert journal(log).stat().st_size == 4096  # back to its reserved size
    finally:
        other.close()
        log.close()


def test_a_second_event_loop_in_the_same_thread_uses_the_writer_thread(tmp_path: Path) -> None:
    """The first loop owns the journal; rows of a later loop (the first one closed) are committed by the
    writer thread, and a fire-and-forget row there never touches the closed loop."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.02)
    try:

        async def first() -> None:
            await log.write(full_record(1))
            log.flush()

        async def second() -> None:
            await asyncio.wait_for(log.write(full_record(2)), 5)
            log.record(full_record(3))

        asyncio.run(first())
        asyncio.run(second())
        log.flush()
        assert committed(db) == ["r1", "r2", "r3"]
    finally:
        log.close()


async def test_a_reader_never_misses_an_acknowledged_row_while_batches_commit(tmp_path: Path) -> None:
    """``read_records`` while the guard commits and zeroes its journal: every row acknowledged before the
    read started is in the journal snapshot or in the table snapshot."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.001)
    acked: list[str] = []
    missing: list[str] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            before = list(acked)
            seen = {r["request_id"] for r in read_records(db, last=100_000)}
            missing.extend(rid for rid in before if rid not in seen)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for i in range(400):
            await log.write(full_record(i))
            acked.append(f"r{i}")
            await asyncio.sleep(0.0005)
    finally:
        stop.set()
        thread.join(10)
        log.close()
    assert not missing, missing[:5]


async def test_a_full_disk_when_the_journal_grows_fails_those_requests_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Growing the journal reserves blocks first: ENOSPC fails the requests whose rows did not fit (503),
    and the journal keeps serving the ones that do."""
    monkeypatch.setattr(audit_journal, "MAP_BYTES", 4096)
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0)
    try:

        def full(fd: int, offset: int, size: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(audit_journal.os, "posix_fallocate", full)
        big = full_record(1)
        big.content = {"messages": ["x" * 8000]}  # does not fit in the reserved page
        with pytest.raises(AuditUnavailable, match="No space left on device"):
            await log.write(big)
        await log.write(full_record(2))  # fits: the journal still works
        log.flush()
        assert committed(db) == ["r2"]
    finally:
        log.close()
