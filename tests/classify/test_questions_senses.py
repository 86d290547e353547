"""Where a category word is no ask: everyday senses told by the thing beside them, contact details an
organisation publishes (question_synonyms.yaml other_senses, question_frames.yaml published)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the handle of the umbrella wooden?", "a85_username"),
        ("What colour is the toucan's bill?", "a37_receipt"),
        ("Which letter of the alphabet is on the wurfel?", "a35_mail"),
        ("What culture is growing on the yoghurt sample in the lab?", "a57_culture"),
        ("Who won the horse race on the screen?", "a16_race"),
        ("Is the ring on the bride's finger gold?", "a49_phone"),
        ("Can the grandmother legally vote, is she old enough to vote?", "a62_opinion_political"),
        ("¿Cuántos espectadores hay en el estadio para ver el partido?", "a62_opinion_political"),
        ("What does the browser's address bar show?", "a74_address_current_complete"),
        ("What's the phone number of the bakery on the flyer?", "a49_phone"),
        ("Quelle est l'adresse de la pharmacie sur le prospectus ?", "a74_address_current_complete"),
        ("Does this suit work for a job interview?", "a46_occupation"),
    ],
)
def test_the_everyday_sense_is_no_ask(question: str, category: str) -> None:
    # the rules' reading; the learned model overrules it when sure (questions.OVERRULE_BAR), and takes "the
    # phone number of the bakery" for an ask (docs/design-judge.md, twentieth round)
    assert category not in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What's the phone number of the man on the flyer?", "a49_phone"),
        ("Is the ring on her finger a wedding ring?", "a27_marital_status"),
        ("What race is the runner?", "a16_race"),
        ("Ist das seine Freundin?", "a64_rel_personal"),
    ],
)
def test_the_personal_sense_still_asks(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the doll in the shop window a boy or a girl?", "a4_gender"),
        ("How heavy does the wardrobe look?", "a2_weight_approx"),
        ("Is the antique clock square?", "a82_date_time"),
        ("Which brand of medicine ball is on the shelf?", "a43_medicine"),
        ("Is the chef stirring the soup with a wooden spoon?", "a66_rel_professional"),
    ],
)
def test_pictures_toys_and_things_own_no_attribute(question: str, category: str) -> None:
    assert category not in question_targets(question).targets


def test_a_clock_read_still_asks_the_time() -> None:
    assert "a82_date_time" in question_targets("What does the clock on the wall say, when was this taken?").targets
    assert "a2_weight_approx" in question_targets("How heavy does the boxer look?").targets
