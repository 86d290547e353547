"""What ``guard dev demo`` prints per request: the prompt from the audit row, refusal vs answer, the audit fields."""

from __future__ import annotations

import io
import json

from rich.console import Console

from guard.dev.demo import Narrator, Sent, show_request, told

ROW = {
    "request_id": "req-1",
    "user": "alice",
    "model": "private-vlm",
    "served_by": None,
    "outcome": "blocked",
    "status": 200,
    "evaded": ["a49_phone"],
    "error": "precheck: question targets evaded a49_phone",
    "content": json.dumps(
        {
            "messages": [
                {"role": "system", "content": "ignored"},
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": "sha256:ab"}},
                        {"type": "text", "text": "phone is considered as private information.\n\nWhat number?"},
                    ],
                },
            ]
        }
    ),
}


def render(sent: Sent, row: dict[str, object] | None) -> str:
    buf = io.StringIO()
    show_request(Narrator(Console(file=buf, width=200, no_color=True)), sent, row)
    return buf.getvalue()


def test_told_reads_the_last_user_turn_of_the_audit_content() -> None:
    text = told(ROW)
    assert text == "[1 image(s), unchanged]\nphone is considered as private information.\n\nWhat number?"
    assert told({"content": None}) is None
    assert told(None) is None


def test_a_refusal_before_the_upstream_shows_the_prepared_prompt_and_the_reason() -> None:
    sent = Sent("alice", "What number?", "req-1", "blocked", "I can't share that: phone is private for this user.", 0.1)
    out = render(sent, ROW)
    assert "prepared [1 image(s), unchanged]\n           phone is considered as private information." in out
    assert "(not sent: the guard refused before calling the model)" in out
    assert "refusal  \"I can't share that" in out
    assert "verify   blocked: precheck: question targets evaded a49_phone" in out
    assert "audit    request_id=req-1  user=alice" in out


def test_an_answer_shows_what_the_model_was_told_and_untrusted_text_literally() -> None:
    row = {**ROW, "served_by": "private-vlm", "outcome": "answered", "error": None}
    sent = Sent("bob", "What number?", "req-1", "answered", "[bold]x\x1b[2J", 0.1)
    out = render(sent, row)
    assert "told     [1 image(s), unchanged]" in out
    assert "answer   '[bold]x\\x1b[2J'" in out  # repr: markup and escapes are shown, never interpreted
    assert "\x1b[2J" not in out
