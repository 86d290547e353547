"""Look-alike letters from other scripts fold to the Latin letter they imitate, as a class."""

from __future__ import annotations

import unicodedata

from guard.classify.questions import question_targets
from guard.classify.text import _TYPOGRAPHY, LOOKALIKE_LETTERS, fold


def test_lookalikes_from_each_script_fold() -> None:
    assert fold("t\u0430\u04cfl") == "tall"  # Cyrillic a, palochka
    assert fold("\u0578\u0561\u0574") == "nw\u0574"  # Armenian n, w; a letter without a Latin twin stays
    assert fold("\ua4ee\ua4d6\ua4f0") == "age"  # Lisu capitals
    assert fold("\u13bb\u13ac\u13de") == "hel"  # Cherokee capitals
    assert fold("\u0131\u0261\u03f2") == "igc"  # dotless i, script g, lunate sigma


def test_every_lookalike_is_a_letter_mapped_to_one_ascii_character() -> None:
    for char, latin in {**LOOKALIKE_LETTERS, **_TYPOGRAPHY}.items():
        assert len(latin) == 1 and latin.isascii() and (char == "`" or not char.isascii()), char
        if latin.isalpha():
            assert unicodedata.category(char).startswith("L"), char
    # the look-alike letters (which the verifier's normaliser folds too) are letters only
    assert all(unicodedata.category(char).startswith("L") for char in LOOKALIKE_LETTERS)


def test_questions_spelled_with_lookalikes_keep_their_targets() -> None:
    assert "a3_height_approx" in question_targets("How t\u0430\u04cfl is the girl?").targets
    assert "a25_nationality" in question_targets("Which \u0578ationa\u04cfity is he?").targets
