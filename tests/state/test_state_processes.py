"""Through real processes: a running `guard serve` follows its keys file live, refuses an unusable audit
database with one line, and `guard audit show` prints hostile values literally and fails in one line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from proxy_helpers import ALICE
from real_stack import GUARD, free_port, guard, upstream

from guard.proxy.audit import AuditLog, AuditRecord
from guard.proxy.auth import hash_key

pytestmark = pytest.mark.slow

INLINE = "sk-guard-inline-admin"
ENV = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "COLUMNS": "250"}


@dataclass
class Server:
    url: str
    config: Path
    keys_file: Path


def write_config(tmp: Path, up_port: int, audit: str = "audit.sqlite") -> Path:
    policies = tmp / "policies"
    policies.mkdir(exist_ok=True)
    (policies / "alice.yaml").write_text(ALICE)
    config = tmp / "guard.yaml"
    config.write_text(
        f"""
policies: policies
keys:
  - {{id: inline, sha256: {hash_key(INLINE)}, users: alice, admin: true}}
keys_file: keys.yaml
models:
  m:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}
audit: {{path: "{audit}"}}
"""
    )
    return config


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    up_port, port = free_port(), free_port()
    config = write_config(tmp_path, up_port)
    with upstream(tmp_path, up_port), guard(config, port):
        yield Server(f"http://127.0.0.1:{port}", config, tmp_path / "keys.yaml")
    assert "Traceback" not in (tmp_path / "guard.log").read_text()


def ask(server: Server, key: str) -> int:
    body = {"model": "m", "messages": [{"role": "user", "content": "How old is she?"}]}
    r = httpx.post(f"{server.url}/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"})
    return r.status_code


def guard_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GUARD, *args], capture_output=True, text=True, timeout=60, env=ENV)


def test_keys_added_and_removed_while_serving(server: Server) -> None:
    assert ask(server, INLINE) == 200
    r = guard_cli("keys", "add", "app", "--config", str(server.config), "--user", "alice")
    assert r.returncode == 0, r.stderr
    key = r.stdout.strip()
    assert ask(server, key) == 200  # no restart
    r = guard_cli("keys", "add", "other", "--config", str(server.config), "--user", "alice")
    other = r.stdout.strip()
    doc = yaml.safe_load(server.keys_file.read_text())
    doc["keys"] = [k for k in doc["keys"] if k["id"] != "app"]
    server.keys_file.write_text(yaml.safe_dump(doc))  # an editor removes the key (in place)
    assert ask(server, key) == 401  # the very next request
    assert ask(server, other) == 200
    server.keys_file.write_text("keys: [[[\n")  # broken: the file's keys fail closed, inline keys still work
    assert ask(server, other) == 503
    assert ask(server, INLINE) == 200
    server.keys_file.write_text(yaml.safe_dump(doc))
    assert ask(server, other) == 200


@pytest.mark.parametrize("kind", ["directory", "corrupt", "foreign"])
def test_serve_refuses_an_unusable_audit_db_in_one_line(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "audit #1.sqlite"
    if kind == "directory":
        db.mkdir()
    elif kind == "corrupt":
        db.write_bytes(os.urandom(8192))
    else:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE orders (id INTEGER)")
        conn.commit()
        conn.close()
    config = write_config(tmp_path, free_port(), audit="audit #1.sqlite")
    (tmp_path / "keys.yaml").write_text("keys: []\n")
    start = time.monotonic()
    r = subprocess.run(
        [*GUARD, "serve", "--config", str(config), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
    )
    assert time.monotonic() - start < 30
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    [line] = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert f"audit.path {db}" in line, line


def test_audit_show_prints_client_text_literally(tmp_path: Path) -> None:
    db = tmp_path / "a#b?.sqlite"
    log = AuditLog(db)
    log.record(
        AuditRecord(
            request_id="r1",
            ts=time.time(),
            outcome="rejected",
            status=404,
            user="alice",
            model="[/x][bold red]gpt\x1b]0;owned\x07\x1b[2J\u202e",
            error=":thumbs_up: [/]",
        )
    )
    log.flush()
    log.close()
    for args in ([], ["--json"]):
        r = guard_cli("audit", "show", "--db", str(db), *args)
        assert r.returncode == 0, r.stderr
        assert "\x1b" not in r.stdout and "\x07" not in r.stdout and "\u202e" not in r.stdout
        assert "[/x][bold red]gpt" in r.stdout
    assert "\\x1b]0;owned\\x07\\x1b[2J\\u202e" in guard_cli("audit", "show", "--db", str(db)).stdout
    line = guard_cli("audit", "show", "--db", str(db), "--json").stdout.strip()
    record = json.loads(line)  # still valid JSON; the escapes decode to the original text
    assert record["model"] == "[/x][bold red]gpt\x1b]0;owned\x07\x1b[2J\u202e" and record["error"] == ":thumbs_up: [/]"


def test_audit_show_errors_are_one_line(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"not a database" * 1000)
    for db, what in [
        (corrupt, "file is not a database"),
        (tmp_path, "is a directory"),
        (tmp_path / "no", "no audit log"),
    ]:
        r = guard_cli("audit", "show", "--db", str(db))
        assert r.returncode == 2 and what in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
