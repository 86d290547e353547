"""Errors the proxy returns to clients, in OpenAI's JSON error shape.

Every failure a client can see is an ``ApiError`` carrying the HTTP status, OpenAI's ``type`` and
``code``, and one line that says what was wrong and what would be valid. Messages never carry upstream
credentials, upstream URLs or exception internals: those go to the operator log only.
"""

from __future__ import annotations

from typing import Any

import orjson

from guard.errors import GuardError

MAX_MESSAGE = 600
"""Longest error message sent to a client: a request can never make the guard echo megabytes back."""


def shown(value: Any, limit: int = 64) -> str:
    """``repr(value)`` cut to ``limit`` characters, for echoing client input in an error message."""
    text = repr(value) if not isinstance(value, str) else repr(value[: limit + 1])
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ConfigError(GuardError):
    """The proxy configuration is invalid; one line per problem, naming file, field and value."""


class ApiError(GuardError):
    """An error answered to the client with ``status`` and OpenAI's ``{"error": {...}}`` body."""

    status = 400
    type = "invalid_request_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 3] + "..."
        super().__init__(message)
        self.message = message
        self.param = param if param is None or len(param) <= 64 else param[:61] + "..."
        if code is not None:
            self.code = code

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    def to_bytes(self) -> bytes:
        return orjson.dumps(self.body())


class BadRequest(ApiError):
    """400: malformed request, bad or oversized image."""


class PayloadTooLarge(ApiError):
    """413: the request body is over ``limits.max_request_bytes``."""

    status = 413
    code = "request_too_large"


class Unauthorized(ApiError):
    """401: missing or unknown API key."""

    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class Forbidden(ApiError):
    """403: user, scenario or model not allowed for the key, or no policy under ``no_policy: reject``."""

    status = 403
    type = "permission_error"
    code = "forbidden"


class ModelNotFound(ApiError):
    """404: the model alias is not configured."""

    status = 404
    type = "invalid_request_error"
    code = "model_not_found"


class UpstreamError(ApiError):
    """502: the upstream failed; the message names the alias only, never URLs or credentials."""

    status = 502
    type = "api_error"
    code = "upstream_error"


class UpstreamTimeout(ApiError):
    """504: the upstream did not answer within the alias's timeout."""

    status = 504
    type = "api_error"
    code = "upstream_timeout"


class RequestTimeout(ApiError):
    """408: the client did not send its body within ``server.body_timeout_s``."""

    status = 408
    code = "request_timeout"


class NotReady(ApiError):
    """503: the guard cannot decide (e.g. a user's policy failed to load): fail closed, say why."""

    status = 503
    type = "api_error"
    code = "guard_not_ready"
