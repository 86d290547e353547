"""`guard keys add|list`, `guard audit show` and `guard serve` start-up errors, through the real CLI."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from guard.cli.app import app
from guard.proxy.audit import AuditLog, AuditRecord
from guard.proxy.auth import KeyTable, hash_key
from guard.proxy.config import load_config

CONFIG = """
policies: policies
keys_file: keys.yaml
models:
  qwen-ncap:
    upstream: {kind: openai, base_url: "http://127.0.0.1:9/v1", model: ncap}
audit: {path: audit.sqlite}
"""


def serve_once(config: Path, port: int) -> subprocess.CompletedProcess[str]:
    """A real `guard serve` process expected to stop on its own (a start-up error)."""
    return subprocess.run(
        [sys.executable, "-m", "guard", "serve", "--config", str(config), "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "GUARD_CONFIG": ""},
    )


def setup(tmp_path: Path) -> Path:
    (tmp_path / "policies").mkdir()
    config = tmp_path / "guard.yaml"
    config.write_text(CONFIG)
    return config


def test_keys_add_prints_once_and_stores_only_the_hash(tmp_path: Path) -> None:
    config = setup(tmp_path)
    runner = CliRunner()
    r = runner.invoke(
        app,
        [
            "keys",
            "add",
            "photo-app",
            "--config",
            str(config),
            "--user",
            "*",
            "--allow-scenario",
            "s1_healthcare_consultation",
        ],
    )
    assert r.exit_code == 0, r.output
    key = r.stdout.strip().splitlines()[0]
    assert key.startswith("sk-guard-") and len(key) > 40
    stored = (tmp_path / "keys.yaml").read_text()
    assert key not in stored and hash_key(key) in stored
    settings = load_config(config)  # the config is now complete and valid
    table = KeyTable(settings.all_keys(), settings.operator_settings.catalog)
    assert table.authenticate(f"Bearer {key}").key.id == "photo-app"
    again = runner.invoke(app, ["keys", "add", "photo-app", "--config", str(config), "--user", "bob"])
    assert again.exit_code == 2 and "already exists" in again.output
    bad = runner.invoke(app, ["keys", "add", "x", "--config", str(config), "--user", "bob", "--model", "gpt"])
    assert bad.exit_code == 2 and "unknown alias 'gpt'" in bad.output
    listed = runner.invoke(app, ["keys", "list", "--config", str(config)])
    assert listed.exit_code == 0 and "photo-app" in listed.output and key not in listed.output


def test_serve_refuses_a_bad_config_with_one_line(tmp_path: Path) -> None:
    config = setup(tmp_path)
    config.write_text(CONFIG.replace("policies: policies", "policies: nowhere"))
    r = CliRunner().invoke(app, ["serve", "--config", str(config)])
    assert r.exit_code == 2 and "policies: " in r.output and "is not a folder of policy files" in r.output


def test_serve_on_a_busy_port_says_so_in_one_line_before_listening(tmp_path: Path) -> None:
    """A real `guard serve` process: the port is held by another socket, so it must not claim to listen."""
    config = setup(tmp_path)
    added = CliRunner().invoke(app, ["keys", "add", "k", "--config", str(config), "--user", "*"])
    assert added.exit_code == 0, added.output
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        r = serve_once(config, port)
    assert r.returncode == 2, r.stderr
    assert "listening" not in r.stderr and "Traceback" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"error: --port {port}: cannot listen on 127.0.0.1:{port}") and "in use" in line


def test_serve_reads_guard_config_from_the_environment(tmp_path: Path) -> None:
    config = setup(tmp_path)
    config.write_text(CONFIG.replace("policies: policies", "policies: nowhere"))
    r = CliRunner().invoke(app, ["serve"], env={"GUARD_CONFIG": str(config)})
    assert r.exit_code == 2 and "is not a folder of policy files" in r.output


def test_audit_show_filters_by_user(tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    log = AuditLog(db)
    for i, user in enumerate(["alice", "bob", "alice"]):
        log.record(AuditRecord(f"req-{i}", 1000.0 + i, "answered", 200, key_id="k", user=user, evaded=["a4_gender"]))
    log.close()
    r = CliRunner().invoke(app, ["audit", "show", "--db", str(db), "--user", "alice", "--last", "1", "--json"])
    assert r.exit_code == 0, r.output
    [row] = [json.loads(line) for line in r.output.splitlines()]
    assert row["request_id"] == "req-2" and row["evaded"] == ["a4_gender"]
    table = CliRunner().invoke(app, ["audit", "show", "--db", str(db)])
    assert table.exit_code == 0 and "answered" in table.output and "alice" in table.output
    missing = CliRunner().invoke(app, ["audit", "show", "--db", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 2 and "no audit log" in missing.output


def test_serve_refuses_a_check_with_no_categories_before_listening(tmp_path: Path) -> None:
    """A real `guard serve` process: a verify check configured to check nothing is a start-up error (exit 2, one
    line naming the field), never a server that starts and lets every answer through."""
    config = setup(tmp_path)
    config.write_text(CONFIG + "verify:\n  checks:\n    phone: {categories: []}\n")
    r = serve_once(config, 0)
    assert r.returncode == 2, r.stderr
    assert "listening" not in r.stderr and "Traceback" not in r.stderr
    assert "checks.phone.categories" in r.stderr and "empty list" in r.stderr, r.stderr
