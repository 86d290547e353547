"""``guard keys add|list``: create and list proxy API keys (only sha256 hashes are stored).

``keys add`` is a read-modify-write of the keys file: it runs under an exclusive lock on
``<keys file>.lock`` and replaces the file atomically (a symlinked keys file has its target updated),
so concurrent ``keys add`` runs keep every key and a running ``guard serve`` (which reloads the file
live) never sees half a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from guard.cli.console import EXIT_USAGE, err, fail, literal, out, row, warn
from guard.cli.options import ConfigOption

app = typer.Typer(help="Create and list proxy API keys (only sha256 hashes are stored).", no_args_is_help=True)

HEADER = "# API keys for guard serve: sha256 hashes only. Managed by `guard keys add`.\n"


def settings_or_fail(config: Path) -> Any:
    """The validated proxy settings, or one clear error (exit 2)."""
    from guard.proxy.config import load_config
    from guard.proxy.errors import ConfigError

    try:
        return load_config(config)
    except ConfigError as exc:
        lines = str(exc).splitlines()
        for line in lines[1:]:
            warn(line)
        fail(lines[0] if lines else "invalid config", EXIT_USAGE)


def _keys_file(config: Path) -> Path:
    """The ``keys_file`` a config names (resolved against the config's folder); no full validation, so
    the first key can be added to a config that has none yet."""
    from guard.policy.problems import FileProblems, read_yaml

    try:
        doc = read_yaml(config, "guard config")
    except FileProblems as exc:
        fail(str(exc), EXIT_USAGE)
    name = doc.data.get("keys_file")
    if not isinstance(name, str) or not name:
        fail(
            f"{config}: keys_file: not set; add e.g. `keys_file: keys.yaml` so `guard keys add` has a file to write",
            EXIT_USAGE,
        )
    path = Path(name)
    return path if path.is_absolute() else config.parent / path


def _read_keys(path: Path) -> list[Any]:
    """The keys in ``path`` (none when it does not exist yet); any other problem is an error."""
    from guard.files import FileMissing, FileRefused, read_bytes
    from guard.policy import FileProblems
    from guard.proxy.auth import KEYS_MAX_BYTES, parse_keys

    try:
        raw = read_bytes(path, kind="keys", max_bytes=KEYS_MAX_BYTES)
    except FileMissing:
        return []
    except FileRefused as exc:
        fail(str(exc), EXIT_USAGE)
    try:
        return parse_keys(raw, source=str(path))
    except FileProblems as exc:
        for p in exc.problems[1:]:
            warn(p)
        fail(f"{exc.problems[0]} (nothing was changed)" if exc.problems else f"{path}: invalid keys file", EXIT_USAGE)


@app.command("add")
def keys_add(
    key_id: str = typer.Argument(
        ..., metavar="KEY_ID", help="A name for the key, e.g. photo-app (shown in logs and audit)."
    ),
    config: Path = ConfigOption,
    user: list[str] = typer.Option(
        [], "--user", "-u", metavar="USER", help="End user(s) the key may act for (repeat), or '*'."
    ),
    scenario: str | None = typer.Option(
        None, "--scenario", "-s", metavar="SCENARIO", help="Scenario applied to every request."
    ),
    allow_scenario: list[str] = typer.Option(
        [], "--allow-scenario", metavar="SCENARIO", help="Scenario the client may pick with X-Guard-Scenario (repeat)."
    ),
    model: list[str] = typer.Option(
        [], "--model", "-m", metavar="ALIAS", help="Model alias the key may use (repeat; default all)."
    ),
    admin: bool = typer.Option(
        False,
        "--admin",
        help="Let the key read operational details (/readyz problems, upstreams) and manage its users' "
        "policies (policy API, policy page links).",
    ),
) -> None:
    """Create a key: print it once, store only its sha256 in the config's keys_file."""
    import yaml
    from pydantic import ValidationError

    from guard.files import FileRefused, atomic_write, locked
    from guard.proxy.auth import hash_key, new_key
    from guard.proxy.config import ApiKey

    if not user:
        fail("--user: name the end user(s) this key acts for, or '*' for any user sent in X-Guard-User", EXIT_USAGE)
    path = _keys_file(config)
    secret = new_key()
    try:
        entry = ApiKey(
            id=key_id,
            sha256=hash_key(secret),
            users=user[0] if len(user) == 1 else user,
            scenario=scenario,
            scenarios=allow_scenario,
            models=model or ["*"],
            admin=admin,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}", EXIT_USAGE)
    settings = _settings_without_key_check(config)
    if settings is not None:
        _check_key(entry, settings)
    if path.is_symlink() and not path.resolve().parent.is_dir():
        fail(
            f"{path}: is a symlink to {path.resolve()}, whose folder does not exist; fix or remove the link", EXIT_USAGE
        )
    try:
        with locked(path):
            existing = _read_keys(path)
            if any(k.id == key_id for k in existing):
                fail(f"key id {key_id!r} already exists in {path}; choose another id", EXIT_USAGE)
            docs = [k.model_dump(exclude_defaults=True) for k in existing]
            docs.append(entry.model_dump(exclude_defaults=True) | {"users": entry.users})
            text = HEADER + yaml.safe_dump({"keys": docs}, sort_keys=False, allow_unicode=True)
            atomic_write(path, text.encode("utf-8"))
    except FileRefused as exc:
        fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        fail(f"{path}: cannot be written: {exc.strerror or exc}", EXIT_USAGE)
    out.print(secret, markup=False)
    err.print(literal(f"key {key_id!r} added to {path} (sha256 only); the key above is shown once, store it now"))


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
            fail(f"--scenario: {exc}", EXIT_USAGE)
    for m in entry.models:
        if m != "*" and m not in settings.models:
            fail(f"--model: unknown alias {m!r}; valid: {', '.join(sorted(settings.models))}", EXIT_USAGE)


@app.command("list")
def keys_list(config: Path = ConfigOption) -> None:
    """List configured keys (ids and permissions; keys themselves are never stored)."""
    settings = settings_or_fail(config)
    table = Table("id", "users", "scenario", "header scenarios", "models", "admin", "sha256")
    for k in settings.all_keys():
        users = k.users if isinstance(k.users, str) else ", ".join(k.users)
        table.add_row(
            *row(
                [
                    k.id,
                    users,
                    k.scenario or "-",
                    ", ".join(k.scenarios) or "-",
                    ", ".join(k.models),
                    "yes" if k.admin else "-",
                    k.sha256[:12],
                ]
            )
        )
    out.print(table)
