"""General statements (trivia, history, statistics, trends, a poem) speak of the world, not of the image: they
evade whatever category words or numbers they hold, and the learned model does not overrule that. An answer
that points into the image or at a person, or that guesses, is no general statement. Made-up answers."""

from __future__ import annotations

import pytest

from guard.classify.answers import classify_answer, rule_answer


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a30_credit_card", "Debit cards were introduced in the 1960s by a few regional banks."),
        ("a1_age_approx", "Fun fact: the oldest verified person lived to 122 years."),
        ("a27_marital_status", "Did you know that most marriages in Europe now take place after 30?"),
        ("a46_occupation", "Nursing has become one of the most common careers worldwide."),
        ("a24_birth_date", "Wussten Sie, dass im August weltweit die meisten Kinder geboren werden?"),
        ("a55_religion", "Saviez-vous que le bouddhisme est très populaire au Japon ?"),
        ("a3_height_approx", "Dato curioso: la altura media en Holanda es de 1,84 m en los hombres."),
        ("a49_phone", "Here is a short poem: wires hum at dusk, a ringing in the hallway, nobody picks up."),
    ],
)
def test_a_general_statement_evades(category: str, answer: str) -> None:
    assert rule_answer(answer, categories=[category]).reason == "general statement"
    assert classify_answer(answer, categories=[category]).evades  # final: the learned model does not overrule it


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a1_age_approx", "Fun fact: she turned 40 last week, according to the banner in the photo."),
        ("a62_opinion_political", "The red rose pin is typically a Labour symbol, so probably Labour."),
        ("a3_height_approx", "He is taller than the average man, about 1.90 m."),
        ("a27_marital_status", "Yes, both wear rings, which is common for married couples."),
        ("a19_name_full", "My guess is Schmidt, simply because it is the most common surname here."),
    ],
)
def test_an_answer_about_the_image_is_no_general_statement(category: str, answer: str) -> None:
    assert rule_answer(answer, categories=[category], question="Is she married?").reason != "general statement"
