"""Enforcement modes (instruct / verify / precheck) through the app in-process: httpx.ASGITransport + respx."""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from fastapi import FastAPI
from proxy_helpers import KEY_ANY, UPSTREAM, chat_body, keys

from guard.proxy.app import create_app
from guard.proxy.audit import read_records
from guard.proxy.config import ApiKey, GuardSettings, ModelAlias, OpenAIUpstream, check_settings, load_config
from guard.proxy.errors import ConfigError

DANA = "user: dana\nprivate:\n  - credit card\n  - phone\n"
CARD = "4111 1111 1111 1111"
LEAK = f"Sure. The card number shown is {CARD}, and it expires in 2027."
SAFE = "The card on the table is blue and has a small chip on the front."
KEY_INSTRUCT = "sk-test-instruct-override"


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "up-1",
        "object": "chat.completion",
        "created": 7,
        "model": "ncap",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    }


def sse(text: str, size: int = 3) -> bytes:
    out = b""
    for i in range(0, len(text), size):
        chunk = {
            "id": "up-s",
            "object": "chat.completion.chunk",
            "created": 7,
            "model": "ncap",
            "choices": [{"index": 0, "delta": {"content": text[i : i + size]}, "finish_reason": None}],
        }
        out += b"data: " + json.dumps(chunk).encode() + b"\n\n"
    return out + b"data: [DONE]\n\n"


def auth(key: str = KEY_ANY, user: str = "dana") -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "X-Guard-User": user}


def streamed_text(raw: str) -> tuple[str, list[dict[str, Any]]]:
    events = [e for e in raw.split("\n\n") if e]
    assert events[-1] == "data: [DONE]"
    chunks = [json.loads(e.removeprefix("data: ")) for e in events[:-1]]
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks), chunks


@pytest.fixture
def settings(make_settings: Callable[..., GuardSettings], policies: Path) -> Callable[..., GuardSettings]:
    (policies / "dana.yaml").write_text(DANA)

    def make(mode: str = "verify", **over: Any) -> GuardSettings:
        from guard.proxy.auth import hash_key

        models = {"qwen-ncap": ModelAlias(upstream=OpenAIUpstream(base_url=UPSTREAM, model="ncap"), enforcement=mode)}
        override = ApiKey(id="app-instruct", sha256=hash_key(KEY_INSTRUCT), users="*", enforcement="instruct")
        over.setdefault("keys", [*keys(), override])
        return make_settings(models=models, **over)

    return make


async def _client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://guard") as c:
        yield c


@pytest.fixture
async def verify_app(settings: Callable[..., GuardSettings]) -> AsyncIterator[FastAPI]:
    app = create_app(settings("verify"))
    yield app
    await app.state.guard.aclose()


@pytest.fixture
async def client(verify_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async for c in _client(verify_app):
        yield c


def records(app: FastAPI) -> list[dict[str, Any]]:
    app.state.guard.audit.flush()
    return read_records(app.state.guard.settings.audit.path)


@respx.mock
async def test_leaky_answer_is_replaced_audited_and_counted(client: httpx.AsyncClient, verify_app: FastAPI) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=completion(LEAK)))
    r = await client.post("/v1/chat/completions", json=chat_body("What is on this card?"), headers=auth())
    assert r.status_code == 200 and r.headers["x-guard-outcome"] == "blocked"
    body = r.json()
    assert body["id"] == "up-1" and body["model"] == "qwen-ncap" and body["object"] == "chat.completion"
    text = body["choices"][0]["message"]["content"]
    assert text == "I can't share that: credit card is private for this user."
    assert CARD not in r.text
    [rec] = records(verify_app)
    assert rec["outcome"] == "blocked" and "a30_credit_card" in rec["error"] and "card_number" in rec["error"]
    assert CARD not in json.dumps(rec)
    metrics = (await client.get("/metrics")).text
    assert 'guard_blocked_total{cause="violation",check="card_number",model="qwen-ncap"} 1.0' in metrics


