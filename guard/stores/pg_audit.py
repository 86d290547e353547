"""The audit trail in PostgreSQL: one row per request, committed before the client is answered.

Same contract as the SQLite log (``guard.proxy.audit``): ``await write(rec)`` resolves once the row's
transaction is committed (with the server's default ``synchronous_commit = on`` the WAL is flushed:
the row survives the guard and the database server crashing); ``record(rec)`` does not wait. One
writer task on its own loop thread commits everything waiting in one transaction (group commit), so
concurrent requests share one round trip and one WAL flush. The row's key is the request id; a
stream's final row replaces its "started" row (``ON CONFLICT ... DO UPDATE``), so nothing is
duplicated. When the database cannot be reached the waiting requests get ``AuditUnavailable`` (the
proxy answers 503: nothing is answered without its audit row) and the writer reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import queue
import threading
from typing import TYPE_CHECKING, Any

from guard.proxy.audit import COLUMNS, AuditError, AuditRecord, AuditUnavailable, Batch, Durable, Item
from guard.stores.loop_thread import LoopThread, one_line
from guard.stores.migrate import MigrationError, require_current

if TYPE_CHECKING:
    import asyncpg

    from guard.proxy.config import GuardSettings

log = logging.getLogger("guard.stores.audit")

PG_COLUMNS = ["user_id" if c == "user" else c for c in COLUMNS]
_INSERT = (
    f"INSERT INTO guard_audit ({', '.join(PG_COLUMNS)}) VALUES ({', '.join(f'${i + 1}' for i in range(len(COLUMNS)))})"
    " ON CONFLICT (request_id) DO UPDATE SET "
    + ", ".join(f"{c} = EXCLUDED.{c}" for c in PG_COLUMNS if c != "request_id")
)


def pg_row(rec: AuditRecord) -> tuple[Any, ...]:
    """The record as PostgreSQL parameters (jsonb columns as JSON text, stream as a boolean)."""
    row = list(rec.row())
    row[COLUMNS.index("stream")] = bool(rec.stream)
    return tuple(row)


class PgAuditSink:
    """``AuditSink`` over PostgreSQL: a queue drained by one writer on the sink's own loop thread."""

    def __init__(self, dsn: str, *, connect_timeout_s: float = 5.0, interval_s: float = 0.05) -> None:
        self._dsn = dsn
        self._timeout = connect_timeout_s
        self.interval_s = interval_s
        self.commits = 0
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._thread = LoopThread("guard-audit-pg")
        self._wake = asyncio.Event()
        self._closed = False
        self._conn: asyncpg.Connection | None = None
        try:  # fail at start-up (one line), like the SQLite log, not on the first request
            self._thread.call(self._connect(), connect_timeout_s + 5)
        except Exception as exc:
            self._thread.stop()
            msg = str(exc) if isinstance(exc, MigrationError) else one_line(exc)
            raise AuditError(f"audit (postgres): cannot use the audit database: {msg}") from None
        self._writer = self._thread.submit(self._run())

    async def _connect(self) -> None:
        from guard.stores.pg_policies import connect

        conn = await connect(self._dsn, self._timeout)
        try:
            await require_current(conn, "audit")
        except BaseException:
            conn.terminate()
            raise
        self._conn = conn

    def record(self, rec: AuditRecord) -> None:
        self._queue.put(rec)

    def write(self, rec: AuditRecord, *, coalesce: bool = True) -> asyncio.Future[None]:
        """Queue a row for the writer's next transaction (it batches whatever waits: ``coalesce`` is moot)."""
        if self._closed or not self._thread.alive():
            raise AuditUnavailable("the audit database writer is closed; nothing was answered")
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        self._queue.put(Durable(rec, loop, fut))
        self._thread.loop.call_soon_threadsafe(self._wake.set)
        return fut

    def flush(self, timeout: float = 10.0) -> None:
        done = threading.Event()
        self._queue.put(done)
        with contextlib.suppress(RuntimeError):
            self._thread.loop.call_soon_threadsafe(self._wake.set)
        done.wait(timeout)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        with contextlib.suppress(RuntimeError):
            self._thread.loop.call_soon_threadsafe(self._wake.set)
        with contextlib.suppress(Exception):
            self._writer.result(10)
        self._thread.stop()

    async def _run(self) -> None:
        try:
            while True:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.interval_s)
                self._wake.clear()
                try:
                    if not await self._drain():
                        return
                except Exception:  # never let the writer die: requests would wait on it forever
                    log.exception("audit writer error; continuing")
        finally:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self._conn.close(), 2)

    async def _drain(self) -> bool:
        batch = Batch.take(self._queue)
        rows = batch.encode(pg_row)
        batch.settle(await self._commit(rows) if rows else None)
        return not batch.stop

    async def _commit(self, rows: list[tuple[Any, ...]]) -> str | None:
        """Commit ``rows`` in one transaction; reconnects once if the connection was lost."""
        for attempt in (1, 2):
            try:
                if self._conn is None or self._conn.is_closed():
                    await self._connect()
                assert self._conn is not None
                await self._conn.executemany(_INSERT, rows)  # atomic: asyncpg runs it in one transaction
                self.commits += 1
                return None
            except Exception as exc:
                # a commit whose outcome is unknown (connection lost after sending COMMIT) is retried:
                # the upsert makes a second write of the same rows harmless
                if self._conn is not None:
                    with contextlib.suppress(Exception):
                        self._conn.terminate()
                    self._conn = None
                if attempt == 2:
                    error = f"audit (postgres): {one_line(exc)}"
                    log.error("audit rows could not be written (%d lost): %s", len(rows), error)
                    return error
        return None


async def read_records(
    dsn: str, *, user: str | None = None, last: int = 20, timeout: float = 5.0
) -> list[dict[str, Any]]:
    """The latest ``last`` records (optionally of one user), oldest first, shaped like the SQLite reader's."""
    from guard.stores.pg_policies import connect

    try:
        conn = await connect(dsn, timeout)
    except Exception as exc:
        raise AuditError(f"audit (postgres): {one_line(exc)}") from None
    try:
        where, args = ("WHERE user_id = $1", [user]) if user else ("", [])
        rows = await conn.fetch(
            f"SELECT * FROM guard_audit {where} ORDER BY ts DESC LIMIT ${len(args) + 1}", *args, last
        )
    except Exception as exc:
        raise AuditError(f"audit (postgres): {one_line(exc)}") from None
    finally:
        await conn.close()
    out: list[dict[str, Any]] = []
    for r in reversed(rows):
        d = dict(r)
        d["user"] = d.pop("user_id")
        d["stream"] = int(d["stream"])
        for k in ("evaded", "content"):
            if isinstance(d.get(k), str):
                d[k] = json.loads(d[k])
        out.append(d)
    return out


def read_audit_pg(settings: GuardSettings, *, user: str | None = None, last: int = 20) -> list[dict[str, Any]]:
    """``read_records`` for a config whose audit is kind postgres (for ``guard audit show``)."""
    from guard.stores.factory import audit_database
    from guard.stores.settings import StoreConfigError

    try:
        dsn = audit_database(settings)
    except StoreConfigError as exc:
        raise AuditError(str(exc)) from None
    return asyncio.run(read_records(dsn, user=user, last=last))
