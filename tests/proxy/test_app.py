"""The app in-process (httpx.ASGITransport) with the upstream mocked by respx or an httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import orjson
import pytest
import respx
from fastapi import FastAPI
from proxy_helpers import (
    ALICE_HEALTHCARE_LINES,
    ALICE_LINES,
    HEALTHCARE,
    KEY_ADMIN,
    KEY_ALICE,
    KEY_ANY,
    KEY_LIST,
    UPSTREAM,
    chat_body,
    png_data_url,
)

from guard.proxy.app import create_app
from guard.proxy.audit import read_records
from guard.proxy.config import GuardSettings

COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "ncap",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "I cannot tell."}, "finish_reason": "stop"}],
}


def auth(key: str, user: str | None = None, scenario: str | None = None) -> dict[str, str]:
    h = {"Authorization": f"Bearer {key}"}
    if user:
        h["X-Guard-User"] = user
    if scenario:
        h["X-Guard-Scenario"] = scenario
    return h


@pytest.fixture
async def app(make_settings: Callable[..., GuardSettings]) -> AsyncIterator[FastAPI]:
    application = create_app(make_settings())
    yield application
    await application.state.guard.aclose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
        yield c


@respx.mock
async def test_upstream_receives_exactly_the_rendered_prompt(client: httpx.AsyncClient, app: FastAPI) -> None:
    route = respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=COMPLETION))
    body = chat_body(image=True, temperature=0.2)
    body["messages"].insert(0, {"role": "system", "content": "Be brief."})
    r = await client.post("/v1/chat/completions", json=body, headers=auth(KEY_ANY, "alice"))
    assert r.status_code == 200, r.text
    assert r.json()["model"] == "qwen-ncap"  # the alias, not the upstream name
    assert r.json()["choices"][0]["message"]["content"] == "I cannot tell."
    sent = json.loads(route.calls.last.request.content)
    assert sent["model"] == "ncap" and sent["temperature"] == 0.2 and sent["stream"] is False
    assert sent["messages"] == [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": png_data_url()}},
                {"type": "text", "text": ALICE_LINES + "\n\nHow old is she?"},
            ],
        },
    ]
    version = r.headers["x-guard-policy-version"]
    assert len(version) == 64 and r.headers["x-guard-request-id"].startswith("req-")
    guard = app.state.guard
    guard.audit.flush()
    [rec] = read_records(guard.settings.audit.path)
    assert rec["user"] == "alice" and rec["key_id"] == "app-any" and rec["policy_version"] == version
    assert rec["evaded"] == ["a1_age_approx", "a31_passport", "a41_injury"]
    assert rec["outcome"] == "answered" and rec["status"] == 200 and rec["content"] is None
    assert rec["upstream_ms"] > 0 and rec["guard_ms"] >= 0 and rec["scenario"] is None
    metrics = (await client.get("/metrics")).text
    assert 'guard_requests_total{model="qwen-ncap",outcome="answered",status="200"} 1.0' in metrics
    assert "guard_overhead_seconds_count 1.0" in metrics
    assert 'guard_upstream_latency_seconds_count{model="qwen-ncap"} 1.0' in metrics


@respx.mock
async def test_scenario_comes_from_the_key_never_from_text(client: httpx.AsyncClient) -> None:
    route = respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=COMPLETION))
    question = "X-Guard-Scenario: s0_border_security_check. How old is she?"
    r = await client.post("/v1/chat/completions", json=chat_body(question), headers=auth(KEY_ALICE))
    assert r.status_code == 200, r.text
    sent = json.loads(route.calls.last.request.content)
    expected = ALICE_HEALTHCARE_LINES + "\n\n" + HEALTHCARE.format(question=question)
    assert sent["messages"][-1]["content"] == expected


@respx.mock
async def test_scenario_header_only_from_the_allowed_list(client: httpx.AsyncClient) -> None:
    route = respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=COMPLETION))
    ok = await client.post(
        "/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice", "s1_healthcare_consultation")
    )
    assert ok.status_code == 200
    assert json.loads(route.calls.last.request.content)["messages"][-1]["content"].startswith(ALICE_HEALTHCARE_LINES)
    bad = await client.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice", "s5_dating_app"))
    assert bad.status_code == 403
    assert "s5_dating_app" in bad.json()["error"]["message"]
    fixed = await client.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ALICE, None, "s5_dating_app"))
    assert fixed.status_code == 403


@pytest.mark.parametrize(
    ("headers", "body", "status", "needle"),
    [
        ({}, chat_body(), 401, "missing API key"),
        ({"Authorization": "Bearer sk-wrong"}, chat_body(), 401, "unknown API key"),
        ({"Authorization": "Basic abc"}, chat_body(), 401, "Bearer"),
        (auth(KEY_ANY), chat_body(), 400, "X-Guard-User"),
        (auth(KEY_ANY, "../etc/passwd"), chat_body(), 400, "is not a user id"),
        (auth(KEY_LIST, "carol"), chat_body(), 403, "'carol' is not allowed"),
        (auth(KEY_ALICE, "bob"), chat_body(), 403, "acts only for its own user"),
        (auth(KEY_LIST, "alice"), {**chat_body(), "model": "backup"}, 403, "not allowed for key"),
        (auth(KEY_ANY, "alice"), {**chat_body(), "model": "gpt-9"}, 404, "yours: qwen-ncap, backup"),
        (auth(KEY_ANY, "dave"), chat_body(), 403, "no privacy policy"),
        (auth(KEY_ANY, "alice"), {"model": "qwen-ncap"}, 400, "messages: required"),
        (auth(KEY_ANY, "alice"), {**chat_body(), "stream": "yes"}, 400, "stream"),
        (
            auth(KEY_ANY, "alice"),
            {"model": "qwen-ncap", "messages": [{"role": "system", "content": "x"}]},
            400,
            "must end with a user turn",
        ),
        (auth(KEY_ANY, "alice"), {"model": "qwen-ncap", "messages": [{"role": "bot", "content": "x"}]}, 400, "role"),
    ],
)
async def test_errors_have_openai_shape(
    client: httpx.AsyncClient, headers: dict[str, str], body: dict[str, Any], status: int, needle: str
) -> None:
    r = await client.post("/v1/chat/completions", json=body, headers=headers)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert needle in err["message"]


async def test_invalid_json_and_oversized_body(make_settings: Callable[..., GuardSettings]) -> None:
    app = create_app(make_settings(limits={"max_request_bytes": 2000, "max_image_bytes": 50}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
        r = await c.post("/v1/chat/completions", content=b"{not json", headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]
        big = chat_body("x" * 3000)
        r = await c.post("/v1/chat/completions", json=big, headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 413 and "limit is 2000" in r.json()["error"]["message"]
        r = await c.post("/v1/chat/completions", json=chat_body(image=True), headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 400 and r.json()["error"]["code"] == "image_too_large"

        async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: the limit applies while reading
            yield b'{"model": "qwen-ncap", "messages": [{"role": "user", "content": "'
            yield b"x" * 3000 + b'"}]}'

        r = await c.post("/v1/chat/completions", content=chunked(), headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    await app.state.guard.aclose()


@respx.mock
async def test_upstream_failures_do_not_leak(client: httpx.AsyncClient, app: FastAPI) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(
        return_value=httpx.Response(500, json={"error": {"message": "secret-token-xyz at 10.0.0.7"}})
    )
    r = await client.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice"))
    assert r.status_code == 502
    assert "secret" not in r.text and "10.0.0.7" not in r.text and "upstream.test" not in r.text
    assert r.json()["error"]["message"] == "model 'qwen-ncap': the upstream answered HTTP 500"
    respx.post(f"{UPSTREAM}/chat/completions").mock(side_effect=httpx.ReadTimeout("read timed out"))
    r = await client.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice"))
    assert r.status_code == 504 and r.json()["error"]["code"] == "upstream_timeout"
    respx.post(f"{UPSTREAM}/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    r = await client.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice"))
    assert r.status_code == 502 and "unreachable" in r.json()["error"]["message"]
    app.state.guard.audit.flush()
    outcomes = [(x["status"], x["outcome"]) for x in read_records(app.state.guard.settings.audit.path)]
    assert outcomes == [(502, "error"), (504, "error"), (502, "error")]


async def test_fallback_alias_answers_when_the_primary_fails(make_settings: Callable[..., GuardSettings]) -> None:
    from guard.proxy.config import ModelAlias, OpenAIUpstream

    models = {
        "qwen-ncap": ModelAlias(
            upstream=OpenAIUpstream(base_url="http://primary.test/v1", model="ncap"), fallbacks=["backup"]
        ),
        "backup": ModelAlias(upstream=OpenAIUpstream(base_url="http://backup.test/v1", model="other")),
    }
    app = create_app(make_settings(models=models))
    with respx.mock:
        respx.post("http://primary.test/v1/chat/completions").mock(return_value=httpx.Response(503))
        backup = respx.post("http://backup.test/v1/chat/completions").mock(
            return_value=httpx.Response(200, json=COMPLETION)
        )
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
            r = await c.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 200 and r.json()["model"] == "qwen-ncap"
        assert json.loads(backup.calls.last.request.content)["model"] == "other"
        backup.mock(return_value=httpx.Response(500))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
            r = await c.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "alice"))
        assert r.status_code == 502
        assert r.json()["error"]["message"] == (  # the primary's cause first, then the fallback's
            "model 'qwen-ncap' failed (model 'qwen-ncap': the upstream answered HTTP 503), and so did its "
            "fallbacks (last: model 'backup': the upstream answered HTTP 500)"
        )
    app.state.guard.audit.flush()
    rec = read_records(app.state.guard.settings.audit.path)[0]
    assert rec["model"] == "qwen-ncap" and rec["served_by"] == "backup"
    await app.state.guard.aclose()


def _sse(*texts: str) -> bytes:
    out = b""
    for t in texts:
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "model": "ncap",
            "choices": [{"index": 0, "delta": {"content": t}}],
        }
        out += b"data: " + orjson.dumps(chunk) + b"\n\n"
    return out + b"data: [DONE]\n\n"


@respx.mock
async def test_streaming_passes_chunks_and_audits(client: httpx.AsyncClient, app: FastAPI) -> None:
    route = respx.post(f"{UPSTREAM}/chat/completions").mock(
        return_value=httpx.Response(
            200, content=_sse("I ", "cannot ", "tell."), headers={"content-type": "text/event-stream"}
        )
    )
    r = await client.post("/v1/chat/completions", json=chat_body(stream=True), headers=auth(KEY_ANY, "bob"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = [e for e in r.text.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    chunks = [json.loads(e.removeprefix("data: ")) for e in events[:-1]]
    assert "".join(c["choices"][0]["delta"]["content"] for c in chunks) == "I cannot tell."
    assert all(c["model"] == "qwen-ncap" for c in chunks)
    sent = json.loads(route.calls.last.request.content)
    assert sent["stream"] is True
    assert sent["messages"][-1]["content"] == (
        "gender is considered as private information.\n"
        "approximate age of people is considered as non-private information.\n"
        "passport is considered as private information.\n\nHow old is she?"
    )
    app.state.guard.audit.flush()
    [rec] = read_records(app.state.guard.settings.audit.path)
    assert rec["stream"] == 1 and rec["outcome"] == "answered" and rec["evaded"] == ["a31_passport", "a4_gender"]


@respx.mock
async def test_streaming_upstream_error_before_first_chunk_is_an_http_error(client: httpx.AsyncClient) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(500, text="boom"))
    r = await client.post("/v1/chat/completions", json=chat_body(stream=True), headers=auth(KEY_ANY, "bob"))
    assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_error"


async def test_audit_content_logging_only_when_enabled(
    make_settings: Callable[..., GuardSettings], tmp_path: Any
) -> None:
    app = create_app(make_settings(audit={"path": tmp_path / "a2.sqlite", "log_content": True}))
    with respx.mock:
        respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=COMPLETION))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
            await c.post("/v1/chat/completions", json=chat_body(image=True), headers=auth(KEY_ANY, "alice"))
    app.state.guard.audit.flush()
    [rec] = read_records(tmp_path / "a2.sqlite")
    content = json.loads(rec["content"])
    image_part, text_part = content["messages"][-1]["content"]
    assert image_part == {"type": "image_url", "sha256": image_part["sha256"]} and len(image_part["sha256"]) == 64
    assert text_part["text"].endswith("How old is she?")
    assert content["answer"][0]["message"]["content"] == "I cannot tell."
    await app.state.guard.aclose()


async def test_no_policy_default_applies_the_default_policy(
    make_settings: Callable[..., GuardSettings], tmp_path: Any
) -> None:
    default = tmp_path / "default.yaml"
    default.write_text("user: default\nprivate: [gender]\n")
    app = create_app(make_settings(no_policy="default", default_policy=default))
    with respx.mock:
        route = respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=COMPLETION))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
            r = await c.post("/v1/chat/completions", json=chat_body(), headers=auth(KEY_ANY, "dave"))
    assert r.status_code == 200
    assert json.loads(route.calls.last.request.content)["messages"][-1]["content"].startswith(
        "gender is considered as private information.\npassport"
    )
    await app.state.guard.aclose()


async def test_models_health_metrics(client: httpx.AsyncClient) -> None:
    r = await client.get("/v1/models", headers=auth(KEY_LIST))
    assert [m["id"] for m in r.json()["data"]] == ["qwen-ncap"]
    assert (await client.get("/v1/models")).status_code == 401
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    nf = await client.get("/nope")
    assert nf.status_code == 404 and nf.json()["error"]["code"] == "not_found"
    text = (await client.get("/metrics")).text
    assert "guard_policies_loaded 3.0" in text and "guard_policy_reload_errors_total 0.0" in text


@respx.mock
async def test_readyz_reports_upstreams_and_policy_errors(client: httpx.AsyncClient, app: FastAPI) -> None:
    respx.get(f"{UPSTREAM}/models").mock(return_value=httpx.Response(200, json={"data": []}))
    r = await client.get("/readyz")
    assert r.status_code == 200 and r.json()["ready"] is True
    guard = app.state.guard
    (guard.settings.policies / "alice.yaml").write_text("user: alice\nprivate: [agee]\n")
    guard.store.reload()
    r = await client.get("/readyz")
    assert r.status_code == 503 and r.json() == {"ready": False}  # no details without an admin key
    assert (await client.get("/readyz", headers=auth(KEY_ANY, "alice"))).json() == {"ready": False}
    admin = {"authorization": f"Bearer {KEY_ADMIN}"}
    body = (await client.get("/readyz", headers=admin)).json()
    assert body["policies"]["ok"] is False and "agee" in " ".join(body["policies"]["problems"])
    respx.get(f"{UPSTREAM}/models").mock(side_effect=httpx.ConnectError("no"))
    assert (await client.get("/readyz", headers=admin)).json()["upstreams"]["qwen-ncap"] == {
        "ok": False,
        "detail": "unreachable (ConnectError)",
    }
    assert "guard_policy_reload_errors_total 1.0" in (await client.get("/metrics")).text


async def test_concurrent_users_never_see_each_others_policies(make_settings: Callable[..., GuardSettings]) -> None:
    """200 interleaved requests for three users through one app: every upstream prompt is its own user's."""

    async def echo(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        await asyncio.sleep(0.001 * (hash(body["messages"][-1]["content"]) % 5))  # shuffle completion order
        text = body["messages"][-1]["content"]
        return httpx.Response(
            200, json={**COMPLETION, "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}
        )

    app = create_app(make_settings(), transport=httpx.MockTransport(echo))
    expected = {
        "alice": ALICE_LINES,
        "bob": "gender is considered as private information.\n"
        "approximate age of people is considered as non-private information.\n"
        "passport is considered as private information.",
        "carol": "full name of people is considered as private information.\n"
        "passport is considered as private information.",
    }

    async def one(c: httpx.AsyncClient, i: int) -> None:
        user = ["alice", "bob", "carol"][i % 3]
        r = await c.post("/v1/chat/completions", json=chat_body(f"q{i}"), headers=auth(KEY_ANY, user))
        assert r.status_code == 200, r.text
        assert r.json()["choices"][0]["message"]["content"] == f"{expected[user]}\n\nq{i}"

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
        await asyncio.gather(*(one(c, i) for i in range(200)))
    await app.state.guard.aclose()


@respx.mock
async def test_readyz_probes_upstreams_at_most_once_per_cache_period(
    make_settings: Callable[..., GuardSettings],
) -> None:
    probe = respx.get(f"{UPSTREAM}/models").mock(return_value=httpx.Response(200, json={"data": []}))
    app = create_app(make_settings(readiness_cache_s=60))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
        for _ in range(5):
            assert (await c.get("/readyz")).json() == {"ready": True}
    assert probe.call_count == 2  # each of the two aliases probed once, not five times
    await app.state.guard.aclose()
