"""Parsing and checking an OpenAI chat request before anything is sent upstream.

Cheap checks first (size, JSON, shape), then images: a data URL must be base64 of a PNG, JPEG, WebP
or GIF no larger than ``limits.max_image_bytes``; http(s) URLs pass through when allowed (the
upstream fetches them). Each failure is a 400 naming the field and what would be valid.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass
from typing import Any

import orjson

from guard.proxy.config import Limits
from guard.proxy.errors import BadRequest, PayloadTooLarge

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
MAGIC: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "jpg": (b"\xff\xd8\xff",),
    "webp": (b"RIFF",),
    "gif": (b"GIF87a", b"GIF89a"),
}


@dataclass(frozen=True)
class ChatRequest:
    """The parsed body plus the fields the proxy acts on."""

    body: dict[str, Any]
    model: str
    stream: bool
    messages: list[dict[str, Any]]


def parse_chat(raw: bytes, limits: Limits) -> ChatRequest:
    """Validate a ``/v1/chat/completions`` body; raises BadRequest / PayloadTooLarge."""
    if len(raw) > limits.max_request_bytes:
        raise PayloadTooLarge(f"request body is {len(raw)} bytes; the limit is {limits.max_request_bytes}")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadRequest("request body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise BadRequest("model: required, a configured model alias (see GET /v1/models)", param="model")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise BadRequest(f"stream: expected true or false, got {stream!r}", param="stream")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise BadRequest("messages: required, a non-empty list of chat messages", param="messages")
    images = 0
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise BadRequest(f"messages[{i}]: expected an object with 'role' and 'content'", param="messages")
        role = msg.get("role")
        if role not in ROLES:
            raise BadRequest(f"messages[{i}].role: {role!r} is not one of {', '.join(sorted(ROLES))}", param="messages")
        content = msg.get("content")
        if isinstance(content, list):
            for j, part in enumerate(content):
                if isinstance(part, dict) and part.get("type") == "image_url":
                    images += 1
                    if images > limits.max_images:
                        raise BadRequest(f"too many images: the limit is {limits.max_images} per request")
                    check_image(part, f"messages[{i}].content[{j}]", limits)
    return ChatRequest(body, model, stream, messages)


def check_image(part: dict[str, Any], where: str, limits: Limits) -> None:
    """One ``image_url`` part: a data URL of a known image type within the size limit, or an http(s) URL."""
    spec = part.get("image_url")
    url = spec.get("url") if isinstance(spec, dict) else spec
    if not isinstance(url, str) or not url:
        raise BadRequest(f"{where}.image_url.url: required, a data: URL or an http(s) URL", param="messages")
    if url.startswith(("http://", "https://")):
        if not limits.allow_image_urls:
            raise BadRequest(f"{where}.image_url.url: image URLs are disabled here; send a base64 data: URL")
        return
    if not url.startswith("data:"):
        raise BadRequest(
            f"{where}.image_url.url: unsupported scheme {url.split(':', 1)[0][:16]!r}; "
            "use data:image/<png|jpeg|webp|gif>;base64,... or http(s)"
        )
    header, sep, data = url.partition(",")
    mime = header[5:].split(";")
    fmt = mime[0].removeprefix("image/") if mime[0].startswith("image/") else ""
    if not sep or fmt not in MAGIC or "base64" not in mime[1:]:
        raise BadRequest(
            f"{where}.image_url.url: {header[:40]!r} is not a supported image data URL; "
            "expected data:image/<png|jpeg|webp|gif>;base64,..."
        )
    size = len(data) * 3 // 4 - data[-2:].count("=")
    if size > limits.max_image_bytes:
        raise BadRequest(
            f"{where}: image is {size} bytes; the limit is {limits.max_image_bytes}", code="image_too_large"
        )
    try:
        decoded = binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        raise BadRequest(f"{where}.image_url.url: the base64 image data is corrupt", code="bad_image") from None
    if not decoded.startswith(MAGIC[fmt]) or (fmt == "webp" and decoded[8:12] != b"WEBP"):
        raise BadRequest(f"{where}.image_url.url: the data is not a {fmt.upper()} image", code="bad_image")
