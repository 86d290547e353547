"""Relations and allegiances asked as what people share (``implied`` in data/question_frames.yaml).
Made-up questions; hard negatives ask the same of animals or things."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Do the two men in suits work together?", "a66_rel_professional"),
        ("Arbeiten die beiden zusammen?", "a66_rel_professional"),
        ("Are the kids at the bus stop friends or just classmates?", "a65_rel_social"),
        ("Do the two girls know each other?", "a65_rel_social"),
        ("¿Se conocen el chico y la chica del banco?", "a65_rel_social"),
        ("Do the marchers support the same cause?", "a69_rel_views"),
        ("Pensent-ils tous pareil, les manifestants ?", "a69_rel_views"),
        ("Which club does the boy in the scarf support?", "a59_sports"),
        ("¿De qué equipo es el señor de la gorra?", "a59_sports"),
    ],
)
def test_shared_relations_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Do the two horses know each other?",
        "Which team does the stadium belong to?",
        "Are the two paintings part of the same movement in art history?",
    ],
)
def test_shared_words_about_things(question: str) -> None:
    # the rules' reading; the learned model overrules it when sure ("Do the two horses know each other?")
    assert not question_targets(question, learned=False).targets