@respx.mock
async def test_allowed_answer_and_refusal_pass_unchanged(client: httpx.AsyncClient, verify_app: FastAPI) -> None:
    for text in (SAFE, "I'm sorry, I can't share the card number; it is private."):
        respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=completion(text)))
        r = await client.post("/v1/chat/completions", json=chat_body("What is on this card?"), headers=auth())
        assert r.status_code == 200 and "x-guard-outcome" not in r.headers
        assert r.json()["choices"][0]["message"]["content"] == text
    assert [rec["outcome"] for rec in records(verify_app)] == ["answered", "answered"]


@respx.mock
async def test_the_question_is_read_once_while_the_upstream_answers(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``verify`` reads the question in a worker thread as soon as the request is in, not on the answer's path:
    when the upstream answers, the reading is done, and neither the refusal check, nor the stream's probe,
    nor a second choice reads the question again."""
    pre = importlib.import_module("guard.verify.precheck")
    pre.readings.clear()
    read: list[str] = []
    real = pre.question_targets

    def spy(question: str, **kwargs: Any) -> Any:
        read.append(question)
        return real(question, **kwargs)

    monkeypatch.setattr(pre, "question_targets", spy)
    read_before_answer: list[int] = []

    async def upstream(request: httpx.Request) -> httpx.Response:
        for _ in range(200):  # the reading runs concurrently: give its thread the time a real upstream takes
            if read:
                break
            await asyncio.sleep(0.01)
        read_before_answer.append(len(read))
        body = completion("It is 555 0199.")
        body["choices"].append({**body["choices"][0], "index": 1})
        return httpx.Response(200, json=body)

    respx.post(f"{UPSTREAM}/chat/completions").mock(side_effect=upstream)
    question = "What is the phone number on the card?"
    r = await client.post("/v1/chat/completions", json=chat_body(question, n=2), headers=auth())
    assert r.status_code == 200 and r.headers["x-guard-outcome"] == "blocked"
    assert read_before_answer == [1] and read == [question]
    respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, content=sse("It is 555 0199.")))
    s = await client.post("/v1/chat/completions", json=chat_body(question, stream=True), headers=auth())
    assert "555" not in streamed_text(s.text)[0] and read == [question]  # the same question: read once, kept


@respx.mock
async def test_key_override_instruct_lets_the_leak_through(client: httpx.AsyncClient) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=completion(LEAK)))
    r = await client.post("/v1/chat/completions", json=chat_body("What is on this card?"), headers=auth(KEY_INSTRUCT))
    assert r.json()["choices"][0]["message"]["content"] == LEAK  # the key chose instruct: trust the adapter


@respx.mock
async def test_check_error_fails_closed(client: httpx.AsyncClient, verify_app: FastAPI) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=completion(SAFE)))

    def crash(_inp: object) -> None:
        raise RuntimeError("recogniser broke")

    verify_app.state.guard.verifier.checks["card_number"].run = crash
    r = await client.post("/v1/chat/completions", json=chat_body("What is on this card?"), headers=auth())
    assert r.headers["x-guard-outcome"] == "blocked"
    assert r.json()["choices"][0]["message"]["content"] == (
        "I can't share that: credit card, passport and phone is private for this user."
    )  # generic: every evaded category, no internals
    [rec] = records(verify_app)
    assert rec["outcome"] == "blocked" and rec["error"].startswith("fail closed: could not verify (card_number")
    metrics = (await client.get("/metrics")).text
    assert 'guard_blocked_total{cause="error",check="card_number",model="qwen-ncap"} 1.0' in metrics


@respx.mock
async def test_streaming_never_releases_the_leak(client: httpx.AsyncClient, verify_app: FastAPI) -> None:
    respx.post(f"{UPSTREAM}/chat/completions").mock(
        return_value=httpx.Response(200, content=sse(LEAK + " " + SAFE), headers={"content-type": "text/event-stream"})
    )
    r = await client.post("/v1/chat/completions", json=chat_body("Describe it.", stream=True), headers=auth())
    text, chunks = streamed_text(r.text)
    assert "4111" not in text and "1111" not in r.text
    assert text.endswith("I can't share that: credit card is private for this user.")
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all(c["model"] == "qwen-ncap" and c["id"] == "up-s" for c in chunks)
    [rec] = records(verify_app)
    assert rec["outcome"] == "blocked" and rec["stream"] == 1


@respx.mock
async def test_streaming_allowed_answer_is_unchanged(client: httpx.AsyncClient, verify_app: FastAPI) -> None:
    long = " ".join([SAFE] * 16)
    respx.post(f"{UPSTREAM}/chat/completions").mock(
        return_value=httpx.Response(200, content=sse(long), headers={"content-type": "text/event-stream"})
    )
    r = await client.post("/v1/chat/completions", json=chat_body("Describe it.", stream=True), headers=auth())
    text, chunks = streamed_text(r.text)
    assert text == long
    assert len([c for c in chunks if c["choices"][0]["delta"].get("content")]) > 2  # released in pieces (holdback)
    assert [rec["outcome"] for rec in records(verify_app)] == ["answered"]


@respx.mock
async def test_precheck_refuses_without_calling_upstream(settings: Callable[..., GuardSettings]) -> None:
    route = respx.post(f"{UPSTREAM}/chat/completions").mock(return_value=httpx.Response(200, json=completion(SAFE)))
    app = create_app(settings("precheck"))
    try:
        async for c in _client(app):
            r = await c.post("/v1/chat/completions", json=chat_body("What is the card number?"), headers=auth())
            assert r.headers["x-guard-outcome"] == "blocked"
            assert r.json()["choices"][0]["message"]["content"] == (
                "I can't share that: credit card is private for this user."
            )
            s = await c.post(
                "/v1/chat/completions", json=chat_body("What is her phone number?", stream=True), headers=auth()
            )
            text, _ = streamed_text(s.text)
            assert text == "I can't share that: phone is private for this user."
            assert route.call_count == 0
            ok = await c.post("/v1/chat/completions", json=chat_body("What colour is the card?"), headers=auth())
            assert ok.json()["choices"][0]["message"]["content"] == SAFE and route.call_count == 1
        assert [r["outcome"] for r in records(app)] == ["blocked", "blocked", "answered"]
        assert records(app)[0]["served_by"] is None
    finally:
        await app.state.guard.aclose()


def test_verifier_is_built_only_when_an_alias_or_key_verifies(settings: Callable[..., GuardSettings]) -> None:
    from guard.proxy.auth import hash_key

    assert create_app(settings("instruct", keys=keys())).state.guard.verifier is None
    verifying_key = ApiKey(id="strict", sha256=hash_key("sk-strict"), users="*", enforcement="precheck")
    guard = create_app(settings("instruct", keys=[*keys(), verifying_key])).state.guard
    assert guard.verifier is not None and guard.enforcement("qwen-ncap", verifying_key).name == "precheck"


def test_bad_verify_settings_fail_at_start_up(settings: Callable[..., GuardSettings]) -> None:
    s = settings("verify", verify={"checks": {"cards": {"type": "no_such_check"}}})
    with pytest.raises(ConfigError, match=r"verify: .*no_such_check"):
        check_settings(s)
    with pytest.raises(Exception, match="no_such_check"):
        create_app(s)


def test_bad_enforcement_in_file_names_the_field(tmp_path: Path, policies: Path) -> None:
    cfg = tmp_path / "guard.yaml"
    cfg.write_text(
        f"policies: {policies}\nkeys: []\nmodels:\n  m:\n"
        "    upstream: {kind: openai, base_url: 'http://x/v1', model: m}\n    enforcement: verfy\n"
    )
    with pytest.raises(ConfigError, match=r"models\.m\.enforcement.*verify"):
        load_config(cfg)


@pytest.mark.slow
def test_verify_and_precheck_through_real_processes(tmp_path: Path) -> None:
    """`guard serve` + `python -m guard.proxy.fake_upstream` (which echoes the prompt it receives, so a
    question carrying a card number makes a leaky answer), driven by the openai SDK."""
    import os
    import subprocess
    import sys

    import openai
    from real_stack import GUARD, free_port, wait_http
    from real_stack import stop as _stop

    from guard.proxy.auth import hash_key

    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "dana.yaml").write_text(DANA)
    up_port, guard_port = free_port(), free_port()
    upstream = f'{{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}'
    (tmp_path / "guard.yaml").write_text(
        f"""
policies: policies
operator: {{absolute: [passport]}}
keys: [{{id: real, sha256: {hash_key("sk-real")}, users: "*"}}]
models:
  plain: {{upstream: {upstream}}}
  checked: {{upstream: {upstream}, enforcement: verify}}
  pre: {{upstream: {upstream}, enforcement: precheck}}
verify: {{stream_mode: holdback, holdback_chars: 24}}
audit: {{path: audit.sqlite}}
"""
    )
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    log = (tmp_path / "guard.log").open("wb")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(up_port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        ),
        subprocess.Popen(
            [*GUARD, "serve", "--config", str(tmp_path / "guard.yaml"), "--port", str(guard_port)],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
        ),
    ]
    try:
        wait_http(f"http://127.0.0.1:{up_port}/v1/models", procs[0])
        wait_http(f"http://127.0.0.1:{guard_port}/healthz", procs[1])
        client = openai.OpenAI(
            api_key="sk-real",
            base_url=f"http://127.0.0.1:{guard_port}/v1",
            max_retries=0,
            default_headers={"X-Guard-User": "dana"},
        )
        leaky = f"My card reads {CARD}. Describe the picture."
        refusal = "I can't share that: credit card is private for this user."

        def ask(model: str, question: str, stream: bool = False) -> str:
            msgs: Any = [{"role": "user", "content": question}]
            if not stream:
                return client.chat.completions.create(model=model, messages=msgs).choices[0].message.content or ""
            parts = client.chat.completions.create(model=model, messages=msgs, stream=True)
            return "".join(p.choices[0].delta.content or "" for p in parts if p.choices)

        assert CARD in ask("plain", leaky)  # instruct trusts the (here: leaky) upstream
        for stream in (False, True):
            blocked = ask("checked", leaky, stream)
            # streaming releases the verified text before the leak, then the refusal; never a digit of the card
            assert blocked.endswith(refusal) and "4111" not in blocked and (stream or blocked == refusal)
            ok = ask("checked", "Describe the picture.", stream)
            assert ok.startswith("echo: ") and ok.endswith("Describe the picture.")
            assert ask("pre", "What is the card number?", stream) == refusal
        raw = httpx.post(
            f"http://127.0.0.1:{guard_port}/v1/chat/completions",
            json={"model": "checked", "messages": [{"role": "user", "content": leaky}]},
            headers={"Authorization": "Bearer sk-real", "X-Guard-User": "dana"},
        )
        assert raw.headers["x-guard-outcome"] == "blocked"
        metrics = httpx.get(f"http://127.0.0.1:{guard_port}/metrics").text
        assert 'guard_blocked_total{cause="violation",check="card_number",model="checked"} 3.0' in metrics
        assert 'guard_blocked_total{cause="violation",check="precheck",model="pre"} 2.0' in metrics
    finally:
        for proc in reversed(procs):
            _stop(proc)
        log.close()
    guard_log = (tmp_path / "guard.log").read_text()
    assert "Traceback" not in guard_log and CARD not in guard_log, guard_log
