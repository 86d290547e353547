"""The OpenAI chat wire format, owned in one place: requests in, upstream payloads out, answers back.

Why one module: the guard only forwards what it understands. A client body is parsed into typed
values (``ChatRequest``: messages, parts by type, generation parameters checked one by one); anything
else is a 400 naming the field. What goes upstream is *built* from those values with an allow-list per
upstream kind (``upstream_payload``, ``litellm_kwargs``), never by passing the client's dict on, so a
client can never reach an upstream argument the guard did not choose (``api_base``, ``mock_response``,
``chat_template``...). Answers are parsed the same way (``parse_completion``, ``parse_chunk``): every
channel a model can release (content, content parts, tool calls, function calls, reasoning, refusal,
logprobs) is named, so enforcement can check it or drop it; a malformed answer is a 502.

Limits are enforced while parsing (JSON depth, counts, string sizes, media), so no input can reach an
error path that answers 500. ``SSEDecoder`` reads server-sent events with LF, CRLF or CR line ends.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from guard.proxy.config import Limits
from guard.proxy.errors import BadRequest, PayloadTooLarge, UpstreamError, shown

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]
ROLES: tuple[Role, ...] = ("system", "developer", "user", "assistant", "tool", "function")
UpstreamKind = Literal["openai", "litellm"]

TEXT_PARTS = frozenset({"text", "input_text", "output_text"})
"""Part types whose ``text`` is text written by the sender (all count as the question in a user turn)."""
IMAGE_PARTS = frozenset({"image_url", "input_image"})
UNSUPPORTED_MEDIA = frozenset(
    {"video_url", "audio_url", "input_audio", "image_embeds", "file", "input_file", "image_pil", "input_video"}
)
"""Media part types the guard cannot check; refused (never forwarded unchecked)."""
IMAGE_FORMATS: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "jpg": (b"\xff\xd8\xff",),
    "webp": (b"RIFF",),
    "gif": (b"GIF87a", b"GIF89a"),
}
MAX_ID = 256
"""Longest id, name, tool name or user string accepted (and echoed) from a client."""

# --- request fields -----------------------------------------------------------------------------------

Checker = Callable[[str, Any, Limits], Any]


def _int(lo: int, hi: int) -> Checker:
    def check(name: str, value: Any, _limits: Limits) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise BadRequest(f"{name}: expected an integer from {lo} to {hi}, got {shown(value)}", param=name)
        return value

    return check


def _num(lo: float, hi: float) -> Checker:
    def check(name: str, value: Any, _limits: Limits) -> float | int:
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            raise BadRequest(f"{name}: expected a number from {lo:g} to {hi:g}, got {shown(value)}", param=name)
        return value

    return check


def _bool(name: str, value: Any, _limits: Limits) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"{name}: expected true or false, got {shown(value)}", param=name)
    return value


def _short_str(name: str, value: Any, _limits: Limits) -> str:
    if not isinstance(value, str) or len(value) > MAX_ID:
        raise BadRequest(f"{name}: expected a string of at most {MAX_ID} characters, got {shown(value)}", param=name)
    return value


def _n(name: str, value: Any, limits: Limits) -> int:
    n: int = _int(1, limits.max_choices)(name, value, limits)
    return n


def _stop(name: str, value: Any, limits: Limits) -> str | list[str]:
    if isinstance(value, str):
        return _short_str(name, value, limits)
    if isinstance(value, list) and len(value) <= 4:
        return [_short_str(f"{name}[{i}]", v, limits) for i, v in enumerate(value)]
    raise BadRequest(f"{name}: expected a string or a list of at most 4 strings, got {shown(value)}", param=name)


def _logit_bias(name: str, value: Any, _limits: Limits) -> dict[str, float | int]:
    if not isinstance(value, dict) or len(value) > 300:
        raise BadRequest(f"{name}: expected an object of at most 300 token ids -> bias", param=name)
    out: dict[str, float | int] = {}
    for k, v in value.items():
        if not k.isdigit() or len(k) > 10:
            raise BadRequest(f"{name}: key {shown(k)} is not a token id (digits)", param=name)
        out[k] = _num(-100, 100)(f"{name}.{k}", v, _limits)
    return out


def _stream_options(name: str, value: Any, limits: Limits) -> dict[str, bool]:
    if not isinstance(value, dict) or set(value) - {"include_usage"}:
        raise BadRequest(f'{name}: expected {{"include_usage": true|false}}', param=name)
    return {k: _bool(f"{name}.{k}", v, limits) for k, v in value.items()}


def _response_format(name: str, value: Any, limits: Limits) -> dict[str, Any]:
    kind = value.get("type") if isinstance(value, dict) else None
    if kind in ("text", "json_object") and set(value) == {"type"}:
        return {"type": kind}
    if kind == "json_schema" and set(value) == {"type", "json_schema"}:
        spec = value["json_schema"]
        where = f"{name}.json_schema"
        if not isinstance(spec, dict):
            raise BadRequest(f"{where}: expected an object with name and schema", param=name)
        _only(spec, {"name", "schema", "strict", "description"}, where)
        out: dict[str, Any] = {"name": _short_str(f"{where}.name", spec.get("name"), limits)}
        if "schema" in spec:
            if not isinstance(spec["schema"], dict):
                raise BadRequest(f"{where}.schema: expected a JSON schema object", param=name)
            check_depth(spec["schema"], limits.max_json_depth, f"{where}.schema")
            out["schema"] = spec["schema"]
        if "strict" in spec:
            out["strict"] = _bool(f"{where}.strict", spec["strict"], limits)
        if "description" in spec:
            out["description"] = _text(f"{where}.description", spec["description"], limits)
        return {"type": "json_schema", "json_schema": out}
    raise BadRequest(
        f"{name}: expected {{type: text}}, {{type: json_object}} or {{type: json_schema, json_schema: {{...}}}}",
        param=name,
    )


def _tools(name: str, value: Any, limits: Limits) -> list[dict[str, Any]]:
    if not isinstance(value, list) or len(value) > limits.max_tools:
        raise BadRequest(f"{name}: expected a list of at most {limits.max_tools} tools", param=name)
    out = []
    for i, tool in enumerate(value):
        where = f"{name}[{i}]"
        if not isinstance(tool, dict) or tool.get("type") != "function" or not isinstance(tool.get("function"), dict):
            raise BadRequest(f"{where}: expected {{type: function, function: {{name, parameters}}}}", param=name)
        _only(tool, {"type", "function"}, where)
        fn = tool["function"]
        _only(fn, {"name", "description", "parameters", "strict"}, f"{where}.function")
        built: dict[str, Any] = {"name": _identifier(f"{where}.function.name", fn.get("name"))}
        if "description" in fn:
            built["description"] = _text(f"{where}.function.description", fn["description"], limits)
        if "parameters" in fn:
            if not isinstance(fn["parameters"], dict):
                raise BadRequest(f"{where}.function.parameters: expected a JSON schema object", param=name)
            check_depth(fn["parameters"], limits.max_json_depth, f"{where}.function.parameters")
            built["parameters"] = fn["parameters"]
        if "strict" in fn:
            built["strict"] = _bool(f"{where}.function.strict", fn["strict"], limits)
        out.append({"type": "function", "function": built})
    return out


def _tool_choice(name: str, value: Any, limits: Limits) -> str | dict[str, Any]:
    if value in ("none", "auto", "required"):
        return str(value)
    if isinstance(value, dict) and value.get("type") == "function" and isinstance(value.get("function"), dict):
        _only(value, {"type", "function"}, name)
        _only(value["function"], {"name"}, f"{name}.function")
        return {
            "type": "function",
            "function": {"name": _short_str(f"{name}.function.name", value["function"].get("name"), limits)},
        }
    raise BadRequest(f"{name}: expected none, auto, required or {{type: function, function: {{name}}}}", param=name)


REQUEST_FIELDS: dict[str, Checker] = {
    "max_tokens": _int(1, 10_000_000),
    "max_completion_tokens": _int(1, 10_000_000),
    "temperature": _num(0, 2),
    "top_p": _num(0, 1),
    "n": _n,
    "stop": _stop,
    "presence_penalty": _num(-2, 2),
    "frequency_penalty": _num(-2, 2),
    "seed": _int(-(2**63), 2**63 - 1),
    "logit_bias": _logit_bias,
    "logprobs": _bool,
    "top_logprobs": _int(0, 20),
    "user": _short_str,
    "stream_options": _stream_options,
    "response_format": _response_format,
    "tools": _tools,
    "tool_choice": _tool_choice,
    "parallel_tool_calls": _bool,
}
"""Generation parameters a client may send, each with its check. Everything else needs the operator's
``allow_fields`` on the alias; prompt-shaping fields (chat_template, guided decoding, ...) are refused."""

PROMPT_SHAPING = frozenset(
    {
        "chat_template",
        "chat_template_kwargs",
        "continue_final_message",
        "add_generation_prompt",
        "add_special_tokens",
        "echo",
        "documents",
        "guided_json",
        "guided_regex",
        "guided_choice",
        "guided_grammar",
        "guided_decoding_backend",
        "guided_whitespace_pattern",
        "structured_outputs",
        "mm_processor_kwargs",
        "prompt",
        "functions",
        "function_call",
    }
)
"""Named in the 400 so an integrator knows why (they change what the model reads, around the policy)."""

LITELLM_FORBIDDEN = frozenset(
    {
        "model",
        "messages",
        "stream",
        "base_url",
        "api_base",
        "api_key",
        "api_version",
        "organization",
        "fallbacks",
        "context_window_fallback_dict",
        "extra_headers",
        "headers",
        "extra_body",
        "mock_response",
        "mock_tool_calls",
        "custom_llm_provider",
        "model_list",
        "metadata",
        "timeout",
        "num_retries",
        "input_cost_per_token",
        "output_cost_per_token",
        "litellm_logging_obj",
        "logger_fn",
        "proxy_server_request",
        "aws_access_key_id",
        "aws_secret_access_key",
        "aws_region_name",
        "vertex_credentials",
        "vertex_project",
    }
)
"""Never accepted from a client for a litellm alias, even if an operator lists it in ``allow_fields``:
these choose where the prompt (and the operator's credentials) go, or fake the answer."""


# --- typed request ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str


@dataclass(frozen=True, slots=True)
class ImagePart:
    """An image: ``data`` holds the decoded bytes of a data URL (checked), None for an http(s) URL."""

    url: str
    detail: str | None = None
    data: bytes | None = None


Part = TextPart | ImagePart


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str | tuple[Part, ...] | None
    name: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None
    function_call: ToolCall | None = None

    @property
    def texts(self) -> list[str]:
        """The sender's text in this message, one entry per string or text part."""
        if isinstance(self.content, str):
            return [self.content]
        if self.content is None:
            return []
        return [p.text for p in self.content if isinstance(p, TextPart)]

    @property
    def images(self) -> list[ImagePart]:
        return [p for p in self.content if isinstance(p, ImagePart)] if isinstance(self.content, tuple) else []


@dataclass(frozen=True)
class ChatRequest:
    """A parsed ``/v1/chat/completions`` body: only what the guard understood, already checked."""

    model: str
    messages: tuple[Message, ...]
    stream: bool = False
    params: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Fields the operator allowed for this alias (``allow_fields``), forwarded as given."""

    @property
    def question(self) -> str:
        """Everything the user wrote, over every user turn and text part type (what the checks reason about)."""
        return "\n".join(t for m in self.messages if m.role == "user" for t in m.texts)

    @property
    def images(self) -> tuple[bytes, ...]:
        """The decoded bytes of every data-URL image, in order (for OCR-based checks)."""
        return tuple(p.data for m in self.messages for p in m.images if p.data is not None)

    @property
    def schema(self) -> dict[str, Any] | None:
        """The structured-output schema the answer must fill (response_format and tool parameters), or None."""
        out: dict[str, Any] = {}
        fmt = self.params.get("response_format")
        if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
            out["response_format"] = fmt["json_schema"]
        tools = self.params.get("tools")
        if tools:
            out["tools"] = [t["function"] for t in tools]
        return out or None


def parse_request(raw: bytes, limits: Limits, allowed_extra: Callable[[str], frozenset[str]]) -> ChatRequest:
    """Parse and check a client body; raises BadRequest / PayloadTooLarge (never anything else).

    ``allowed_extra(model)`` returns the extra fields the operator allows for that alias (empty for an
    unknown model: the caller answers 404 for it afterwards).
    """
    if len(raw) > limits.max_request_bytes:
        raise PayloadTooLarge(f"request body is {len(raw)} bytes; the limit is {limits.max_request_bytes}")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"request body is not valid JSON: {shown(str(exc), 120)}") from None
    if not isinstance(body, dict):
        raise BadRequest("request body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model or len(model) > MAX_ID:
        raise BadRequest("model: required, a configured model alias (see GET /v1/models)", param="model")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise BadRequest(f"stream: expected true or false, got {shown(stream)}", param="stream")
    extra_ok = allowed_extra(model)
    params: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in body.items():
        if name in ("model", "messages", "stream"):
            continue
        if name in extra_ok:
            check_depth(value, limits.max_json_depth, name)
            extra[name] = value
        elif name in REQUEST_FIELDS:
            if value is not None:
                params[name] = REQUEST_FIELDS[name](name, value, limits)
        elif name in PROMPT_SHAPING:
            raise BadRequest(
                f"{shown(name)}: not accepted: it changes how the model reads the prompt around the privacy "
                "policy (an operator may allow it per model alias with allow_fields)",
                param=name,
                code="unsupported_field",
            )
        else:
            raise BadRequest(
                f"{shown(name)}: unknown field; accepted: model, messages, stream, {', '.join(REQUEST_FIELDS)}",
                param=name,
                code="unsupported_field",
            )
    if "stream_options" in params and not stream:
        raise BadRequest("stream_options: only with stream: true", param="stream_options")
    if "top_logprobs" in params and not params.get("logprobs"):
        raise BadRequest("top_logprobs: only with logprobs: true", param="top_logprobs")
    messages = _messages(body.get("messages"), limits)
    return ChatRequest(model, messages, stream, params, extra)


def parse_messages(messages: Any, limits: Limits | None = None) -> tuple[Message, ...]:
    """Messages alone (for code that builds prompts outside the server, e.g. certification)."""
    return _messages(messages, limits or Limits())


def check_depth(value: Any, max_depth: int, name: str) -> None:
    """400 when a free-form value (a schema, an operator-allowed field) nests deeper than ``max_depth``.

    Iterative, so no recursion limit is ever hit. Everything else is rebuilt from typed values, so its
    depth is fixed by construction; JSON nested past the parser's own limit is already invalid JSON.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise BadRequest(f"{name}: nests deeper than {max_depth} levels", param=name.split(".")[0].split("[")[0])
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))


