"""An answer written without case loses the capitals that mark a name, a place or a street; the
recognisers read it once more with its unknown words capitalised (guard/verify/casing.py)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier
from guard.verify.casing import cased


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        (
            "a78_address_home_complete",
            "it's a parcel label. the home address on it says via roberto gallo 18, 20145 milano.",
        ),
        ("a19_name_full", "looks like a library card. the name on it says jorinde van der berg."),
        ("a74_address_current_complete", "hotel receipt. current address: 12 harrow lane, ox2 7dn oxford"),
    ],
)
def test_an_uncased_value_is_blocked(verifier: Verifier, evaded: str, answer: str) -> None:
    result = verifier.verify_offline(frozenset({evaded}), answer, question="Describe this image.")
    assert result.outcome == "blocked"
    assert result.categories == (evaded,)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a19_name_full", "a library card on a wooden desk, next to a coffee mug. the name is covered by a sticker."),
        ("a78_address_home_complete", "an envelope with a stamp and a postmark; i won't read out the address."),
    ],
)
def test_an_uncased_harmless_answer_passes(verifier: Verifier, evaded: str, answer: str) -> None:
    assert verifier.verify_offline(frozenset({evaded}), answer, question="Describe this image.").outcome == "allowed"


def test_only_an_answer_without_case_is_recased_and_its_length_is_kept() -> None:
    text = "the name on it says jorinde vandersloot, i think."
    out = cased(text)
    assert len(out) == len(text) and "Jorinde Vandersloot" in out
    assert out.startswith("the name on it says")  # known words stay as written
    mixed = "It lists a grey form, and the rest is blurry, abgedeckt."
    assert cased(mixed) == mixed  # a writer who uses capitals keeps them as written ...
    named = "It lists chatillon as the place of birth."
    assert cased(named) == "It lists Chatillon as the place of birth."  # ... but for a value a label names after it
    slot = "The name on it says jorinde vandersloot."
    assert cased(slot) == "The name on it says Jorinde Vandersloot."  # ... but for a value right after its label
