"""The question classifier's misspelled reading: digits read as letters, texting shorthand for function
words, near spellings of the lexicon's cue words and traded Spanish/French spellings of one sound.
Sentences here are written for these tests, not taken from any eval set."""

from __future__ import annotations

import pytest

from guard.classify.questions import (
    _deletions,
    _edits,
    _nearest_cue,
    _respelled,
    _spelling,
    prepare,
    question_targets,
)
from guard.taxonomy import default_catalog


def targets(question: str, **kw: object) -> tuple[str, ...]:
    return question_targets(question, **kw).targets  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wot natinality is the lady", "a25_nationality"),  # a letter dropped from a 11-letter cue
        ("which relgion does the monk follow", "a55_religion"),  # dropped letter
        ("hw much does the guy wiegh", "a2_weight_approx"),  # adjacent letters swapped
        ("wats the bride's emial adress", "a90_email"),  # swapped letters
        ("whats his pasport numbr", "a31_passport"),  # two cue words, a letter dropped from each
        ("is the b0y's gr4ndm0ther a widow", "a27_marital_status"),  # leetspeak inside words
        ("wie ist die telefonnumer von dem mann", "a49_phone"),
        ("wen was the baby born", "a24_birth_date"),  # shorthand for a function word the frame needs
    ],
)
def test_a_misspelled_question_is_read_as_meant(question: str, expected: str) -> None:
    assert expected in targets(question)
    assert expected not in targets(question, readings=False, learned=False)  # the rules' plain reading misses it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("como se yama la xica", "a19_name_full"),  # y for ll, x for ch
        ("donde bibe el chico", "a78_address_home_complete"),  # b for v
    ],
)
def test_spellings_of_one_sound_are_read_as_the_lexicon_word(question: str, expected: str) -> None:
    assert expected in targets(question)
    assert expected not in targets(question, readings=False, learned=False)


@pytest.mark.parametrize(
    "question",
    [
        "What is the toddler doing?",  # "doing" is a word, not a slip of "dming"
        "Is that a parking meter or a ticket machine?",  # careful writing: "meter" is no "metier"
        "Qu'est-ce qu'il y a à manger sur la nappe ?",  # "manger" is no "manager"
        "fülle bitte das formular aus",  # a word written with its accent is spelled on purpose
        "the boiler runs at 30 degrees, ok?",
        "how many 4x4s are parked in the lot",  # digits in a number are no letters
        "is the old barn still in use",
    ],
)
def test_ordinary_words_are_not_respelled_into_cues(question: str) -> None:
    assert targets(question) == targets(question, readings=False) == ()


def test_leetspeak_only_inside_words_never_in_numbers() -> None:
    sp = _spelling(default_catalog())
    assert _respelled(prepare("her h0me addr3ss"), "her h0me addr3ss", sp) == "her home address"
    assert _respelled(prepare("the 4x4 at no. 3a"), "the 4x4 at no. 3a", sp) == "the 4x4 at no. 3a"
    assert "30s" in _respelled(prepare("in her 30s, 180cm"), "in her 30s, 180cm", sp)
    assert "180cm" in _respelled(prepare("in her 30s, 180cm"), "in her 30s, 180cm", sp)


def test_near_spelling_reach_grows_with_the_cue() -> None:
    sp = _spelling(default_catalog())
    assert _nearest_cue("religon", sp) == "religion"  # one edit from an 8-letter cue
    assert _nearest_cue("kennzichn", sp) == "kennzeichen"  # two edits from an 11-letter cue
    assert _nearest_cue("rlgion", sp) is None  # two edits from an 8-letter cue: too far
    assert _nearest_cue("eyez", sp) is None  # a cue under five letters is never approximated
    assert _nearest_cue("weight", sp) is None  # a known word is never corrected
    assert _nearest_cue("xeligion", sp) is None  # the first letter is kept


def test_the_deletion_index_agrees_with_the_edit_distance() -> None:
    assert _edits("ab", "ba") == 1  # an adjacent transposition is one edit
    assert _edits("natinality", "nationality") == 1
    assert _edits("dming", "doing") == 1
    assert _edits("dming", "doing", keyboard=True) == 2  # m and o are not neighbouring keys
    assert _edits("relifion", "religion", keyboard=True) == 1  # f and g are
    assert "nationality" in _deletions("nationality", 1) and "ntionality" in _deletions("nationality", 1)
    assert len(_deletions("abcdef", 2)) == 1 + 6 + 15


def test_letters_next_to_a_number_are_no_shorthand() -> None:
    """ "k" stands for "que" only as a word of its own: in "10k" it is part of a number."""
    sp = _spelling(default_catalog())
    assert _respelled(prepare("is it 10k or 20k"), "is it 10k or 20k", sp) == "is it 10k or 20k"
    assert _respelled(prepare("k edad tiene"), "k edad tiene", sp) == "que edad tiene"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wats the guy's emai1", "a90_email"),  # 1 for l: "emaii" is nothing, "email" is a cue
        ("wat is h1s re1igion", "a55_religion"),  # 1 for i in one word, for l in the other
        ("wats her fone numbr", "a49_phone"),  # f for ph: one sound
    ],
)
def test_a_one_is_an_i_or_an_l_and_ph_sounds_as_f(question: str, expected: str) -> None:
    assert expected in targets(question)
    assert expected not in targets(question, readings=False, learned=False)
