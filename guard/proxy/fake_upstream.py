"""A tiny, fast OpenAI-compatible upstream that records what it receives (tests, benchmarks, demos).

    python -m guard.proxy.fake_upstream --port 8001

``POST /v1/chat/completions`` answers ``echo: <last user text>`` (streamed in three chunks when asked)
and keeps the request body; ``GET /_recorded`` returns and clears the kept bodies. Model names steer
failures: ``fail-500`` answers HTTP 500, ``slow`` waits ``--slow-s`` seconds. A marker ``[[name]]`` in the
prompt picks a scripted answer from ``SCRIPTS`` (a leak in one channel, a malformed answer, an
unusual SSE framing, an endless stream, the echo streamed word by word with ``[[echo-words]]``), so tests drive
every answer shape through a real process.
A raw ASGI app, so the upstream costs as little as possible when it stands in for vLLM in the proxy
benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

import orjson

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def _answer_text(body: dict[str, Any]) -> str:
    for msg in reversed(body.get("messages") or []):
        if msg.get("role") == "user":
            content = msg.get("content")
            if isinstance(content, str):
                return "echo: " + content
            texts = [p.get("text", "") for p in content or [] if isinstance(p, dict) and p.get("type") == "text"]
            return "echo: " + "\n".join(texts)
    return "echo: "


LEAK = "4111 1111 1111 1111"
"""The value scripted leaks carry (a test card number)."""
PARAPHRASE = "According to their profile, they spend weekends dancing salsa."
"""A hobby said in words no recogniser has a pattern for (the learned leak check's real-process test)."""
_MARKER = re.compile(r"\[\[([a-z0-9-]+)\]\]")


def _message(**fields: Any) -> dict[str, Any]:
    return {"role": "assistant", "content": None, **fields}


def _completion(model: str, choices: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1,
        "model": model,
        "choices": choices,
        **extra,
    }


def _choice(index: int = 0, **message: Any) -> dict[str, Any]:
    return {"index": index, "message": _message(**message), "finish_reason": "stop"}


_CALL = {"id": "call-1", "type": "function", "function": {"name": "lookup", "arguments": f'{{"card": "{LEAK}"}}'}}
SCRIPTS: dict[str, Any] = {
    # non-streamed answers: a card number in one channel each
    "leak-tool": lambda m: _completion(m, [_choice(tool_calls=[_CALL])]),
    "leak-function": lambda m: _completion(
        m, [_choice(function_call={"name": "lookup", "arguments": f'{{"card": "{LEAK}"}}'})]
    ),
    "leak-choice2": lambda m: _completion(m, [_choice(0, content="Blue."), _choice(1, content=f"Card: {LEAK}")]),
    "leak-reasoning": lambda m: _completion(m, [_choice(content="Blue.", reasoning_content=f"the card is {LEAK}")]),
    "leak-refusal": lambda m: _completion(m, [_choice(refusal=f"I won't say {LEAK}")]),
    "leak-parts": lambda m: _completion(m, [_choice(content=[{"type": "output_text", "text": f"Card {LEAK}"}])]),
    "leak-logprobs": lambda m: _completion(
        m,
        [
            {
                **_choice(content="Blue."),
                "logprobs": {"content": [{"token": "Blue", "logprob": -0.1, "top_logprobs": [{"token": LEAK}]}]},
            }
        ],
    ),
    "paraphrase": lambda m: _completion(m, [_choice(content=PARAPHRASE)]),
    # malformed or failed answers inside HTTP 200
    "error-200": lambda m: {"error": {"message": "upstream secret detail", "code": 500}},
    "choices-empty": lambda m: _completion(m, []),
    "choices-object": lambda m: {**_completion(m, []), "choices": {"0": {"message": {"content": "x"}}}},
}
STREAMS: dict[str, Any] = {
    # each: (separator, list of events); an event is a dict (sent as JSON) or raw bytes
    "sse-crlf": b"\r\n\r\n",
    "sse-cr": b"\r\r",
}


class FakeUpstream:
    def __init__(self, *, record: bool = True, slow_s: float = 5.0) -> None:
        self.record = record
        self.slow_s = slow_s
        self.recorded: list[dict[str, Any]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        path, method = scope["path"], scope["method"]
        if method == "POST" and path.endswith("/chat/completions"):
            raw = b""
            while True:
                msg = await receive()
                raw += msg.get("body", b"")
                if not msg.get("more_body"):
                    break
            await self._chat(orjson.loads(raw), send)
        elif method == "GET" and path.endswith("/models"):
            await _json(send, 200, {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "t"}]})
        elif method == "GET" and path == "/_recorded":
            out, self.recorded = self.recorded, []
            await _json(send, 200, out)
        else:
            await _json(send, 404, {"error": {"message": "not found"}})

    async def _chat(self, body: dict[str, Any], send: Send) -> None:
        if self.record:
            self.recorded.append(body)
        model = body.get("model", "")
        if model == "fail-500":
            await _json(send, 500, {"error": {"message": "internal upstream detail: secret-token-xyz"}})
            return
        if model == "slow":
            await asyncio.sleep(self.slow_s)
        text = _answer_text(body)
        marker = _MARKER.search(text)
        if marker is not None and marker.group(1) == "echo-words" and body.get("stream"):
            await _stream_words(_MARKER.sub("", text).rstrip(), model, send)
            return
        if marker is not None and await self._scripted(marker.group(1), model, bool(body.get("stream")), send):
            return
        if not body.get("stream"):
            usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
            await _json(send, 200, _completion(model, [_choice(role="assistant", content=text)], usage=usage))
            return
        await _sse_start(send)
        third = max(len(text) // 3, 1)
        pieces = [text[:third], text[third : 2 * third], text[2 * third :]]
        for i, piece in enumerate(pieces):
            delta: dict[str, Any] = {"content": piece, **({"role": "assistant"} if i == 0 else {})}
            await _sse_event(send, _stream_chunk(model, delta, "stop" if i == 2 else None))
        await _sse_done(send)

    async def _scripted(self, name: str, model: str, stream: bool, send: Send) -> bool:
        """Answer with script ``name`` (True), or False when there is none for this mode."""
        if not stream and name in SCRIPTS:
            await _json(send, 200, SCRIPTS[name](model))
            return True
        if not stream:
            return False
        events: list[bytes]
        sep = b"\n\n"
        chunk = _stream_chunk(model, {"role": "assistant", "content": "echo: fine"})
        if name in STREAMS:
            sep = STREAMS[name]
            events = [orjson.dumps(chunk), orjson.dumps(_stream_chunk(model, {"content": " and well"}, "stop"))]
        elif name == "sse-bad":
            events = [orjson.dumps(chunk), b"{not json"]
        elif name == "sse-error":
            events = [orjson.dumps(chunk), orjson.dumps({"error": {"message": "overloaded"}})]
        elif name == "leak-tool":
            call = {"index": 0, **_CALL, "function": {"name": "lookup", "arguments": '{"card": "4111 1111'}}
            events = [
                orjson.dumps(_stream_chunk(model, {"role": "assistant", "tool_calls": [call]})),
                orjson.dumps(
                    _stream_chunk(model, {"tool_calls": [{"index": 0, "function": {"arguments": ' 1111 1111"}'}}]})
                ),
                orjson.dumps(_stream_chunk(model, {}, "tool_calls")),
            ]
        elif name == "leak-reasoning":
            events = [
                orjson.dumps(_stream_chunk(model, {"role": "assistant", "reasoning_content": f"card {LEAK}"})),
                orjson.dumps(_stream_chunk(model, {"content": "Blue."}, "stop")),
            ]
        elif name == "stream-endless":
            await _sse_start(send)
            for _ in range(600):
                await _sse_event(send, _stream_chunk(model, {"content": "la "}))
                await asyncio.sleep(0.2)
            await _sse_done(send)
            return True
        else:
            return False
        await _sse_start(send)
        body = b"".join(b"data: " + e + sep for e in events) + b"data: [DONE]" + sep
        await send({"type": "http.response.body", "body": body, "more_body": False})
        return True


async def _stream_words(text: str, model: str, send: Send) -> None:
    """The echo streamed one word per event, as a model's tokens arrive (``[[echo-words]]``): a value is then
    released word by word, so only the guard's hold-back can keep it back until a later cue arrives."""
    await _sse_start(send)
    words = re.findall(r"\S+\s*", text) or [""]
    for i, word in enumerate(words):
        delta: dict[str, Any] = {"content": word, **({"role": "assistant"} if i == 0 else {})}
        await _sse_event(send, _stream_chunk(model, delta, "stop" if i == len(words) - 1 else None))
        await asyncio.sleep(0.002)
    await _sse_done(send)


async def _sse_start(send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})


async def _sse_event(send: Send, chunk: dict[str, Any]) -> None:
    """One ``data:`` event, the response kept open."""
    await send({"type": "http.response.body", "body": b"data: " + orjson.dumps(chunk) + b"\n\n", "more_body": True})


async def _sse_done(send: Send) -> None:
    await send({"type": "http.response.body", "body": b"data: [DONE]\n\n", "more_body": False})


def _stream_chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


async def _json(send: Send, status: int, data: Any) -> None:
    body = orjson.dumps(data)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--no-record", action="store_true", help="do not keep request bodies (benchmarks)")
    parser.add_argument("--slow-s", type=float, default=5.0)
    args = parser.parse_args()
    import uvicorn

    uvicorn.run(
        FakeUpstream(record=not args.no_record, slow_s=args.slow_s),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        loop="uvloop",
        http="httptools",
    )


if __name__ == "__main__":
    main()
