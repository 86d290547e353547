"""Property-based fuzzing of the request parser and the SSE reader (hypothesis).

Whatever a client sends, the parser answers with a ChatRequest or a 400/413, never anything else (an
unexpected exception would be a 500), and what it lets through is forwarded only through the per-kind
allow-list: no field outside it, no litellm routing or credential argument, only normalised message
and part shapes, and a payload that serialises.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from proxy_helpers import png_data_url

from guard.proxy.config import Limits
from guard.proxy.errors import ApiError, UpstreamError
from guard.proxy.protocol import (
    LITELLM_FORBIDDEN,
    PROMPT_SHAPING,
    REQUEST_FIELDS,
    UPSTREAM_FIELDS,
    ChatRequest,
    SSEDecoder,
    chunk_body,
    completion_body,
    inject,
    litellm_kwargs,
    parse_chunk,
    parse_completion,
    parse_request,
    upstream_payload,
)

LIMITS = Limits(max_images=3, max_messages=12, max_parts=6, max_json_depth=12, max_request_bytes=200_000)
ALLOWED_EXTRA = frozenset({"top_k"})
MESSAGE_KEYS = {"role", "content", "name", "tool_calls", "function_call", "tool_call_id"}
FIELD_NAMES = sorted({*REQUEST_FIELDS, *PROMPT_SHAPING, *LITELLM_FORBIDDEN, "top_k", "messages", "model", "stream"})

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["text", "input_text", "image_url", "input_image", "video_url", "auto", "function", "user"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from([*FIELD_NAMES, "url", "type", "text"]), inner, max_size=4),
    ),
    max_leaves=25,
)
image_specs = st.one_of(
    st.just(png_data_url()),
    st.just("https://example.com/a.png"),
    st.just("data:image/png;base64,AAAA"),
    st.text(max_size=10),
    json_values,
)
parts = st.one_of(
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(["text", "input_text", "output_text", "refusal"]),
            "text": st.one_of(st.text(max_size=40), json_values),
        }
    ),
    st.fixed_dictionaries(
        {"type": st.just("image_url"), "image_url": st.one_of(image_specs, st.fixed_dictionaries({"url": image_specs}))}
    ),
    st.fixed_dictionaries({"type": st.just("input_image"), "image_url": image_specs}),
    st.dictionaries(st.sampled_from(["type", "text", "image_url", "video_url", "file", "x"]), json_values, max_size=3),
)
messages = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "developer", "user", "assistant", "tool", "function", "bot"]),
        "content": st.one_of(st.text(max_size=60), st.lists(parts, max_size=4), st.none(), json_values),
    },
    optional={
        "name": st.one_of(st.text(max_size=8), json_values),
        "tool_calls": json_values,
        "tool_call_id": st.text(max_size=8),
        "prefix": st.booleans(),
    },
)
good_parts = st.one_of(
    st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "input_text", "output_text"]), "text": st.text(max_size=40)}
    ),
    st.fixed_dictionaries(
        {"type": st.just("image_url"), "image_url": st.fixed_dictionaries({"url": st.just(png_data_url())})}
    ),
    st.fixed_dictionaries({"type": st.just("input_image"), "image_url": st.just("https://example.com/a.png")}),
)
good_messages = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "developer", "user", "assistant"]),
        "content": st.one_of(st.text(max_size=60), st.lists(good_parts, min_size=1, max_size=3)),
    }
)
field_values: dict[str, Any] = {
    "temperature": st.floats(min_value=0, max_value=2),
    "max_tokens": st.integers(min_value=1, max_value=100),
    "n": st.integers(min_value=1, max_value=8),
    "stop": st.one_of(st.text(max_size=5), st.lists(st.text(max_size=5), max_size=4)),
    "logprobs": st.booleans(),
    "seed": st.integers(min_value=0, max_value=2**40),
    "response_format": st.just({"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}),
    "tools": st.just([{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]),
    "tool_choice": st.sampled_from(["auto", "none", "required"]),
    "top_k": st.integers(min_value=1, max_value=50),
}
good_extra = st.dictionaries(
    st.sampled_from(FIELD_NAMES),
    st.deferred(lambda: json_values),
    max_size=2,
) | st.fixed_dictionaries({}, optional=field_values)
good_bodies = st.tuples(st.lists(good_messages, max_size=4), st.text(max_size=60), st.booleans(), good_extra).map(
    lambda t: {
        **t[3],
        "model": "m",
        "messages": [*t[0], {"role": "user", "content": t[1]}],
        "stream": t[2],
    }
)
random_bodies = st.fixed_dictionaries(
    {
        "model": st.one_of(st.just("m"), json_values),
        "messages": st.one_of(st.lists(messages, min_size=1, max_size=5), json_values),
    },
    optional={"stream": st.one_of(st.booleans(), json_values)},
).flatmap(
    lambda base: st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=4).map(
        lambda extra: {**extra, **base}
    )
)


def _parse(raw: bytes) -> ChatRequest | None:
    try:
        return parse_request(raw, LIMITS, lambda _model: ALLOWED_EXTRA)
    except ApiError as exc:
        assert exc.status in (400, 413), exc
        assert len(exc.to_bytes()) < 2000
        return None


def _check_forwarded(chat: ChatRequest) -> None:
    injected = inject(chat.messages, lambda q: "POLICY\n\n" + q)
    body = upstream_payload(chat, injected, model="up", stream=chat.stream, drop=frozenset({"logprobs"}))
    assert set(body) <= UPSTREAM_FIELDS["openai"] | ALLOWED_EXTRA and "logprobs" not in body
    orjson.dumps(body)  # always serialisable: depth and types are bounded
    kwargs = litellm_kwargs(chat, injected)
    assert not (set(kwargs) & (LITELLM_FORBIDDEN - {"messages"}))
    assert set(kwargs) <= set(REQUEST_FIELDS) | ALLOWED_EXTRA | {"messages"}
    for msg in body["messages"]:
        assert set(msg) <= MESSAGE_KEYS and msg["role"] in (
            "system",
            "developer",
            "user",
            "assistant",
            "tool",
            "function",
        )
        if isinstance(msg["content"], list):
            for part in msg["content"]:
                assert (set(part), part["type"]) in (({"type", "text"}, "text"), ({"type", "image_url"}, "image_url"))
    last = body["messages"][-1]
    assert last["role"] == "user"
    text = last["content"] if isinstance(last["content"], str) else last["content"][-1]["text"]
    assert text.startswith("POLICY\n\n")  # the guard's text precedes the question, whatever carried it
    assert isinstance(chat.question, str)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(good_bodies | random_bodies)
def test_parser_never_errors_and_forwards_only_the_allow_list(body: dict[str, Any]) -> None:
    try:
        raw = orjson.dumps(body)
    except (orjson.JSONEncodeError, TypeError):
        return  # not representable as JSON (e.g. integers over 64 bits): not a request a client can send
    chat = _parse(raw)
    event("accepted" if chat is not None else "refused")
    if chat is not None:
        _check_forwarded(chat)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_parser_never_errors_on_arbitrary_bytes(raw: bytes) -> None:
    _parse(raw)


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["[", '{"a":']))
def test_deep_nesting_is_a_400(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    raw = f'{{"model": "m", "messages": [{{"role": "user", "content": "q"}}], "x": {opener * depth}1{closer * depth}}}'
    chat = _parse(raw.encode())
    assert chat is None  # "x" is unknown at any depth; deep ones fail on depth first, never with a 500


events = st.lists(
    st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=30),
    min_size=1,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(events, st.sampled_from([b"\n", b"\r\n", b"\r"]), st.lists(st.integers(min_value=1, max_value=40), max_size=30))
def test_sse_decoder_reads_every_separator_and_any_split(data: list[str], eol: bytes, cuts: list[int]) -> None:
    stream = b"".join(b": comment" + eol + b"data: " + d.encode() + eol + eol for d in data)
    decoder = SSEDecoder()
    out: list[str] = []
    pos = 0
    for cut in cuts:
        out.extend(decoder.feed(stream[pos : pos + cut]))
        pos += cut
    out.extend(decoder.feed(stream[pos:]))
    out.extend(decoder.close())
    assert out == data


UPSTREAM_KEYS = "choices message delta content tool_calls function function_call index id text refusal"
upstream_keys = st.sampled_from(
    [*UPSTREAM_KEYS.split(), "reasoning_content", "finish_reason", "logprobs", "usage", "error", "arguments", "name"]
)
upstream_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(upstream_keys, inner, max_size=5)),
    max_leaves=30,
)


# a message or a delta: each field present or not, with a plain value or any JSON
turns = st.fixed_dictionaries({}, optional={k: scalars | upstream_values for k in UPSTREAM_KEYS.split()})
shaped_answers = st.fixed_dictionaries(
    {"choices": st.lists(st.fixed_dictionaries({"message": turns, "delta": turns}, optional={"index": scalars}))},
    optional={"id": scalars, "usage": upstream_values, "error": scalars},
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(upstream_values | shaped_answers)
def test_a_hostile_upstream_answer_is_parsed_or_a_502_never_an_exception(data: Any) -> None:
    """Whatever JSON an upstream sends as an answer or a stream event, the guard reads it into its typed
    form or refuses it as a 502 (an upstream error), and what it rebuilds for the client serialises."""
    try:
        data = orjson.loads(orjson.dumps(data))  # what arrives over the wire
    except (orjson.JSONEncodeError, TypeError):
        return  # not representable as JSON (e.g. integers over 64 bits): not an answer an upstream can send
    for parse, rebuild in ((parse_completion, completion_body), (parse_chunk, chunk_body)):
        try:
            typed = parse(data, "m")
        except UpstreamError as exc:
            assert exc.status == 502
            continue
        orjson.dumps(rebuild(typed, "m"))  # type: ignore[arg-type]
