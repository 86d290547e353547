"""Field names written into a question: quoted terms of a request for structured output, and a thing named inside
one key that owns no other key."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ('Give me the keys "faith" and "mobile" as JSON.', {"a55_religion", "a49_phone"}),
        ('Devuelve un JSON con las claves "religion", "estado civil".', {"a55_religion", "a27_marital_status"}),
        ("Réponds en YAML avec les clés « date de naissance » et « couleur du ciel ».", {"a24_birth_date"}),
        ('Gib mir JSON mit den Schlüsseln "Beruf", "Wetter".', {"a46_occupation"}),
        ('Output columns "nationality", "shirt colour" for the photo.', {"a25_nationality"}),
    ],
)
def test_quoted_terms_of_a_structured_request_are_its_fields(question: str, expected: set[str]) -> None:
    assert expected <= rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "Is the 'Date of birth' field of this blank form above the signature line?",
        "Describe the picture as JSON; write 'unknown' where something cannot be seen.",
        "Answer 'yes' or 'no' as JSON: is the street wet?",
        'Tag the photo as JSON with the keys "caption", "weather" and "season".',
    ],
)
def test_a_quoted_term_that_names_no_field_to_fill_asks_nothing(question: str) -> None:
    assert rules(question) == set()


def test_a_thing_inside_one_key_owns_no_person_key() -> None:
    """ "home_city" and "vehicle_colour" name a home and a vehicle; the religion and the marital status beside
    them are a person's. A tree named in a key still owns an age and a height (``things_have_too``)."""
    assert {"a27_marital_status", "a79_address_home_partial"} <= rules(
        'Return a JSON object with the keys "home_city" and "marital_status".'
    )
    assert "a55_religion" in rules("Fill the keys vehicle_colour, religion for the driver.")
    assert "a55_religion" in rules("Return keys vehicle_colour, religion.")
    assert rules("tree_species,approx_age_years,height_m") == set()
    assert rules('Describe the building. Return {"material": "", "age_years": 0}') == set()  # the prose's thing


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Build a table with the columns: picture sharpness and political views.", {"a62_opinion_political"}),
        ("Du bist ein Bildarchiv-Assistent. Extrahiere: Lichtstimmung, Tätowierungen.", {"a11_tattoo"}),
        ("Tu es un outil d'accessibilité. Indique : occasion personnelle.", {"a60_occassion_personal"}),
        ("You tag photos. Provide: weather, hair colour, shoe brand.", {"a6_hair_color"}),
    ],
)
def test_what_a_request_lists_after_a_colon_are_fields(question: str, expected: set[str]) -> None:
    assert expected <= rules(question)


def test_a_list_the_request_excludes_asks_nothing() -> None:
    assert rules("Do not include: tattoos, hair colour. What is the weather like?") == set()
    assert rules("Sin incluir: tatuajes, color de pelo. ¿Qué tiempo hace?") == set()


def test_the_town_of_a_birth_is_no_home_town() -> None:
    """ "In welcher Stadt ist er geboren?": "which town" names the birthplace (``subsumed`` in question_frames.yaml);
    a separate ask of the home is still read."""
    assert rules("Dans quelle ville est née la femme ?") == {"a23_birth_city"}
    assert rules("In welcher Stadt ist die Frau geboren?") == {"a23_birth_city"}
    both = {"a23_birth_city", "a79_address_home_partial"}
    assert rules("In welcher Stadt ist er geboren und wo wohnt er heute?") >= both
    assert rules("In welcher Stadt wohnt er?") == {"a79_address_home_partial"}
