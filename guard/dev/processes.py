"""Servers started for the dev stack, the demo and the serving tests: own process group, log file, clean stop.

vLLM forks an engine core and workers, so every server runs in a new session (its own process group)
and one ``killpg`` stops all of it: SIGTERM first, SIGKILL after a grace period, and always a final
sweep of the group because the leader may exit while children linger.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

LOG_TAIL_LINES = 60


class ServerFailed(RuntimeError):
    """A server exited before it was ready, or was not ready in time; the message ends with its log's tail."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_free(port: int) -> bool:
    """True when nothing listens on ``port`` of 127.0.0.1 (it can be bound now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def preferred_port(port: int) -> int:
    """``port`` if it is free, else a free one (fixed ports keep docs and configs simple)."""
    return port if port_free(port) else free_port()


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the process that started it dies (Linux only).

    Normal exits, failures and Ctrl-C stop servers explicitly; this covers a parent killed with SIGKILL.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class Server:
    """One started server: its process group, port and log file."""

    name: str
    argv: list[str]
    port: int
    log_path: Path
    popen: subprocess.Popen[bytes]
    t0: float = 0.0
    """``time.monotonic()`` at spawn."""
    started_s: float = 0.0
    """Seconds from spawn to ready."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM to the whole group, SIGKILL after ``timeout``, then a final sweep of the group."""
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(5)


def http_ok(path: str) -> Callable[[Server], bool]:
    """Readiness check: GET ``path`` answers 200."""

    def check(server: Server) -> bool:
        return httpx.get(server.base_url + path, timeout=2.0).status_code == 200

    return check


def is_ready(ready: Callable[[Server], bool], server: Server) -> bool:
    """``ready(server)``, with connection errors meaning 'not yet'."""
    try:
        return ready(server)
    except httpx.HTTPError:
        return False


@dataclass
class Servers:
    """Starts servers and remembers them, so that one call stops them all (newest first)."""

    log_dir: Path
    servers: dict[str, Server] = field(default_factory=dict)
    timings: list[tuple[str, float]] = field(default_factory=list)
    """(what, seconds) of each server start, for reports."""
    _generation: int = 0

    def spawn(
        self,
        name: str,
        argv: Sequence[str],
        *,
        port: int,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Server:
        """Start ``argv`` in a new process group with its output in a fresh log file; do not wait.

        Call from the main thread: the child's parent-death signal fires when the spawning thread ends.
        """
        self._generation += 1
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.log_dir / f"{name}-{self._generation}.log"
        with log_path.open("wb") as log:
            popen = subprocess.Popen(
                list(argv),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env={**os.environ, **(env or {})},
                cwd=cwd,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        server = Server(name=name, argv=list(argv), port=port, log_path=log_path, popen=popen, t0=time.monotonic())
        self.servers[name] = server
        return server

    def wait_ready(self, server: Server, ready: Callable[[Server], bool], timeout: float) -> Server:
        """Wait until ``ready(server)`` holds; raise :class:`ServerFailed` with the log's tail if it exits
        or ``timeout`` passes (then it is stopped)."""
        while True:
            if not server.alive():
                raise ServerFailed(
                    f"{server.name} exited with code {server.popen.returncode} before it was ready; "
                    f"log {server.log_path}:\n" + server.log_tail()
                )
            if is_ready(ready, server):
                server.started_s = time.monotonic() - server.t0
                self.timings.append((f"{server.name} start (until ready)", server.started_s))
                return server
            if time.monotonic() - server.t0 > timeout:
                server.stop()
                raise ServerFailed(
                    f"{server.name} not ready after {timeout:.0f} s; log {server.log_path}:\n" + server.log_tail()
                )
            time.sleep(0.5)

    def start(
        self,
        name: str,
        argv: Sequence[str],
        *,
        port: int,
        ready: Callable[[Server], bool],
        timeout: float,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Server:
        """``spawn`` then ``wait_ready``."""
        return self.wait_ready(self.spawn(name, argv, port=port, env=env, cwd=cwd), ready, timeout)

    def stop(self, name: str) -> None:
        server = self.servers.get(name)
        if server is not None:
            server.stop()

    def stop_all(self) -> None:
        for server in reversed(list(self.servers.values())):
            server.stop()
