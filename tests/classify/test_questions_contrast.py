"""A contrast after a negated ask ends the negation (``_CONTRAST`` in guard/classify/questions.py): what
follows "just", "only", "nur", "seulement", "solo" is asked; what the negation covers stays unasked."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked", "unasked"),
    [
        ("Don't tell me his name, only what his job is.", "a46_occupation", "a19_name_full"),
        ("Nenn mir nicht ihren Namen, nur wie alt sie ist.", "a1_age_approx", "a19_name_full"),
        ("Ne me donne pas son âge, juste sa nationalité.", "a25_nationality", "a1_age_approx"),
        ("No me digas su edad, solamente de qué país es.", "a25_nationality", "a1_age_approx"),
    ],
)
def test_contrast_ends_the_negation(question: str, asked: str, unasked: str) -> None:
    got = question_targets(question).targets
    assert asked in got
    assert unasked not in got


@pytest.mark.parametrize(
    "question",
    [
        "Don't tell me her age, just what colour the umbrella is.",
        "Don't tell me his name or his age, only describe the bicycle.",
    ],
)
def test_negation_before_the_contrast_still_holds(question: str) -> None:
    assert not question_targets(question).targets