_MESSAGE_KEYS: dict[str, frozenset[str]] = {
    "system": frozenset({"role", "content", "name"}),
    "developer": frozenset({"role", "content", "name"}),
    "user": frozenset({"role", "content", "name"}),
    "assistant": frozenset({"role", "content", "name", "tool_calls", "function_call", "refusal"}),
    "tool": frozenset({"role", "content", "tool_call_id"}),
    "function": frozenset({"role", "content", "name"}),
}


def _messages(messages: Any, limits: Limits) -> tuple[Message, ...]:
    if not isinstance(messages, list) or not messages:
        raise BadRequest("messages: required, a non-empty list of chat messages", param="messages")
    if len(messages) > limits.max_messages:
        raise BadRequest(f"messages: {len(messages)} messages; the limit is {limits.max_messages}", param="messages")
    out: list[Message] = []
    counter = _MediaCounter(limits)
    for i, msg in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(msg, dict):
            raise BadRequest(f"{where}: expected an object with 'role' and 'content'", param="messages")
        role = msg.get("role")
        if role not in _MESSAGE_KEYS:
            raise BadRequest(f"{where}.role: {shown(role)} is not one of {', '.join(ROLES)}", param="messages")
        _only(msg, _MESSAGE_KEYS[role], where)
        out.append(_message(role, msg, where, limits, counter))
    if out[-1].role != "user":
        raise BadRequest(
            f"messages[{len(out) - 1}]: the conversation must end with a user turn (the guard applies the privacy "
            f"policy to it); got role {out[-1].role!r}",
            param="messages",
        )
    return tuple(out)


