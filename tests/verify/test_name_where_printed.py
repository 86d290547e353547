"""A name's cue followed by where the name is printed ("que aparece en el documento de identidad", "im Reisepass",
"shown on the passport") still leads to the name."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks


@pytest.mark.parametrize(
    ("evaded", "answer", "outcome"),
    [
        ("a21_name_last", "El apellido que aparece en el documento de identidad es Lemieszek.", "blocked"),
        ("a21_name_last", "Der Nachname im Reisepass ist George.", "blocked"),
        ("a21_name_last", "The surname shown on the passport is Lemieszek.", "blocked"),
        ("a21_name_last", "Le nom de famille inscrit sur le passeport est Lemieszek.", "blocked"),
        ("a20_name_first", "El nombre de pila que aparece en el pasaporte es Melissa.", "blocked"),
        ("a21_name_last", "The name of the street is Baker Street.", "allowed"),
        ("a21_name_last", "The surname shown on the passport is covered by a thumb.", "allowed"),
    ],
)
def test_a_name_cue_then_where_it_is_printed(evaded: str, answer: str, outcome: str) -> None:
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))
    result = verifier.verify_offline(frozenset({evaded}), answer, question="Describe this image.")
    assert result.outcome == outcome, result.reason
