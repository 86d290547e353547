"""``guard audit show``: read the proxy's audit log.

Every value in a row may come from a client (model names, user ids, error texts): it is printed
literally (no rich markup, control characters escaped), in the table and in ``--json`` output.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from guard.cli.console import EXIT_USAGE, err, fail, literal, out, row, unsafe_char
from guard.cli.options import OptionalConfigOption

app = typer.Typer(help="Read the proxy's audit log.", no_args_is_help=True)


def json_line(record: dict[str, Any]) -> str:
    """One JSON object; characters a terminal could act on are written as JSON ``\\u`` escapes."""
    text = json.dumps(record, ensure_ascii=False)
    return "".join(json.dumps(ch)[1:-1] if unsafe_char(ch) else ch for ch in text)


@app.command("show")
def audit_show(
    config: Path | None = OptionalConfigOption,
    db: Path | None = typer.Option(
        None, "--db", metavar="FILE", help="The audit SQLite file (default: audit.path of --config)."
    ),
    user: str | None = typer.Option(None, "--user", "-u", metavar="USER", help="Only this end user's requests."),
    last: int = typer.Option(20, "--last", "-n", min=1, metavar="N", help="How many of the latest records."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line instead of a table."),
) -> None:
    """Show the latest audit records: who, what was evaded, outcome, latency (--json: every field)."""
    from guard.cli.keys import settings_or_fail
    from guard.proxy.audit import AuditError, read_records
    from guard.stores.pg_audit import read_audit_pg

    settings = None
    if db is None:
        if config is None:
            fail("give --config (the proxy config) or --db (the audit SQLite file)", EXIT_USAGE)
        settings = settings_or_fail(config)
        db = settings.audit.path
    try:
        if settings is None or settings.audit.kind != "postgres":
            records = read_records(db, user=user, last=last)
        else:  # the fleet's audit trail in PostgreSQL (guard.stores.pg_audit)
            records = read_audit_pg(settings, user=user, last=last)
    except AuditError as exc:
        fail(str(exc), EXIT_USAGE)
    if as_json:
        for r in records:
            out.print(literal(json_line(r)))
        return
    table = Table("time (UTC)", "user", "key", "model", "scenario", "evaded", "result", "ms")
    for r in records:
        when = dt.datetime.fromtimestamp(r["ts"], dt.UTC).strftime("%m-%d %H:%M:%S")
        table.add_row(
            *row(
                [
                    when,
                    r["user"] or "-",
                    r["key_id"] or "-",
                    r["model"] or "-",
                    r["scenario"] or "-",
                    ", ".join(str(e) for e in r["evaded"]) or "-",
                    f"{r['status']} {r['outcome']}",
                    f"{r['total_ms']:.1f}" if r["total_ms"] is not None else "-",
                ]
            )
        )
    out.print(table)
    if not records:
        err.print(literal("no records" + (f" for user {user!r}" if user else "")))
