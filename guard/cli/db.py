"""``guard db upgrade|status``: the PostgreSQL schema of the fleet stores."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer

from guard.cli.console import EXIT_CHECK_FAILED, EXIT_USAGE, fail, say

app = typer.Typer(help="The PostgreSQL database of a guard fleet (policies, history, audit).", no_args_is_help=True)

DsnOption = typer.Option(
    None, "--dsn", metavar="DSN", help="postgresql://user@host:port/db (a password is better in PGPASSWORD)."
)
DsnEnvOption = typer.Option(None, "--dsn-env", metavar="VAR", help="Environment variable holding the DSN.")
ConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    envvar="GUARD_CONFIG",
    metavar="FILE",
    help="The proxy config YAML (guard.yaml) to take the DSN from (policy_store, else audit) without --dsn.",
)


def _dsn(dsn: str | None, dsn_env: str | None, config: Path | None) -> str:
    from guard.stores.settings import Database, StoreConfigError

    try:
        if config is not None and not dsn and not dsn_env:  # an explicit DSN wins over GUARD_CONFIG
            from guard.cli.keys import settings_or_fail
            from guard.stores.factory import audit_database

            settings = settings_or_fail(config)
            if settings.policy_store.kind == "postgres":
                return str(settings.policy_store.resolve_dsn("policy_store"))
            if settings.audit.kind == "postgres":
                return audit_database(settings)
            fail(f"{config}: neither policy_store nor audit is kind postgres", EXIT_USAGE)
        if not dsn and not dsn_env:
            fail("give --dsn, --dsn-env or --config", EXIT_USAGE)
        return Database(dsn=dsn, dsn_env=dsn_env).resolve_dsn("--dsn")
    except StoreConfigError as exc:
        fail(str(exc), EXIT_USAGE)
    except ValueError as exc:  # pydantic: a DSN that is not postgresql://
        fail(f"--dsn: {' '.join(str(exc).split())[:200]}", EXIT_USAGE)


async def _upgrade(dsn: str) -> tuple[list[str], int]:
    from guard.stores.migrate import LATEST, upgrade
    from guard.stores.pg_policies import connect

    conn = await connect(dsn, 10)
    try:
        done = await upgrade(conn)
    finally:
        await conn.close()
    return [f"{m.version:04d}_{m.name}" for m in done], LATEST


async def _status(dsn: str) -> tuple[list[int], int]:
    from guard.stores.migrate import LATEST, applied
    from guard.stores.pg_policies import connect

    conn = await connect(dsn, 10)
    try:
        return await applied(conn), LATEST
    finally:
        await conn.close()


@app.command()
def upgrade(
    dsn: str | None = DsnOption, dsn_env: str | None = DsnEnvOption, config: Path | None = ConfigOption
) -> None:
    """Apply the shipped schema migrations (idempotent; safe to run from several replicas at once)."""
    from guard.errors import GuardError
    from guard.stores.loop_thread import one_line

    target = _dsn(dsn, dsn_env, config)
    try:
        done, latest = asyncio.run(_upgrade(target))
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)
    except Exception as exc:
        fail(f"database: {one_line(exc)}", EXIT_USAGE)
    if done:
        say(f"applied {', '.join(done)}; schema at version {latest}")
    else:
        say(f"schema already at version {latest}; nothing to do")


@app.command()
def status(dsn: str | None = DsnOption, dsn_env: str | None = DsnEnvOption, config: Path | None = ConfigOption) -> None:
    """Print the applied schema version; exit 1 when `guard db upgrade` is needed."""
    from guard.stores.loop_thread import one_line

    target = _dsn(dsn, dsn_env, config)
    try:
        versions, latest = asyncio.run(_status(target))
    except Exception as exc:
        fail(f"database: {one_line(exc)}", EXIT_USAGE)
    have = max(versions, default=0)
    say(f"schema version {have}; this guard ships {latest}")
    if have != latest:
        fail("run `guard db upgrade`" if have < latest else "the database is newer than this guard", EXIT_CHECK_FAILED)
