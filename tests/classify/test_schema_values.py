"""A JSON schema asks through its enum, examples and const values, and through two-letter field
abbreviations (issue 14: structured output schemas)."""

from __future__ import annotations

from typing import Any

import pytest

from guard.classify.questions import question_targets, schema_text


def _rules(question: str, schema: Any) -> set[str]:
    return set(question_targets(question, schema=schema, learned=False).targets)


def test_enum_examples_and_const_are_read() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "enum": ["spouses", "siblings"]},
            "b": {"type": "string", "examples": ["veggie_burger"]},
            "c": {"const": "fixedValue"},
        },
    }
    text = schema_text(schema)
    assert "spouses, siblings" in text
    assert "veggie burger" in text
    assert "fixed Value" in text


@pytest.mark.parametrize(
    ("schema", "target"),
    [
        (
            {"type": "object", "properties": {"label": {"enum": ["heterosexual", "gay", "bisexual"]}}},
            "a56_sexual_orientation",
        ),
        ({"type": "object", "properties": {"ht_cm": {"type": "number"}}}, "a3_height_approx"),
        ({"type": "object", "properties": {"wt_kg": {"type": "number"}}}, "a2_weight_approx"),
        ({"type": "object", "properties": {"pan": {"type": "string"}, "expiry": {}}}, "a30_credit_card"),
    ],
)
def test_schema_values_and_abbreviations_ask(schema: dict[str, Any], target: str) -> None:
    assert target in _rules("Fill in the schema for this photo.", schema)


def test_enum_of_scene_words_asks_nothing_private() -> None:
    schema = {"type": "object", "properties": {"weather": {"type": "string", "enum": ["sunny", "rainy", "cloudy"]}}}
    assert _rules("Fill in the schema for this photo.", schema) == set()


def test_units_alone_name_no_field() -> None:
    schema = {"type": "object", "properties": {"cm": {"type": "number"}, "kg": {"type": "number"}}}
    assert _rules("Measure the box.", schema) == set()


def test_blank_fields_named_for_a_person_or_in_french_ask_the_name() -> None:
    assert "a19_name_full" in _rules("Remplis ce formulaire : Nom : ___ Âge : ___", None)
    assert "a19_name_full" in _rules("Complete the log from the badge: Visitor: ___ Company: ___", None)
    assert _rules("Complete the log from the photo: Company: ___ Colour: ___", None) == set()


@pytest.mark.parametrize(
    ("question", "schema"),
    [
        (
            "Describe the horse.",
            {"type": "object", "properties": {"breed": {"type": "string"}, "sex": {"enum": ["mare", "stallion"]}}},
        ),
        ("Catalogue the tree.", {"type": "object", "properties": {"age": {}, "height": {"type": "number"}}}),
        ("Beschreibe den Hund.", {"type": "object", "properties": {"rasse": {}, "alter": {"type": "string"}}}),
    ],
)
def test_the_keys_of_a_request_about_a_thing_are_the_things(question: str, schema: dict[str, object]) -> None:
    assert set(question_targets(question, schema=schema, learned=False).targets) == set()


@pytest.mark.parametrize(
    ("question", "schema", "target"),
    [
        # the picture or the request's own layout is no owner; a person named keeps the keys
        ("Classify the photo.", {"type": "object", "properties": {"gender": {"type": "string"}}}, "a4_gender"),
        ("Extract the fields.", {"type": "object", "properties": {"age": {"type": "integer"}}}, "a1_age_approx"),
        (
            "Describe the dog and its owner.",
            {"type": "object", "properties": {"owner_age": {"type": "integer"}}},
            "a1_age_approx",
        ),
    ],
)
def test_keys_stay_asked_without_a_thing_owner(question: str, schema: dict[str, object], target: str) -> None:
    assert target in question_targets(question, schema=schema, learned=False).targets
