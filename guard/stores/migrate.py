"""``guard db upgrade``: apply the shipped SQL migrations, once each, in order.

Migrations are package data (``guard/stores/migrations/NNNN_name.sql``). Applied versions are
recorded in ``guard_schema_migrations``; an advisory lock makes concurrent upgrades (two replicas
starting at once) wait for each other instead of racing. Each migration runs in its own transaction,
so a failure leaves the database at the previous version. Running it again is a no-op.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from guard.errors import GuardError

if TYPE_CHECKING:
    import asyncpg

LOCK_ID = 0x53505947  # "SPYG": the advisory lock held while migrating
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(GuardError):
    """The database cannot be upgraded (one line naming the migration and the reason)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def shipped() -> list[Migration]:
    """The migrations in the package, in version order."""
    out: list[Migration] = []
    for entry in resources.files("guard.stores").joinpath("migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    out.sort(key=lambda mg: mg.version)
    return out


LATEST = max((m.version for m in shipped()), default=0)


async def applied(conn: asyncpg.Connection) -> list[int]:
    """Versions already applied (empty for a fresh database)."""
    exists = await conn.fetchval("SELECT to_regclass('guard_schema_migrations') IS NOT NULL")
    if not exists:
        return []
    return [r[0] for r in await conn.fetch("SELECT version FROM guard_schema_migrations ORDER BY version")]


async def upgrade(conn: asyncpg.Connection) -> list[Migration]:
    """Apply every shipped migration not yet applied; returns those applied now."""
    await conn.execute("SELECT pg_advisory_lock($1)", LOCK_ID)
    try:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS guard_schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = set(await applied(conn))
        newer = [v for v in done if v > LATEST]
        if newer:
            raise MigrationError(
                f"the database is at schema version {max(newer)}, newer than this guard knows ({LATEST}); "
                "upgrade the guard"
            )
        now: list[Migration] = []
        for mg in shipped():
            if mg.version in done:
                continue
            try:
                async with conn.transaction():
                    await conn.execute(mg.sql)
                    await conn.execute(
                        "INSERT INTO guard_schema_migrations (version, name) VALUES ($1, $2)", mg.version, mg.name
                    )
            except Exception as exc:  # asyncpg.PostgresError and friends: one line, nothing half-applied
                raise MigrationError(f"migration {mg.version:04d}_{mg.name}: {' '.join(str(exc).split())}") from None
            now.append(mg)
        return now
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", LOCK_ID)


async def require_current(conn: asyncpg.Connection, what: str) -> None:
    """Refuse to run against a database whose schema is not the one this guard ships."""
    versions = await applied(conn)
    have = max(versions, default=0)
    if have < LATEST:
        raise MigrationError(
            f"{what}: the database schema is at version {have}, this guard needs {LATEST}; run `guard db upgrade`"
        )
    if have > LATEST:
        raise MigrationError(f"{what}: the database schema is at version {have}, newer than this guard ({LATEST})")
