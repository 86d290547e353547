"""Model replies: every content shape is read (never a silent ""), bodies are size-limited, the guard's
outcome header is kept, and the resume cache is keyed by the whole request."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from guard.bench.cache import JsonlCache
from guard.bench.models import GenParams, ModelCallError, OpenAIHTTPModel, message_text, user_messages
from guard.bench.runner import Request, request_cache_key, run_requests


@pytest.mark.parametrize(
    ("message", "text"),
    [
        ({"role": "assistant", "content": "plain"}, "plain"),
        (
            {"content": [{"type": "text", "text": "Her name is "}, {"type": "text", "text": "Jane Doe."}]},
            "Her name is Jane Doe.",
        ),
        ({"content": [{"type": "output_text", "text": "34"}]}, "34"),
        ({"content": ["bare ", "strings"]}, "bare strings"),
        ({"content": None, "refusal": "I can't help with that."}, "I can't help with that."),
        ({"content": [{"type": "refusal", "refusal": "No."}]}, "No."),
        (
            {"content": None, "tool_calls": [{"function": {"name": "record", "arguments": '{"age": 34}'}}]},
            'record({"age": 34})',
        ),
        ({"content": None}, ""),
    ],
)
def test_every_content_shape_is_read(message: dict[str, Any], text: str) -> None:
    assert message_text(message) == text


@pytest.mark.parametrize(
    "message",
    [{"content": 42}, {"content": {"text": "x"}}, {"content": [{"type": "audio", "data": "..."}]}, "text"],
)
def test_unknown_shapes_are_errors_not_empty_answers(message: Any) -> None:
    with pytest.raises(ModelCallError):
        message_text(message)


def _reply(content: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
    return httpx.Response(200, json=body, headers=headers or {})


async def test_guard_outcome_header_is_kept_and_parts_are_joined() -> None:
    transport = httpx.MockTransport(
        lambda r: _reply([{"type": "text", "text": "blocked"}], {"X-Guard-Outcome": "blocked"})
    )
    model = OpenAIHTTPModel("http://m/v1", "m", transport=transport)
    reply = await model.complete_reply([{"role": "user", "content": "q"}], GenParams())
    assert reply.text == "blocked" and reply.guard_outcome == "blocked"
    await model.aclose()


async def test_an_endless_body_is_cut_off() -> None:
    async def endless() -> AsyncIterator[bytes]:
        while True:  # never ends: only the size limit stops reading
            yield b"x" * 65536

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler), max_response_bytes=1 << 20)
    with pytest.raises(ModelCallError, match="larger than 1048576 bytes"):
        await model.complete([{"role": "user", "content": "q"}], GenParams())
    await model.aclose()


async def test_cache_key_covers_the_question_the_image_the_model_and_the_parameters(tmp_path: Path) -> None:
    img = tmp_path / "a.png"
    img.write_bytes(b"\x89PNG first")
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(json.loads(request.content)["messages"][0]["content"][1]["text"])
        return _reply(f"answer {len(calls)}")

    model = OpenAIHTTPModel("http://m/v1", "m", transport=httpx.MockTransport(handler))
    cache = JsonlCache(tmp_path / "cache.jsonl")

    async def ask(question: str) -> str | None:
        gen = await run_requests([Request("item-1", user_messages(question, img))], model, cache=cache, progress=False)
        return gen[0].response

    first = await ask("How old is she?")
    assert await ask("How old is she?") == first and len(calls) == 1  # resumed from the cache
    assert await ask("How old is he?") != first and len(calls) == 2  # edited question: asked again
    img.write_bytes(b"\x89PNG replaced")
    from guard.bench.models import image_data_url

    image_data_url.cache_clear()
    assert await ask("How old is he?") == "answer 3"  # replaced image: asked again
    req = Request("item-1", user_messages("q", None))
    assert request_cache_key(req, model, GenParams()) != request_cache_key(req, model, GenParams(temperature=0.5))
    assert request_cache_key(req, model, GenParams()) == request_cache_key(
        Request("other-id", req.messages), model, GenParams()
    )
    await model.aclose()
    cache.close()
