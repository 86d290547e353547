"""`guard certify` for a fleet whose policies live in PostgreSQL: the plan is built from the policy the
proxy applies (the database's), not from the policies folder, which a fleet leaves empty."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from bench_fixtures import GT_POLICY, gt_suite, start_scripted

from guard.cli.app import app
from guard.stores.pg_policies import PgPolicyEditor
from guard.stores.settings import PolicyStoreSettings

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_certify_reads_the_users_policy_from_the_policy_database(database: str, tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "guard", "db", "upgrade", "--dsn", database], capture_output=True)
    assert r.returncode == 0, r.stderr
    editor = PgPolicyEditor(PolicyStoreSettings(kind="postgres", dsn=database))

    async def store() -> None:
        try:
            await editor.put("alice", GT_POLICY.encode(), if_match=None, actor="test")
        finally:
            await editor.aclose()

    asyncio.run(store())
    suite, qmap = gt_suite(tmp_path)
    proc, upstream = start_scripted("leaky", qmap, tmp_path)  # answers every question with the truth
    try:
        (tmp_path / "policies").mkdir()  # empty, as in a fleet
        config = tmp_path / "guard.yaml"
        config.write_text(
            json.dumps(
                {
                    "policies": "policies",
                    "policy_store": {"kind": "postgres", "dsn": database},
                    "keys": [{"id": "app", "sha256": hashlib.sha256(b"sk-unused").hexdigest(), "users": "*"}],
                    "models": {
                        "ncap": {
                            "upstream": {"kind": "openai", "base_url": upstream, "model": "scripted"},
                            "enforcement": "verify",
                            "timeout_s": 10,
                        }
                    },
                    "audit": {"enabled": False},
                    "watch": False,
                }
            )
        )
        out = tmp_path / "cert"
        args = ["certify", "--config", str(config), "--user", "alice", "--model", "ncap", "--suite", str(suite)]
        result = CliRunner().invoke(app, [*args, "--out", str(out), "--no-progress"])
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert result.exit_code == 0, result.output
    cert = json.loads((out / "certificate.json").read_text())
    assert cert["hashes"]["policy"] == hashlib.sha256(GT_POLICY.encode()).hexdigest()
    assert [c["category"] for c in cert["coverage"]] == ["a1_age_approx", "a24_birth_date"]
    overall = cert["metrics"]["overall"]
    assert overall["guard_blocked"] == 5 and overall["exact_leak_rate"]["expected"] == 0  # the guard blocked each leak
