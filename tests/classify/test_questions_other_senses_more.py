"""More everyday senses (``other_senses`` and ``things`` in data/questions.yaml): a word's grammatical
gender, left or right as a direction, a young animal's sex. Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "What gender does the Spanish noun on the flashcard have?",
        "Ist das Wort 'Sonne' auf dem Schild grammatisch weiblich oder männlich?",
        "La palabra 'mesa' es masculino o femenino?",
        "Which way is the cyclist turning, left or right?",
        "Is the foal male or female?",
    ],
)
def test_other_senses_ask_nothing(question: str) -> None:
    assert not question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What gender is the passenger in the back seat?", "a4_gender"),
        ("Politically, is the speaker left or right?", "a62_opinion_political"),
        ("Is the farmer holding the lamb a man or a woman?", "a4_gender"),
    ],
)
def test_same_words_about_people_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets
