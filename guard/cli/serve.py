"""``guard serve``: run the proxy (``guard keys`` and ``guard audit`` live in keys.py and audit.py).

Heavy imports (uvicorn, the app) stay inside the commands so ``guard --help`` stays fast.
"""

from __future__ import annotations

import socket
from pathlib import Path

import typer

from guard.cli.console import EXIT_USAGE, err, fail, plural
from guard.cli.keys import settings_or_fail
from guard.cli.options import ConfigOption, LogLevel


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the root command."""
    app.command("serve")(serve)


def address_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host:port`` (in use, no such interface), or None.

    A trial bind with the options uvicorn uses (``SO_REUSEADDR``), so a busy port is one clear line
    before anything says "listening" (a port taken in the instant between this check and the
    server's own bind still fails, in uvicorn's words).
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return f"--host {host}: cannot be resolved ({exc.strerror})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            return f"--port {port}: cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port"
    return None


def serve(
    config: Path = ConfigOption,
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Interface to listen on."),
    port: int = typer.Option(8080, "--port", "-p", metavar="PORT", help="Port to listen on."),
    log_level: LogLevel = typer.Option(
        LogLevel.info, "--log-level", help="Server log level: debug, info, warning or error."
    ),
) -> None:
    """Run the OpenAI-compatible guard proxy (Ctrl-C stops it)."""
    import logging

    from guard.errors import GuardError
    from guard.proxy.app import create_app
    from guard.proxy.server import run

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings_or_fail(config)
    problem = address_problem(host, port)
    if problem is not None:
        fail(problem, EXIT_USAGE)
    try:
        app = create_app(settings)
    except GuardError as exc:  # e.g. an unusable audit database: one line, no traceback
        fail(str(exc), EXIT_USAGE)
    guard = app.state.guard
    snap = guard.store.snapshot
    err.print(
        f"guard: {plural(len(snap.policies), 'policy', 'policies')}, {plural(len(snap.errors), 'invalid file')}, "
        f"{plural(len(guard.keys), 'key')}, models {', '.join(settings.models)}; listening on http://{host}:{port}/v1",
        markup=False,
    )
    run(app, settings.server, host=host, port=port, log_level=log_level.value)
