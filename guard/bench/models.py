"""Model access for the harness: any OpenAI-compatible endpoint (httpx) or any litellm model.

Both speak the same small interface, :class:`ChatModel`, so the runner, the judges and certification
do not care whether they drive vLLM, a provider, the guard proxy over HTTP, or the proxy in-process
through ``httpx.ASGITransport``. Failures raise :class:`ModelCallError` with ``retryable`` set for
429, 5xx and timeouts, which the runner retries with backoff.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import httpx
from pydantic import BaseModel, ConfigDict, Field

from guard.errors import GuardError

Message = dict[str, Any]


class GenParams(BaseModel):
    """Generation parameters; part of every cache key. Defaults follow the paper: greedy, 512 tokens."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(default=512, ge=1)


class ModelCallError(GuardError):
    """A model call failed; ``retryable`` for rate limits, server errors and timeouts."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


@dataclass(frozen=True, slots=True)
class Reply:
    """A model's answer text plus what the guard said about it (``X-Guard-Outcome``, if any)."""

    text: str
    guard_outcome: str | None = None


DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""Largest reply body read from a model (an endless body is cut off and the call fails)."""


def message_text(message: Any) -> str:
    """The assistant message's text for every content shape OpenAI-compatible servers send.

    A string; a list of parts (``text``/``output_text`` parts, ``refusal`` parts, bare strings); no
    content but a ``refusal``; tool or function calls (their arguments are what the model said).
    ``null`` content with nothing else is an empty answer. Any other shape raises ModelCallError:
    it is never silently read as "".
    """
    if not isinstance(message, Mapping):
        raise ModelCallError("reply message is not an object", retryable=False)
    content = message.get("content")
    texts: list[str] = []
    if isinstance(content, str):
        texts.append(content)
    elif isinstance(content, list):
        pieces: list[str] = []  # parts are pieces of one message: concatenated as they are
        for i, part in enumerate(content):
            if isinstance(part, str):
                pieces.append(part)
            elif isinstance(part, Mapping) and isinstance(part.get("text"), str):
                pieces.append(part["text"])
            elif isinstance(part, Mapping) and isinstance(part.get("refusal"), str):
                pieces.append(part["refusal"])
            elif isinstance(part, Mapping) and isinstance(part.get("type"), str) and "url" not in str(part["type"]):
                raise ModelCallError(f"reply content[{i}]: part type {part['type']!r} has no text", retryable=False)
        if pieces:
            texts.append("".join(pieces))
    elif content is not None:
        raise ModelCallError(f"reply content is a {type(content).__name__}; expected text or parts", retryable=False)
    if isinstance(message.get("refusal"), str):
        texts.append(message["refusal"])
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for call in calls:
            fn = call.get("function") if isinstance(call, Mapping) else None
            if isinstance(fn, Mapping):
                texts.append(f"{fn.get('name', '')}({fn.get('arguments', '')})")
    fn = message.get("function_call")
    if isinstance(fn, Mapping):
        texts.append(f"{fn.get('name', '')}({fn.get('arguments', '')})")
    if isinstance(content, list) and content and not texts:
        raise ModelCallError("reply content parts carry no text", retryable=False)
    return "\n".join(texts)


class ChatModel(Protocol):
    """What the harness needs from a model. ``id`` names it in cache keys and reports."""

    @property
    def id(self) -> str: ...

    async def complete(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> str: ...

    async def aclose(self) -> None: ...


def is_retryable_status(status: int) -> bool:
    return status == 429 or status == 408 or status >= 500


@lru_cache(maxsize=256)
def image_data_url(path: Path) -> str:
    """An image file as a ``data:`` URL (cached: a benchmark reuses each image many times)."""
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def user_messages(text: str, image: Path | None) -> list[Message]:
    """One user turn, the image part before the text (docs/design.md, "Prompt format")."""
    if image is None:
        return [{"role": "user", "content": text}]
    parts: list[dict[str, Any]] = [
        {"type": "image_url", "image_url": {"url": image_data_url(image)}},
        {"type": "text", "text": text},
    ]
    return [{"role": "user", "content": parts}]


class OpenAIHTTPModel:
    """An OpenAI-compatible ``/chat/completions`` endpoint reached with httpx.

    ``transport`` swaps the network: ``httpx.ASGITransport(app)`` drives an ASGI app (the guard proxy)
    in-process; ``httpx.MockTransport`` scripts replies in tests.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 120.0,
        alias: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.model = model
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url.rstrip("/")
        base_headers = dict(headers or {})
        if api_key:
            base_headers["Authorization"] = f"Bearer {api_key}"
        self._client = httpx.AsyncClient(
            base_url=self.base_url, headers=base_headers, transport=transport, timeout=timeout
        )
        self._id = alias or f"openai-http:{self.base_url}:{model}"

    @property
    def id(self) -> str:
        return self._id

    async def complete(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> str:
        return (await self.complete_reply(messages, params, headers)).text

    async def complete_reply(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> Reply:
        """The answer and the guard's ``X-Guard-Outcome``; the body is read up to ``max_response_bytes``."""
        body = {"model": self.model, "messages": messages, **params.model_dump()}
        try:
            async with self._client.stream("POST", "/chat/completions", json=body, headers=dict(headers or {})) as resp:
                data = bytearray()
                async for chunk in resp.aiter_bytes():
                    data += chunk
                    if len(data) > self.max_response_bytes:
                        raise ModelCallError(
                            f"{self.base_url}: reply body larger than {self.max_response_bytes} bytes; cut off",
                            retryable=False,
                            status=resp.status_code,
                        )
        except httpx.TimeoutException as exc:
            raise ModelCallError(f"{self.base_url}: timed out ({type(exc).__name__})", retryable=True) from None
        except httpx.TransportError as exc:
            raise ModelCallError(f"{self.base_url}: connection failed: {exc}", retryable=True) from None
        if resp.status_code != 200:
            raise ModelCallError(
                f"{self.base_url}: HTTP {resp.status_code}: {_error_detail(bytes(data))}",
                retryable=is_retryable_status(resp.status_code),
                status=resp.status_code,
            )
        try:
            message = json.loads(data)["choices"][0]["message"]
        except (ValueError, KeyError, IndexError, TypeError, RecursionError):
            raise ModelCallError(f"{self.base_url}: reply is not an OpenAI chat completion", retryable=False) from None
        return Reply(message_text(message), resp.headers.get("x-guard-outcome"))

    async def aclose(self) -> None:
        await self._client.aclose()


def _error_detail(data: bytes) -> str:
    try:
        err = json.loads(data).get("error")
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])[:200]
    except (ValueError, AttributeError, RecursionError):
        pass
    return data[:200].decode("utf-8", "replace")


class LiteLLMModel:
    """Any model litellm can reach (``openai/gpt-4o``, ``hosted_vllm/...``, ...); imported lazily."""

    def __init__(
        self,
        model: str,
        *,
        api_base: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
    ) -> None:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        self.model = model
        self.api_base = api_base
        self.api_key = api_key
        self.timeout = timeout

    @property
    def id(self) -> str:
        return f"litellm:{self.model}" + (f"@{self.api_base}" if self.api_base else "")

    async def complete(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> str:
        import litellm

        kwargs: dict[str, Any] = {"timeout": self.timeout, "num_retries": 0}
        if self.api_base:
            kwargs["api_base"] = self.api_base
        if self.api_key:
            kwargs["api_key"] = self.api_key
        if headers:
            kwargs["extra_headers"] = dict(headers)
        try:
            resp = await litellm.acompletion(model=self.model, messages=messages, **params.model_dump(), **kwargs)
        except Exception as exc:  # litellm raises many exception types; classify by status
            status = getattr(exc, "status_code", None)
            name = type(exc).__name__
            retryable = (
                "timeout" in name.lower()
                or name in ("APIConnectionError", "RateLimitError", "ServiceUnavailableError", "InternalServerError")
                or (isinstance(status, int) and is_retryable_status(status))
            )
            raise ModelCallError(
                f"{self.model}: {type(exc).__name__}: {str(exc)[:200]}",
                retryable=bool(retryable),
                status=status if isinstance(status, int) else None,
            ) from None
        message = resp.choices[0].message
        dump = message.model_dump() if hasattr(message, "model_dump") else dict(message)
        return message_text(dump)

    async def aclose(self) -> None:
        """Close litellm's cached async clients (they belong to this event loop)."""
        import sys

        litellm = sys.modules.get("litellm")
        if litellm is not None:
            await litellm.close_litellm_async_clients()


def make_model(
    model: str, *, api_base: str | None = None, api_key: str | None = None, timeout: float = 120.0
) -> ChatModel:
    """``--api-base`` given: an OpenAI-compatible endpoint through httpx; otherwise litellm."""
    if api_base:
        return OpenAIHTTPModel(api_base, model, api_key=api_key, timeout=timeout)
    return LiteLLMModel(model, api_key=api_key, timeout=timeout)
