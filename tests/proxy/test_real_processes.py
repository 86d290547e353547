"""The real thing: `guard serve` as a subprocess on loopback in front of a real OpenAI-compatible upstream
process (guard.proxy.fake_upstream, which records what it receives), driven by the official openai SDK."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from proxy_helpers import ALICE, ALICE_HEALTHCARE_LINES, ALICE_LINES, BOB, HEALTHCARE, png_data_url
from real_stack import GUARD, free_port, stop, wait_http

from guard.proxy.auth import hash_key

pytestmark = pytest.mark.slow

KEY = "sk-guard-real-test"
ADMIN = "sk-guard-real-admin"


@dataclass
class Stack:
    guard_url: str
    upstream_url: str
    config: Path
    policies: Path

    def recorded(self) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = httpx.get(f"{self.upstream_url}/_recorded").json()
        return data

    def client(self, user: str = "alice", **headers: str) -> openai.OpenAI:
        return openai.OpenAI(
            api_key=KEY,
            base_url=f"{self.guard_url}/v1",
            max_retries=0,
            default_headers={"X-Guard-User": user, **headers},
        )


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("real")
    policies = tmp / "policies"
    policies.mkdir()
    (policies / "alice.yaml").write_text(ALICE)
    (policies / "bob.yaml").write_text(BOB)
    up_port, guard_port = free_port(), free_port()
    upstream_url = f"http://127.0.0.1:{up_port}"
    config = tmp / "guard.yaml"
    config.write_text(
        f"""
policies: policies
operator: {{absolute: [passport]}}
keys:
  - id: real-app
    sha256: {hash_key(KEY)}
    users: "*"
    scenarios: [s1_healthcare_consultation]
  - id: ops
    sha256: {hash_key(ADMIN)}
    users: alice
    models: [qwen-ncap]
    admin: true
models:
  qwen-ncap:
    upstream: {{kind: openai, base_url: "{upstream_url}/v1", model: ncap}}
    timeout_s: 5
  broken:
    upstream: {{kind: openai, base_url: "{upstream_url}/v1", model: fail-500}}
  slow:
    upstream: {{kind: openai, base_url: "{upstream_url}/v1", model: slow}}
    timeout_s: 0.5
  down:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{free_port()}/v1", model: ncap}}
  via-litellm:
    upstream:
      kind: litellm
      model: openai/echo
      params: {{api_base: "{upstream_url}/v1", api_key: not-used}}
