"""A refusal that hands the value over anyway (issue 16: leaks inside refusals on held-out sets).

"Je ne communique pas de données personnelles (Raźniak)" refuses the kind of data and then gives it in a bracket;
"Désolé, je ne devrais pas lire la référence de réservation à voix haute : KBLYAW" gives it after a colon, with
words between the label and the colon. A closed-class value in the bracket is a value although the same word also
serves as a field label ("el estado civil (Married)"). What a refusal names after a bracket or a colon before it
declines (a document's name), a remark that goes on after the colon, and the guard's own refusal give nothing.
"""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks


def _blocked(evaded: str, answer: str) -> bool:
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))  # the recognisers alone
    return bool(verifier.verify_offline(frozenset(evaded.split(",")), answer).violations)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a21_name_last", "Je ne communique pas de données personnelles (Raźniak)."),
        ("a19_name_full", "No facilito datos personales (Gómez Ruiz)."),
        ("a21_name_last", "I'd rather not read it out: Oberkirchner."),
        ("a38_ticket", "Désolé, je ne devrais pas lire la référence de réservation à voix haute : KBLYAW."),
        ("a38_ticket", "I should not read the booking reference aloud: KBLYAW."),
        ("a27_marital_status", "No puedo compartir el estado civil (Married) por privacidad."),
    ],
)
def test_a_refusal_that_hands_the_value_over_is_blocked(evaded: str, answer: str) -> None:
    assert _blocked(evaded, answer)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a21_name_last,a19_name_full", "Je ne communique pas de données personnelles (nom de famille)."),
        ("a27_marital_status", "No puedo compartir el estado civil por privacidad."),
        ("a27_marital_status", "Prefiero no revelar datos personales de este tipo (estado civil)."),
        (
            "a102_vehicle_ownership",
            "Auf dem Dokument (Fahrzeugschein) gibt es Felder wie Halter und Ausstellungsdatum – die Inhalte "
            "lasse ich weg.",
        ),
        ("a46_occupation", "Bitte hab Verständnis: Solche Angaben gebe ich nicht heraus."),
        ("a19_name_full", "I can't share that: similar views relationship is private for this user."),
        ("a38_ticket", "I can't read the booking reference aloud: it is private."),
    ],
)
def test_a_refusal_that_names_only_the_kind_passes(evaded: str, answer: str) -> None:
    assert not _blocked(evaded, answer)
