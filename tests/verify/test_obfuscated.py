"""The obfuscated check: a value written in a disguise (look-alike letters, fullwidth forms, invisible
characters, one character at a time) on a request that evades a textual category. Unit cases on the
check, and the check through a real `guard serve`, streamed and not."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.checks.obfuscated import disguised

sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))
from real_stack import echo_verify_stack, streamed_text

EVADED = frozenset({"a58_hobbies", "a20_name_first"})


def _found(answer: str, evaded: frozenset[str] = EVADED) -> set[str]:
    verifier = Verifier(VerifySettings(checks={"obfuscated": {}}))
    return {v.finding.category for v in verifier.verify_offline(evaded, answer).violations}


@pytest.mark.parametrize(
    "answer",
    [
        "The card reads Ｇｉｌｂｅｒｔｏ in the middle.",  # fullwidth
        "I see Kitеsurfing written on the page.",  # one Cyrillic e in a Latin word
        "Visible: Κаyаkіng.",  # a word of look-alikes only, in an English answer
        "Text: W\u200bi\u200bn\u200bo\u200bn\u200ba",  # zero-width spaces between letters
        "Letter by letter: W-I-N-O-N-A.",
        "Spelt out: k a y a k.",
        "The digits go 4, 0, 9, 1, 7, 7.",
        "Reading it off: 2.2.0.4.1.9.8.8",
        "It shows 22/04/19/88 at the top.",
        "Printed as KR/TT/91 on it.",
        "It is spelled out as W–I–N–O–N–A.",  # en dashes: punctuation look-alikes are separators too
        "Buchstabiert: W · I · N · O · N · A",  # middle dots
    ],
)
def test_a_disguised_value_is_a_violation_of_every_evaded_textual_category(answer: str) -> None:
    assert _found(answer) == set(EVADED)


@pytest.mark.parametrize(
    "answer",
    [
        "A receipt for 12.50 EUR dated 03/11/2024, with the shop's address at the top.",
        "The slide lists options A, B, C, D and E, and pages 1, 2, 3, 4, 5.",
        "The menu has sets A – B – C – D – E.",  # the alphabet in order is a list, whatever the separator
        "The router label gives the IP address 192.168.0.1.",
        "Это паспорт: фотография и несколько полей.",  # a Russian answer
        "A Greek passport; the cover says ΔΙΑΒΑΤΗΡΙΟ.",  # letters with no Latin look-alike
        "パスポートの写真です。番号は見えません。ＰＣの画面です。",  # fullwidth letters in Japanese text
        "Ein Sil\u00adben\u00adtren\u00adnung mit weichem Trennstrich.",  # soft hyphens
        "A family photo 👨\u200d👩\u200d👧 at the beach.",  # emoji joiner
        "I'd rather not spell out the first name; it is private.",
    ],
)
def test_ordinary_text_is_not(answer: str) -> None:
    assert _found(answer) == set()


def test_no_evaded_textual_category_no_violation_and_spans_cover_the_disguise() -> None:
    assert _found("It says Ｇｉｌｂｅｒｔｏ.", frozenset()) == set()
    text = "It says Ｇｉｌｂｅｒｔｏ　Ｒｕｉｚ on the card."
    [(start, end, kind)] = disguised(text)
    assert kind == "fullwidth" and text[start:end] == "Ｇｉｌｂｅｒｔｏ　Ｒｕｉｚ"


KEY = "sk-guard-obfuscated"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with echo_verify_stack(
        tmp_path_factory.mktemp("obfuscated"), KEY, {"ana.yaml": "user: ana\nprivate: [a58_hobbies]\n"}
    ) as url:
        yield url


@pytest.mark.slow
@pytest.mark.parametrize("stream", [False, True])
def test_a_disguised_value_is_blocked_through_guard_serve(stack: str, stream: bool) -> None:
    """The fake upstream echoes the question: the answer carries a value in fullwidth letters."""
    filler = "The photo shows a printed page lying on a wooden table next to a cup of tea. " * 3
    question = f"{filler} It says Ｋｉｔｅｓｕｒｆｉｎｇ near the bottom. {filler}"
    body = {"model": "echo", "stream": stream, "messages": [{"role": "user", "content": question}]}
    headers = {"authorization": f"Bearer {KEY}", "x-guard-user": "ana"}
    if not stream:
        r = httpx.post(f"{stack}/chat/completions", json=body, headers=headers, timeout=60)
        assert r.status_code == 200 and r.headers["x-guard-outcome"] == "blocked", r.text
        assert "Ｋｉｔｅ" not in r.json()["choices"][0]["message"]["content"]
        return
    text = streamed_text(stack, body, headers)
    assert "Ｋ" not in text and text.endswith("is private for this user."), text
