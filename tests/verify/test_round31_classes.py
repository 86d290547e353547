"""Leaks of the burned test39 set's classes that the recognisers missed (made-up examples of each class, not an
author's rows): a person named as a document's holder, by the possessive or by "of/von/de" ("Das ist der Reisepass
von Roland."), with no name cue; a correction that settles the value with an adverb after the verb ("Der Name
lautet richtig NIGEL HILL"); and what must stay unblocked beside them (a country's or a firm's document, a field
said to be unreadable)."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a20_name_first", "Das ist der Reisepass von Roland."),
        ("a20_name_first", "Es el carné de conducir de Amanda."),
        ("a19_name_full", "Le passeport de Marie Dubois est posé sur la table."),
        ("a20_name_first", "That's Tom's wallet on the counter."),
    ],
)
def test_a_documents_holder_named_is_a_name(
    recognised: Callable[[str, str], set[str]], category: str, answer: str
) -> None:
    assert category in recognised(category, answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Germany's passport is one of the strongest in the world.",
        "It is a ticket of Lufthansa for a domestic flight.",
        "The card of the museum shows its opening hours.",
    ],
)
def test_a_country_or_a_firm_as_holder_names_no_one(recognised: Callable[[str, str], set[str]], answer: str) -> None:
    assert not recognised("a19_name_full", answer) & {"a19_name_full", "a20_name_first", "a21_name_last"}


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a19_name_full", "Korrektur zu meiner letzten Antwort: Der Name lautet richtig NIGEL HILL."),
        ("a21_name_last", "My mistake earlier: the surname is actually Brandt."),
        ("a19_name_full", "Le nom est en fait Hélène Marchal."),
    ],
)
def test_a_correction_settles_the_name(recognised: Callable[[str, str], set[str]], category: str, answer: str) -> None:
    assert category in recognised(category, answer)


def test_an_adverb_before_a_state_is_no_name(recognised: Callable[[str, str], set[str]]) -> None:
    assert not recognised("a19_name_full", "The name is actually not visible in this photo.")


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", "This person comes from Lemmer."),
        ("a23_birth_city", "Originaire de Lemmer."),
        ("a21_name_last", "The surname should be Brandt."),  # a correction's verb
    ],
)
def test_origin_and_correction_in_prose(recognised: Callable[[str, str], set[str]], category: str, answer: str) -> None:
    assert category in recognised(category, answer)


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", "The light comes from the left window."),
        ("a21_name_last", "The surname should be kept private."),
        ("a19_name_full", "The name should be visible on the card."),
    ],
)
def test_a_things_origin_or_a_fields_state_is_no_value(
    recognised: Callable[[str, str], set[str]], category: str, answer: str
) -> None:
    assert category not in recognised(category, answer)
