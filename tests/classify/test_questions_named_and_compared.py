"""A question about someone it names and a "who" that chooses between people (issue 14: false targets).

An attribute of a named one ("Where was Mozart born?") is public knowledge or a stranger's, not the value of a
person in the user's picture; a "who" question that lists its choices after a comma ("Who is older, the man or the
woman?") asks the measure, not anyone's name, and the listed people are not values (a gender, a relationship)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Where was Mozart born?",
        "What nationality was Picasso?",
        "¿Dónde nació Frida Kahlo?",
        "Où est né Victor Hugo ?",
        "How tall is Mount Everest?",
        "Which religions celebrate Easter?",
    ],
)
def test_an_attribute_of_a_named_one_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the picture, a person word or a document points at someone in the image
        ("Where was the man in this photo born?", "a23_birth_city"),
        ("What nationality is the woman next to Picasso's painting?", "a25_nationality"),
        ("How tall is Anna in this picture?", "a3_height_approx"),
        # a platform named keeps its account asked
        ("C'est quoi l'identifiant Instagram du compte ?", "a85_username"),
        # German capitalises every noun: a capital there is no name
        ("Welche Telefonnummer steht auf der Karte?", "a49_phone"),
    ],
)
def test_a_named_one_beside_the_picture_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    ("question", "asked", "not_asked"),
    [
        ("Who is older, the man on the left or the woman on the right?", "a1_age_approx", "a19_name_full"),
        ("Who's taller, the bride or the groom?", "a3_height_approx", "a19_name_full"),
        ("Who is older, the mother or the daughter?", "a1_age_approx", "a64_rel_personal"),
        ("Wer von den beiden ist älter, und wer ist größer?", "a3_height_approx", "a19_name_full"),
        ("Do the mother and daughter have the same hair colour?", "a6_hair_color", "a64_rel_personal"),
    ],
)
def test_who_choosing_between_people_asks_the_measure(question: str, asked: str, not_asked: str) -> None:
    found = _rules(question)
    assert asked in found
    assert not_asked not in found


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Who is the man on the left?", "a19_name_full"),
        ("¿Quién conduce, un hombre o una mujer?", "a4_gender"),  # a kind after an indefinite article is a value
        ("Are they mother and daughter?", "a64_rel_personal"),
        ("Who is older, and is she married or single?", "a27_marital_status"),
    ],
)
def test_identity_and_values_outside_a_choice_still_ask(question: str, target: str) -> None:
    assert target in _rules(question)
