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


@contextmanager
def echo_verify_stack(folder: Path, key: str, policies: dict[str, str]) -> Iterator[str]:
    """`guard serve` in ``verify`` mode (alias ``echo``) in front of the fake upstream, which answers with the
    question: a test sends the answer it wants checked as its question. ``policies``: file name -> YAML.
    Yields the base URL (``.../v1``)."""
    (folder / "policies").mkdir()
    for name, body in policies.items():
        (folder / "policies" / name).write_text(body)
    from guard.proxy.auth import hash_key

    up_port, guard_port = free_port(), free_port()
    config = folder / "guard.yaml"
    config.write_text(
        f"""
policies: policies
operator: {{absolute: []}}
keys: [{{id: app, sha256: {hash_key(key)}, users: "*"}}]
models:
  echo:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: echo}}
    enforcement: verify
audit: {{path: audit.sqlite}}
"""
    )
    with upstream(folder, up_port), guard(config, guard_port):
        yield f"http://127.0.0.1:{guard_port}/v1"


def streamed_text(url: str, body: dict[str, object], headers: dict[str, str]) -> str:
    """The text a client receives from a streamed chat completion (every choice's deltas, in order)."""
    import json

    received: list[str] = []
    with httpx.stream("POST", f"{url}/chat/completions", json=body, headers=headers, timeout=60) as r:
        assert r.status_code == 200, r.read()
        for line in r.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                for choice in json.loads(line[6:]).get("choices") or []:
                    received.append((choice.get("delta") or {}).get("content") or "")
    return "".join(received)
