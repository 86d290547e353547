"""Separator words read out inside a code ("dash", "tiret", "guion", "Bindestrich", "slash") become the
character itself between letters and digits (guard/verify/data/language.yaml ``spoken_separators``)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.normalise import normalise


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Read out: Kilo Lima dash four four one eight dash seven seven.", "Read out: KL-4418-77."),
        ("sept deux tiret neuf neuf un", "72-991"),
        ("cuatro cinco guion seis seis", "45-66"),
        ("A dash of salt, point three, and the slash key.", "A dash of salt, point 3, and the slash key."),
    ],
)
def test_spoken_separators_inside_a_code(text: str, normal: str) -> None:
    assert normalise(text).text == normal


def test_a_read_out_case_number_is_recognised() -> None:
    verifier = Verifier(VerifySettings())
    answer = "Phonetically: Kilo Lima dash four four one eight dash seven seven three one two."
    result = verifier.verify_offline(frozenset({"a99_legal_involvement"}), answer)
    assert {v.finding.category for v in result.violations} == {"a99_legal_involvement"}
