"""The runner: retries with backoff on 429/5xx/timeouts, no retry on 4xx, per-call timeout, resumable cache."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from pathlib import Path

import httpx
import pytest

from guard.bench.cache import JsonlCache
from guard.bench.models import GenParams, Message, OpenAIHTTPModel
from guard.bench.runner import Request, RunSettings, backoff_delay, run_requests


def reply(text: str) -> httpx.Response:
    return httpx.Response(200, json={"choices": [{"message": {"role": "assistant", "content": text}}]})


async def no_sleep(_: float) -> None:
    return None


def requests(n: int) -> list[Request]:
    return [Request(f"s{i}", [{"role": "user", "content": f"q{i}"}]) for i in range(n)]


async def test_retries_429_and_5xx_then_succeeds() -> None:
    calls: dict[str, int] = {}

    def handler(req: httpx.Request) -> httpx.Response:
        body = json.loads(req.content)
        key = body["messages"][0]["content"]
        calls[key] = calls.get(key, 0) + 1
        assert body["temperature"] == 0.0 and body["max_tokens"] == 512
        return {1: httpx.Response(429), 2: httpx.Response(503)}.get(calls[key]) or reply("ok " + key)

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler))
    gens = await run_requests(requests(3), model, RunSettings(concurrency=2), progress=False, sleep=no_sleep)
    assert [g.response for g in gens] == ["ok q0", "ok q1", "ok q2"]
    assert all(g.attempts == 3 for g in gens) and calls == {"q0": 3, "q1": 3, "q2": 3}


async def test_client_errors_are_not_retried_and_retries_are_bounded() -> None:
    n = {"400": 0, "500": 0}

    def handler(req: httpx.Request) -> httpx.Response:
        code = json.loads(req.content)["messages"][0]["content"]
        n[code] += 1
        return httpx.Response(int(code), json={"error": {"message": f"nope {code}"}})

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler))
    reqs = [Request("a", [{"role": "user", "content": "400"}]), Request("b", [{"role": "user", "content": "500"}])]
    gens = await run_requests(reqs, model, RunSettings(retries=2), progress=False, sleep=no_sleep)
    assert gens[0].error is not None and "HTTP 400: nope 400" in gens[0].error and gens[0].attempts == 1
    assert gens[1].error is not None and "HTTP 500" in gens[1].error and gens[1].attempts == 3
    assert n == {"400": 1, "500": 3}


class SlowOnce:
    """Hangs on the first call, answers afterwards."""

    id = "slow"

    def __init__(self) -> None:
        self.calls = 0

    async def complete(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> str:
        self.calls += 1
        if self.calls == 1:
            await asyncio.sleep(10)
        return "late but fine"

    async def aclose(self) -> None:
        return None


async def test_per_call_timeout_is_retried() -> None:
    model = SlowOnce()
    gens = await run_requests(requests(1), model, RunSettings(timeout=0.05), progress=False, sleep=no_sleep)
    assert gens[0].response == "late but fine" and gens[0].attempts == 2


async def test_interrupted_run_resumes_from_the_cache(tmp_path: Path) -> None:
    seen: list[str] = []

    def handler(req: httpx.Request) -> httpx.Response:
        q = json.loads(req.content)["messages"][0]["content"]
        seen.append(q)
        return reply("a" + q)

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler))
    path = tmp_path / "cache.jsonl"
    with JsonlCache(path) as cache:
        await run_requests(requests(4)[:2], model, cache=cache, progress=False)
    with path.open("a") as fh:
        fh.write('{"key": "torn')  # a write cut short by the interruption
    assert seen == ["q0", "q1"]
    with JsonlCache(path) as cache:
        gens = await run_requests(requests(4), model, cache=cache, progress=False)
    assert seen == ["q0", "q1", "q2", "q3"]
    assert [g.cached for g in gens] == [True, True, False, False]
    assert [g.response for g in gens] == ["aq0", "aq1", "aq2", "aq3"]
    # other generation parameters are another cache key
    with JsonlCache(path) as cache:
        await run_requests(
            requests(1), model, RunSettings(params=GenParams(max_tokens=16)), cache=cache, progress=False
        )
    assert seen[-1] == "q0" and len(seen) == 5


def test_backoff_grows_exponentially_and_is_capped() -> None:
    import random

    s = RunSettings(backoff=1.0, backoff_max=5.0)
    rng = random.Random(1)
    delays = [backoff_delay(a, s, rng) for a in range(5)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0 and 2.0 <= delays[2] <= 4.0
    assert all(d <= 5.0 for d in delays)


async def test_transport_errors_are_retryable() -> None:
    state = {"n": 0}

    def handler(req: httpx.Request) -> httpx.Response:
        state["n"] += 1
        if state["n"] == 1:
            raise httpx.ConnectError("refused")
        return reply("back")

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler))
    gens = await run_requests(requests(1), model, progress=False, sleep=no_sleep)
    assert gens[0].response == "back"


@pytest.mark.parametrize(
    "body",
    [
        b'{"nothing": 1}',
        b'{"choices": []}',
        b"[" * 100_000 + b"]" * 100_000,  # deeper than the JSON parser's recursion limit
        b'{"choices": [' + b"9" * 5000 + b"]}",  # an integer past Python's digits limit
    ],
)
async def test_malformed_reply_is_a_clear_error(body: bytes) -> None:
    model = OpenAIHTTPModel(
        "http://m/v1", "m", transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body))
    )
    gens = await run_requests(requests(1), model, progress=False, sleep=no_sleep)
    assert gens[0].error is not None and "not an OpenAI chat completion" in gens[0].error
