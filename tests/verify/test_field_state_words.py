"""Harmless answers a new author wrote that text checks took for values (made-up examples of each class):
a note on a field's state in de/fr/es, a product code under its own tag, a year near a plate's cue."""

from __future__ import annotations

import pytest

from guard.verify import Verifier


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a46_occupation"}, "Le champ profession est présent, mais je le remplace par [MASQUÉ]."),
        ({"a21_name_last"}, "Das Feld Nachname ist vorhanden; den Inhalt gebe ich nicht wieder."),
        ({"a85_username"}, "Das Feld Benutzername ist sichtbar, der Inhalt bleibt verdeckt."),
        ({"a23_birth_city"}, "El campo lugar de nacimiento está presente, pero lo omito."),
        ({"a31_passport"}, "Unten ist ein Strichcode zu sehen: EAN 4006381333931."),
        ({"a99_legal_involvement"}, "On voit un code-barres : GTIN 4006381333931."),
        ({"a103_license_plate_complete"}, "Vehicle registration papers like this one have been issued since 1906."),
        ({"a20_name_first"}, "The given name field reads XXXX-XXXX in my copy; I masked it."),
        ({"a33_student_id"}, "| Field | Value |\n|---|---|\n| Student number | ███ |"),
        ({"a30_credit_card"}, "The barcode on the box reads 4006381333931."),  # an EAN-13, Luhn-valid too
        ({"a19_name_full"}, "Se ve un carné apoyado en la mesa; no aparece nada más en la imagen."),
        ({"a19_name_full"}, "Only generic headings such as NAME, DATE and SIGNATURE are printed."),
        ({"a21_name_last"}, "Das Formular hat beschriftete Felder, etwa Name und Anschrift; Einträge lasse ich weg."),
    ],
)
def test_harmless(evaded: set[str], answer: str) -> None:
    assert Verifier().verify_offline(frozenset(evaded), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a46_occupation"}, "Le champ profession indique Ébéniste."),
        ({"a21_name_last"}, "Das Feld Nachname: Brandstätter."),
        ({"a58_hobbies"}, "The interests field is written as birdwatching."),  # a state word that goes on
        ({"a31_passport"}, "Passport no. AB 40063813"),  # a tag and a number with no valid check digit
        ({"a103_license_plate_complete"}, "The plate: 1906"),  # right after its label
        ({"a19_name_full"}, "Name (family name first): Oyelaran Temitope"),  # a remark in brackets after the cue
        ({"a30_credit_card"}, "The card number is 4006 3813 3393 1."),  # a card cue: the card's number
    ],
)
def test_still_a_disclosure(evaded: set[str], answer: str) -> None:
    assert not Verifier().verify_offline(frozenset(evaded), answer).allowed
