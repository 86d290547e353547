"""``guard serve``, ``guard keys add|list`` and ``guard audit show``: run and operate the proxy.

Heavy imports (uvicorn, the app) stay inside the commands so ``guard --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import typer
import yaml
from rich.table import Table

from guard.cli.console import err, fail, out

keys_app = typer.Typer(help="Create and list proxy API keys (only sha256 hashes are stored).", no_args_is_help=True)
audit_app = typer.Typer(help="Read the proxy's audit log.", no_args_is_help=True)

ConfigOption = typer.Option(..., "--config", "-c", envvar="GUARD_CONFIG", help="The proxy config YAML (guard.yaml).")


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``keys`` and ``audit`` to the root command."""
    app.command("serve")(serve)
    app.add_typer(keys_app, name="keys")
    app.add_typer(audit_app, name="audit")


def _settings(config: Path) -> Any:
    from guard.proxy.config import load_config
    from guard.proxy.errors import ConfigError

    try:
        return load_config(config)
    except ConfigError as exc:
        for line in str(exc).splitlines()[1:]:
            err.print(line, markup=False)
        fail(str(exc).splitlines()[0])


def serve(
    config: Path = ConfigOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8080, "--port", "-p", help="Port to listen on."),
    log_level: str = typer.Option("info", "--log-level", help="debug, info, warning or error."),
) -> None:
    """Run the OpenAI-compatible guard proxy (Ctrl-C stops it)."""
    import logging

    from guard.proxy.app import create_app
    from guard.proxy.server import run

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings(config)
    app = create_app(settings)
    guard = app.state.guard
    snap = guard.store.snapshot
    err.print(
        f"guard: {len(snap.policies)} policies, {len(snap.errors)} invalid file(s), {len(guard.keys)} key(s), "
        f"models {', '.join(settings.models)}; listening on http://{host}:{port}/v1",
        markup=False,
    )
    run(app, settings.server, host=host, port=port, log_level=log_level)


def _keys_file(config: Path) -> Path:
    """The ``keys_file`` a config names (resolved against the config's folder); no full validation, so
    the first key can be added to a config that has none yet."""
    from guard.policy.problems import FileProblems, read_yaml

    try:
        doc = read_yaml(config, "guard config")
    except FileProblems as exc:
        fail(str(exc))
    name = doc.data.get("keys_file")
    if not isinstance(name, str) or not name:
        fail(f"{config}: keys_file: not set; add e.g. `keys_file: keys.yaml` so `guard keys add` has a file to write")
    path = Path(name)
    return path if path.is_absolute() else config.parent / path


