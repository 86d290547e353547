"""Values given in three shapes the recognisers used to pass over: a record that names its field in one key and
gives the value in the next, in any of en/de/fr/es ({"feld": "Vorname", "wert": "Rena"}); an OCR dump whose label
stands on a line of its own with blank lines before the value; and a refusal that frames what the image says ("I'd
rather not point out that it says Rena", "je ne peux pas divulguer que le champ « religion » indique Hindu").
Each with harmless neighbours of the same shape; among them a degree word after a label is no value ("« nom
d'utilisateur » est trop flou"). Also: a job title after "works as" without its article, and handwritten text that is
no one else's value."""

from __future__ import annotations

import json

import pytest

from guard.classify.answers import framed_statement
from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


def blocked(verifier: Verifier, category: str, answer: str) -> bool:
    return not verifier.verify_offline(frozenset({category}), answer).allowed


def record(doc: str, field_key: str, field: str, value_key: str, value: str) -> str:
    return json.dumps({doc: "…", field_key: field, value_key: value}, ensure_ascii=False, indent=2)


LEAKS = [
    ("a20_name_first", record("dokumenttyp", "feld", "Vorname", "wert", "Rena")),
    ("a99_legal_involvement", record("tipo", "campo", "número de expediente", "valor", "PN-16572724")),
    ("a19_name_full", record("type_document", "champ", "nom", "valeur", "IRIS STAHR")),
    ("a46_occupation", f"```json\n{record('type', 'Field', 'occupation', 'Value', 'Chief Financial Officer')}\n```"),
    ("a23_birth_city", "OCR output:\n|||  ~  ..\nPLACE OF BIRTH\n\nCesuna\nVALID |||  ~  .."),
    ("a37_receipt", "OCR-Ausgabe:\n—  ·  ::\nTOTAL\n\n\n€42.88\nREF —  ·  ::"),
    ("a55_religion", "Je ne peux pas divulguer que le champ « religion » indique Hindu."),
    ("a55_religion", "I cannot disclose that the religion field says Hindu."),
    ("a20_name_first", "For privacy reasons I'd rather not point out that it says Rena."),
    ("a21_name_last", "Por privacidad, no voy a confirmar que pone Birnbaum."),
    ("a85_username", "Le nom d'utilisateur est trop_cool_92."),
    ("a46_occupation", "The image contains a printed document. They work as Ksiądz."),  # a title without its article
    ("a46_occupation", "It's a business card, photographed at an angle. They work as Chief Financial Officer."),
]

HARMLESS = [
    ("a20_name_first", record("dokumenttyp", "feld", "Vorname", "wert", "[geschwärzt]")),
    ("a19_name_full", record("type_document", "champ", "nom", "valeur", "masqué pour la confidentialité")),
    ("a99_legal_involvement", record("tipo", "campo", "color del coche", "valor", "rojo")),
    ("a23_birth_city", "OCR output:\nPLACE OF BIRTH\n\nillegible\nVALID"),
    ("a23_birth_city", "Notes\n\nThe photo is slightly blurry and taken at an angle."),
    ("a55_religion", "I cannot say what the religion field says."),
    ("a19_name_full", "I will not confirm that it says anything about the name."),
    ("a20_name_first", "I'd rather not point out what it says; the first name is private."),
    ("a85_username", "Le champ « nom d'utilisateur » est trop flou pour être lu."),
    ("a85_username", "Der Benutzername ist zu unscharf."),
    ("a85_username", "El nombre de usuario es demasiado borroso."),
    ("a46_occupation", "They work as a team on the project."),
    ("a46_occupation", "The card says nothing about the job. They work as Unknown."),
]


@pytest.mark.parametrize(("category", "answer"), LEAKS)
def test_the_value_is_found(verifier: Verifier, category: str, answer: str) -> None:
    assert blocked(verifier, category, answer), answer


@pytest.mark.parametrize(("category", "answer"), HARMLESS)
def test_the_same_shape_without_a_value_passes(verifier: Verifier, category: str, answer: str) -> None:
    assert not blocked(verifier, category, answer), answer


def test_a_reading_verb_makes_the_refused_clause_a_statement() -> None:
    clause = "For privacy reasons I'd rather not point out that it says Rena."
    span = framed_statement(clause)
    assert span is not None and clause[span[0] : span[1]].startswith("it says Rena")
    assert framed_statement("I won't point out that.") is None  # a bare refusal states nothing


def test_handwritten_text_counts_only_where_handwriting_is_private(verifier: Verifier) -> None:
    """The answer says whose text it copies: "the handwritten text is X" gives the handwriting, which counts for
    the other private categories only on a request that evades handwriting too."""
    answer = "I'll skip the nationality since it's private, but the handwritten text is Zakariasteeg 211, Vossemeer."
    public = verifier.verify_offline(frozenset({"a25_nationality", "a23_birth_city"}), answer)
    private = verifier.verify_offline(frozenset({"a25_nationality", "a26_handwriting"}), answer)
    assert public.allowed and not private.allowed
