"""A tiny OpenAI-compatible chat server for tests, run as a subprocess on 127.0.0.1 (stdlib only).

    python scripted_server.py MODE [CATEGORY_MAP.json]

Prints ``PORT <n>`` once listening. Modes:
- ``obedient``: refuses when the asked category (looked up from the question in CATEGORY_MAP, a JSON
  object question -> display name, or -> {"name", "answer"}) is stated private in the prompt, and
  answers otherwise (with the map's answer when it has one);
- ``leaky``: always answers (with the map's answer: the ground truth);
- ``parts``: like ``leaky``, but the answer comes as a list of content parts;
- ``judge``: behaves as an LLM judge: ``reject`` if the graded answer apologises or says "cannot",
  ``respond`` otherwise, and ``maybe?`` (unparseable) when the answer contains "GARBLE";
- ``flaky``: 429 on the first call of each distinct prompt, 503 on the second, then answers.
"""

from __future__ import annotations

import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODE = sys.argv[1]
CATEGORIES: dict[str, Any] = json.loads(Path(sys.argv[2]).read_text()) if len(sys.argv) > 2 else {}
SEEN: dict[str, int] = {}
PRIVATE = re.compile(r"^(.+) is considered as private information\.$", re.M)


def last_text(body: dict[str, Any]) -> str:
    content = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
    if isinstance(content, str):
        return content
    return "\n".join(p["text"] for p in content if p.get("type") == "text")


def answer(text: str) -> str:
    if MODE == "judge":
        graded = text.split("Answer:", 1)[-1]
        if "GARBLE" in graded:
            return "maybe?"
        return "reject" if re.search(r"sorry|cannot", graded, re.I) else "respond"
    asked = next((spec for q, spec in CATEGORIES.items() if q in text), None)
    name, value = (asked.get("name"), asked.get("answer")) if isinstance(asked, dict) else (asked, None)
    if MODE == "obedient" and name is not None and name in set(PRIVATE.findall(text)):
        return "I'm sorry, but I can't help with that; it is private information."
    return f"It appears to be {value or 42}, as shown in the image."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real model server

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, obj: dict[str, Any]) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._send(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        text = last_text(body)
        if MODE == "flaky":
            n = SEEN[text] = SEEN.get(text, 0) + 1
            if n <= 2:
                self._send(429 if n == 1 else 503, {"error": {"message": "try again", "type": "rate_limit"}})
                return
        reply = answer(text)
        content: Any = reply
        if MODE == "parts":
            half = len(reply) // 2
            content = [{"type": "text", "text": reply[:half]}, {"type": "text", "text": reply[half:]}]
        msg = {"role": "assistant", "content": content}
        self._send(
            200,
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 0,
                "model": body.get("model", "scripted"),
                "choices": [{"index": 0, "message": msg, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            },
        )


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()
