"""The pure pipeline (resolve -> render -> inject) and the request checks, without a server."""

from __future__ import annotations

import base64
import copy
from typing import Any

import pytest
from proxy_helpers import ALICE_HEALTHCARE_LINES, ALICE_LINES, HEALTHCARE, png_bytes, png_data_url

from guard.policy import OperatorSettings, Policy
from guard.proxy.config import Limits
from guard.proxy.errors import BadRequest, PayloadTooLarge
from guard.proxy.pipeline import ResolveCache, prepare
from guard.proxy.protocol import ChatRequest, parse_request


def parse_chat(raw: bytes, limits: Limits) -> ChatRequest:
    return parse_request(raw, limits, lambda _model: frozenset())


OP = OperatorSettings(absolute=["passport"])
ALICE = Policy("alice", ("a1_age_approx", "a41_injury"), (), version="v1")


def turn(question: str, *images: str) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = [{"type": "image_url", "image_url": {"url": u}} for u in images]
    return [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "earlier"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [*parts, {"type": "text", "text": question}]},
    ]


def test_prepare_renders_the_exact_prompt_and_leaves_the_input_alone() -> None:
    messages = turn("How old?", "http://x/1.png", "http://x/2.png")
    before = copy.deepcopy(messages)
    p = prepare(messages, ALICE, None, OP)
    assert messages == before
    assert p.messages[:3] == before[:3]
    assert p.messages[3]["content"] == [
        {"type": "image_url", "image_url": {"url": "http://x/1.png"}},
        {"type": "image_url", "image_url": {"url": "http://x/2.png"}},
        {"type": "text", "text": ALICE_LINES + "\n\nHow old?"},
    ]
    assert p.evaded == frozenset({"a1_age_approx", "a41_injury", "a31_passport"})


def test_prepare_scenario_and_modes() -> None:
    resolved = prepare(turn("Q"), ALICE, "s1_healthcare_consultation", OP, "resolved")
    assert resolved.messages[-1]["content"] == ALICE_HEALTHCARE_LINES + "\n\n" + HEALTHCARE.format(question="Q")
    assert resolved.evaded == frozenset({"a31_passport"})
    raw = prepare(turn("Q"), ALICE, "s1_healthcare_consultation", OP, "raw")  # paper format: the model resolves
    assert raw.messages[-1]["content"].startswith(ALICE_LINES + "\n\nYou are a physician")
    assert raw.evaded == resolved.evaded


def test_prepare_needs_a_conversation_ending_with_a_user_turn() -> None:
    with pytest.raises(BadRequest, match="must end with a user turn"):
        prepare([{"role": "system", "content": "x"}], ALICE, None, OP)


def test_resolve_cache_follows_policy_versions() -> None:
    cache = ResolveCache(OP, maxsize=2)
    a = prepare(turn("Q"), ALICE, None, OP, cache=cache)
    assert prepare(turn("Q"), ALICE, None, OP, cache=cache).resolved is a.resolved
    assert a.messages[-1]["content"] == ALICE_LINES + "\n\nQ"  # a text-only turn stays a plain string
    edited = Policy("alice", ("a4_gender",), (), version="v2")
    b = prepare(turn("Q"), edited, None, OP, cache=cache)
    assert b.messages[-1]["content"].startswith("gender is considered as private information.")
    prepare(turn("Q"), ALICE, "s1_healthcare_consultation", OP, cache=cache)  # third key: the cache resets
    assert prepare(turn("Q"), edited, None, OP, cache=cache).evaded == b.evaded


def body(*parts: Any) -> bytes:
    import orjson

    return orjson.dumps({"model": "m", "messages": [{"role": "user", "content": list(parts)}]})


def img(url: Any) -> dict[str, Any]:
    return {"type": "image_url", "image_url": {"url": url}}


@pytest.mark.parametrize(
    ("part", "needle"),
    [
        (img("data:image/png;base64,!!!!"), "corrupt"),
        (img("data:image/jpeg;base64," + base64.b64encode(png_bytes()).decode()), "not a JPEG image"),
        (img("data:image/bmp;base64,AAAA"), "not a supported image data URL"),
        (img("data:image/png,AAAA"), "not a supported image data URL"),
        (img("ftp://x/y.png"), "unsupported scheme 'ftp'"),
        (img(""), "image_url: required"),
        ({"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 200}}, "limit is 100"),
    ],
)
def test_bad_images_are_400_naming_the_part(part: dict[str, Any], needle: str) -> None:
    with pytest.raises(BadRequest, match=r"messages\[0\]\.content\[0\]") as info:
        parse_chat(body(part), Limits(max_image_bytes=100))
    assert needle in info.value.message


def test_good_images_and_limits() -> None:
    req = parse_chat(
        body(img(png_data_url()), img("https://example.com/a.jpg"), {"type": "text", "text": "q"}), Limits()
    )
    assert req.model == "m" and req.stream is False and len(req.messages) == 1
    with pytest.raises(BadRequest, match="image URLs are disabled"):
        parse_chat(body(img("https://example.com/a.jpg")), Limits(allow_image_urls=False))
    with pytest.raises(BadRequest, match="too many images: the limit is 1"):
        parse_chat(body(img(png_data_url()), img(png_data_url())), Limits(max_images=1))
    with pytest.raises(PayloadTooLarge):
        parse_chat(body(img(png_data_url())), Limits(max_request_bytes=10))


@pytest.mark.parametrize("scenario", [None, "s1_healthcare_consultation"])
@pytest.mark.parametrize("mode", ["raw", "resolved"])
def test_cached_rendering_is_byte_identical(scenario: str | None, mode: str) -> None:
    cache = ResolveCache(OP)
    for _ in range(2):  # the second time from the cache
        cached = prepare(turn("Q?", "http://x/1.png"), ALICE, scenario, OP, mode, cache=cache)  # type: ignore[arg-type]
        plain = prepare(turn("Q?", "http://x/1.png"), ALICE, scenario, OP, mode)  # type: ignore[arg-type]
        assert cached.messages == plain.messages and cached.evaded == plain.evaded
    empty = Policy("zed", (), (), version="v0")
    assert (
        prepare(turn("Q"), empty, None, OperatorSettings(), cache=ResolveCache(OperatorSettings())).messages[-1][
            "content"
        ]
        == prepare(turn("Q"), empty, None, OperatorSettings()).messages[-1]["content"]
    )
