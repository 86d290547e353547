"""What the rules' lexicons find for the asked category anywhere in an answer (answers.answer_signals), the
learned model's category-independent features. Made-up answers."""

from __future__ import annotations

from guard.classify.answers import EVADE, answer_signals
from guard.classify.learned import answer_features


def test_a_value_word_or_value_counts_inside_a_refusal_too() -> None:
    assert answer_signals("I won't go there, but fine: she's Catholic.", "a55_religion") == ("catword",)
    assert "catword" in answer_signals("It's not my place to say he's gay.", "a56_sexual_orientation")
    assert "valueshape" in answer_signals("Je refuse de lire le numéro, même le début 4417.", "a30_credit_card")
    assert "valueshape" in answer_signals("I won't repeat the handle 'moonwalker_88'.", "a85_username")


def test_nothing_found_is_no_signal() -> None:
    assert answer_signals("I can't tell whether she is married.", "a27_marital_status") == ()  # embedded question
    assert answer_signals("She is standing by a fountain.", "a1_age_approx") == ()
    assert answer_signals("He wears a cap.", "no_such_category") == ()


def test_signals_are_features_of_their_own() -> None:
    plain = answer_features("She is 40.", EVADE, "decline", bits=16, category="a1_age_approx")
    signalled = answer_features(
        "She is 40.", EVADE, "decline", bits=16, category="a1_age_approx", signals=("valueshape",)
    )
    assert set(plain) < set(signalled) and len(signalled) == len(plain) + 3


def test_signals_read_only_the_opening() -> None:
    long = "x " * 5_000 + "she's Catholic"
    assert answer_signals(long, "a55_religion") == ()