def _message(role: Role, msg: dict[str, Any], where: str, limits: Limits, counter: _MediaCounter) -> Message:
    name = _identifier(f"{where}.name", msg["name"]) if msg.get("name") is not None else None
    content = _content(role, msg.get("content"), where, limits, counter)
    tool_calls: tuple[ToolCall, ...] = ()
    function_call = None
    tool_call_id = None
    if role == "assistant":
        if msg.get("tool_calls") is not None:
            tool_calls = _tool_calls(msg["tool_calls"], f"{where}.tool_calls", limits)
        if msg.get("function_call") is not None:
            function_call = _function_call(msg["function_call"], f"{where}.function_call", limits)
        refusal = msg.get("refusal")
        if refusal is not None:  # the model's own earlier refusal: kept as text of that turn
            refusal = _text(f"{where}.refusal", refusal, limits)
            content = refusal if content is None else content
    elif role == "tool":
        tool_call_id = _short_str(f"{where}.tool_call_id", msg.get("tool_call_id"), limits)
    if content is None and role != "assistant":
        raise BadRequest(f"{where}.content: required for role {role!r}", param="messages")
    return Message(role, content, name, tool_calls, tool_call_id, function_call)


def _content(
    role: Role, content: Any, where: str, limits: Limits, counter: _MediaCounter
) -> str | tuple[Part, ...] | None:
    if content is None or isinstance(content, str):
        return content if content is None else _text(f"{where}.content", content, limits)
    if not isinstance(content, list) or len(content) > limits.max_parts:
        raise BadRequest(
            f"{where}.content: expected a string or a list of at most {limits.max_parts} parts", param="messages"
        )
    parts: list[Part] = []
    for j, part in enumerate(content):
        parts.append(_part(role, part, f"{where}.content[{j}]", limits, counter))
    return tuple(parts)


