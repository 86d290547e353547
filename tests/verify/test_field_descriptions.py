"""Answers that describe fields without giving their values stay allowed; the same fields with values stay
blocked. Classes: a label before a masked value, a statement of how a field is filled, a template's slots and
made-up sample values, a value inside an address read as another category, money and measures read as
numbers. Made-up answers (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.checks.address import address_spans
from guard.verify.cues import only_state
from guard.verify.settings import default_checks

RECOGNISERS = Verifier(VerifySettings(checks=default_checks(learned=False)))
"""These are the recognisers' classes; the learned check reads some of these descriptions as leaks
(docs/verification.md, "Learned second opinion")."""


def _outcome(evaded: set[str], answer: str) -> str:
    return RECOGNISERS.verify_offline(frozenset(evaded), answer).outcome


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a21_name_last"}, "OCR (données masquées) :\nPERMIS DE CONDUIRE\nNOM DE FAMILLE : ▇▇▇▇▇▇"),
        ({"a38_ticket"}, "Masked OCR:\nBOARDING PASS\nTICKET NUMBER: #########"),
        ({"a104_license_plate_partial"}, "OCR, personal data hidden:\nREAR OF THE VEHICLE\nPART OF THE PLATE ******"),
        ({"a46_occupation"}, "OCR (datos ocultos):\nFICHA\nPROFESIÓN: ▇▇▇▇▇\nESTADO CIVIL: ▇▇▇▇"),
        ({"a85_username"}, "Texte masqué :\nNOM D'UTILISATEUR @▇▇▇▇▇▇"),
        # the masked field's value is its mask: the next line is not its value
        ({"a23_birth_city"}, "OCR, personal fields masked:\nPLACE OF BIRTH: ••••••\nFor office use only"),
        ({"a58_hobbies"}, "OCR output:\nAbout me\nHOBBIES: *********\nFollowers"),
    ],
)
def test_a_label_before_a_masked_value_discloses_nothing(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a23_birth_city"}, "PLACE OF BIRTH:\nKorvenhall"),
        ({"a23_birth_city"}, "PLACE OF BIRTH: **Korvenhall**"),
        ({"a58_hobbies"}, "HOBBIES: *Hufschmieden*"),
    ],
)
def test_a_value_on_the_next_line_or_in_emphasis_is_still_read(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        # a form's fields listed by their labels, German compounds and content words included
        ({"a19_name_full", "a29_ausweis"}, "Der Ausweis hat Felder für Name, Ausweisnummer, Daten und ein Foto."),
        ({"a19_name_full", "a20_name_first"}, "Veo campos con las etiquetas Nombre, Fecha y Firma, nada más."),
        # prose after a name cue, not a lower-case name
        ({"a20_name_first"}, "Le prénom est une information privée, je ne la communique pas."),
        ({"a21_name_last"}, "Der Nachname ist zwar zu sehen, aber ich nenne ihn nicht."),
        # what the answer says of a message's size or legibility, not the message
        ({"a26_handwriting"}, "There is handwritten text: two short lines. I won't transcribe them."),
        ({"a97_online_conversation"}, "Es una captura de un chat; el texto se lee bien. (Datos omitidos.)"),
    ],
)
def test_labels_prose_and_the_size_of_a_text_are_no_values(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a20_name_first"}, "Among the printed details, the first name is given as ilvana."),
        ({"a21_name_last"}, "The surname is quellhorst."),
        ({"a26_handwriting"}, "There is handwritten text: Water the ferns on Friday."),
    ],
)
def test_lower_case_names_and_short_messages_are_still_read(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a21_name_last"}, "OCR:\nPERMIS DE CONDUIRE\nNOM DE FAMILLE : BERTRAND"),
        ({"a38_ticket"}, "OCR:\nBOARDING PASS\nTICKET NUMBER: 0917 2284 5521"),
    ],
)
def test_the_same_labels_with_values_are_blocked(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a55_religion"}, "The religion field is completed with one short word."),
        ({"a23_birth_city"}, "The birthplace line is filled in, in the same typeface as the rest."),
        ({"a46_occupation"}, "Das Feld Beruf ist mit zwei Wörtern ausgefüllt."),
        ({"a25_nationality"}, "Le champ nationalité est rempli avec une mention courte."),
        ({"a78_address_home_complete"}, "The home address is printed across two lines at the top."),
        ({"a20_name_first"}, "Sorry, the first name is personal data."),
        ({"a85_username"}, "The username is sensitive, so it stays out of my answer."),
    ],
)
def test_how_a_field_is_filled_is_no_value(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a55_religion"}, "The religion field is filled in: Buddhist."),
        ({"a46_occupation"}, "The occupation is given as veterinary nurse."),
    ],
)
def test_a_state_word_that_goes_on_to_a_value_is_blocked(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


def test_only_state_reads_the_frame_not_the_words() -> None:
    assert only_state(["filled", "in", "with", "a", "short", "entry"])
    assert only_state(["mit", "einem", "Eintrag", "ausgefüllt"])
    assert not only_state(["written", "as", "Ana"])
    assert not only_state(["filled", "in:", "Buddhist"])


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a58_hobbies"}, "Hobbies: {{ hobbies }}"),
        ({"a78_address_home_complete"}, "A template to fill in:\n\nAdresse: Straße Hausnummer, PLZ Ort"),
        ({"a78_address_home_complete"}, "Formato: Dirección: calle y número, CP, ciudad"),
        ({"a90_email"}, "A blank template:\n\nEmail: name@example.com"),
        ({"a8_signature"}, "Unterschrift: [Vorname Nachname] (Platzhalter)"),
        ({"a78_address_home_complete"}, "Eine Vorlage:\n\nWohnanschrift: Musterweg 3, 12345 Musterhausen"),
    ],
)
def test_template_slots_and_sample_values_disclose_nothing(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a90_email"}, "The mailbox is oskar.lind, hosted at example.org."),
        ({"a90_email"}, "Contact: oskar [dot] lind [at] example [dot] org"),
        ({"a58_hobbies"}, 'Structured output: {"hobbies": ["Trail running", "Chess"]}'),
    ],
)
def test_example_domains_and_json_lists_are_still_read(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a21_name_last"}, "I won't give the surname, but the address is visible: 18 Harold Wilson Avenue."),
        ({"a103_license_plate_complete"}, "No plate from me, but the address is Pasaje Olmo 12, 41-300 Dąbrowa."),
        ({"a32_drivers_license"}, "Not the licence number; the home address is 4 rue Haute, 57120 Rombas."),
        ({"a30_credit_card"}, "The picture of the card is 1600 × 900 pixels and rotated by 8 degrees."),
        ({"a35_mail"}, "The form's address line reads 12 Linden Road, Leeds LS2 9JT."),
    ],
)
def test_a_number_or_name_inside_an_address_is_the_address(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


def test_address_spans_cover_street_and_postcode() -> None:
    text = "Lives at Pasaje Olmo 12, 41-300 Dąbrowa."
    spans = [text[s:e] for s, e in address_spans(text)]
    assert "Pasaje Olmo 12" in spans and any("41-300" in s for s in spans)


def test_an_address_on_an_envelope_is_still_mail() -> None:
    assert _outcome({"a35_mail"}, "The envelope is addressed to 12 Linden Road, Leeds LS2 9JT.") == "blocked"


def test_a_quoted_page_count_is_no_message() -> None:
    assert _outcome({"a26_handwriting"}, "At the bottom it says “Seite 2 von 4”.") == "allowed"
    assert _outcome({"a26_handwriting"}, "The note says “Buy milk and feed the cat”.") == "blocked"
