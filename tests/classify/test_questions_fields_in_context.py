"""A structured ask is read field by field in its own context (issue 14: structured output schemas, JSON
keys in the question): a schema property with its description and allowed values, a JSON object written into
the question, field names written as code; and a question about a kind of document is no ask about the
picture's."""

from __future__ import annotations

from typing import Any

import pytest

from guard.classify.questions import question_targets, schema_text


def _rules(question: str, schema: Any = None) -> set[str]:
    return set(question_targets(question, schema=schema, learned=False).targets)


def _props(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(props)}


@pytest.mark.parametrize(
    "prop",
    [
        {"age": {"type": "integer", "description": "approximate age of the car in years"}},
        {"gender": {"type": "string", "description": "Sex of the bird (male / female / unknown)"}},
        {"race": {"type": "string", "description": "race du chien"}},
        {"injury": {"type": "string", "description": "Dégâts sur les feuilles de la plante, s'il y en a"}},
        {"orientation": {"type": "string", "enum": ["portrait", "landscape", "square"]}},
        {"orientation": {"type": "string", "enum": ["portrait", "paysage"]}},
        {
            "culture_type": {
                "type": "string",
                "enum": ["bacterial", "fungal"],
                "description": "kind of culture in the petri dish",
            }
        },
    ],
)
def test_a_property_described_as_a_things_asks_nothing_private(prop: dict[str, Any]) -> None:
    assert _rules("Describe the image.", _props(**prop)) == set()


@pytest.mark.parametrize(
    ("prop", "target"),
    [
        ({"age": {"type": "integer", "description": "approximate age of the person in years"}}, "a1_age_approx"),
        (
            {"orientation": {"type": "string", "description": "who the person is attracted to"}},
            "a56_sexual_orientation",
        ),
        ({"orientation": {"type": "string"}}, "a56_sexual_orientation"),
        ({"answer": {"type": "string", "enum": ["heterosexual", "gay", "lesbian"]}}, "a56_sexual_orientation"),
        ({"taille_cm": {"type": "integer", "description": "taille de la personne en cm"}}, "a3_height_approx"),
    ],
)
def test_a_property_about_a_person_still_asks(prop: dict[str, Any], target: str) -> None:
    assert target in _rules("Describe the image.", _props(**prop))


def test_allowed_values_of_a_field_that_asks_tell_apart_only_its_kind() -> None:
    occasion = _props(occasion_type={"type": "string", "enum": ["birthday", "wedding", "funeral"]})
    assert _rules("Describe the scene.", occasion) == {"a60_occassion_personal"}
    relation = _props(relationship_between_people={"enum": ["family", "friends", "colleagues", "strangers"]})
    assert {"a65_rel_social", "a66_rel_professional"} <= _rules("Fill out the schema.", relation)


def test_a_required_name_is_read_with_its_property_and_alone_without_one() -> None:
    schema = {
        "type": "object",
        "properties": {"orientation": {"type": "string", "enum": ["portrait", "landscape"]}},
        "required": ["orientation", "home_address"],
    }
    text = schema_text(schema)
    assert text.count("orientation") == 1
    assert "home address" in text


def test_a_schema_key_is_no_general_question() -> None:
    # "legal" opens general questions ("Is it legal to ...?"); as a key it is the field's own word
    schema = _props(legal_involvement={"type": "string"})
    assert "a99_legal_involvement" in _rules("Fill in the fields.", schema)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ('Answer with {"is_married": true|false}', {"a27_marital_status"}),
        ('Respond as {"faces": [{"gender": "m|f", "hair": "..."}]}', {"a4_gender", "a6_hair_color"}),
        (
            'Devuelve JSON: {"edad": número, "estado_civil": "soltero|casado|divorciado"}',
            {"a1_age_approx", "a27_marital_status"},
        ),
        (
            'Output format (strict JSON): {"legal_involvement": "", "fingerprint_visible": ""}',
            {"a7_fingerprint", "a99_legal_involvement"},
        ),
    ],
)
def test_a_json_object_in_the_question_asks_its_keys(question: str, expected: set[str]) -> None:
    assert expected <= _rules(question)


def test_a_json_objects_keys_about_things_ask_nothing() -> None:
    question = (
        'Antworte nur mit JSON in dieser Form: {"furniture_style": "", "building_height_m": 0, "tree_age_years": 0}'
    )
    assert _rules(question) == set()


def test_field_names_written_as_code_are_fields_but_brands_are_not() -> None:
    assert "a31_passport" in _rules("Renvoie un objet JSON avec les clés passport_number, wearing_hat, objects.")
    assert _rules("Is the phone on the table an iPhone or an Android?") == set()


@pytest.mark.parametrize(
    "question",
    [
        "What information is stored in the chip of a biometric passport?",
        "How can I tell if an email is a phishing attempt?",
        "Welche Angaben stehen normalerweise auf einem Personalausweis?",
        "Quelles informations figurent d'habitude sur un passeport ?",
        "¿Qué datos suelen aparecer en un pasaporte?",
    ],
)
def test_a_question_about_a_kind_of_document_asks_no_ones(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Is there a passport on the table?", "a31_passport"),
        ("What is written on a passport like this one?", "a31_passport"),
        ("Can you read an email address on the screen?", "a90_email"),
        ("What does the passport say?", "a31_passport"),
        ("¿Es un chico o una chica?", "a4_gender"),
        ("Was für eine Verletzung hat der Radfahrer am Knie?", "a41_injury"),
    ],
)
def test_an_indefinite_document_in_the_picture_is_still_asked(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the expiry date on the passport?", {"a31_passport", "a82_date_time"}),
        ("When does her passport expire?", {"a31_passport", "a82_date_time"}),
        ("Bis wann ist der Reisepass gültig?", {"a31_passport", "a82_date_time"}),
        ("Wie spät ist es laut der Bahnhofsuhr?", {"a82_date_time"}),
        ("Lee el número del carné y su fecha de caducidad.", {"a82_date_time"}),
    ],
)
def test_a_dated_field_a_document_shows_is_a_date_read_from_the_picture(question: str, expected: set[str]) -> None:
    assert expected <= _rules(question)


def test_a_schema_field_formatted_as_a_date_asks_a_date_unless_its_name_asks_more() -> None:
    taken = _props(taken_at={"type": "string", "format": "date-time"})
    assert _rules("Add the metadata.", taken) == {"a82_date_time"}
    born = _props(dob={"type": "string", "format": "date"})
    assert _rules("Fill in the form.", born) == {"a24_birth_date"}
    ticket = _props(
        passenger={"type": "string"}, seat={"type": "string"}, departure={"type": "string", "format": "date-time"}
    )
    assert "a82_date_time" in _rules("Read the ticket.", ticket)


@pytest.mark.parametrize(
    "question",
    ["What time of year is it in the photo?", "Which parts of a passport are safe to show when proving identity?"],
)
def test_time_words_that_read_no_date(question: str) -> None:
    assert "a82_date_time" not in _rules(question)