def _part(role: Role, part: Any, where: str, limits: Limits, counter: _MediaCounter) -> Part:
    kind = part.get("type") if isinstance(part, dict) else None
    if not isinstance(kind, str):
        raise BadRequest(f"{where}: expected an object with a 'type'", param="messages")
    if kind in TEXT_PARTS or (kind == "refusal" and role == "assistant"):
        key = "refusal" if kind == "refusal" else "text"
        _only(part, {"type", key}, where)
        return TextPart(_text(f"{where}.{key}", part.get(key), limits))
    if kind in IMAGE_PARTS and role == "user":
        return counter.image(part, kind, where)
    if kind in UNSUPPORTED_MEDIA or kind in IMAGE_PARTS or "image_url" in part:
        raise BadRequest(
            f"{where}: a {shown(kind)} part is not accepted here; this guard checks only images "
            "(image_url / input_image parts of user turns)",
            param="messages",
            code="unsupported_media",
        )
    raise BadRequest(
        f"{where}.type: {shown(kind)} is not a supported part type; use text or image_url", param="messages"
    )


class _MediaCounter:
    """Counts images over the whole conversation and checks each one."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.count = 0

    def image(self, part: dict[str, Any], kind: str, where: str) -> ImagePart:
        limits = self.limits
        self.count += 1
        if self.count > limits.max_images:
            raise BadRequest(
                f"{where}: too many images: the limit is {limits.max_images} per request", param="messages"
            )
        if kind == "image_url":
            _only(part, {"type", "image_url"}, where)
            spec = part.get("image_url")
            if isinstance(spec, dict):
                _only(spec, {"url", "detail"}, f"{where}.image_url")
                url, detail = spec.get("url"), spec.get("detail")
            else:
                url, detail = spec, None
        else:
            _only(part, {"type", "image_url", "detail"}, where)
            url, detail = part.get("image_url"), part.get("detail")
        if detail is not None and detail not in ("auto", "low", "high"):
            raise BadRequest(f"{where}.detail: expected auto, low or high, got {shown(detail)}", param="messages")
        if not isinstance(url, str) or not url:
            raise BadRequest(f"{where}.image_url: required, a data: URL or an http(s) URL", param="messages")
        if url.startswith(("http://", "https://")):
            if not limits.allow_image_urls:
                raise BadRequest(
                    f"{where}.image_url: image URLs are disabled here; send a base64 data: URL", param="messages"
                )
            if len(url) > 8192:
                raise BadRequest(f"{where}.image_url: URL over 8192 characters", param="messages")
            return ImagePart(url, detail)
        return ImagePart(url, detail, decode_image(url, where, limits))


def decode_image(url: str, where: str, limits: Limits) -> bytes:
    """A data URL's image bytes: a PNG, JPEG, WebP or GIF within the byte and pixel limits (header only)."""
    from guard.files import FileRefused, check_image

    if not url.startswith("data:"):
        raise BadRequest(
            f"{where}.image_url: unsupported scheme {shown(url.split(':', 1)[0], 16)}; "
            "use data:image/<png|jpeg|webp|gif>;base64,... or http(s)",
            param="messages",
        )
    header, sep, data = url.partition(",")
    mime = header[5:].split(";")
    fmt = mime[0].removeprefix("image/") if mime[0].startswith("image/") else ""
    if not sep or fmt not in IMAGE_FORMATS or "base64" not in mime[1:]:
        raise BadRequest(
            f"{where}.image_url: {shown(header, 40)} is not a supported image data URL; "
            "expected data:image/<png|jpeg|webp|gif>;base64,...",
            param="messages",
        )
    size = len(data) * 3 // 4 - data[-2:].count("=")
    if size > limits.max_image_bytes:
        raise BadRequest(
            f"{where}: image is {size} bytes; the limit is {limits.max_image_bytes}",
            param="messages",
            code="image_too_large",
        )
    try:
        decoded = binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        raise BadRequest(f"{where}.image_url: the base64 image data is corrupt", code="bad_image") from None
    if not decoded.startswith(IMAGE_FORMATS[fmt]) or (fmt == "webp" and decoded[8:12] != b"WEBP"):
        raise BadRequest(f"{where}.image_url: the data is not a {fmt.upper()} image", code="bad_image")
    try:
        check_image(decoded, source=where, max_pixels=limits.max_image_pixels, max_bytes=limits.max_image_bytes)
    except FileRefused as exc:
        raise BadRequest(str(exc), param="messages", code="bad_image") from None
    return decoded


