"""Streaming hold-back: verified text flows early, no character of a leak ever reaches the client."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from guard.verify import HoldBackStreamer, JudgeConfig, StreamPiece, Verifier, VerifySettings
from guard.verify.checks.judge import Messages

INTRO = "The photo shows a kitchen table with a coffee mug, some letters and a wallet lying open. "
OUTRO = " Next to it there is a small plant in a green pot and a pair of reading glasses."


class Upstream:
    """An async upstream that records how far it got and whether it was closed."""

    def __init__(self, text: str, size: int = 1) -> None:
        self.parts = [text[i : i + size] for i in range(0, len(text), size)]
        self.sent = 0
        self.closed = False

    async def deltas(self) -> AsyncIterator[str]:
        try:
            for part in self.parts:
                self.sent += 1
                yield part
        finally:
            self.closed = True


async def _collect(streamer: HoldBackStreamer, upstream: Upstream) -> list[tuple[int, StreamPiece]]:
    return [(upstream.sent, piece) async for piece in streamer.stream(upstream.deltas())]


@pytest.mark.parametrize(
    ("evaded", "value"),
    [
        ("a30_credit_card", "4539 1488 0343 6467"),
        ("a49_phone", "+33 (0)1 42 68 53 00"),
        ("a90_email", "anna_k92@example.org"),
        ("a103_license_plate_complete", "ABC-1234"),
        ("a24_birth_date", "12/03/1985"),
        ("a31_passport", "X4821937"),
    ],
)
@pytest.mark.parametrize("size", [1, 3, 7])
async def test_no_character_of_a_leak_is_released(evaded: str, value: str, size: int) -> None:
    cue = {
        "a24_birth_date": "He was born on ",
        "a103_license_plate_complete": "The plate reads ",
        "a31_passport": "The passport number is ",
    }.get(evaded, "It shows ")
    text = INTRO * 3 + cue + value + "." + OUTRO
    upstream = Upstream(text, size)
    streamer = HoldBackStreamer(Verifier(), frozenset({evaded}))
    assert streamer.mode == "holdback"
    pieces = await _collect(streamer, upstream)
    released = "".join(p.text for _, p in pieces if p.kind == "answer")
    assert len(released) <= text.index(value), released[-30:]
    assert released and text.startswith(released)  # verified text before the leak did flow
    assert pieces[-1][1].kind == "refusal"
    assert streamer.result is not None and streamer.result.outcome == "blocked"
    assert upstream.closed and upstream.sent < len(upstream.parts)  # stopped reading the upstream


async def test_clean_answer_streams_early_and_completely() -> None:
    text = INTRO * 12 + OUTRO
    upstream = Upstream(text, 5)
    streamer = HoldBackStreamer(Verifier(), frozenset({"a30_credit_card", "a49_phone"}), holdback_chars=32)
    pieces = await _collect(streamer, upstream)
    assert "".join(p.text for _, p in pieces) == text
    assert all(p.kind == "answer" for _, p in pieces)
    first_at = pieces[0][0]
    assert first_at < len(upstream.parts) / 4  # the first piece left long before the upstream finished
    assert streamer.result is not None and streamer.result.allowed


async def _never_disclosed(messages: Messages, config: JudgeConfig) -> str:
    return '{"disclosed": []}'


async def test_judge_forces_buffer_mode() -> None:
    settings = VerifySettings(checks={"card_number": {}, "judge": {"type": "judge", "model": "openai/x"}})
    verifier = Verifier(settings, judge_transport=_never_disclosed)
    upstream = Upstream(INTRO * 3, 4)
    streamer = HoldBackStreamer(verifier, frozenset({"a1_age_approx"}))
    assert streamer.mode == "buffer"
    pieces = await _collect(streamer, upstream)
    assert [(sent, p.kind) for sent, p in pieces] == [(len(upstream.parts), "answer")]
    assert pieces[0][1].text == INTRO * 3


async def test_targeted_question_forces_buffer_and_non_refusal_is_blocked() -> None:
    streamer = HoldBackStreamer(Verifier(), frozenset({"a1_age_approx"}), question="How old is she?")
    assert streamer.mode == "buffer"
    pieces = await _collect(streamer, Upstream("She looks about 35, with short grey hair.", 3))
    assert [p.kind for _, p in pieces] == ["refusal"]
    assert pieces[0][1].text == "I can't share that: approximate age of people is private for this user."


async def test_no_evaded_categories_passes_through_unchanged() -> None:
    streamer = HoldBackStreamer(Verifier(), frozenset())
    upstream = Upstream("Card 4539 1488 0343 6467.", 2)
    pieces = await _collect(streamer, upstream)
    assert "".join(p.text for _, p in pieces) == "Card 4539 1488 0343 6467."
    assert [sent for sent, _ in pieces] == list(range(1, len(upstream.parts) + 1))  # no delay at all
    assert streamer.result is not None and streamer.result.allowed


async def test_release_points_are_word_boundaries() -> None:
    upstream = Upstream(INTRO * 3, 1)
    streamer = HoldBackStreamer(Verifier(), frozenset({"a49_phone"}), holdback_chars=16)
    pieces = await _collect(streamer, upstream)
    for _, piece in pieces[:-1]:
        assert re.search(r"\s$", piece.text), piece.text


async def test_incremental_checks_cost_linear_in_the_answer() -> None:
    async def work(size: int) -> int:
        text = (INTRO * 300)[:size]  # one character per delta
        streamer = HoldBackStreamer(Verifier(), frozenset({"a30_credit_card", "a49_phone", "a19_name_full"}))
        pieces = await _collect(streamer, Upstream(text, 1))
        assert "".join(p.text for _, p in pieces) == text
        assert streamer.checks_run <= 1.25 * size / streamer.step + 2  # about one check per `step` characters
        return streamer.chars_checked

    # each check reads a bounded tail (not the whole text so far): doubling the answer doubles the work
    small, large = await work(10_000), await work(20_000)
    assert large <= 2.2 * small, (small, large)


async def test_hold_back_covers_cues_that_follow_the_value() -> None:
    # the birth cue comes 60 characters after the date: the date must still be held when the cue arrives
    text = (
        INTRO * 3 + "The date 2 June 1984 appears in the lower corner of the card, which is when she was born." + OUTRO
    )
    upstream = Upstream(text, 2)
    streamer = HoldBackStreamer(Verifier(), frozenset({"a24_birth_date"}))
    pieces = await _collect(streamer, upstream)
    released = "".join(p.text for _, p in pieces if p.kind == "answer")
    assert pieces[-1][1].kind == "refusal"
    assert "1984" not in released and "June" not in released
