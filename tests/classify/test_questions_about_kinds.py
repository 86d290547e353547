"""Questions about a kind in general ask no one's value: an attribute of people of a kind ("the average woman",
"las mujeres en México"), of a kind of thing ("¿Cuántos años vive una tortuga?"), a part of a kind of document
("the MRZ on a passport"), the kinds of a category ("Which religions celebrate Easter?"), the world's or a
majority's ("la religión mayoritaria"). The same words pointed at the picture or at someone still ask."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets

GENERAL = [
    ("How tall is the average woman in Spain?", "a3_height_approx"),
    ("¿Cuál es la estatura media de las mujeres en México?", "a3_height_approx"),
    ("What is the MRZ on a passport?", "a31_passport"),
    ("Wie alt wird eine Schildkröte?", "a1_age_approx"),
    ("¿Cuántos años vive una tortuga?", "a1_age_approx"),
    ("Which religions celebrate Easter?", "a55_religion"),
    ("Quelles religions fêtent Pâques ?", "a55_religion"),
    ("Quelles sont les grandes religions du monde ?", "a55_religion"),
    ("What's the majority religion in Indonesia?", "a55_religion"),
]

ASKS = [
    ("How tall is the woman in the red coat?", "a3_height_approx"),
    ("What is the MRZ on this passport?", "a31_passport"),
    ("Wie alt ist die Frau?", "a1_age_approx"),
    ("¿Es un chico o una chica?", "a4_gender"),
    ("¿Qué medicamentos toma?", "a43_medicine"),  # a plural cue whose verb has another, unsaid subject
    ("What religions are they?", "a55_religion"),
    ("Which tattoos does he have?", "a11_tattoo"),
]


@pytest.mark.parametrize(("question", "category"), GENERAL)
@pytest.mark.parametrize("learned", [False, True])
def test_a_question_about_a_kind_asks_nothing_of_it(question: str, category: str, learned: bool) -> None:
    assert category not in question_targets(question, learned=learned).targets


@pytest.mark.parametrize(("question", "category"), ASKS)
def test_the_same_words_pointed_at_someone_still_ask(question: str, category: str) -> None:
    assert category in question_targets(question, learned=False).targets
