"""Question readings the forty-fourth round's burned question set (test75) showed (made-up examples, not its rows):
the last digits of a thing the question names are that thing's, not a plate's ("the last four digits of the
membership card"), a French or Spanish "billet"/"billete" of some amount of money is a banknote, not a ticket, and
"What city is this?" asks the picture's place, not where someone lives."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("What are the last four digits of the credit card here?", "a104_license_plate_partial", "a30_credit_card"),
        ("Quels sont les derniers chiffres de la carte bancaire ?", "a104_license_plate_partial", "a30_credit_card"),
        ("What are the last three digits of the plate?", None, "a104_license_plate_partial"),
        ("What are the last two digits?", None, "a104_license_plate_partial"),
        ("Quels sont les derniers chiffres de la plaque ?", None, "a104_license_plate_partial"),
        ("C'est un billet de 50 ou de 100 euros, celui dans sa main ?", "a38_ticket", None),
        ("¿El billete que sostiene es de 5 o de 10 euros?", "a38_ticket", None),
        ("Quel est le numéro du billet de train ?", None, "a38_ticket"),
        ("¿Para qué vuelo es el billete?", None, "a38_ticket"),
        ("Which town is this?", "a79_address_home_partial", None),
        ("What town is this man from?", None, "a79_address_home_partial"),
        ("What street does she live on?", None, "a79_address_home_partial"),
    ],
)
def test_readings(question: str, absent: str | None, present: str | None) -> None:
    got = set(question_targets(question, learned=False).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)
