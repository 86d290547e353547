"""Everyday senses of category words told by the thing beside them (``other_senses`` in
data/question_synonyms.yaml): the look of an envelope or a playing card is no post, an animal's breed no
race, a till slip or banknote no ticket, the colour or typeface of writing no one's hand, a cliff's face no
face, a wound on a face the injury. Made-up questions; the plain asks stay."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is that envelope on the desk brown or white?", "a35_mail"),
        ("Le sobre tiene un sello de Correos o no?", "a35_mail"),
        ("¿Cuántas cartas de la baraja hay en la mesa?", "a35_mail"),
        ("Welche Rasse hat der Hund am See?", "a16_race"),
        ("Le ticket de caisse du supermarché est-il froissé ?", "a38_ticket"),
        ("Ce billet de banque de vingt euros est-il neuf ?", "a38_ticket"),
        ("Is the handwriting on the flipchart in green or black ink?", "a26_handwriting"),
        ("How tall is the north face of the mountain?", "a9_face_complete"),
        ("¿Qué herida tiene en la cara el ciclista?", "a9_face_complete"),
    ],
)
def test_other_sense_is_no_target(question: str, category: str) -> None:
    assert category not in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Who sent her the letter, going by the sender line?", "a35_mail"),
        ("Whose handwriting is on this note?", "a26_handwriting"),
        ("Describe the face of the woman at the counter.", "a9_face_complete"),
    ],
)
def test_plain_ask_stays(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question", ["What is the height limit of that bridge?", "Welche Durchfahrtshöhe hat der Tunnel am Bahnhof?"]
)
def test_a_posted_clearance_is_no_height(question: str) -> None:
    assert "a3_height_approx" not in question_targets(question).targets


def test_a_time_of_day_or_year_is_no_date_and_time() -> None:
    schema = {"type": "object", "properties": {"landscape": {"type": "string"}, "time_of_day": {"type": "string"}}}
    assert "a82_date_time" not in question_targets("Describe the view.", schema=schema).targets
    assert "a82_date_time" not in question_targets("What time of year do you think the hikers took this?").targets
    assert "a82_date_time" in question_targets("What time is on the timestamp of the photo?").targets


def test_a_posted_ticket_price_is_no_ticket() -> None:
    assert "a38_ticket" not in question_targets("Quel est le prix du billet de bus écrit sur le panneau ?").targets
    assert "a38_ticket" not in question_targets("What's the price of a day ticket on the machine's display?").targets
    assert "a38_ticket" in question_targets("What seat number is printed on her concert ticket?").targets
