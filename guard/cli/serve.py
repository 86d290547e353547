"""``guard serve``: run the proxy (``guard keys`` and ``guard audit`` live in keys.py and audit.py).

Heavy imports (uvicorn, the app) stay inside the commands so ``guard --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from guard.cli.console import EXIT_USAGE, err, fail

ConfigOption = typer.Option(..., "--config", "-c", envvar="GUARD_CONFIG", help="The proxy config YAML (guard.yaml).")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the root command."""
    app.command("serve")(serve)


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

    from guard.errors import GuardError
    from guard.proxy.app import create_app
    from guard.proxy.server import run

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings(config)
    try:
        app = create_app(settings)
    except GuardError as exc:  # e.g. an unusable audit database: one line, no traceback
        fail(str(exc), EXIT_USAGE)
    guard = app.state.guard
    snap = guard.store.snapshot
    err.print(
        f"guard: {len(snap.policies)} policies, {len(snap.errors)} invalid file(s), {len(guard.keys)} key(s), "
        f"models {', '.join(settings.models)}; listening on http://{host}:{port}/v1",
        markup=False,
    )
    run(app, settings.server, host=host, port=port, log_level=log_level)
