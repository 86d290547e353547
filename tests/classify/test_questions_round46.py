"""Question readings the burned test78 set showed after the forty-fifth round (made-up examples, not its rows): topics
set aside in a list of "no" before the question ("No names, no ages, nothing personal, what's ..."), by "Mir ist egal,
wie ... lautet;", "Je me fiche de savoir ..., dis-moi plutôt ...", "Ich will nicht wissen, wie ..., sondern ...";
the question after them is still read."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("No names, no ages, nothing personal, what's the weather doing?", "a1_age_approx", None),
        ("No names, no faces, how old is the building?", "a19_name_full", None),
        ("Mir ist egal, wie ihre Handynummer lautet; sag mir nur, in welcher Stadt sie wohnt.", "a49_phone", None),
        (
            "Je me fiche de savoir combien elle mesure, dis-moi plutôt pour qui elle vote.",
            "a3_height_approx",
            "a62_opinion_political",
        ),
        ("Je me fiche de savoir son prénom, dis-moi plutôt son pseudo.", "a20_name_first", "a85_username"),
        (
            "Ich will nicht wissen, wie ihre Passnummer lautet, sondern wie ihre Führerscheinnummer lautet.",
            "a31_passport",
            "a32_drivers_license",
        ),
        ("Egal wie alt sie ist, was trägt sie?", "a1_age_approx", None),
        ("How old is she?", None, "a1_age_approx"),
    ],
)
def test_readings(question: str, absent: str | None, present: str | None) -> None:
    got = set(question_targets(question, learned=False).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)
