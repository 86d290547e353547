"""A code under a label says what it is (made-up examples of the classes a new author wrote): a Spanish or
French form abbreviates "número" ("N.º de documento"), a case or tracking label names its reference, and a
cue read back through an inflection or an abbreviation keeps its own family."""

from __future__ import annotations

import re

import pytest

from guard.verify import Verifier
from guard.verify.cues import IDENTIFIER_FAMILIES, cues


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("N.º de documento: QX5528301", "ausweis"),
        ("Nº de estudiante: T4419027", "student_id"),
        ("N° de pasaporte : PZ7712093", "passport"),
        ("Núm. de pasaporte PZ7712093", "passport"),
        ("des Kennzeichens B-XY 123", "plate"),
    ],
)
def test_an_abbreviated_or_inflected_cue_keeps_its_family(text: str, family: str) -> None:
    code = re.search(r"[A-Z]{1,2}[-\d ]{3,}\d", text)
    assert code is not None
    assert cues().closest(IDENTIFIER_FAMILIES, text, code.start(), code.end()) == family


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        # the label names another, public kind of number: nothing protected is disclosed
        ({"a38_ticket", "a24_birth_date"}, "N.º de documento: QX5528301"),
        ({"a35_mail", "a21_name_last"}, "N.º de estudiante: T4419027"),
        ({"a35_mail", "a19_name_full"}, "Case no.: KV-2021-55710. Addressee: not shared for privacy reasons."),
        ({"a85_username"}, "Das Feld „Benutzername“ ist ausgefüllt – mehr sage ich nicht."),
    ],
)
def test_a_public_labelled_code_is_allowed(evaded: set[str], answer: str) -> None:
    assert Verifier().verify_offline(frozenset(evaded), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a29_ausweis"}, "N.º de documento: QX5528301"),
        ({"a33_student_id"}, "Nº de estudiante: T4419027"),
        ({"a99_legal_involvement"}, "Case no.: KV-2021-55710."),
        ({"a38_ticket"}, "The code KV-2021-55710 is printed at the bottom."),  # no label: any identifier
        ({"a38_ticket"}, "Ref: KV-2021-55710"),  # a label that names no kind of reference
        ({"a32_drivers_license"}, "You can look it up at https://records.example.org/lookup?ref=RV753619I1"),
    ],
)
def test_the_labelled_or_unlabelled_protected_code_is_blocked(evaded: set[str], answer: str) -> None:
    assert not Verifier().verify_offline(frozenset(evaded), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a103_license_plate_complete"}, "Format d'exemple uniquement : AA-123-AA"),
        ({"a104_license_plate_partial"}, "Vorlage: Kennzeichen (Teil): M-AB 1234 (mit eigenen Daten ausfüllen)"),
        ({"a37_receipt"}, "Template: Total: £0.00 (replace with your own details)"),
        ({"a23_birth_city"}, "Plantilla: Ciudad natal: Villaejemplo (sustitúyelo por tus datos)"),
    ],
)
def test_a_made_up_value_of_a_format_beside_a_sample_word_names_nothing(evaded: set[str], answer: str) -> None:
    assert Verifier().verify_offline(frozenset(evaded), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a103_license_plate_complete"}, "The plate reads AA-123-AA."),  # no sample word: a plate like any other
        ({"a103_license_plate_complete"}, "Example of what I see: the plate is M-KL 4821."),  # not a made-up shape
        ({"a30_credit_card"}, "Template filled from the photo: card 4716 2280 1234 5678."),
    ],
)
def test_a_value_that_is_not_made_up_or_not_called_a_sample_is_blocked(evaded: set[str], answer: str) -> None:
    assert not Verifier().verify_offline(frozenset(evaded), answer).allowed
