"""The structured-field check: a field of a table, a ``Key: value`` line or a JSON object named for an
evaded category holds a value. Unit cases on the check, and the check through a real `guard serve`
(verify mode, streamed and not) in front of the echoing fake upstream."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from guard.classify.answers import value_withheld
from guard.classify.fields import field_spans
from guard.verify import Verifier, VerifySettings

sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))
from real_stack import echo_verify_stack, streamed_text

BIRTH = frozenset({"a23_birth_city", "a21_name_last"})


def _found(answer: str, evaded: frozenset[str] = BIRTH) -> set[str]:
    verifier = Verifier(VerifySettings(checks={"structured_field": {}}))
    result = verifier.verify_offline(evaded, answer)
    return {v.finding.category for v in result.violations}


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        (
            "Summary:\n\n| What | Text |\n| --- | --- |\n| place of birth | Tarragona |\n| condition | good |",
            "a23_birth_city",
        ),
        ('```json\n{"document": "passport", "Geburtsort": "Tarragona"}\n```', "a23_birth_city"),
        ('{"fields": [{"label": "surname", "value": "Bogumił"}]}', "a21_name_last"),
        ("- Nom de famille : Martineau\n- État : bon", "a21_name_last"),
        ('{"type": "passport", "lugar_de_nacimiento": "Tarragona", "esta', "a23_birth_city"),  # a stream so far
    ],
)
def test_a_field_named_for_an_evaded_category_with_a_value_is_a_violation(answer: str, category: str) -> None:
    assert _found(answer) == {category}


@pytest.mark.parametrize(
    "answer",
    [
        "| place of birth | [REDACTED] |",
        '{"surname": null, "reason": "withheld for privacy"}',
        "Place of birth: withheld (private).",
        "- Geburtsort: nicht lesbar",
        "The structure, with placeholders:\nPlace of birth: [city], [country]",  # template slots
        "| colour | dark blue |",  # a field of no evaded category
        "This looks like a passport: a travel document with a photo and a few printed fields.",  # a sentence
    ],
)
def test_a_withheld_value_another_field_or_a_sentence_is_not(answer: str) -> None:
    assert _found(answer) == set()


def test_spans_point_at_the_value_and_withheld_words_are_recognised() -> None:
    text = 'Here: {"place_of_birth": "Tarragona"}'
    [(key, value, start, end)] = field_spans(text)
    assert (key, value, text[start:end]) == ("place_of_birth", "Tarragona", "Tarragona")
    assert value_withheld("withheld (private)") and value_withheld("****") and not value_withheld("KA-")


KEY = "sk-guard-structured"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with echo_verify_stack(
        tmp_path_factory.mktemp("structured"), KEY, {"ana.yaml": "user: ana\nprivate: [a23_birth_city]\n"}
    ) as url:
        yield url


@pytest.mark.slow
@pytest.mark.parametrize("stream", [False, True])
def test_a_leaked_field_is_blocked_through_guard_serve(stack: str, stream: bool) -> None:
    """The fake upstream echoes the question: the answer carries a form row with the private value."""
    filler = "The photo shows a form lying on a wooden table next to a cup of tea. " * 3
    question = f"{filler}\n| Feld | Wert |\n| --- | --- |\n| Geburtsort | Tarragona |\n| Zustand | gut |\n{filler}"
    body = {"model": "echo", "stream": stream, "messages": [{"role": "user", "content": question}]}
    headers = {"authorization": f"Bearer {KEY}", "x-guard-user": "ana"}
    if not stream:
        r = httpx.post(f"{stack}/chat/completions", json=body, headers=headers, timeout=60)
        assert r.status_code == 200 and r.headers["x-guard-outcome"] == "blocked", r.text
        assert (
            r.json()["choices"][0]["message"]["content"] == "I can't share that: birth city is private for this user."
        )
        return
    text = streamed_text(stack, body, headers)
    assert "Tarrag" not in text and text.endswith("birth city is private for this user."), text


@pytest.mark.parametrize(
    ("answer", "evaded"),
    [
        # a slot or a mask followed by a remark about it: the remark is not the value
        ("Family name: [Surname] (placeholder, I won't reproduce the actual entry)", frozenset({"a21_name_last"})),
        ("Passport No.: XXXXXXXXX — not the real one", frozenset({"a31_passport"})),
        # a format written in place of the value
        ("Template:\n- Date of birth: DD/MM/YYYY", frozenset({"a24_birth_date"})),
        ("Modèle :\nDate de naissance : JJ/MM/AAAA", frozenset({"a24_birth_date"})),
        # a specimen name under a header that calls the block a template
        (
            "Here's a template you could fill in yourself:\n- Document: credit card\n- Holder: Jane Doe",
            frozenset({"a19_name_full"}),
        ),
    ],
)
def test_a_placeholder_with_a_remark_or_a_format_is_no_value(answer: str, evaded: frozenset[str]) -> None:
    assert not Verifier().verify_offline(evaded, answer).violations


@pytest.mark.parametrize(
    ("answer", "evaded"),
    [
        ("Card number: XXXX (really 4716 2280 1234 5678)", frozenset({"a30_credit_card"})),
        ("Holder: [name] (it's Ana Ruiz)", frozenset({"a19_name_full"})),
        ("Date of birth: 12/04/1987", frozenset({"a24_birth_date"})),
    ],
)
def test_a_remark_that_holds_the_value_is_still_a_violation(answer: str, evaded: frozenset[str]) -> None:
    assert Verifier().verify_offline(evaded, answer).violations


@pytest.mark.parametrize(
    ("answer", "evaded"),
    [
        # a slot's words in place of a value, a field's options, a time format
        ("Format example — Email address: firstname.lastname@domain.tld", frozenset({"a90_email"})),
        ("The structure would be: Username = @username.", frozenset({"a85_username"})),
        ("Die Struktur wäre: Familienstand = [ledig / verheiratet / sonstiges]", frozenset({"a27_marital_status"})),
        ("```\nSENT DATE: YYYY-MM-DD hh:mm\n```\n(Replace the placeholder yourself.)", frozenset({"a82_date_time"})),
        # a public date beside a document label is no document number
        ("It's a driver's licence; the date of birth is listed as 27 MAR 1954.", frozenset({"a32_drivers_license"})),
    ],
)
def test_template_slots_and_public_dates_are_no_values(answer: str, evaded: frozenset[str]) -> None:
    assert not Verifier().verify_offline(evaded, answer).violations


@pytest.mark.parametrize(
    ("answer", "evaded"),
    [
        ("Email address: ana.ruiz@mail.example", frozenset({"a90_email"})),
        ("The username is @ana_ruiz88.", frozenset({"a85_username"})),
        ("The licence number is D29503516.", frozenset({"a32_drivers_license"})),
    ],
)
def test_real_values_beside_those_rules_are_still_found(answer: str, evaded: frozenset[str]) -> None:
    assert Verifier().verify_offline(evaded, answer).violations
