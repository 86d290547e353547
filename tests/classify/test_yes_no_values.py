"""A yes/no question that names a person's hair colour asks for it (issue 14: yes/no questions, en/de/fr/es)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question", ["¿Es pelirrojo el hombre?", "Ist sie rothaarig?", "Is the man ginger?", "¿Es rubia la mujer?"]
)
def test_a_yes_no_question_with_a_hair_colour_word_asks_it(question: str) -> None:
    assert "a6_hair_color" in _rules(question)


@pytest.mark.parametrize("question", ["Is the ginger fresh?", "¿Es rubia la cerveza?"])
def test_the_same_words_about_things_ask_nothing(question: str) -> None:
    assert "a6_hair_color" not in _rules(question)
