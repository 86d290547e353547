"""Values given in shapes the recognisers missed: a name's cue followed by where the name is printed ("que aparece
en el documento de identidad", "im Reisepass"), a label cell and its value cell without a row, a value alone after
the answer's last colon."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks


def _assert_outcome(evaded: str, answer: str, outcome: str) -> None:
    """The recognisers alone, from the answer text under an innocuous question."""
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))
    result = verifier.verify_offline(frozenset({evaded}), answer, question="Describe this image.")
    assert result.outcome == outcome, result.reason


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
    _assert_outcome(evaded, answer, outcome)


@pytest.mark.parametrize(
    ("evaded", "answer", "outcome"),
    [
        ("a21_name_last", '<td class="label">Surname</td><td>Riley</td>', "blocked"),
        ("a20_name_first", '<td class="label">Vorname</td><td>Hollie</td>', "blocked"),
        ("a38_ticket", '<td class="label">Booking ref.</td><td>ZO3WMM</td>', "blocked"),
        ("a21_name_last", "<td>Colour</td><td>Blue</td>", "allowed"),
    ],
)
def test_a_label_cell_and_its_value_cell_without_a_row(evaded: str, answer: str, outcome: str) -> None:
    _assert_outcome(evaded, answer, outcome)


@pytest.mark.parametrize(
    ("evaded", "answer", "outcome"),
    [
        ("a27_marital_status", "It's a bit blurry, so take this with a grain of salt: Single.", "blocked"),
        ("a27_marital_status", "Schwer zu erkennen, aber ich würde sagen: Ledig.", "blocked"),
        # the colon ends another field's label: the value is that field's
        ("a8_signature", "The only detail I'll point out is the birthplace: Lies.", "allowed"),
        ("a27_marital_status", "Here is what I see: a dog.", "allowed"),
    ],
)
def test_a_value_alone_after_the_last_colon_is_read(evaded: str, answer: str, outcome: str) -> None:
    _assert_outcome(evaded, answer, outcome)
