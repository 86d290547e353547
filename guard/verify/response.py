"""Refusal text in the user's terms, carried in OpenAI's chat.completion shapes (body and SSE chunks)."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from guard.taxonomy import Catalog, default_catalog
from guard.verify.settings import DEFAULT_TEMPLATE


def join_names(names: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(dict.fromkeys(names))
    if len(items) <= 1:
        return items[0] if items else "this information"
    return ", ".join(items[:-1]) + " and " + items[-1]


def refusal_text(
    categories: Sequence[str],
    *,
    names: Mapping[str, str] | None = None,
    template: str = DEFAULT_TEMPLATE,
    catalog: Catalog | None = None,
) -> str:
    """The replacement answer, naming the protected categories as the user knows them."""
    cat = catalog or default_catalog()
    shown = []
    for cid in categories:
        given = (names or {}).get(cid)
        shown.append(given or (cat.categories[cid].name if cid in cat.categories else cid))
    return template.format(categories=join_names(shown))


def chat_completion_body(
    text: str, *, model: str, completion_id: str | None = None, created: int | None = None
) -> dict[str, Any]:
    """A complete ``chat.completion`` response body whose assistant message is ``text``."""
    return {
        "id": completion_id or f"chatcmpl-guard-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": created if created is not None else int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": None, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def chunk(
    *,
    model: str,
    completion_id: str,
    created: int,
    content: str | None = None,
    role: bool = False,
    finish_reason: str | None = None,
) -> dict[str, Any]:
    """One ``chat.completion.chunk`` object."""
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = "assistant"
    if content is not None:
        delta["content"] = content
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }


def sse(data: Mapping[str, Any] | str) -> bytes:
    """One server-sent event line (``data: ...`` and a blank line)."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"data: {payload}\n\n".encode()


def sse_chunks(
    text: str, *, model: str, completion_id: str | None = None, created: int | None = None, role: bool = True
) -> list[bytes]:
    """A whole streamed answer carrying ``text``: role chunk, content chunk, stop chunk, ``[DONE]``."""
    cid = completion_id or f"chatcmpl-guard-{uuid.uuid4().hex[:24]}"
    ts = created if created is not None else int(time.time())
    events = []
    if role:
        events.append(sse(chunk(model=model, completion_id=cid, created=ts, role=True, content="")))
    events.append(sse(chunk(model=model, completion_id=cid, created=ts, content=text)))
    events.append(sse(chunk(model=model, completion_id=cid, created=ts, finish_reason="stop")))
    events.append(sse("[DONE]"))
    return events
