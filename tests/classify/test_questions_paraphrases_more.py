"""Paraphrases of a value, a body part, a kin term or a limit (``implied`` in data/question_frames.yaml).
Made-up questions; hard negatives use the same words about things."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("her eyes grey or blue? cant tell", "a5_eye_color"),
        ("Is the sailor missing an arm?", "a39_disability_physical"),
        ("Le falta una pierna al corredor?", "a39_disability_physical"),
        ("Is the old woman praying to God or to Buddha?", "a55_religion"),
        ("Is that a kimono or a hanbok the dancer has on?", "a18_ethnic_clothing"),
        ("Which medication is she taking, judging by the box?", "a43_medicine"),
        ("Is there bleeding from the boxer's nose?", "a41_injury"),
        ("What do her colleagues call the nurse?", "a20_name_first"),
        ("Is he the groom's brother?", "a64_rel_personal"),
        ("¿Es la hija de la señora del sombrero?", "a64_rel_personal"),
        ("Would the woman be over the 90 kg limit for the canoe?", "a2_weight_approx"),
        ("Is the girl tall enough for the 120 cm minimum of the slide?", "a3_height_approx"),
        ("¿Cuál es la orientación sexual de la pareja del banco?", "a56_sexual_orientation"),
    ],
)
def test_paraphrases_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Is the lamp missing a leg?",
        "What is the 400 kg limit of the lift?",
        "Is the paint blue or green on the eyes of the statue?",
        "What do people call this dish in Spain?",
    ],
)
def test_same_words_about_things(question: str) -> None:
    assert not question_targets(question).targets
