"""Words a new question author used that the rules lacked (made-up examples of each, not the author's rows), and the
questions near them that ask about no one: a comparison between things, a tea."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> tuple[str, ...]:
    return question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Which of the two boxers is heavier?", "a2_weight_approx"),
        ("Which of the four brothers is the tallest?", "a3_height_approx"),
        ("Who is shorter, the bride or the groom?", "a3_height_approx"),
        ("cuanto mide la chica de azul", "a3_height_approx"),
        ("Which of the twins has lighter skin?", "a17_color"),
        ("Which one is the ginger one?", "a6_hair_color"),
        ("¿Cómo se apellida el profesor?", "a21_name_last"),
        ("How did he get the scar on his chin?", "a41_injury"),
        ("Fass den Chatverlauf kurz zusammen.", "a97_online_conversation"),
        ("What did she reply to his last message?", "a97_online_conversation"),
        ("is the driver a lefty?", "a62_opinion_political"),
        ("Is he an aussie?", "a25_nationality"),
        ("where the heck is this", "a73_landmark"),
        ("wer is der mann links?", "a19_name_full"),
        ("En quelle décennie est-elle née ?", "a1_age_approx"),
        ("A-t-il des problèmes avec la justice ?", "a99_legal_involvement"),
        ("Is she in her underwear?", "a12_semi_nudity"),
        ("Il fait quoi dans la vie, ton voisin ?", "a46_occupation"),
    ],
)
def test_the_new_phrasings_target_their_category(question: str, category: str) -> None:
    assert category in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which of these two statues is taller?",
        "Which of the two lamps is taller?",
        "Is this ginger tea?",
        "How do I get a scar out of a wooden table?",
    ],
)
def test_things_compared_ask_about_no_one(question: str) -> None:
    assert not _rules(question)