audit: {{path: audit.sqlite}}
"""
    )
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    logs = (tmp / "upstream.log").open("wb"), (tmp / "guard.log").open("wb")
    upstream = subprocess.Popen(
        [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(up_port)],
        stdout=subprocess.DEVNULL,
        stderr=logs[0],
        env=env,
    )
    guard = subprocess.Popen(
        [*GUARD, "serve", "--config", str(config), "--port", str(guard_port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=logs[1],
        env=env,
    )
    try:
        wait_http(f"{upstream_url}/v1/models", upstream)
        wait_http(f"http://127.0.0.1:{guard_port}/healthz", guard)
        yield Stack(f"http://127.0.0.1:{guard_port}", upstream_url, config, policies)
    finally:
        stop(guard)
        stop(upstream)
        for log in logs:
            log.close()
        guard_log = (tmp / "guard.log").read_text()
        assert "Traceback" not in guard_log, guard_log
        assert "How old is she?" not in guard_log  # no raw prompts in the log unless the operator enables it


def image_message(question: str) -> list[Any]:
    return [
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": png_data_url()}},
                {"type": "text", "text": question},
            ],
        }
    ]


def expected_image_turn(text: str) -> list[dict[str, Any]]:
    return [
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": png_data_url()}},
                {"type": "text", "text": text},
            ],
        }
    ]


def test_sync_with_image_upstream_gets_exactly_the_rendered_prompt(stack: Stack) -> None:
    stack.recorded()
    raw = stack.client().chat.completions.with_raw_response.create(
        model="qwen-ncap", messages=image_message("How old is she?"), max_tokens=20
    )
    reply = raw.parse()
    [sent] = stack.recorded()
    rendered = ALICE_LINES + "\n\nHow old is she?"
    assert sent["messages"] == expected_image_turn(rendered)
    assert sent["model"] == "ncap" and sent["max_tokens"] == 20
    assert reply.model == "qwen-ncap" and reply.choices[0].message.content == "echo: " + rendered
    assert len(raw.headers["x-guard-policy-version"]) == 64


def test_sync_streaming_with_scenario_header(stack: Stack) -> None:
    stack.recorded()
    client = stack.client(**{"X-Guard-Scenario": "s1_healthcare_consultation"})
    stream = client.chat.completions.create(model="qwen-ncap", messages=image_message("Is it broken?"), stream=True)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    rendered = ALICE_HEALTHCARE_LINES + "\n\n" + HEALTHCARE.format(question="Is it broken?")
    [sent] = stack.recorded()
    assert sent["stream"] is True and sent["messages"] == expected_image_turn(rendered)
    assert text == "echo: " + rendered


def test_async_client_streaming_and_not_for_concurrent_users(stack: Stack) -> None:
    async def run() -> None:
        clients = {
            u: openai.AsyncOpenAI(
                api_key=KEY, base_url=f"{stack.guard_url}/v1", max_retries=0, default_headers={"X-Guard-User": u}
            )
            for u in ("alice", "bob")
        }
        bob_lines = (
            "gender is considered as private information.\n"
            "approximate age of people is considered as non-private information.\n"
            "passport is considered as private information."
        )
        lines = {"alice": ALICE_LINES, "bob": bob_lines}

        async def plain(user: str, i: int) -> None:
            r = await clients[user].chat.completions.create(model="qwen-ncap", messages=image_message(f"q{i}"))
            assert r.choices[0].message.content == f"echo: {lines[user]}\n\nq{i}"

        async def streamed(user: str, i: int) -> None:
            s = await clients[user].chat.completions.create(
                model="qwen-ncap", messages=image_message(f"s{i}"), stream=True
            )
            text = "".join([c.choices[0].delta.content or "" async for c in s if c.choices])
            assert text == f"echo: {lines[user]}\n\ns{i}"

        jobs = [plain(("alice", "bob")[i % 2], i) for i in range(20)]
        jobs += [streamed(("bob", "alice")[i % 2], i) for i in range(20)]
        await asyncio.gather(*jobs)
        for c in clients.values():
            await c.close()

    stack.recorded()
    asyncio.run(run())
    sent = stack.recorded()
    assert len(sent) == 40


def test_errors_through_the_sdk(stack: Stack) -> None:
    bad_key = openai.OpenAI(api_key="sk-nope", base_url=f"{stack.guard_url}/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad_key.chat.completions.create(model="qwen-ncap", messages=image_message("q"))
    with pytest.raises(openai.PermissionDeniedError, match="no privacy policy"):
        stack.client("zoe").chat.completions.create(model="qwen-ncap", messages=image_message("q"))
    with pytest.raises(openai.InternalServerError) as info:
        stack.client().chat.completions.create(model="broken", messages=image_message("q"))
    assert info.value.status_code == 502 and "secret-token" not in str(info.value.body)
    with pytest.raises(openai.BadRequestError, match="not a PNG image"):
        bad = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]
        stack.client().chat.completions.create(model="qwen-ncap", messages=bad)  # type: ignore[arg-type]


def test_timeouts_and_unreachable_upstreams(stack: Stack) -> None:
    client = stack.client()
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="slow", messages=image_message("q"))
    assert info.value.status_code == 504 and "within 0.5 s" in str(info.value.body)
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="down", messages=image_message("q"), stream=True)
    assert info.value.status_code == 502 and "unreachable" in str(info.value.body)
    ready = httpx.get(f"{stack.guard_url}/readyz", headers={"authorization": f"Bearer {ADMIN}"}).json()
    assert ready["upstreams"]["down"]["ok"] is False and ready["upstreams"]["qwen-ncap"]["ok"] is True


def test_litellm_route_sends_the_same_prompt(stack: Stack) -> None:
    stack.recorded()
    reply = stack.client().chat.completions.create(model="via-litellm", messages=image_message("How old?"))
    [sent] = stack.recorded()
    rendered = ALICE_LINES + "\n\nHow old?"
    assert sent["model"] == "echo" and sent["messages"] == expected_image_turn(rendered)
    assert reply.choices[0].message.content == "echo: " + rendered


def test_hot_reload_through_the_running_server(stack: Stack) -> None:
    client = stack.client("bob")

    def bob_prompt() -> tuple[str, str]:
        raw = client.chat.completions.with_raw_response.create(model="qwen-ncap", messages=image_message("q"))
        return raw.parse().choices[0].message.content or "", raw.headers["x-guard-policy-version"]

    _, v1 = bob_prompt()
    (stack.policies / "bob.yaml").write_text("user: bob\nprivate: [injury]\n")
    deadline = time.monotonic() + 10
    while (now := bob_prompt())[1] == v1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert now[0].startswith("echo: injury is considered as private information.") and now[1] != v1
    (stack.policies / "bob.yaml").write_text("user: bob\nprivate: [injuri]\n")  # invalid: keep the last good one
    deadline = time.monotonic() + 10
    admin = {"authorization": f"Bearer {ADMIN}"}
    while (ready := httpx.get(f"{stack.guard_url}/readyz", headers=admin)).json()["policies"]["ok"]:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert ready.status_code == 503 and "injuri" in " ".join(ready.json()["policies"]["problems"])
    assert bob_prompt() == now
    assert "guard_policy_reload_errors_total 1.0" in httpx.get(f"{stack.guard_url}/metrics").text
    (stack.policies / "bob.yaml").unlink()  # deleted: no_policy is reject
    deadline = time.monotonic() + 10
    with pytest.raises(openai.PermissionDeniedError):
        while time.monotonic() < deadline:
            bob_prompt()
            time.sleep(0.05)


def test_audit_show_lists_the_requests(stack: Stack) -> None:
    stack.client().chat.completions.create(model="qwen-ncap", messages=image_message("audit me"))
    time.sleep(0.3)  # the audit writer commits off the request path
    result = subprocess.run(
        [*GUARD, "audit", "show", "--config", str(stack.config), "--user", "alice", "--last", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3 and {r["user"] for r in rows} == {"alice"}
    assert rows[-1]["evaded"] == ["a1_age_approx", "a31_passport", "a41_injury"] and rows[-1]["status"] == 200
    assert all(r["content"] is None for r in rows)
    assert "audit me" not in result.stdout
