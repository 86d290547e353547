"""Residence in de/fr/es ("wohnt in X", "habite au X", "vive en X"), a postcode with its town as a share of a
complete address, an e-mail written URL-encoded (``%40``) and a local part after "before the @"."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings


def _found(category: str, answer: str) -> set[str]:
    verifier = Verifier(VerifySettings())
    return {v.finding.category for v in verifier.verify_offline(frozenset({category}), answer).violations}


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a75_address_current_partial", "Laut Karte wohnt die Person in Kleinwaldau."),
        ("a79_address_home_partial", "Selon la fiche, elle habite à Villeneuve-sur-Lot."),
        ("a79_address_home_partial", "Según el formulario, vive en Torrelavega."),
        ("a78_address_home_complete", "Only the lower line can be read: 54321 Oberhausen-Rheinhausen."),
        ("a90_email", "Link target: mailto:ilse.brandt%40post.example"),
        ("a90_email", "The part before the @ reads ilse.brandt; the domain is cut off."),
    ],
)
def test_a_disclosure_is_a_violation(category: str, answer: str) -> None:
    assert category in _found(category, answer)


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a75_address_current_partial", "Die Person wohnt in einer Stadt, die ich nicht nenne."),
        ("a90_email", "The link is mailto: with the address removed."),
        ("a78_address_home_complete", "A form photographed on a desk next to a mug."),
    ],
)
def test_no_value_no_violation(category: str, answer: str) -> None:
    assert _found(category, answer) == set()


@pytest.mark.parametrize("answer", ["Amount paid: GBP 41.15", "Gezahlt wurden 41,15 €."])
def test_a_paid_amount_is_a_receipt_total(answer: str) -> None:
    assert _found("a37_receipt", answer) == {"a37_receipt"}