@keys_app.command("add")
def keys_add(
    key_id: str = typer.Argument(..., help="A name for the key, e.g. photo-app (shown in logs and audit)."),
    config: Path = ConfigOption,
    user: list[str] = typer.Option([], "--user", "-u", help="End user(s) the key may act for (repeat), or '*'."),
    scenario: str | None = typer.Option(None, "--scenario", "-s", help="Scenario applied to every request."),
    allow_scenario: list[str] = typer.Option(
        [], "--allow-scenario", help="Scenario the client may pick with X-Guard-Scenario (repeat)."
    ),
    model: list[str] = typer.Option([], "--model", "-m", help="Model alias the key may use (repeat; default all)."),
) -> None:
    """Create a key: print it once, store only its sha256 in the config's keys_file."""
    from pydantic import ValidationError

    from guard.policy import FileProblems
    from guard.proxy.auth import hash_key, new_key
    from guard.proxy.config import ApiKey, load_keys_file

    if not user:
        fail("--user: name the end user(s) this key acts for, or '*' for any user sent in X-Guard-User")
    path = _keys_file(config)
    try:
        existing = load_keys_file(path)
    except FileProblems as exc:
        fail(str(exc))
    if any(k.id == key_id for k in existing):
        fail(f"key id {key_id!r} already exists in {path}; choose another id")
    secret = new_key()
    try:
        entry = ApiKey(
            id=key_id,
            sha256=hash_key(secret),
            users=user[0] if len(user) == 1 else user,
            scenario=scenario,
            scenarios=allow_scenario,
            models=model or ["*"],
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
    settings = _settings_without_key_check(config)
    if settings is not None:
        _check_key(entry, settings)
    docs = [k.model_dump(exclude_defaults=True) for k in existing]
    docs.append(entry.model_dump(exclude_defaults=True) | {"users": entry.users})
    _atomic_write(path, yaml.safe_dump({"keys": docs}, sort_keys=False))
    out.print(secret, markup=False)
    err.print(f"key {key_id!r} added to {path} (sha256 only); the key above is shown once, store it now", markup=False)


def _settings_without_key_check(config: Path) -> Any:
    """The validated settings, ignoring only 'no keys yet' (so the first key can be added)."""
    from pydantic import ValidationError

    from guard.policy.problems import FileProblems, read_yaml
    from guard.proxy.config import GuardSettings, absolutize

    try:
        data = dict(read_yaml(config, "guard config").data)
        absolutize(data, config.parent)
        return GuardSettings.model_validate({**data, "keys": [], "keys_file": None})
    except (FileProblems, ValidationError):
        return None


def _check_key(entry: Any, settings: Any) -> None:
    from guard.errors import GuardError

    for name in [*([entry.scenario] if entry.scenario else []), *entry.scenarios]:
        try:
            settings.operator_settings.catalog.scenario(name)
        except GuardError as exc:
            fail(f"--scenario: {exc}")
    for m in entry.models:
        if m != "*" and m not in settings.models:
            fail(f"--model: unknown alias {m!r}; valid: {', '.join(sorted(settings.models))}")


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("# API keys for guard serve: sha256 hashes only. Managed by `guard keys add`.\n")
        fh.write(text)
    os.replace(tmp, path)


@keys_app.command("list")
def keys_list(config: Path = ConfigOption) -> None:
    """List configured keys (ids and permissions; keys themselves are never stored)."""
    settings = _settings(config)
    table = Table("id", "users", "scenario", "header scenarios", "models", "sha256")
    for k in settings.all_keys():
        users = k.users if isinstance(k.users, str) else ", ".join(k.users)
        table.add_row(k.id, users, k.scenario or "-", ", ".join(k.scenarios) or "-", ", ".join(k.models), k.sha256[:12])
    out.print(table)


@audit_app.command("show")
def audit_show(
    config: Path | None = typer.Option(None, "--config", "-c", envvar="GUARD_CONFIG", help="The proxy config YAML."),
    db: Path | None = typer.Option(None, "--db", help="The audit SQLite file (default: audit.path of --config)."),
    user: str | None = typer.Option(None, "--user", "-u", help="Only this end user's requests."),
    last: int = typer.Option(20, "--last", "-n", min=1, help="How many of the latest records."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line instead of a table."),
) -> None:
    """Show the latest audit records: who, what was evaded, outcome, latency (--json: every field)."""
    from guard.proxy.audit import read_records

    if db is None:
        if config is None:
            fail("give --config (the proxy config) or --db (the audit SQLite file)")
        db = _settings(config).audit.path
    if not db.is_file():
        fail(f"{db}: no audit log here yet (the proxy creates it on start-up)")
    records = read_records(db, user=user, last=last)
    if as_json:
        for r in records:
            out.print(json.dumps(r, ensure_ascii=False), markup=False)
        return
    table = Table("time (UTC)", "user", "key", "model", "scenario", "evaded", "result", "ms")
    for r in records:
        when = dt.datetime.fromtimestamp(r["ts"], dt.UTC).strftime("%m-%d %H:%M:%S")
        table.add_row(
            when,
            r["user"] or "-",
            r["key_id"] or "-",
            r["model"] or "-",
            r["scenario"] or "-",
            ", ".join(r["evaded"]) or "-",
            f"{r['status']} {r['outcome']}",
            f"{r['total_ms']:.1f}" if r["total_ms"] is not None else "-",
        )
    out.print(table)
    if not records:
        err.print("no records" + (f" for user {user!r}" if user else ""), markup=False)
