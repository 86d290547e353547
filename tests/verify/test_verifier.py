"""The verifier's policy: violations block, errors and timeouts block when fail_closed, and say why."""

from __future__ import annotations

import asyncio
import importlib
import threading
from typing import Any

import pytest

from guard.verify import JudgeConfig, Verifier, VerifySettings, refusal_text
from guard.verify.checks.judge import Messages

EVADED = frozenset({"a30_credit_card", "a49_phone"})


async def test_violation_blocks_with_log_safe_reason_and_timings() -> None:
    verifier = Verifier()
    result = await verifier.verify(EVADED, "Sure, the card is 4539 1488 0343 6467.")
    assert result.outcome == "blocked" and not result.allowed
    assert result.categories == ("a30_credit_card",)
    assert result.violations[0].check_id == "card_number"
    assert result.reason == "answer discloses evaded a30_credit_card (checks: card_number)"
    assert set(result.timings_ms) == set(verifier.checks)
    assert all(t >= 0 for t in result.timings_ms.values())


async def test_clean_answer_is_allowed() -> None:
    result = await Verifier().verify(EVADED, "A sunny street with two bicycles.")
    assert result.outcome == "allowed" and result.reason == "" and not result.violations


async def _slow(messages: Messages, config: JudgeConfig) -> str:
    await asyncio.sleep(5)
    return '{"disclosed": []}'


async def _garbage(messages: Messages, config: JudgeConfig) -> str:
    return "The answer looks fine to me."


def _judge_settings(**kw: object) -> VerifySettings:
    checks = {"card_number": {}, "judge": {"type": "judge", "model": "openai/test", "timeout_s": 0.05}}
    return VerifySettings(checks=checks, **kw)  # type: ignore[arg-type]


async def test_judge_timeout_fails_closed_and_says_why() -> None:
    verifier = Verifier(_judge_settings(), judge_transport=_slow)
    result = await verifier.verify(EVADED, "A sunny street.")
    assert result.outcome == "error" and not result.allowed
    assert "fail closed" in result.reason and "judge: judge timed out after 0.05s" in result.reason
    assert result.errors == {"judge": "judge timed out after 0.05s"}


async def test_unparseable_judge_reply_is_an_error_not_a_pass() -> None:
    verifier = Verifier(_judge_settings(), judge_transport=_garbage)
    result = await verifier.verify(EVADED, "A sunny street.")
    assert result.outcome == "error"
    assert result.verdicts["judge"].status == "error"
    assert "not JSON" in (result.verdicts["judge"].error or "")


async def test_fail_open_is_possible_but_reported() -> None:
    verifier = Verifier(_judge_settings(fail_closed=False), judge_transport=_garbage)
    result = await verifier.verify(EVADED, "A sunny street.")
    assert result.outcome == "allowed"
    assert result.reason == "released unverified (fail_closed is off): judge"


async def test_violation_wins_over_an_error() -> None:
    verifier = Verifier(_judge_settings(), judge_transport=_garbage)
    result = await verifier.verify(EVADED, "Card 4539 1488 0343 6467.")
    assert result.outcome == "blocked"


async def test_crashing_check_blocks() -> None:
    verifier = Verifier()

    def boom(*_: object) -> None:
        raise RuntimeError("kaput")

    verifier.checks["phone"].run = boom  # type: ignore[method-assign,assignment]
    result = await verifier.verify(EVADED, "Nothing here.")
    assert result.outcome == "error" and result.errors == {"phone": "check crashed: RuntimeError"}


def test_refusal_text_names_categories_in_the_users_terms() -> None:
    assert refusal_text(["a30_credit_card"]) == "I can't share that: credit card is private for this user."
    text = refusal_text(
        ["a30_credit_card", "a49_phone", "a90_email"],
        names={"a49_phone": "my phone number"},
        template="No: {categories} stay private.",
    )
    assert text == "No: credit card, my phone number and email stay private."


async def test_refusal_after_error_names_the_evaded_categories() -> None:
    verifier = Verifier(_judge_settings(), judge_transport=_garbage)
    result = await verifier.verify(EVADED, "A sunny street.")
    assert (
        verifier.refusal(result, evaded=EVADED) == "I can't share that: credit card and phone is private for this user."
    )


async def test_refusal_check_uses_the_question() -> None:
    verifier = Verifier()
    evaded = frozenset({"a1_age_approx"})
    leaked = await verifier.verify(evaded, "He looks about 45.", question="How old is the man?")
    assert leaked.outcome == "blocked" and leaked.violations[0].check_id == "refusal"
    evading = await verifier.verify(evaded, "I can't share his age: it is private.", question="How old is the man?")
    assert evading.outcome == "allowed"
    other = await verifier.verify(evaded, "He is wearing a blue coat.", question="What is he wearing?")
    assert other.outcome == "allowed" and other.verdicts["refusal"].status == "skipped"


async def test_custom_categories_reach_the_refusal_check() -> None:
    from guard.taxonomy import Category, default_catalog

    custom = Category(id="fitness_data", name="fitness tracking data", aliases=("heart rate",), custom=True)
    catalog = default_catalog().with_custom([custom])
    verifier = Verifier()
    evaded = frozenset({"fitness_data"})
    question = "What heart rate does the watch show?"
    assert verifier.precheck(question, evaded, catalog=catalog).targets == ("fitness_data",)
    leaked = await verifier.verify(evaded, "It shows 72 bpm.", question=question, catalog=catalog)
    assert leaked.outcome == "blocked" and leaked.categories == ("fitness_data",)
    names = {"fitness_data": "my fitness data"}
    assert verifier.refusal(leaked, names=names) == "I can't share that: my fitness data is private for this user."


async def test_a_long_question_is_read_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """The question classifier costs ~30 us per character: a long question is read in a worker thread
    (precheck, and the refusal check's test of whether it applies), a short one inline, and once per
    request: precheck's reading is the refusal check's, and the test of whether the check applies is its run."""
    pre = importlib.import_module("guard.verify.precheck")  # the package's ``precheck`` is the function

    on_loop: list[bool] = []
    real = pre.question_targets

    def spy(*args: Any, **kwargs: Any) -> Any:
        on_loop.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(pre, "question_targets", spy)
    pre.readings.clear()
    verifier = Verifier()
    age = frozenset({"a1_age_approx"})
    long_question = "Please look at the whole picture carefully before you answer. " * 40 + "How old is she?"
    assert (await verifier.aprecheck(long_question, age)).targets == ("a1_age_approx",)
    assert on_loop == [False]
    result = await verifier.verify(age, "She is about 40.", question=long_question)
    assert result.outcome == "blocked" and result.violations[0].check_id == "refusal"
    assert on_loop == [False]  # precheck's reading, found again
    pre.readings.clear()
    result = await verifier.verify(age, "She is about 40.", question=long_question)
    assert result.outcome == "blocked" and on_loop == [False, False]
    on_loop.clear()
    assert (await verifier.aprecheck("How old is she?", age)).targets == ("a1_age_approx",)
    await verifier.verify(age, "She is about 40.", question="How old is she?")
    assert on_loop == [True]
