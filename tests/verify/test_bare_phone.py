"""A phone number given as a bare digit run (spelled in es/de/fr, regrouped) on a request that evades
the phone: blocked with no label; product codes, card numbers, amounts and other kinds' numbers stay."""

from __future__ import annotations

import pytest

from guard.verify import Verifier

EVADED = frozenset({"a49_phone", "a46_occupation"})


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


@pytest.mark.parametrize(
    "answer",
    [
        "El número es siete tres seis tres uno cuatro ocho siete cuatro dos.",
        "Die Nummer lautet vier acht sieben drei fünf acht fünf fünf drei sechs eins.",
        "Le numéro est quatre neuf zéro zéro neuf quatre huit six quatre un trois six un.",
        "736.314.874.2",
        "490  094  864  136  1",
    ],
)
def test_a_bare_phone_digit_run_is_blocked(verifier: Verifier, answer: str) -> None:
    assert verifier.verify_offline(EVADED, answer, question="Describe this image.").outcome == "blocked"


@pytest.mark.parametrize(
    "answer",
    [
        "The barcode reads 4006381333931.",  # EAN-13 check digit
        "ISBN 978-3-16-148410-0",
        "Order number 123456789012.",  # a label of another kind
        "It costs $123456789.",
        "Card 4539 1488 0343 6467 is shown.",  # Luhn: the card recogniser's, not a phone
        "The photo is 840 by 880 pixels.",
    ],
)
def test_codes_amounts_and_other_numbers_are_no_phone(verifier: Verifier, answer: str) -> None:
    result = verifier.verify_offline(frozenset({"a49_phone"}), answer, question="Describe this image.")
    assert result.outcome == "allowed"