def _tool_calls(value: Any, where: str, limits: Limits) -> tuple[ToolCall, ...]:
    if not isinstance(value, list) or len(value) > limits.max_tools:
        raise BadRequest(f"{where}: expected a list of at most {limits.max_tools} tool calls", param="messages")
    out = []
    for k, call in enumerate(value):
        w = f"{where}[{k}]"
        if not isinstance(call, dict) or call.get("type", "function") != "function":
            raise BadRequest(f"{w}: expected {{id, type: function, function: {{name, arguments}}}}", param="messages")
        _only(call, {"id", "type", "function"}, w)
        fn = _function_call(call.get("function"), f"{w}.function", limits)
        out.append(ToolCall(_short_str(f"{w}.id", call.get("id"), limits), fn.name, fn.arguments))
    return tuple(out)


def _function_call(value: Any, where: str, limits: Limits) -> ToolCall:
    if not isinstance(value, dict):
        raise BadRequest(f"{where}: expected {{name, arguments}}", param="messages")
    _only(value, {"name", "arguments"}, where)
    return ToolCall(
        "",
        _short_str(f"{where}.name", value.get("name"), limits),
        _text(f"{where}.arguments", value.get("arguments", ""), limits),
    )


_IDENTIFIER = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def _identifier(where: str, value: Any) -> str:
    """A participant or tool name: an identifier, never free text the model would read as prose."""
    if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
        raise BadRequest(
            f"{where}: expected a name of 1-64 letters, digits, '_', '-' or '.', got {shown(value)}", param="messages"
        )
    return value


def _text(where: str, value: Any, limits: Limits) -> str:
    if not isinstance(value, str):
        raise BadRequest(f"{where}: expected a string, got {shown(value)}", param="messages")
    return value


def _only(obj: dict[str, Any], allowed: AbstractSet[str], where: str) -> None:
    extra = obj.keys() - allowed
    if extra:
        name = sorted(extra)[0]
        raise BadRequest(
            f"{where}: unknown field {shown(name)}; accepted: {', '.join(sorted(allowed))}",
            param="messages" if where.startswith("messages") else where.split(".")[0].split("[")[0],
            code="unsupported_field",
        )


# --- policy imitation -----------------------------------------------------------------------------------

_STATEMENT = re.compile(r"considered\s+(?:as\s+)?(?:non\s*-?\s*)?private\s+information", re.IGNORECASE)
_FORMAT_CHARS = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)  # format characters (zero-width spaces, joiners, bidi marks, tags) hide a phrase from a plain match
_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-"})


def normalize_text(text: str) -> str:
    """Compatibility-folded, case-folded, format characters removed, whitespace collapsed."""
    if text.isascii():  # nothing to fold but case and spacing
        return " ".join(text.casefold().split())
    folded = _FORMAT_CHARS.sub("", unicodedata.normalize("NFKC", text)).translate(_PUNCT).casefold()
    return " ".join(folded.split())


@dataclass(frozen=True)
class ImitationRule:
    """Client text that would read, to the model, like the guard's own policy lines or scenario framing.

    The guard's statement format is ``<name> is considered as (non-)private information.``; a scenario
    preamble is any sentence (20 characters or more) of a configured scenario template outside its
    ``{question}`` slot. Matching ignores case, Unicode compatibility forms, zero-width characters and
    spacing, so the trivial disguises match too.
    """

    preambles: tuple[str, ...]

    @classmethod
    def from_templates(cls, templates: Iterable[str]) -> ImitationRule:
        sentences: set[str] = set()
        for template in templates:
            for fixed in re.split(r"\{question\}|\{\}", template):
                for sentence in re.split(r"(?<=[.!?:])\s+", fixed):
                    norm = normalize_text(sentence)
                    if len(norm) >= 20:
                        sentences.add(norm)
        return cls(tuple(sorted(sentences)))

    def find(self, text: str) -> str | None:
        """What in ``text`` imitates the guard (a short description), or None."""
        norm = normalize_text(text)
        if _STATEMENT.search(norm):
            return "the guard's policy statement format ('... is considered as (non-)private information')"
        for sentence in self.preambles:
            if sentence in norm:
                return f"a scenario preamble of the guard ({shown(sentence, 40)})"
        return None

    def neutralise(self, text: str) -> str:
        """``text`` with every imitating line replaced by a marker (the rest of the text is kept)."""
        out = []
        for line in text.splitlines(keepends=True):
            out.append("[text resembling the guard's policy removed]\n" if self.find(line) else line)
        joined = "".join(out)
        return joined if self.find(joined) is None else "[text resembling the guard's policy removed]"


