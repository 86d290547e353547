"""The audit log's on-loop group commit (synchronous NORMAL): rows, lock hand-over, close, checkpoints."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from guard.proxy import audit
from guard.proxy.audit import AuditLog, AuditRecord, read_records


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


async def test_rows_of_one_iteration_share_a_commit(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    try:
        await asyncio.wait_for(asyncio.gather(*(log.write(full_record(i)) for i in range(50))), 10)
        assert log.commits == 1
        assert len(read_records(tmp_path / "audit.sqlite", last=100)) == 50
    finally:
        log.close()


async def test_a_held_lock_hands_the_rows_to_the_writer_thread(tmp_path: Path) -> None:
    """The loop never waits for a lock; the row is still committed (by the thread) before it resolves."""
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        started = time.perf_counter()
        fut = log.write(full_record(1))
        await asyncio.sleep(0.3)
        assert time.perf_counter() - started < 0.5  # the event loop was not blocked
        assert not fut.done()  # not answered while the row is not committed
        other.execute("COMMIT")
        await asyncio.wait_for(fut, 10)
        assert [r["request_id"] for r in read_records(db)] == ["r1"]
    finally:
        other.close()
        log.close()


async def test_close_commits_rows_still_waiting_for_the_loop(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    fut = log.write(full_record(1))
    log.close()  # before the loop ran the commit
    assert fut.done() and fut.exception() is None
    assert [r["request_id"] for r in read_records(db)] == ["r1"]


async def test_the_writer_thread_checkpoints_the_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 5)
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=0.01)
    try:
        before = db.stat().st_size
        for i in range(20):
            await log.write(full_record(i))
        deadline = time.monotonic() + 5
        while db.stat().st_size == before and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert db.stat().st_size > before  # pages copied from the WAL into the database file
    finally:
        log.close()


async def test_the_wal_stays_bounded_under_steady_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkpoints restart the WAL even though the loop keeps writing (a passive one never catches up)."""
    monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 20)
    db = tmp_path / "audit.sqlite"
    wal = tmp_path / "audit.sqlite-wal"
    log = AuditLog(db, interval_s=10.0)  # only the commit count wakes the writer for a checkpoint
    try:
        n = 1500
        for i in range(n):
            await log.write(full_record(i))
            await asyncio.sleep(0)
        # each commit adds ~18 KB: without restarts the WAL would hold every commit (~27 MB)
        assert wal.stat().st_size < n * 18_000 / 3, wal.stat().st_size
        assert len(read_records(db, last=n)) == n
    finally:
        log.close()


async def test_an_overdue_checkpoint_hands_the_loops_rows_to_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the writer thread has fallen behind on checkpoints, the loop stops growing the WAL: its rows
    go to the writer, which commits them (they are durable when the request resumes) and checkpoints."""
    monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 5)
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db, interval_s=10.0)
    try:
        log._loop_commits = audit.CHECKPOINT_OVERDUE * audit.CHECKPOINT_EVERY  # the writer is this far behind
        writer_commits = log.commits
        await log.write(full_record(1))
        assert [r["request_id"] for r in read_records(db)] == ["r1"]
        assert log._loop_commits == audit.CHECKPOINT_OVERDUE * audit.CHECKPOINT_EVERY  # not committed on the loop
        assert log.commits == writer_commits + 1  # the writer thread committed it
        deadline = time.monotonic() + 5
        while log._checkpointed_at != log._loop_commits and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert log._checkpointed_at == log._loop_commits  # ... and checkpointed: the loop commits again
        await log.write(full_record(2))
        assert log._loop_commits == audit.CHECKPOINT_OVERDUE * audit.CHECKPOINT_EVERY + 1
    finally:
        log.close()
