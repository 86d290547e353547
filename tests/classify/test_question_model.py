"""The question classifier's learned model: features, fitting, the model file, and its place after the rules."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from guard.classify.question_model import (
    FEATURES,
    MAX_TOKENS,
    QuestionExample,
    QuestionModel,
    fit_questions,
    question_features,
    shipped_question_model,
)
from guard.classify.questions import learned_additions, question_targets
from guard.errors import GuardError

ROOT = Path(__file__).resolve().parents[2]
AGE, NAME = "a1_age_approx", "a19_name_full"


def _toy() -> list[QuestionExample]:
    aged = ["wie viele lenze zählt sie", "wie viele lenze hat er", "sag mir ihre lenze"]
    named = ["wie ruft man die kleine", "wie ruft man ihn", "wie ruft man den mann"]
    plain = ["welche farbe hat das auto", "wie viele hunde sind da", "was steht auf dem schild"]
    return (
        [QuestionExample(q, (), frozenset({AGE})) for q in aged]
        + [QuestionExample(q, (), frozenset({NAME})) for q in named]
        + [QuestionExample(q, (), frozenset()) for q in plain]
    )


def test_features_ignore_spelling_tricks_and_read_a_bounded_prefix() -> None:
    plain = question_features("How old is she?", (), bits=16)
    tricked = question_features("Hоw O\u200bLD is she?", (), bits=16)  # Cyrillic o, zero-width space, capitals
    assert np.array_equal(plain, tricked)
    assert np.all((plain >= 0) & (plain < 1 << 16)) and np.all(np.diff(plain) > 0)
    assert len(question_features("word " * 10_000, (), bits=16)) <= 3  # one word, one pair, bias
    many = " ".join(f"w{i}" for i in range(10 * MAX_TOKENS))
    assert len(question_features(many, (), bits=20)) < 3 * MAX_TOKENS
    assert not np.array_equal(plain, question_features("How old is she?", (AGE,), bits=16))  # the rules count


def test_fit_learns_phrasings_the_rules_lack_deterministically() -> None:
    model = fit_questions(_toy(), bits=14, min_count=1, categories=(AGE, NAME))
    again = fit_questions(_toy(), bits=14, min_count=1, categories=(AGE, NAME))
    assert np.array_equal(model.weights, again.weights) and np.array_equal(model.keys, again.keys)
    assert model.added("wie viele lenze zählt der opa", (), (AGE, NAME)) == [AGE]
    assert model.added("wie ruft man die oma", (), (AGE, NAME)) == [NAME]
    assert model.added("welche farbe hat das haus", (), (AGE, NAME)) == []
    # what the rules found is never proposed again, and only the candidates asked for are
    assert model.added("wie viele lenze zählt der opa", (AGE,), (AGE, NAME)) == []
    assert model.added("wie viele lenze zählt der opa", (), (NAME,)) == []


def test_also_ok_categories_are_neither_pushed_up_nor_down() -> None:
    base = _toy()
    masked = [*base, QuestionExample("wie ruft man den lenz", (), frozenset({NAME}), frozenset({AGE}))]
    pushed = [*base, QuestionExample("wie ruft man den lenz", (), frozenset({NAME}))]
    p = {
        name: fit_questions(rows, bits=14, min_count=1, categories=(AGE, NAME)).probabilities(
            question_features("lenz", (), bits=14)
        )[0]
        for name, rows in (("masked", masked), ("pushed", pushed))
    }
    assert p["masked"] > p["pushed"]


def test_min_count_drops_features_seen_once() -> None:
    model = fit_questions(_toy(), bits=14, min_count=2, categories=(AGE, NAME))
    once = question_features("schild", (), bits=14)  # "schild" occurs in one example only
    assert not np.isin(once[once != question_features("", (), bits=14)[0]], model.keys).any()


def test_model_file_round_trips_within_the_int8_step_and_refuses_bad_files(tmp_path: Path) -> None:
    model = fit_questions(_toy(), bits=14, min_count=1, categories=(AGE, NAME), provenance={"sets": {"toy": {}}})
    data = model.to_bytes()
    back = QuestionModel.from_bytes(data, source="toy.npz")
    step = float(np.abs(model.weights).max()) / 127
    assert back.categories == model.categories and np.array_equal(back.keys, model.keys)
    assert float(np.abs(back.weights - model.weights).max()) <= step / 2 + 1e-12
    assert back.provenance["sets"] == {"toy": {}} and len(back.digest) == 64
    with pytest.raises(GuardError, match=r"bad\.npz: not a question model file"):
        QuestionModel.from_bytes(b"not a zip", source="bad.npz")
    buf = io.BytesIO()
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        parts = {k: z[k] for k in z.files}
    parts["header"] = np.array(str(parts["header"]).replace(FEATURES, "question-words-v0"))
    np.savez(buf, **parts)
    with pytest.raises(GuardError, match=r"old\.npz: .*question-words-v0"):
        QuestionModel.from_bytes(buf.getvalue(), source="old.npz")


def test_shipped_model_was_fitted_only_on_burned_sets() -> None:
    model = shipped_question_model()
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from fit_question_model import BURNED
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert set(model.provenance["sets"]) == set(BURNED)
    assert model.threshold == 0.5 and AGE in model.categories


def test_shipped_model_is_what_the_fit_script_produces() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fit_question_model.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "LITELLM_LOCAL_MODEL_COST_MAP": "True"},
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "matches a refit" in out.stdout


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # slang the rules have no words for ("has he got a girlfriend"): whether someone is taken, which the held-out
        # authors label the marital status (the model read it as a personal relationship until it was fitted on test90)
        ("tiene novia o q", "a27_marital_status"),
        ("Elle fait plus d'1,70 m ?", "a3_height_approx"),  # French for "is she taller than 1.70 m?"
    ],
)
def test_the_model_adds_what_the_rules_miss(question: str, category: str) -> None:
    assert category not in question_targets(question, learned=False).targets
    assert category in question_targets(question).targets
    assert question_targets(question, candidates={category}).targets == (category,)
    assert question_targets(question, candidates={"a4_gender"}).targets == ()


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What's the phone number of the bakery on the flyer?", "a49_phone"),  # the rules judged the cue
        ("Should we address the guests as ladies and gentlemen?", "a19_name_full"),  # an ambiguous alias read
        ("What does the chin strap of the helmet look like?", "a10_face_partial"),  # no person named
        ("Do the two horses know each other?", "a65_rel_social"),  # a synonym the rules read
        ("Do I need a visa for Peru?", "a30_credit_card"),  # a general question: no one's value is asked
    ],
)
def test_the_model_overrules_what_the_rules_judged_only_when_sure(question: str, category: str) -> None:
    rules = question_targets(question, learned=False).targets
    # a model that learned exactly this question as an ask of the category
    taught = [QuestionExample(question, rules, frozenset({category}))] * 3 + _toy()
    model = fit_questions(taught, bits=14, min_count=1, categories=(AGE, NAME, category))
    assert category in model.added(question, rules, model.categories)  # the bag of words alone would add it
    assert category not in learned_additions(model, question, rules, model.categories, overrule=1.0)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What does the chin strap of the helmet look like?", "a10_face_partial"),
        ("Do I need a visa for Peru?", "a30_credit_card"),
    ],
)
def test_the_shipped_model_adds_nothing_where_the_rules_judged(question: str, category: str) -> None:
    assert category not in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category", "overrules"),
    [
        ("What's the phone number of the bakery on the flyer?", "a49_phone", True),
        ("What does the chin strap of the helmet look like?", "a10_face_partial", True),
        ("Do I need a visa for Peru?", "a30_credit_card", False),  # a general question: never
    ],
)
def test_a_sure_model_overrules_a_judgement_but_never_a_general_question(
    question: str, category: str, overrules: bool
) -> None:
    rules = question_targets(question, learned=False).targets
    taught = [QuestionExample(question, rules, frozenset({category}))] * 3 + _toy()
    model = fit_questions(taught, bits=14, min_count=1, categories=(AGE, NAME, category))
    assert (category in learned_additions(model, question, rules, model.categories, overrule=0.0)) is overrules
