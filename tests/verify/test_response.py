"""Refusal bodies and SSE chunks keep OpenAI's shapes (checked with the openai SDK's own types)."""

from __future__ import annotations

import json

from openai.types.chat import ChatCompletion, ChatCompletionChunk

from guard.verify import chat_completion_body, sse_chunks


def test_chat_completion_body_parses_as_openai_type() -> None:
    body = chat_completion_body("I can't share that.", model="qwen2-vl-ncap", completion_id="chatcmpl-1", created=7)
    parsed = ChatCompletion.model_validate(body)
    assert parsed.choices[0].message.content == "I can't share that."
    assert parsed.choices[0].finish_reason == "stop" and parsed.model == "qwen2-vl-ncap"


def test_sse_chunks_parse_and_end_with_done() -> None:
    events = sse_chunks("No.", model="m", completion_id="chatcmpl-2", created=1)
    assert events[-1] == b"data: [DONE]\n\n"
    chunks = [ChatCompletionChunk.model_validate(json.loads(e[len(b"data: ") :])) for e in events[:-1]]
    assert all(e.startswith(b"data: ") and e.endswith(b"\n\n") for e in events)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "No."
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert {c.id for c in chunks} == {"chatcmpl-2"}
