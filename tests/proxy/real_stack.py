"""Starting real processes for the proxy tests: a recording upstream and `guard serve`, on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

GUARD = [sys.executable, "-c", "from guard.cli.app import main; main()"]
ENV = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}; see its log in the test's tmp folder")
        try:
            if httpx.get(url, timeout=0.5).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(url)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextmanager
def upstream(folder: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """guard.proxy.fake_upstream on ``port`` (its log in ``folder``)."""
    with (folder / "upstream.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=ENV,
        )
        try:
            wait_http(f"http://127.0.0.1:{port}/v1/models", proc)
            yield proc
        finally:
            stop(proc)


@contextmanager
def guard(
    config: Path, port: int, log_name: str = "guard.log", *, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """`guard serve --config config` on ``port``; the log lands next to the config."""
    with (config.parent / log_name).open("wb") as log:
        proc = subprocess.Popen(
            [*GUARD, "serve", "--config", str(config), "--port", str(port), "--log-level", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=ENV if env is None else env,
        )
        try:
            wait_http(f"http://127.0.0.1:{port}/healthz", proc)
            yield proc
        finally:
            stop(proc)
