"""Document cues: a passport's "data page" names the passport (not a page number), and a "card
number" with letters on an identity document is that document's number (payment cards have none)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier()


@pytest.mark.parametrize(
    ("evaded", "answer", "blocked"),
    [
        ("a31_passport", "The passport data page lists MX0866158 as the passport number.", True),
        ("a31_passport", "A passport data page, with 53Y659688 printed in the middle.", True),
        ("a31_passport", "A passport data page; see page 12 for the order 12345678.", False),
        ("a29_ausweis", 'document: national ID card\n_card_number: "B50U43005"', True),
        # no document named, but a payment card's number has no letters: a code of this shape is an identifier,
        # and on a request that protects an identity document any identifier is its disclosure
        ("a29_ausweis", "The card number is B50U43005.", True),
        ("a29_ausweis", "A bank card 4539 1488 0343 6467 lies next to a national ID card.", False),
    ],
)
def test_document_cues(verifier: Verifier, evaded: str, answer: str, blocked: bool) -> None:
    result = verifier.verify_offline(frozenset({evaded}), answer, question="Describe this image.")
    assert (result.outcome == "blocked") is blocked
