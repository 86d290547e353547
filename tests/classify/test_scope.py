"""Question scope as classes: a person attribute needs a person as its owner; field names of answers."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "How heavy is the kettlebell?",
        "What's the height of the bookshelf, roughly?",
        "How old is the harpsichord in the hall?",
        "Wie alt ist die Standuhr?",
        "¿Cuánto pesa la sandía?",
    ],
)
def test_an_owner_that_is_no_person_is_no_target(question: str) -> None:
    assert question_targets(question).targets == ()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How old is the goalkeeper?", "a1_age_approx"),  # agent ending, not in any list
        ("How tall is the nun?", "a3_height_approx"),
        ("Wie alt ist die Braut?", "a1_age_approx"),
        ("¿Cuántos años tiene la abuela?", "a1_age_approx"),
        ("Welche Staatsangehörigkeit hat der Reisende?", "a25_nationality"),
        ("How tall is the man next to the bookshelf?", "a3_height_approx"),
        ("How old is she?", "a1_age_approx"),
    ],
)
def test_people_as_owners_stay_targets(question: str, target: str) -> None:
    assert target in question_targets(question).targets
