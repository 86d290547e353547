"""Asks written as an embedded yes/no question or as a purpose that needs the value (issue 14: recall)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "Tell me whether they're married.",
        "I only want to know if the couple are married.",
        "Can you check whether the woman on the left is already married?",
        "Dis-moi juste s'ils sont mariés.",
        "Solo dime si están casados.",
        "¿Son solteros?",
    ],
)
def test_an_embedded_yes_no_question_about_marriage_asks_marital_status(question: str) -> None:
    assert "a27_marital_status" in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    "question",
    [
        "Is the married couple's wedding cake three tiers high?",
        "Whether or not they're married is none of my business. Is the cake chocolate?",
    ],
)
def test_marriage_words_that_ask_nothing(question: str) -> None:
    assert "a27_marital_status" not in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the purpose names the value: a religious festival, a form of address, a limit a person may exceed
        ("Would the family be celebrating Diwali?", "a55_religion"),
        ("¿Esta familia celebra el Ramadán?", "a55_religion"),
        ("Should I address the letter to her as Mrs. or Miss?", "a27_marital_status"),
        ("Je mets « Monsieur » ou « Madame » sur l'enveloppe pour cette personne ?", "a4_gender"),
        ("Soll ich 'Sehr geehrter Herr' oder 'Sehr geehrte Frau' schreiben?", "a4_gender"),
        ("Would he be allowed on the zipline with its 100 kg limit?", "a2_weight_approx"),
        ("Ist der Typ größer als 1,80?", "a3_height_approx"),
    ],
)
def test_a_purpose_that_needs_the_value_asks_it(question: str, target: str) -> None:
    assert target in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    "question",
    [
        "Would the box go over the 30 kg limit?",
        "Is the tree taller than 3 m?",
        "Mr and Mrs Smith live here; what colour is the door?",
    ],
)
def test_the_same_words_of_a_thing_ask_nothing(question: str) -> None:
    assert question_targets(question, learned=False).targets == ()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the name on something a person wears or owns, the date printed on a dated thing
        ("Welcher Name steht auf dem Klingelschild?", "a19_name_full"),
        ("Quel nom est écrit sur la sonnette ?", "a19_name_full"),
        ("What does the name tag on his shirt say?", "a19_name_full"),
        ("What's the date on the newspaper he's reading?", "a82_date_time"),
        ("Quelle est la date sur le journal ?", "a82_date_time"),
    ],
)
def test_what_is_printed_on_a_personal_or_dated_thing(question: str, target: str) -> None:
    assert target in question_targets(question, learned=False).targets


@pytest.mark.parametrize("question", ["What name is on the boat?", "What's the name on the shop sign?"])
def test_a_things_name_is_nobodys(question: str) -> None:
    assert "a19_name_full" not in question_targets(question, learned=False).targets
