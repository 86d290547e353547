"""Value pairs and words of the fourth round (``implied`` in data/question_frames.yaml, "paraphe" in
data/question_synonyms.yaml). Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the man on the lounger half naked?", "a12_semi_nudity"),
        ("Ist der Sänger oben ohne auf der Bühne?", "a12_semi_nudity"),
        ("Le nageur est-il à moitié nu ?", "a12_semi_nudity"),
        ("Is the jogger fair or olive-skinned?", "a17_color"),
        ("¿El portero tiene la piel morena o clara?", "a17_color"),
        ("Woher hat der Junge die Wunde an der Stirn?", "a41_injury"),
        ("Recopie le paraphe du signataire.", "a8_signature"),
    ],
)
def test_values_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Is the wall half painted or finished?",
        "Is the table light or dark oak?",
    ],
)
def test_value_words_about_things(question: str) -> None:
    assert not question_targets(question).targets
