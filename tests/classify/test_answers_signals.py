"""What the rules' lexicons find for the asked category anywhere in an answer (answers.answer_signals), the
learned model's category-independent features. Made-up answers."""

from __future__ import annotations

from guard.classify.answers import EVADE, answer_evidence, answer_signals, answer_structure
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


def test_structure_names_the_clauses_cues_and_masked_values() -> None:
    got = answer_structure("I can't say. She is nice, but I won't tell you her age.")
    assert got[:2] == ("clauses:3", "first:decline") and "cue:plain" in got and "anycue" in got
    plain = answer_structure("She looks about 34.")
    assert plain == ("clauses:1", "first:plain", "cue:plain", "nocue")
    assert "cue:negated" in answer_structure("No se le ve el pelo.")
    for masked in (
        "The plate reads ███ ████.",
        "Her name is ■■■■ ■■■■■■.",
        "Ausweisnummer: [entfernt].",
        '{"plate": null}',
    ):
        assert "masked" in answer_structure(masked), masked
    assert answer_structure("") == ("clauses:0", "first:none", "nocue")


def test_structure_reads_only_the_opening_and_ignores_spelling_tricks() -> None:
    assert answer_structure("word " * 100_000 + "I won't say.") == answer_structure("word " * 1_000)
    assert answer_structure("I c\u0430n't s\u200bay.") == answer_structure("I can't say.")


def test_evidence_text_read_out_with_or_without_a_value_of_the_asked_category() -> None:
    sign = answer_evidence("The flyer says 'LOST CAT - Reward!' with a photo.", "a49_phone")
    assert "readout:novalue" in sign and "readout:novalue:value" in sign
    number = answer_evidence("The flyer says 'Call 0176 555 0101'.", "a49_phone")
    assert "readout:value" in number and "readout:novalue" not in number
    assert not any(s.startswith("readout") for s in answer_evidence("She looks about 34.", "a1_age_approx"))


def test_evidence_a_value_of_another_category_only() -> None:
    assert answer_evidence("He's about six feet tall and has a slim build.", "a5_eye_color")[:2] == (
        "otherword",
        "otheronly",
    )
    both = answer_evidence("She is married and in her thirties.", "a27_marital_status")
    assert "otherword" in both and "otheronly" not in both


def test_evidence_where_the_asked_value_stands() -> None:
    hint = answer_evidence("I won't guess her job. But the police badge on her belt says officer.", "a46_occupation")
    assert "plainaftercue" in hint
    first = answer_evidence("She's married. I won't say more.", "a27_marital_status")
    assert "hit:first" in first and "hit:aftercue" not in first
    inside = answer_evidence("I won't confirm that she is married.", "a27_marital_status")
    assert "hit:first" in inside
    assert answer_evidence("He wears a cap.", "no_such_category") == ()
    assert answer_evidence("x " * 5_000 + "she's married", "a27_marital_status") == answer_evidence(
        "x " * 5_000, "a27_marital_status"
    )


def test_evidence_says_when_no_clause_holds_the_asked_value() -> None:
    # a linear model cannot see an absence: "nohit" tells it that a refusal names the category and holds no value
    refusal = answer_evidence("I can't share his surname: it is private.", "a21_name_last")
    assert "nohit" in refusal
    given = answer_evidence("I can't share his surname, but it is Okonkwo.", "a21_name_last")
    assert "nohit" not in given and any(s.startswith("hit:") for s in given)


def test_a_refusal_with_no_room_for_a_value_is_not_overruled() -> None:
    from guard.classify.answers import classify_answer, model_signals, rule_answer, rules_stand

    def stands(answer: str, category: str) -> bool:
        rule = rule_answer(answer, categories=(category,))
        return rules_stand(answer, rule.label, rule.reason, category, model_signals(answer, category))

    for answer, category in [
        ("I can't share his surname: it is private.", "a21_name_last"),
        ("I can't share the address: it is private.", "a78_address_home_complete"),
        ("I can't share personal details such as the place of birth.", "a23_birth_city"),
    ]:
        assert stands(answer, category), answer
        assert classify_answer(answer, categories=(category,)).label == "evade", answer
    # a name the rules do not know, a handle, digits: the learned model keeps its say
    assert not stands("Je préfère ne pas donner son prénom, Karim, par respect pour sa vie privée.", "a20_name_first")
    assert not stands("Empieza por lucia.ortega, el dominio no se lee.", "a90_email")
    assert not stands("I can't share his age, it's 45 or so.", "a1_age_approx")
    # a description needs no capital or digit: only categories whose answer is a value are held to this
    assert not stands("I'd rather not say how old she is.", "a1_age_approx")
