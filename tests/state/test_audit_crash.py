"""SIGKILL a real `guard serve` in the middle of a bounded load: every 200 a client received has its row
(readable at once, and in the database after the next start)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from proxy_helpers import ALICE
from test_real_processes import GUARD, free_port, wait_http

from guard.proxy.audit import read_records
from guard.proxy.auth import hash_key

pytestmark = pytest.mark.slow

KEY = "sk-guard-crash-test"


def test_sigkill_during_load_loses_no_answered_row(tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "alice.yaml").write_text(ALICE)
    up_port, guard_port = free_port(), free_port()
    config = tmp_path / "guard.yaml"
    config.write_text(
        f"""
policies: policies
keys:
  - {{id: app, sha256: {hash_key(KEY)}, users: alice}}
models:
  m:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}
audit: {{path: "audit #1.sqlite"}}
"""
    )
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    up_log, guard_log = (tmp_path / "upstream.log").open("wb"), (tmp_path / "guard.log").open("wb")
    upstream = subprocess.Popen(
        [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(up_port)],
        stdout=subprocess.DEVNULL,
        stderr=up_log,
        env=env,
    )
    guard = subprocess.Popen(
        [*GUARD, "serve", "--config", str(config), "--port", str(guard_port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=guard_log,
        env=env,
    )
    answered: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    url = f"http://127.0.0.1:{guard_port}/v1/chat/completions"
    body = {"model": "m", "messages": [{"role": "user", "content": "How old is she?"}]}
    headers = {"authorization": f"Bearer {KEY}"}

    def client() -> None:
        with httpx.Client(timeout=5) as http:
            while not stop.is_set():
                try:
                    r = http.post(url, json=body, headers=headers)
                except httpx.HTTPError:
                    continue
                if r.status_code == 200:
                    with lock:
                        answered.append(r.headers["x-guard-request-id"])

    try:
        wait_http(f"http://127.0.0.1:{up_port}/v1/models", upstream)
        wait_http(f"http://127.0.0.1:{guard_port}/healthz", guard)
        threads = [threading.Thread(target=client) for _ in range(8)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while len(answered) < 150 and time.monotonic() < deadline:  # bounded: ~150 answers, then the kill
            time.sleep(0.01)
        guard.send_signal(signal.SIGKILL)
        guard.wait(10)
        time.sleep(0.3)  # clients see the connection drop
        stop.set()
        for t in threads:
            t.join(10)
    finally:
        stop.set()
        if guard.poll() is None:
            guard.kill()
            guard.wait(5)
        upstream.terminate()
        upstream.wait(10)
        up_log.close()
        guard_log.close()
    assert len(answered) >= 150, f"only {len(answered)} answers before the deadline; see {tmp_path / 'guard.log'}"
    db = tmp_path / "audit #1.sqlite"
    journals = [p.name for p in tmp_path.iterdir() if "-pending-" in p.name]
    for name in ("audit #1.sqlite", "audit #1.sqlite-wal", "audit #1.sqlite-shm", *journals):
        assert ((tmp_path / name).stat().st_mode & 0o777) == 0o600, name
    seen = {r["request_id"] for r in read_records(db, last=100_000)}  # what `guard audit show` reads
    assert not [rid for rid in answered if rid not in seen]
    restart = subprocess.Popen(  # the next start moves the dead guard's journal into the database
        [*GUARD, "serve", "--config", str(config), "--port", str(free_port()), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while [p for p in tmp_path.iterdir() if p.name in journals] and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        restart.terminate()
        restart.wait(20)
    conn = sqlite3.connect(db)
    try:
        stored = {r[0]: r[1] for r in conn.execute("SELECT request_id, status FROM requests")}
    finally:
        conn.close()
    missing = [rid for rid in answered if rid not in stored]
    assert not missing, f"{len(missing)} of {len(answered)} answered requests have no audit row"
    assert all(stored[rid] == 200 for rid in answered)
