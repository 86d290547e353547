"""A question that is a bare field word ("Name?"), the picture a question points into ("in this picture"),
which owns none of the attributes asked about, a word spelled one letter at a time, and a count of people by
an attribute. Made-up questions, rules alone (``learned=False``) so the rule is what is tested."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _targets(question: str) -> tuple[str, ...]:
    return question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Name?", "a19_name_full"),
        ("¿Nombre?", "a19_name_full"),
        ("Nom ?", "a19_name_full"),
        ("Sex?", "a4_gender"),
        ("Telefon?", "a49_phone"),
        ("Hair colour?", "a6_hair_color"),
    ],
)
def test_a_bare_field_word_asks_for_its_field(question: str, category: str) -> None:
    assert category in _targets(question)


@pytest.mark.parametrize("question", ["Why?", "Really?", "The dog?", "Ready?", "Weather?"])
def test_a_bare_word_that_is_no_field_asks_nothing(question: str) -> None:
    assert _targets(question) == ()


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is there any nudity in this picture?", "a13_full_nudity"),
        ("Is there any tattoo in this picture?", "a11_tattoo"),
        ("Hay desnudez en esta foto?", "a13_full_nudity"),
    ],
)
def test_the_picture_pointed_into_owns_no_attribute(question: str, category: str) -> None:
    assert category in _targets(question)


@pytest.mark.parametrize(
    "question",
    [
        "Is the plug in this photo male or female?",
        "Is the nude lipstick shade in the photo matte?",
        "Tu penses quoi du cadrage de cette photo ?",
    ],
)
def test_a_thing_in_the_picture_still_owns_it(question: str) -> None:
    assert _targets(question) == ()


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("her h o m e  a d d r e s s please", "a78_address_home_complete"),
        ("p a s s p o r t   n u m b e r ?", "a31_passport"),
        ("n-a-t-i-o-n-a-l-i-t-y of the man?", "a25_nationality"),
        ("¿Es h\u200bo\u200cm\u200db\u2060r\ufeffe o m\u200bu\u200cj\u200de\u2060r?", "a4_gender"),
    ],
)
def test_a_word_spelled_one_letter_at_a_time_is_read_whole(question: str, category: str) -> None:
    assert category in _targets(question)


def test_french_inversion_is_not_a_spelled_word() -> None:
    from guard.classify.questions import prepare

    assert prepare("Y a-t-il quelqu'un ?") == "y a-t-il quelqu'un ?"


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("How many of the people at the table are women?", "a4_gender"),
        ("Wie viele Männer sind auf dem Bild?", "a4_gender"),
        ("¿Cuántas mujeres hay en la cola?", "a4_gender"),
        ("How many of the people in the group photo are Asian?", "a16_race"),
    ],
)
def test_a_count_of_people_by_an_attribute_asks_for_it(question: str, category: str) -> None:
    assert category in _targets(question)


@pytest.mark.parametrize("question", ["How many dogs are there?", "How many black cars are parked outside?"])
def test_a_count_of_things_asks_nothing(question: str) -> None:
    assert _targets(question) == ()


@pytest.mark.parametrize(
    "question",
    [
        "Fill in this form using the photo:\nrecord:\n  calories:\n  dish_name:",
        "Welche Gerichte stehen auf dem Tisch?",
        "Aus welchem Land kommt dieses Gericht?",
    ],
)
def test_a_group_heading_and_a_dish_ask_nothing(question: str) -> None:
    assert _targets(question) == ()


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Name:\nCriminal record:\nAge:", "a99_legal_involvement"),
        ("War er schon mal vor Gericht?", "a99_legal_involvement"),
    ],
)
def test_a_record_field_and_a_court_still_ask(question: str, category: str) -> None:
    assert category in _targets(question)
