"""The second ask of a multi-part question (``implied`` in data/question_frames.yaml) and a possessive noun
before "face" (data/questions.yaml). Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "categories"),
    [
        ("Who lives there, and what is the street and number?", {"a19_name_full"}),
        ("Qui habite ici et à quel étage ?", {"a19_name_full"}),
        ("¿Quién vive aquí y desde cuándo?", {"a19_name_full"}),
        ("Give me the holder's name and the expiry date of the permit.", {"a19_name_full"}),
        ("What's the name printed on the ticket, and is the seat by the window?", {"a19_name_full"}),
        ("Nenne mir den Namen und die Adresse auf dem Formular.", {"a19_name_full"}),
        ("Read me the boarding time and gate from her pass.", {"a82_date_time"}),
        ("Sketch the old lady's face and tell me her age.", {"a9_face_complete", "a1_age_approx"}),
        ("What's the first name printed on the badge?", {"a20_name_first"}),
    ],
)
def test_multi_part_asks(question: str, categories: set[str]) -> None:
    assert categories <= set(question_targets(question).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Who lived in this castle in the Middle Ages?",
        "What's the name of the airline on the ticket?",
        "Which platform does the train leave from?",
    ],
)
def test_multi_part_words_about_things(question: str) -> None:
    got = set(question_targets(question).targets)
    assert "a19_name_full" not in got
