"""End users' policies in PostgreSQL, shared by every guard replica.

Each replica keeps every policy compiled in memory (``lookup`` never touches the database) and
follows changes through the history table's sequence number: a ``NOTIFY guard_policies`` sent in the
writing transaction wakes the follower at once, and a poll every ``poll_s`` catches anything a lost
notification missed (and notices a dead connection). Writers take a transaction-scoped advisory lock
before drawing a sequence number, so numbers commit in order and "everything after N" never skips a
change that committed late.

When the database cannot be reached the replica keeps its last good policies, reports not ready
(``health()``) and fails closed (``PolicyUnavailable``) for every user it has no policy for: it
cannot tell "has no policy" from "policy created while we were cut off". Before the first full load
every user fails closed.

Memory: one compiled ``Policy`` per user (a few KB each); start-up parses every row once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from guard.errors import GuardError
from guard.policy import FileProblems, OperatorSettings, Policy, parse_policy
from guard.proxy.store import FileError, PolicyUnavailable, Snapshot, StoreHealth
from guard.stores.base import Change, StoredPolicy, StoreUnavailable, check_precondition
from guard.stores.loop_thread import LoopThread, one_line
from guard.stores.migrate import MigrationError, require_current
from guard.stores.settings import PolicyStoreSettings

if TYPE_CHECKING:
    import asyncpg

log = logging.getLogger("guard.stores.policies")

CHANNEL = "guard_policies"
WRITE_LOCK = 0x53505948  # advisory lock serialising policy writers (sequence numbers commit in order)
BATCH = 5000


def policy_source(user: str) -> str:
    """The name problems are reported under: the same as ``guard policy check <user>.yaml``."""
    return f"{user}.yaml"


def compile_stored(user: str, body: bytes, operator: OperatorSettings) -> Policy:
    """Validate a stored body exactly as the files store and ``guard policy check`` do."""
    return parse_policy(
        body,
        source=policy_source(user),
        catalog=operator.catalog,
        absolute=operator.absolute_set,
        expected_user=user,
    ).policy


async def connect(dsn: str, timeout: float) -> asyncpg.Connection:
    import asyncpg

    return await asyncpg.connect(dsn, timeout=timeout, server_settings={"application_name": "spy-guard"})


class PgPolicyStore:
    """The ``PolicyStore`` of a fleet: memory snapshot + a follower task on its own loop thread."""

    def __init__(
        self,
        settings: PolicyStoreSettings,
        operator: OperatorSettings,
        *,
        on_reload: Callable[[Any, int], None] | None = None,
        start_timeout_s: float | None = None,
    ) -> None:
        self.settings = settings
        self.operator = operator
        self._dsn = settings.resolve_dsn("policy_store")
        self._on_reload = on_reload
        self._policies: dict[str, Policy] = {}
        # replaced, never mutated (``_mark``): the request thread reads them while the follower writes
        self._broken: dict[str, str] = {}  # user -> why their stored policy cannot be used (no last good one)
        self._problems: dict[str, str] = {}  # user -> problem line (admins, /readyz)
        self._seq = 0
        self._loaded = False
        self._connected = False
        self._problem: str | None = "the policy database has not been reached yet"
        self._thread = LoopThread("guard-policies")
        self._wake: asyncio.Event | None = None
        self.applied = 0  # changes applied since start (tests, metrics)
        self._thread.submit(self._follow())
        wait = settings.connect_timeout_s + 1 if start_timeout_s is None else start_timeout_s
        deadline = time.monotonic() + wait
        while not self._loaded and self._problem_is_initial() and time.monotonic() < deadline:
            time.sleep(0.01)

    def _problem_is_initial(self) -> bool:
        return self._problem == "the policy database has not been reached yet"

    # -- the request path -------------------------------------------------------------------------

    def lookup(self, user: str) -> Policy | None:
        policy = self._policies.get(user)
        if policy is not None:
            return policy
        reason = self._broken.get(user)
        if reason is not None:
            raise PolicyUnavailable(user, reason)
        if not self._loaded:
            raise PolicyUnavailable(user, f"policies not loaded yet ({self._problem})")
        if not self._connected:
            raise PolicyUnavailable(
                user, f"the policy database is unreachable ({self._problem}); this replica never loaded this user"
            )
        return None

    def health(self) -> StoreHealth:
        problems = [] if self._problem is None else [f"policy database: {self._problem}"]
        problems.extend(self._problems.values())
        return StoreHealth(self._connected and self._loaded and not problems, tuple(problems))

    async def watch(self, stop: asyncio.Event) -> None:
        """The follower runs on its own thread from construction; this only stops it with the server."""
        await stop.wait()
        await asyncio.to_thread(self.close)

    def close(self) -> None:
        self._thread.stop()

    def poke(self) -> None:
        """Look for changes now (after this replica wrote one)."""
        wake = self._wake
        if wake is not None:
            with contextlib.suppress(RuntimeError):
                self._thread.loop.call_soon_threadsafe(wake.set)

    @property
    def snapshot(self) -> Snapshot:
        errors = tuple(FileError(user, msg, user, None) for user, msg in self._problems.items())
        return Snapshot(self._policies, dict(self._broken), errors)

    @property
    def seq(self) -> int:
        return self._seq

    # -- the follower (on the store's own loop) ----------------------------------------------------

    async def _follow(self) -> None:
        self._wake = wake = asyncio.Event()
        s = self.settings
        while True:
            conn: asyncpg.Connection | None = None
            try:
                conn = await connect(self._dsn, s.connect_timeout_s)
                await require_current(conn, "policy_store")
                await conn.add_listener(CHANNEL, lambda *_: wake.set())
                conn.add_termination_listener(lambda *_: wake.set())
                if self._loaded:
                    await self._catch_up(conn)
                else:
                    await self._full_load(conn)
                if not self._connected:
                    log.warning(
                        "policy database reachable; %d policies loaded (change %d)", len(self._policies), self._seq
                    )
                self._connected, self._problem = True, None
                while True:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wake.wait(), s.poll_s)
                    wake.clear()
                    if conn.is_closed():
                        raise ConnectionError("connection closed")
                    await self._catch_up(conn)
            except asyncio.CancelledError:
                raise
            except (MigrationError, GuardError) as exc:
                self._lost(str(exc))
            except Exception as exc:  # OSError, asyncpg errors, timeouts: keep the last good policies
                self._lost(one_line(exc))
            finally:
                if conn is not None:
                    with contextlib.suppress(Exception):
                        conn.terminate()
            await asyncio.sleep(s.reconnect_s)

    def _lost(self, problem: str) -> None:
        if self._connected or self._problem_is_initial():
            log.error(
                "policy database unreachable, keeping %d loaded policies, not ready: %s", len(self._policies), problem
            )
        self._connected, self._problem = False, problem

    async def _full_load(self, conn: asyncpg.Connection) -> None:
        policies: dict[str, Policy] = {}
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            seq = await conn.fetchval("SELECT coalesce(max(seq), 0) FROM guard_policy_history")
            async for row in conn.cursor("SELECT user_id, version, body FROM guard_policies", prefetch=1000):
                self._apply_row(policies, row["user_id"], bytes(row["body"]))
        self._policies, self._seq, self._loaded = policies, int(seq), True
        self._report(len(self._problems))

    async def _catch_up(self, conn: asyncpg.Connection) -> None:
        while True:
            rows = await conn.fetch(
                "SELECT seq, user_id FROM guard_policy_history WHERE seq > $1 ORDER BY seq LIMIT $2", self._seq, BATCH
            )
            if not rows:
                return
            users = sorted({r["user_id"] for r in rows})
            current = {
                r["user_id"]: bytes(r["body"])
                for r in await conn.fetch("SELECT user_id, body FROM guard_policies WHERE user_id = ANY($1)", users)
            }
            before = len(self._problems)
            for user in users:
                body = current.get(user)
                if body is None:
                    self._policies.pop(user, None)
                    self._mark(user, None, None)
                    log.info("policy deleted: user %s", user)
                else:
                    self._apply_row(self._policies, user, body)
                self.applied += 1
            self._seq = int(rows[-1]["seq"])
            self._report(max(len(self._problems) - before, 0))

    def _apply_row(self, into: dict[str, Policy], user: str, body: bytes) -> None:
        """Compile one stored body into ``into``; a body that no longer validates keeps the last good one."""
        old = into.get(user)
        if old is not None and old.version == hashlib.sha256(body).hexdigest():  # back to the version in force
            if user in self._broken or user in self._problems:
                self._mark(user, None, None)
            return
        try:
            policy = compile_stored(user, body, self.operator)
        except (FileProblems, GuardError) as exc:
            message = "; ".join(line for line in str(exc).splitlines() if line)
            if old is None:
                self._mark(
                    user, "its stored policy does not validate", f"policy of {user}: {message} (its user fails closed)"
                )
            else:
                self._mark(user, None, f"policy of {user}: {message} (keeping version {old.version[:12]})")
            log.error("stored policy of %s invalid: %s", user, message)
            return
        into[user] = policy
        if user in self._broken or user in self._problems:
            self._mark(user, None, None)

    def _mark(self, user: str, broken: str | None, problem: str | None) -> None:
        """Set or clear a user's failure; copy-on-write, so other threads always read a stable dict."""
        new_broken, new_problems = dict(self._broken), dict(self._problems)
        for table, value in ((new_broken, broken), (new_problems, problem)):
            if value is None:
                table.pop(user, None)
            else:
                table[user] = value
        self._broken, self._problems = new_broken, new_problems

    def _report(self, new_errors: int) -> None:
        if self._on_reload is None:
            return
        snap = self.snapshot  # read for counts only: no copy of a large dict
        with contextlib.suppress(Exception):
            self._on_reload(snap, new_errors)


