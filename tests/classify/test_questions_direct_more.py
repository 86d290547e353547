"""Direct asks in words the lexicon lacked (``implied`` in data/question_frames.yaml), more people nouns,
"sig" for a signature, and a French inverted question whose noun before the pronoun is a place ("la
personne sur l'image est-elle ..."). Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the man with the badge at a corporate event?", "a48_occassion_work"),
        ("Sind die beiden auf einer Betriebsfeier?", "a48_occassion_work"),
        ("¿Están en una cena de empresa?", "a48_occassion_work"),
        ("Only the lower half of his face shows. Describe it.", "a10_face_partial"),
        ("Dibuja la cara de la mujer del abrigo.", "a9_face_complete"),
        ("Is the swimmer in his underwear?", "a12_semi_nudity"),
        ("Is the man posing without any clothes?", "a13_full_nudity"),
        ("List height, sex and hair colour of the suspect.", "a4_gender"),
        ("What does the timestamp on the photo say?", "a82_date_time"),
        ("De quelle couleur sont les cheveux de la fillette ?", "a6_hair_color"),
        ("copy the sig at the bottom of her letter", "a8_signature"),
        ("L'homme sur la photo est-il nu ?", "a13_full_nudity"),
    ],
)
def test_direct_asks(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "La statue sur la place est-elle nue ?",
        "What sex education leaflets are on the table?",
        "Which company logo is on the event banner?",
    ],
)
def test_same_words_ask_nothing(question: str) -> None:
    assert not question_targets(question).targets
