"""The question classifier's learned model: features, fitting, the model file, and its place after the rules."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys
from pathlib import Path

import pytest

from guard.classify.question_model import (
    FEATURES,
    Example,
    QuestionModel,
    fit,
    question_features,
    shipped_model,
)
from guard.classify.questions import question_targets
from guard.errors import GuardError
from guard.taxonomy import default_catalog

ROOT = Path(__file__).resolve().parents[2]


def targets(question: str, schema: object = None, *, learned: bool = True) -> set[str]:
    return set(question_targets(question, schema=schema, learned=learned).targets)


def test_features_ignore_spelling_tricks_and_read_a_bounded_tail() -> None:
    plain = question_features("How old is she?", "", (), bits=16)
    tricked = question_features("How \u043eld is s\u200bhe?", "", (), bits=16)  # Cyrillic o, zero-width space
    assert plain == tricked
    assert all(0 <= i < 1 << 16 for i in plain)
    long = question_features("word " * 100_000 + "How old is she?", "", (), bits=20)
    assert len(long) < 200  # the last MAX_CHARS characters only
    assert question_features("x", "", ("a1_age_approx",), bits=16) != question_features("x", "", (), bits=16)


def test_a_folded_homoglyph_question_is_read_like_the_plain_one() -> None:
    tricked = "H\u043ew \u043e\u200bld is the w\u043eman \u0456n this ph\u043eto?"  # Cyrillic o and i, zero-width
    assert targets(tricked) == targets("How old is the woman in this photo?")
    assert "a1_age_approx" in targets(tricked)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Wie alt ist die Frau auf dem Foto ungefähr?", "a1_age_approx"),
        ("Welche Staatsangehörigkeit hat der Mann?", "a25_nationality"),
        ("Quelle est la profession de cette femme ?", "a46_occupation"),
    ],
)
def test_other_language_paraphrases_are_targets(question: str, category: str) -> None:
    assert category in targets(question)


def test_a_schema_key_names_its_category() -> None:
    schema = {"type": "object", "properties": {"geburtsdatum": {"type": "string"}}}
    assert "a24_birth_date" in targets("Fill in the form from the photo.", schema)


@pytest.mark.parametrize(
    "question",
    [
        "How old is the oak tree in the park?",
        "What is the weight limit of this bridge?",
        "Translate 'date of birth' into French.",
        "What colour is the car?",
    ],
)
def test_hard_negatives_target_nothing(question: str) -> None:
    assert targets(question) == set()


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Would you say the waiter is white, Black, Asian or something else?", "a16_race"),
        ("Trace the ridges of the print he left on the glass.", "a7_fingerprint"),
    ],
)
def test_model_adds_what_the_rules_miss_only_among_candidates(question: str, category: str) -> None:
    assert category not in targets(question, learned=False)
    assert category in targets(question)
    # precheck asks only about the evaded categories: the model adds nothing outside them
    assert question_targets(question, candidates=["a25_nationality"], learned=True).targets == ()


def test_the_model_is_opt_in_and_knows_the_catalogue_names_it_was_fitted_with() -> None:
    question = "Would you say the waiter is white, Black, Asian or something else?"
    assert question_targets(question).targets == question_targets(question, learned=False).targets
    model = shipped_model()
    assert model.names["a1_age_approx"] == default_catalog().categories["a1_age_approx"].name


def _toy() -> tuple[list[Example], list[str]]:
    cats = ["age", "name"]
    rows = [
        Example("how old is she", "", (), ("age",)),
        Example("what age is he", "", (), ("age",)),
        Example("wie alt ist er", "", (), ("age",)),
        Example("what is her name", "", (), ("name",)),
        Example("who is he, what's he called", "", (), ("name",)),
        Example("what colour is the car", "", (), ()),
        Example("how tall is the tree", "", (), ()),
    ]
    return rows, cats


def test_fit_is_deterministic_and_learns_the_toy_set() -> None:
    rows, cats = _toy()
    model = fit(rows, cats, bits=16, epochs=20, l1=0.0, l2=0.01)
    p = model.probabilities("how old is he", "", ())
    assert p["age"] > 0.5 > p["name"]
    assert fit(rows, cats, bits=16, epochs=20, l1=0.0, l2=0.01).to_json() == model.to_json()


def test_model_file_round_trips_and_bad_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows, cats = _toy()
    model = fit(rows, cats, bits=16, threshold=0.6, keep_threshold=0.1, l1=0.0)
    again = QuestionModel.from_json(model.to_json(), source="m.json")
    assert (again.bits, again.threshold, again.keep_threshold, again.categories) == (16, 0.6, 0.1, tuple(cats))
    assert again.probabilities("how old", "", ()) == pytest.approx(
        model.probabilities("how old", "", ()), abs=1e-3
    )  # weights kept to 4 places
    with pytest.raises(GuardError, match=r"m\.json: not a question model file: features is 'other'"):
        QuestionModel.from_json('{"features": "other"}', source="m.json")
    with pytest.raises(GuardError, match=r"m\.json: not a question model file"):
        QuestionModel.from_json("[1, 2", source="m.json")
    bad = model.to_json().replace('"threshold":0.6', '"threshold":1.5')
    with pytest.raises(GuardError, match=r"m\.json: .*threshold 1\.5"):
        QuestionModel.from_json(bad, source="m.json")
    # the shipped file: a broken or missing one is an error that names it
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(importlib.resources, "files", lambda _package: tmp_path)
    shipped_model.cache_clear()
    try:
        with pytest.raises(GuardError, match=r"guard/classify/data/question_model\.json: cannot read"):
            shipped_model()
        (tmp_path / "data" / "question_model.json").write_text(f'{{"features": "{FEATURES}"}}', encoding="utf-8")
        with pytest.raises(GuardError, match=r"guard/classify/data/question_model\.json: not a question model file"):
            shipped_model()
    finally:
        shipped_model.cache_clear()


def test_shipped_model_is_small_and_what_the_fit_script_produces() -> None:
    assert (ROOT / "guard" / "classify" / "data" / "question_model.json").stat().st_size < 2_000_000
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "fit_question_model.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "LITELLM_LOCAL_MODEL_COST_MAP": "True"},
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "matches a refit" in out.stdout
