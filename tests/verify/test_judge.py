"""The disclosure judge: strict reply parsing, and a real litellm call to an OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from guard.verify import Verifier, VerifySettings, build_messages, parse_reply
from guard.verify.checks.judge import JudgeReplyError


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ('{"disclosed": []}', []),
        ('{"disclosed": [2, 1, 2]}', [1, 2]),
        ('  ```json\n{"disclosed": [1]}\n```  ', [1]),
    ],
)
def test_parse_reply_accepts_exactly_the_asked_shape(reply: str, expected: list[int]) -> None:
    assert parse_reply(reply, 2) == expected


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        ("Yes, it discloses the card.", "not JSON"),
        ('{"disclosed": [1]} and also', "not JSON"),
        ('{"disclosed": [1], "why": "x"}', 'exactly the key "disclosed"'),
        ('{"disclosed": ["credit card"]}', "list of integers"),
        ('{"disclosed": [true]}', "list of integers"),
        ('{"disclosed": [3]}', "outside 1..2"),
        ("[1]", 'exactly the key "disclosed"'),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),  # deeper than the parser's recursion limit
        ('{"disclosed": [' + "9" * 5000 + "]}", "not JSON"),  # past Python's integer-digits limit
    ],
)
def test_parse_reply_rejects_anything_else(reply: str, message: str) -> None:
    with pytest.raises(JudgeReplyError, match=message):
        parse_reply(reply, 2)


def test_prompt_numbers_the_users_category_names() -> None:
    messages = build_messages(["my card", "phone"], "Call 555-0132")
    assert messages[0]["role"] == "system" and '{"disclosed"' in messages[0]["content"]
    assert "1. my card\n2. phone" in messages[1]["content"]
    assert "<<<\nCall 555-0132\n>>>" in messages[1]["content"]


class _FakeOpenAI(BaseHTTPRequestHandler):
    """A tiny OpenAI-compatible chat server: says category 1 is disclosed when the answer has digits."""

    requests: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        answer = body["messages"][1]["content"].split("<<<\n", 1)[1]
        if "garble" in answer:
            content = "I think it is fine."
        else:
            content = json.dumps({"disclosed": [1] if any(ch.isdigit() for ch in answer) else []})
        payload = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_openai() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeOpenAI.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_judge_through_litellm_against_a_real_local_server(fake_openai: str) -> None:
    settings = VerifySettings(
        checks={
            "judge": {
                "type": "judge",
                "model": "openai/tiny-judge",
                "api_base": fake_openai,
                "api_key": "sk-test",
                "timeout_s": 60,  # the machine is shared; a timeout has its own test
            }
        },
        check_timeout_s=60,
    )
    verifier = Verifier(settings)
    verifier.warm_up()  # imports litellm, as the proxy does at start-up
    evaded = frozenset({"a1_age_approx"})
    leak = await verifier.verify(evaded, "He is about 45 years old.", names={"a1_age_approx": "my age"})
    assert leak.outcome == "blocked" and leak.categories == ("a1_age_approx",)
    assert leak.verdicts["judge"].duration_ms > 0
    clean = await verifier.verify(evaded, "I can't tell his age.")
    assert clean.outcome == "allowed"
    garbled = await verifier.verify(evaded, "garble")
    assert garbled.outcome == "error" and "not JSON" in garbled.reason
    sent = _FakeOpenAI.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["auth"] == "Bearer sk-test"
    assert sent["body"]["model"] == "tiny-judge" and "1. my age" in sent["body"]["messages"][1]["content"]


async def test_unreachable_judge_fails_closed() -> None:
    settings = VerifySettings(
        checks={"judge": {"type": "judge", "model": "openai/x", "api_base": "http://127.0.0.1:9/v1", "api_key": "k"}}
    )
    result = await Verifier(settings).verify(frozenset({"a1_age_approx"}), "He is 45.")
    assert result.outcome == "error"
    assert (result.verdicts["judge"].error or "").startswith("judge call failed: ")
