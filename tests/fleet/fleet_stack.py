"""Real processes for the fleet tests: guard serve replicas (files or PostgreSQL stores) and an upstream."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))  # also for benchmarks/store_bench.py

from real_stack import free_port, guard, upstream

from guard.proxy.auth import hash_key

__all__ = ["ADMIN", "ALICE_ONLY", "APP", "PAGE_SECRET", "chat", "free_port", "replica", "upstream", "write_config"]

APP = "sk-guard-fleet-app"
ADMIN = "sk-guard-fleet-admin"
ALICE_ONLY = "sk-guard-fleet-alice-admin"
PAGE_SECRET = "fleet-test-page-secret-0123456789abcdef"
ENV = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "GUARD_TEST_PAGE_SECRET": PAGE_SECRET}


def write_config(
    folder: Path,
    upstream_url: str,
    *,
    store: str = "files",
    audit: str = "sqlite",
    dsn: str | None = None,
    name: str = "guard.yaml",
    poll_s: float = 2.0,
) -> Path:
    """A guard config in ``folder`` (policies folder ``folder/policies``); returns its path."""
    (folder / "policies").mkdir(exist_ok=True)
    store_cfg = f"{{kind: postgres, dsn: '{dsn}', poll_s: {poll_s}, reconnect_s: 0.2}}" if store == "postgres" else "{}"
    audit_cfg = f"{{kind: postgres, dsn: '{dsn}'}}" if audit == "postgres" else f"{{path: {name}.audit.sqlite}}"
    config = folder / name
    config.write_text(
        f"""
policies: policies
policy_store: {store_cfg}
audit: {audit_cfg}
policy_page: {{secret_env: GUARD_TEST_PAGE_SECRET, token_ttl_s: 600}}
keys:
  - {{id: app, sha256: {hash_key(APP)}, users: "*"}}
  - {{id: ops, sha256: {hash_key(ADMIN)}, users: "*", admin: true}}
  - {{id: alice-ops, sha256: {hash_key(ALICE_ONLY)}, users: [alice], admin: true}}
models:
  m:
    upstream: {{kind: openai, base_url: "{upstream_url}/v1", model: echo}}
    timeout_s: 10
"""
    )
    return config


def replica(config: Path, port: int, log_name: str) -> AbstractContextManager[subprocess.Popen[bytes]]:
    """One `guard serve` process on ``port`` with the page secret in its environment; log next to the config."""
    return guard(config, port, log_name, env=ENV)


def chat(client: httpx.Client, base: str, user: str, text: str = "hello") -> httpx.Response:
    body: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": text}]}
    headers = {"authorization": f"Bearer {APP}", "x-guard-user": user}
    return client.post(f"{base}/v1/chat/completions", json=body, headers=headers)