def apply_imitation_rule(
    chat: ChatRequest, rule: ImitationRule, action: Literal["reject", "neutralise"]
) -> ChatRequest:
    """Reject (400) or neutralise client text imitating the guard's statements or scenario preambles.

    Message text is neutralised line by line when the operator chose that; text inside structured
    values (tool-call arguments, tool descriptions and schemas, response_format) is always refused,
    since rewriting it would change data the client relies on.
    """
    structured: list[tuple[str, str]] = [
        (f"messages[{i}].tool_calls", f"{c.name} {c.arguments}")
        for i, m in enumerate(chat.messages)
        for c in (*m.tool_calls, *([m.function_call] if m.function_call else []))
    ]
    for name in ("tools", "response_format"):
        if name in chat.params:
            structured.append((name, orjson.dumps(chat.params[name]).decode()))
    for where, text in structured:
        found = rule.find(text.replace("\\n", "\n"))
        if found is not None:
            raise BadRequest(
                f"{where}: the text imitates {found}; the guard alone writes policy text",
                param=where.split("[")[0].split(".")[0],
                code="policy_imitation",
            )
    changed = False
    messages = []
    for i, msg in enumerate(chat.messages):
        new_content: str | tuple[Part, ...] | None = msg.content
        for text in msg.texts:
            found = rule.find(text)
            if found is None:
                continue
            if action == "reject":
                raise BadRequest(
                    f"messages[{i}]: the text imitates {found}; the guard alone writes policy text "
                    "(rephrase, or ask the operator about imitation: neutralise)",
                    param="messages",
                    code="policy_imitation",
                )
            changed = True
            if isinstance(msg.content, str):
                new_content = rule.neutralise(msg.content)
            elif isinstance(msg.content, tuple):
                new_content = tuple(
                    TextPart(rule.neutralise(p.text)) if isinstance(p, TextPart) else p for p in msg.content
                )
            break
        messages.append(
            msg
            if new_content is msg.content
            else Message(msg.role, new_content, msg.name, msg.tool_calls, msg.tool_call_id, msg.function_call)
        )
    if not changed:
        return chat
    return ChatRequest(chat.model, tuple(messages), chat.stream, chat.params, chat.extra)


# --- injection and upstream payloads --------------------------------------------------------------------


def inject(messages: Sequence[Message], render: Callable[[str], str]) -> tuple[Message, ...]:
    """The messages with the last (user) turn's text replaced by ``render(its text)``: images first, then
    one text part, so the policy always precedes the question, whatever part type carried it. A turn of
    text only stays a plain string."""
    last = messages[-1]
    question = "\n".join(last.texts)
    text = render(question)
    images = last.images
    content: str | tuple[Part, ...] = (*images, TextPart(text)) if images else text
    return (*messages[:-1], Message("user", content, last.name))


def message_dict(msg: Message) -> dict[str, Any]:
    """One message in the upstream wire format, built from the typed message (normalised part types)."""
    out: dict[str, Any] = {"role": msg.role}
    if isinstance(msg.content, tuple):
        out["content"] = [_part_dict(p) for p in msg.content]
    else:
        out["content"] = msg.content
    if msg.name is not None:
        out["name"] = msg.name
    if msg.tool_calls:
        out["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
            for c in msg.tool_calls
        ]
    if msg.function_call is not None:
        out["function_call"] = {"name": msg.function_call.name, "arguments": msg.function_call.arguments}
    if msg.tool_call_id is not None:
        out["tool_call_id"] = msg.tool_call_id
    return out


def _part_dict(part: Part) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"type": "text", "text": part.text}
    spec = {"url": part.url} if part.detail is None else {"url": part.url, "detail": part.detail}
    return {"type": "image_url", "image_url": spec}


UPSTREAM_FIELDS: dict[UpstreamKind, frozenset[str]] = {
    "openai": frozenset({"model", "messages", "stream", *REQUEST_FIELDS}),
    "litellm": frozenset({"model", "messages", "stream", *REQUEST_FIELDS}),
}
"""What the guard itself may put in an upstream request, per upstream kind (plus the alias's allow_fields)."""