class PgPolicyEditor:
    """The ``PolicyEditor`` over PostgreSQL: versioned rows plus history, one NOTIFY per change."""

    def __init__(self, settings: PolicyStoreSettings, *, on_change: Callable[[], None] | None = None) -> None:
        self._dsn = settings.resolve_dsn("policy_store")
        self._timeout = settings.connect_timeout_s
        self._on_change = on_change
        self._pool: asyncpg.Pool | None = None
        self._pool_loop: asyncio.AbstractEventLoop | None = None

    async def _acquire_pool(self) -> asyncpg.Pool:
        import asyncpg

        loop = asyncio.get_running_loop()
        if self._pool is None or self._pool_loop is not loop:
            try:
                self._pool = await asyncpg.create_pool(
                    self._dsn, min_size=0, max_size=4, timeout=self._timeout, command_timeout=self._timeout
                )
            except Exception as exc:
                raise StoreUnavailable(f"policy database unreachable: {one_line(exc)}") from None
            self._pool_loop = loop
        assert self._pool is not None
        return self._pool

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def get(self, user: str) -> StoredPolicy | None:
        pool = await self._acquire_pool()
        try:
            row = await pool.fetchrow(
                "SELECT version, body, extract(epoch FROM updated_at) AS at, updated_by FROM guard_policies "
                "WHERE user_id = $1",
                user,
            )
        except Exception as exc:
            raise StoreUnavailable(f"policy database: {one_line(exc)}") from None
        if row is None:
            return None
        return StoredPolicy(user, row["version"], bytes(row["body"]), float(row["at"]), row["updated_by"])

    async def put(self, user: str, body: bytes, *, if_match: str | None, actor: str) -> StoredPolicy:
        version = hashlib.sha256(body).hexdigest()
        await self._change(user, "put", body, version, if_match, actor)
        return StoredPolicy(user, version, body, time.time(), actor)

    async def delete(self, user: str, *, if_match: str | None, actor: str) -> None:
        await self._change(user, "delete", None, None, if_match, actor)

    async def _change(
        self, user: str, action: str, body: bytes | None, version: str | None, if_match: str | None, actor: str
    ) -> None:
        pool = await self._acquire_pool()
        try:
            async with pool.acquire() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock($1)", WRITE_LOCK)
                current = await conn.fetchval("SELECT version FROM guard_policies WHERE user_id = $1", user)
                if action == "delete" and current is None:
                    from guard.stores.base import PreconditionFailed

                    raise PreconditionFailed(f"user {user!r} has no stored policy", current=None)
                check_precondition(current, if_match, user)
                seq = await conn.fetchval(
                    "INSERT INTO guard_policy_history (user_id, action, version, body, changed_by) "
                    "VALUES ($1, $2, $3, $4, $5) RETURNING seq",
                    user,
                    action,
                    version,
                    body,
                    actor,
                )
                if action == "put":
                    await conn.execute(
                        "INSERT INTO guard_policies (user_id, version, body, seq, updated_by) VALUES ($1,$2,$3,$4,$5) "
                        "ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body, "
                        "seq = EXCLUDED.seq, updated_at = now(), updated_by = EXCLUDED.updated_by",
                        user,
                        version,
                        body,
                        seq,
                        actor,
                    )
                else:
                    await conn.execute("DELETE FROM guard_policies WHERE user_id = $1", user)
                await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, str(seq))
        except GuardError:
            raise
        except Exception as exc:
            raise StoreUnavailable(f"policy database: {one_line(exc)}; nothing was changed") from None
        if self._on_change is not None:
            self._on_change()

    async def history(self, user: str, *, limit: int = 100) -> list[Change]:
        pool = await self._acquire_pool()
        try:
            rows = await pool.fetch(
                "SELECT action, version, body, extract(epoch FROM changed_at) AS at, changed_by "
                "FROM guard_policy_history WHERE user_id = $1 ORDER BY seq DESC LIMIT $2",
                user,
                limit,
            )
        except Exception as exc:
            raise StoreUnavailable(f"policy database: {one_line(exc)}") from None
        return [
            Change(
                user,
                r["action"],
                r["version"],
                float(r["at"]),
                r["changed_by"],
                None if r["body"] is None else bytes(r["body"]),
            )
            for r in rows
        ]
