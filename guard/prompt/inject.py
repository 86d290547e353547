"""Placing the rendered prompt into OpenAI chat messages.

Only the last user turn changes: its image (and other non-text) parts are kept, in order, before a
single text part holding the rendered prompt. Earlier turns and system messages are untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from guard.errors import GuardError

Message = dict[str, Any]


class InjectionError(GuardError, ValueError):
    """The messages cannot carry a policy (no user turn, or content of an unknown shape)."""


def _last_user_index(messages: Sequence[Message]) -> int:
    for i in range(len(messages) - 1, -1, -1):
        if isinstance(messages[i], dict) and messages[i].get("role") == "user":
            return i
    raise InjectionError("messages: no user message to apply the privacy policy to")


def _split(content: Any, index: int) -> tuple[list[Any], str]:
    if isinstance(content, str):
        return [], content
    if not isinstance(content, list):
        raise InjectionError(f"messages[{index}].content: expected a string or a list of parts")
    others: list[Any] = []
    texts: list[str] = []
    for j, part in enumerate(content):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise InjectionError(f"messages[{index}].content[{j}]: expected an object with a 'type'")
        if part["type"] == "text":
            text = part.get("text")
            if not isinstance(text, str):
                raise InjectionError(f"messages[{index}].content[{j}].text: expected a string")
            texts.append(text)
        else:
            others.append(part)
    return others, "\n".join(texts)


def last_user_question(messages: Sequence[Message]) -> str:
    """The text of the last user turn (text parts joined with newlines)."""
    i = _last_user_index(messages)
    return _split(messages[i].get("content"), i)[1]


def inject_prompt(messages: Sequence[Message], render: Callable[[str], str]) -> list[Message]:
    """A new message list whose last user turn is ``render(question)``, images first.

    A string content stays a string when the turn holds no other parts.
    """
    i = _last_user_index(messages)
    others, question = _split(messages[i].get("content"), i)
    text = render(question)
    content: str | list[Any] = text if not others else [*others, {"type": "text", "text": text}]
    out = list(messages)
    out[i] = {**messages[i], "content": content}
    return out
