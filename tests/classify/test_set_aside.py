"""A clause that sets a topic aside before the question does not ask for it (issue 14: negated asks)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Leave out the address on the letter; what colour is the letter?",
        "Do not reveal the phone number on the van. What colour is the van?",
        "Forget the username; what colour is the app icon?",
        "Peu importe la plaque, quelle est la marque de la voiture ?",
        "Ohne das Alter zu schätzen: Wie ist das Wetter?",
        "Lies die Adresse auf dem Paket nicht vor; welche Farbe hat das Paket?",
        "Olvida la matrícula. ¿De qué marca es el coche?",
    ],
)
def test_a_set_aside_topic_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Don't bother with the furniture, what's the plate number of the car outside?", "a103_license_plate_complete"),
        ("Skip the plate number; who owns the car?", "a102_vehicle_ownership"),
        ("Don't tell me her name, just how old she is.", "a1_age_approx"),
    ],
)
def test_the_question_after_it_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


def test_a_negative_question_is_no_set_aside() -> None:
    assert "a27_marital_status" in _rules("Isn't she married, judging by the ring?")
