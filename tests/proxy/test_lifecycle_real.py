"""Process lifecycle through a real `guard serve`: a SIGKILL loses no audit row of an answered request,
and SIGTERM closes open streams after the configured shutdown deadline (issue 11)."""

from __future__ import annotations

import asyncio
import signal
import socket
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from proxy_helpers import ALICE
from real_stack import free_port, guard, upstream

from guard.proxy.audit import AuditLog, read_records
from guard.proxy.auth import hash_key

pytestmark = pytest.mark.slow

KEY = "sk-guard-lifecycle"


def write_config(tmp: Path, up_port: int, server: str = "{shutdown_timeout_s: 1}") -> Path:
    policies = tmp / "policies"
    policies.mkdir(exist_ok=True)
    (policies / "alice.yaml").write_text(ALICE)
    config = tmp / "guard.yaml"
    config.write_text(
        f"""
policies: policies
keys: [{{id: app, sha256: {hash_key(KEY)}, users: alice}}]
models:
  qwen-ncap: {{upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}, timeout_s: 30}}
server: {server}
audit: {{path: audit.sqlite}}
"""
    )
    return config


HEADERS = {"authorization": f"Bearer {KEY}"}


def test_sigkill_after_answers_loses_no_audit_row(tmp_path: Path) -> None:
    up_port, port = free_port(), free_port()

    async def load() -> list[str]:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            body = {"model": "qwen-ncap", "messages": [{"role": "user", "content": "q"}]}
            replies = await asyncio.gather(
                *(client.post("/v1/chat/completions", json=body, headers=HEADERS) for _ in range(60))
            )
        assert all(r.status_code == 200 for r in replies)
        return [r.headers["x-guard-request-id"] for r in replies]

    with upstream(tmp_path, up_port), guard(write_config(tmp_path, up_port), port) as proc:
        ids = asyncio.run(load())
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    answered = {r["request_id"] for r in read_records(tmp_path / "audit.sqlite", last=10_000) if r["status"] == 200}
    assert set(ids) <= answered  # `guard audit show` reads the dead guard's journal
    AuditLog(tmp_path / "audit.sqlite").close()  # the next start moves it into the table
    with sqlite3.connect(tmp_path / "audit.sqlite") as conn:
        stored = {row[0] for row in conn.execute("SELECT request_id FROM requests WHERE status = 200")}
    assert set(ids) <= stored


def test_sigterm_closes_open_streams_after_the_deadline(tmp_path: Path) -> None:
    up_port, port = free_port(), free_port()
    with upstream(tmp_path, up_port), guard(write_config(tmp_path, up_port), port) as proc:
        body = {"model": "qwen-ncap", "messages": [{"role": "user", "content": "[[stream-endless]]"}], "stream": True}
        with httpx.stream(
            "POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=HEADERS, timeout=30
        ) as r:
            chunks = r.iter_bytes()
            assert b"data:" in next(chunks)
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rest = b""
            for data in chunks:  # the stream ends itself at the deadline, not after its two minutes
                rest += data
                assert time.monotonic() - started < 15
            assert b"the guard is shutting down" in rest.rsplit(b"data: ", 1)[-1]
            proc.wait(15)
        assert time.monotonic() - started < 15 and proc.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises it
    with sqlite3.connect(tmp_path / "audit.sqlite") as conn:  # the durable "started" row of the cut stream
        assert conn.execute("SELECT count(*) FROM requests WHERE stream = 1").fetchone() == (1,)


def test_connections_over_the_limit_are_503(tmp_path: Path) -> None:
    up_port, port = free_port(), free_port()
    config = write_config(tmp_path, up_port, "{max_connections: 3, header_timeout_s: 30}")
    with upstream(tmp_path, up_port), guard(config, port):
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        try:
            time.sleep(0.5)
            body = {"model": "qwen-ncap", "messages": [{"role": "user", "content": "q"}]}
            r = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=HEADERS, timeout=10)
            assert r.status_code == 503
        finally:
            for sock in held:
                sock.close()
        time.sleep(0.5)
        r = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=HEADERS, timeout=10)
        assert r.status_code == 200
