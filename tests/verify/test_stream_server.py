"""A long verified stream through the guard app under uvicorn does not stall other clients.

Hold-back verification runs in a worker thread on a bounded tail, so while a 10 KB answer streams
through `verify` mode, `/healthz` keeps answering. (Before: every delta re-ran every check on the
whole text on the event loop, and `/healthz` waited seconds.)
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from guard.policy import OperatorSettings
from guard.proxy.app import create_app
from guard.proxy.auth import hash_key
from guard.proxy.config import ApiKey, GuardSettings, ModelAlias, OpenAIUpstream

KEY = "sk-stream-test"
ANSWER = ("The photo shows a quiet street with parked bicycles, a bakery and two people talking. " * 120)[:10_000]


async def _upstream(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    assert body.get("stream")

    async def sse() -> AsyncIterator[bytes]:
        for i in range(0, len(ANSWER), 4):  # 2,500 small deltas, as fast as the guard takes them
            chunk = {"id": "up", "object": "chat.completion.chunk", "created": 0, "model": "m"}
            chunk["choices"] = [{"index": 0, "delta": {"content": ANSWER[i : i + 4]}, "finish_reason": None}]
            yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=sse())


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "ana.yaml").write_text("user: ana\nprivate: [a30_credit_card, a49_phone, a19_name_full]\n")
    upstream = OpenAIUpstream(base_url="http://upstream.test/v1", model="m")
    settings = GuardSettings(
        policies=policies,
        operator=OperatorSettings(absolute=[]),
        keys=[ApiKey(id="t", sha256=hash_key(KEY), users="*")],
        models={"m": ModelAlias(upstream=upstream, enforcement="verify")},
        audit={"path": tmp_path / "audit.sqlite"},  # type: ignore[arg-type]
        watch=False,
        http_client="httpx",
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    app = create_app(settings, transport=httpx.MockTransport(_upstream))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the guard did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


async def test_a_10kb_verified_stream_does_not_stall_healthz(served: str) -> None:
    done = asyncio.Event()
    waits: list[float] = []

    async def stream() -> str:
        body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "Describe the street."}]}
        headers = {"authorization": f"Bearer {KEY}", "x-guard-user": "ana"}
        parts = []
        url = f"{served}/v1/chat/completions"
        async with httpx.AsyncClient(timeout=60) as client, client.stream("POST", url, json=body, headers=headers) as r:
            assert r.status_code == 200
            async for line in r.aiter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    for choice in json.loads(line[6:]).get("choices") or []:
                        parts.append((choice.get("delta") or {}).get("content") or "")
        done.set()
        return "".join(parts)

    async def probe() -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            while not done.is_set():
                t0 = time.perf_counter()
                r = await client.get(f"{served}/healthz")
                waits.append(time.perf_counter() - t0)
                assert r.status_code == 200
                await asyncio.sleep(0.02)

    text, _ = await asyncio.gather(stream(), probe())
    assert text == ANSWER  # verified and released in full
    assert waits, "healthz was never probed while the stream ran"
    # generous bound (shared CI machines): the point is "answers while streaming", not a latency target
    assert max(waits) < 2.0, max(waits)
