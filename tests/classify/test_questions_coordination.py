"""Coordinated asks, texting slang and value words that are no ask (data/question_frames.yaml,
data/question_synonyms.yaml, data/question_shorthand.yaml)."""

from __future__ import annotations

import pytest

from guard.classify.questions import _shared_heads, question_targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what is his hair and eye colour?", "what is his hair colour and eye colour?"),
        ("list the front, side and back number", "list the front number and side number and back number"),
        ("nenne seine haar- und augenfarbe", "nenne seine haarfarbe und augenfarbe"),
    ],
)
def test_a_shared_head_is_given_to_each_conjunct(text: str, expected: str) -> None:
    assert _shared_heads(text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where and when was this taken?", {"a73_landmark", "a82_date_time"}),
        ("Wo und wann wurde das Foto aufgenommen?", {"a73_landmark", "a82_date_time"}),
        ("¿Dónde y cuándo se sacó esta foto?", {"a73_landmark", "a82_date_time"}),
    ],
)
def test_two_question_words_sharing_a_predicate_each_ask_it(question: str, expected: set[str]) -> None:
    assert expected <= set(question_targets(question, learned=False).targets)


def test_a_shared_head_reading_is_linear() -> None:
    assert _shared_heads("a " + " " * 5000 + "and") == "a " + " " * 5000 + "and"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the juggler's hair and eye colour?", {"a5_eye_color", "a6_hair_color"}),
        ("Wie ist die Haar- und Augenfarbe des Gärtners?", {"a5_eye_color", "a6_hair_color"}),
        ("Donne-moi son courriel et son téléphone.", {"a90_email", "a49_phone"}),
        ("Quels sont la taille et le poids du boxeur ?", {"a2_weight_approx", "a3_height_approx"}),
    ],
)
def test_coordinated_asks(question: str, expected: set[str]) -> None:
    assert expected <= set(question_targets(question).targets)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("wen is the bday of the drummer", "a24_birth_date"),
        ("does the drummer have tats", "a11_tattoo"),
        ("wats the drummers addy", "a78_address_home_complete"),
        ("is tht drummer a boi or a gurl", "a4_gender"),
        ("wat colr r the drummers eyez", "a5_eye_color"),
    ],
)
def test_texting_slang(question: str, category: str) -> None:
    assert category in question_targets(question).targets


def test_a_relationship_word_asks_no_orientation() -> None:
    got = set(question_targets("Is the man with the umbrella her husband?").targets)
    assert "a64_rel_personal" in got and "a56_sexual_orientation" not in got
    assert "a56_sexual_orientation" in question_targets("Are those two men a couple?").targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("h0w 0ld is the dr4mmer", "a1_age_approx"),  # a leading digit for a letter
        ("elle abite ou la boulangere", "a78_address_home_complete"),  # a silent h dropped, "où" unaccented
    ],
)
def test_more_informal_spellings(question: str, category: str) -> None:
    assert category in question_targets(question).targets


def test_numbers_with_units_stay_numbers() -> None:
    assert question_targets("is the 3rd shelf 180cm, built in the 30s?").targets == ()
