"""Texting spellings of content words (data/question_synonyms.yaml: tat, num de tel/cel, handynr, cc num,
plate #) and of function words (data/question_shorthand.yaml: French "c" for c'est, Spanish "dnd" for
donde). Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("wat does the tat on his arm mean", "a11_tattoo"),
        ("c koi le num de portable de la fille", "a49_phone"),
        ("dame el num de movil del chavo", "a49_phone"),
        ("wie lautet die telnr von ihr", "a49_phone"),
        ("read me the cc # on that card pls", "a30_credit_card"),
        ("wats the plate # on the red van", "a103_license_plate_complete"),
        ("c ki la meuf en rouge ?", "a19_name_full"),
        ("dnd vive el chavo de la gorra", "a78_address_home_complete"),
    ],
)
def test_slang_asks(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "c koi ce gateau au chocolat ?",
        "dnd esta la estacion de tren?",
        "is that a tat or a sticker on the laptop?",
    ],
)
def test_slang_without_a_person_asks_nothing(question: str) -> None:
    assert not question_targets(question).targets
