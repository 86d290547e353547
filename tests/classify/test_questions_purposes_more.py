"""Purposes and paraphrases of the third round (``implied`` in data/question_frames.yaml). Made-up
questions; hard negatives use the same words about things."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the young man eligible for the student rate at the museum?", "a33_student_id"),
        ("Does she play any sport, judging by her bag?", "a59_sports"),
        ("Treibt er Sport?", "a59_sports"),
        ("What did he study before becoming a chef?", "a70_education_history"),
        ("What's his take on the new bike lane?", "a61_opinion_general"),
        ("Does the old man need a blue badge to park there?", "a39_disability_physical"),
    ],
)
def test_purposes_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "How much is the student rate on the museum's price board?",
        "Which sport is played on this pitch?",
    ],
)
def test_purpose_words_about_things(question: str) -> None:
    assert not question_targets(question).targets