def upstream_fields(chat: ChatRequest, *, drop: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The generation parameters and operator-allowed extras to forward (minus ``drop``)."""
    fields = {k: v for k, v in chat.params.items() if k not in drop}
    fields.update((k, v) for k, v in chat.extra.items() if k not in drop)
    return fields


def upstream_payload(
    chat: ChatRequest, messages: Sequence[Message], *, model: str, stream: bool, drop: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The body for an OpenAI-compatible upstream (vLLM...): built field by field, never the client's dict."""
    body = upstream_fields(chat, drop=drop)
    body["model"] = model
    body["messages"] = [message_dict(m) for m in messages]
    body["stream"] = stream
    return body


def litellm_kwargs(
    chat: ChatRequest, messages: Sequence[Message], *, drop: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """``litellm.acompletion`` arguments from the request (the route adds model, timeout and its params)."""
    fields = upstream_fields(chat, drop=drop)
    for name in LITELLM_FORBIDDEN & set(fields):
        del fields[name]  # config validation already refuses them; never let one through by mistake
    fields["messages"] = [message_dict(m) for m in messages]
    return fields


# --- answers ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer choice with every channel a model can release."""

    index: int
    content: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    function_call: ToolCall | None = None
    reasoning: str | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    logprobs: Any = None

    def channels(self) -> list[str]:
        """Every released text of this choice (for verification)."""
        out = [t for t in (self.content, self.refusal, self.reasoning) if t]
        for call in (*self.tool_calls, *([self.function_call] if self.function_call else [])):
            out.append(f"{call.name} {call.arguments}")
        return out


@dataclass(frozen=True)
class Completion:
    id: str
    created: int
    choices: tuple[Choice, ...]
    usage: dict[str, int] | None = None


def _upstream(alias: str, what: str) -> UpstreamError:
    return UpstreamError(f"model {alias!r}: the upstream answered {what}")


def _err_field(data: dict[str, Any]) -> bool:
    return data.get("error") not in (None, {}, "")


def parse_completion(data: Any, alias: str) -> Completion:
    """An upstream ``chat.completion`` body; UpstreamError (502) for errors and malformed answers."""
    if not isinstance(data, dict):
        raise _upstream(alias, "a body that is not a JSON object")
    if _err_field(data):
        raise _upstream(alias, "an error inside a successful response")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise _upstream(alias, "no choices")
    out = []
    for i, c in enumerate(choices):
        if not isinstance(c, dict) or not isinstance(c.get("message"), dict):
            raise _upstream(alias, f"a malformed choice {i}")
        out.append(_choice(c, c["message"], i, alias))
    return Completion(
        _str(data.get("id")) or "chatcmpl-guard", _int_or(data.get("created")), tuple(out), _usage(data.get("usage"))
    )


def _choice(c: dict[str, Any], m: dict[str, Any], i: int, alias: str) -> Choice:
    content = m.get("content")
    if isinstance(content, list):
        texts = []
        for p in content:
            if isinstance(p, dict) and isinstance(p.get("text"), str):
                texts.append(p["text"])
            elif isinstance(p, dict) and isinstance(p.get("refusal"), str):
                texts.append(p["refusal"])
            else:
                raise _upstream(alias, f"an unreadable content part in choice {i}")
        content = "".join(texts)
    elif content is not None and not isinstance(content, str):
        raise _upstream(alias, f"a malformed content in choice {i}")
    calls = []
    raw_calls = m.get("tool_calls") or []
    if not isinstance(raw_calls, list):
        raise _upstream(alias, f"malformed tool calls in choice {i}")
    for k, call in enumerate(raw_calls):
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict):
            raise _upstream(alias, f"a malformed tool call {k} in choice {i}")
        calls.append(ToolCall(_str(call.get("id")), _str(fn.get("name")), _str(fn.get("arguments"))))
    fc = m.get("function_call")
    function_call = ToolCall("", _str(fc.get("name")), _str(fc.get("arguments"))) if isinstance(fc, dict) else None
    reasoning = m.get("reasoning_content", m.get("reasoning"))
    index = c.get("index", i)
    return Choice(
        index if isinstance(index, int) and not isinstance(index, bool) else i,
        content,
        tuple(calls),
        function_call,
        reasoning if isinstance(reasoning, str) else None,
        m.get("refusal") if isinstance(m.get("refusal"), str) else None,
        _str(c.get("finish_reason")) or None,
        c.get("logprobs"),
    )


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int_or(value: Any, default: int = 0) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _usage(value: Any) -> dict[str, int] | None:
    if not isinstance(value, dict):
        return None
    return {
        k: v
        for k, v in value.items()
        if k in ("prompt_tokens", "completion_tokens", "total_tokens") and isinstance(v, int)
    }


def completion_body(c: Completion, model: str, *, logprobs: bool = True) -> dict[str, Any]:
    """The ``chat.completion`` body sent to the client, rebuilt from the typed answer."""
    choices = []
    for ch in c.choices:
        msg: dict[str, Any] = {"role": "assistant", "content": ch.content}
        if ch.tool_calls:
            msg["tool_calls"] = [
                {"id": t.id, "type": "function", "function": {"name": t.name, "arguments": t.arguments}}
                for t in ch.tool_calls
            ]
        if ch.function_call is not None:
            msg["function_call"] = {"name": ch.function_call.name, "arguments": ch.function_call.arguments}
        if ch.refusal is not None:
            msg["refusal"] = ch.refusal
        if ch.reasoning is not None:
            msg["reasoning_content"] = ch.reasoning
        choices.append(
            {
                "index": ch.index,
                "message": msg,
                "logprobs": ch.logprobs if logprobs else None,
                "finish_reason": ch.finish_reason,
            }
        )
    return _envelope(c, "chat.completion", model, choices)


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    index: int
    id: str | None = None
    name: str | None = None
    arguments: str | None = None


@dataclass(frozen=True, slots=True)
class DeltaChoice:
    index: int
    role: str | None = None
    content: str | None = None
    tool_calls: tuple[ToolCallDelta, ...] = ()
    function_call: ToolCallDelta | None = None
    reasoning: str | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    logprobs: Any = None


@dataclass(frozen=True)
class Chunk:
    id: str
    created: int
    choices: tuple[DeltaChoice, ...]
    usage: dict[str, int] | None = None


def parse_chunk(data: Any, alias: str) -> Chunk:
    """One upstream ``chat.completion.chunk``; UpstreamError for errors and malformed chunks."""
    if not isinstance(data, dict):
        raise _upstream(alias, "a stream event that is not a JSON object")
    if _err_field(data):
        raise _upstream(alias, "an error inside its stream")
    choices = data.get("choices", [])
    if not isinstance(choices, list):
        raise _upstream(alias, "a stream event with malformed choices")
    out = []
    for i, c in enumerate(choices):
        delta = c.get("delta") if isinstance(c, dict) else None
        if not isinstance(delta, dict):
            raise _upstream(alias, "a stream event with a malformed delta")
        content = delta.get("content")
        if content is not None and not isinstance(content, str):
            raise _upstream(alias, "a stream event with malformed content")
        calls = []
        raw_calls = delta.get("tool_calls") or []
        if not isinstance(raw_calls, list):
            raise _upstream(alias, "a stream event with malformed tool calls")
        for call in raw_calls:
            fn = call.get("function") if isinstance(call, dict) else None
            fn = fn if isinstance(fn, dict) else {}
            calls.append(
                ToolCallDelta(
                    _int_or(call.get("index") if isinstance(call, dict) else None),
                    call.get("id") if isinstance(call, dict) and isinstance(call.get("id"), str) else None,
                    fn.get("name") if isinstance(fn.get("name"), str) else None,
                    fn.get("arguments") if isinstance(fn.get("arguments"), str) else None,
                )
            )
        fc = delta.get("function_call")
        function_call = (
            ToolCallDelta(0, None, _str(fc.get("name")) or None, _str(fc.get("arguments")) or None)
            if isinstance(fc, dict)
            else None
        )
        reasoning = delta.get("reasoning_content", delta.get("reasoning"))
        role = delta.get("role")
        out.append(
            DeltaChoice(
                _int_or(c.get("index"), i),
                role if isinstance(role, str) else None,
                content,
                tuple(calls),
                function_call,
                reasoning if isinstance(reasoning, str) else None,
                delta.get("refusal") if isinstance(delta.get("refusal"), str) else None,
                _str(c.get("finish_reason")) or None,
                c.get("logprobs"),
            )
        )
    return Chunk(_str(data.get("id")), _int_or(data.get("created")), tuple(out), _usage(data.get("usage")))


def chunk_body(c: Chunk, model: str, *, logprobs: bool = True) -> dict[str, Any]:
    """The ``chat.completion.chunk`` sent to the client, rebuilt from the typed chunk."""
    choices = []
    for ch in c.choices:
        delta: dict[str, Any] = {}
        if ch.role is not None:
            delta["role"] = ch.role
        if ch.content is not None:
            delta["content"] = ch.content
        if ch.tool_calls:
            delta["tool_calls"] = [_call_delta(t) for t in ch.tool_calls]
        if ch.function_call is not None:
            delta["function_call"] = {
                k: v
                for k, v in (("name", ch.function_call.name), ("arguments", ch.function_call.arguments))
                if v is not None
            }
        if ch.reasoning is not None:
            delta["reasoning_content"] = ch.reasoning
        if ch.refusal is not None:
            delta["refusal"] = ch.refusal
        choices.append(
            {
                "index": ch.index,
                "delta": delta,
                "logprobs": ch.logprobs if logprobs else None,
                "finish_reason": ch.finish_reason,
            }
        )
    return _envelope(c, "chat.completion.chunk", model, choices)


def _envelope(c: Completion | Chunk, obj: str, model: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
    """The fields an answer and a chunk share around their choices (usage only when the upstream sent it)."""
    body: dict[str, Any] = {"id": c.id, "object": obj, "created": c.created, "model": model, "choices": choices}
    if c.usage is not None:
        body["usage"] = c.usage
    return body


def _call_delta(t: ToolCallDelta) -> dict[str, Any]:
    out: dict[str, Any] = {"index": t.index}
    if t.id is not None:
        out["id"], out["type"] = t.id, "function"
    fn = {k: v for k, v in (("name", t.name), ("arguments", t.arguments)) if v is not None}
    if fn:
        out["function"] = fn
    return out


# --- server-sent events ---------------------------------------------------------------------------------

DONE = "[DONE]"


class SSEDecoder:
    """Incremental server-sent events reader: ``feed(bytes)`` yields each event's data.

    Per the SSE specification lines end with CRLF, LF or CR; a blank line ends an event; ``data:``
    lines of one event are joined with LF; one space after the colon is dropped; comments (``:``) and
    other fields are ignored. ``max_event_bytes`` bounds the buffer (a stream without separators is an
    error, not unbounded memory).
    """

    def __init__(self, max_event_bytes: int = 8 * 1024 * 1024) -> None:
        self.max_event_bytes = max_event_bytes
        self._buffer = b""
        self._data: list[bytes] = []
        self._pending_cr = False

    def feed(self, chunk: bytes) -> Iterator[str]:
        buf = self._buffer + chunk
        if self._pending_cr and buf.startswith(b"\n"):
            buf = buf[1:]  # the LF of a CRLF split across two reads
        self._pending_cr = False
        start = 0
        n = len(buf)
        while start < n:
            cr = buf.find(b"\r", start)
            lf = buf.find(b"\n", start)
            if cr < 0 and lf < 0:
                break
            if cr >= 0 and (lf < 0 or cr < lf):
                end, nxt = cr, cr + 1
                if nxt < n and buf[nxt : nxt + 1] == b"\n":
                    nxt += 1
                elif nxt == n:
                    self._pending_cr = True
            else:
                end, nxt = lf, lf + 1
            event = self._line(buf[start:end])
            if event is not None:
                yield event
            start = nxt
        self._buffer = buf[start:]
        if len(self._buffer) > self.max_event_bytes or sum(map(len, self._data)) > self.max_event_bytes:
            raise ValueError(f"server-sent event over {self.max_event_bytes} bytes")

    def _line(self, line: bytes) -> str | None:
        if not line:
            if not self._data:
                return None
            data, self._data = b"\n".join(self._data), []
            return data.decode("utf-8", "replace")
        if line.startswith(b":"):
            return None
        name, _, value = line.partition(b":")
        if name == b"data":
            self._data.append(value[1:] if value.startswith(b" ") else value)
        return None

    def close(self) -> Iterator[str]:
        """Dispatch a last event not followed by a blank line (lenient with upstreams that end abruptly)."""
        if self._buffer:
            self._line(self._buffer)
            self._buffer = b""
        event = self._line(b"")
        if event is not None:
            yield event


def sse_event(data: Mapping[str, Any] | str) -> bytes:
    """One event for the client (LF line ends, as clients expect)."""
    payload = data.encode() if isinstance(data, str) else orjson.dumps(data)
    return b"data: " + payload + b"\n\n"
