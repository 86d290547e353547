"""Mechanisms that hold on phrasings nobody tuned for (issue 16): rotated photos and glued OCR words
in the value-grounded check, free text read from the image, partial forms without a label, reordered
and abbreviated names, key/value tables, streets named without a number, and the false names that a
capital letter alone used to make."""

from __future__ import annotations

import asyncio
import math

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.checks.image_text import ImageTextCheck, disclosed
from guard.verify.normalise import normalise
from guard.verify.ocr import TextBox, deskewed, inline_fields, label_pairs, unglued
from guard.verify.settings import default_checks


def _rotated(boxes: list[tuple[str, float, float, float, float]], degrees: float) -> list[TextBox]:
    """Upright boxes (text, x0, y0, x1, y1) as an OCR engine reports them on a page turned by ``degrees``."""
    theta = math.radians(degrees)
    out: list[TextBox] = []
    for text, x0, y0, x1, y1 in boxes:
        corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        turned = [
            (x * math.cos(theta) - y * math.sin(theta), x * math.sin(theta) + y * math.cos(theta)) for x, y in corners
        ]
        xs, ys = [p[0] for p in turned], [p[1] for p in turned]
        out.append(TextBox(text, min(xs), min(ys), max(xs), max(ys), theta))
    return out


FORM = [  # labels in a column on the left, values far to the right on the same rows
    ("Notice no.:", 130, 190, 230, 215),
    ("PN-85772887", 340, 190, 480, 215),
    ("Recipient:", 130, 222, 225, 247),
    ("HannahThomas", 340, 222, 510, 247),
    ("Offence:", 130, 254, 210, 279),
    ("Speeding (52 km/h in a 30 zone)", 340, 254, 670, 279),
]


def test_a_rotated_page_pairs_each_label_with_its_own_row() -> None:
    boxes = _rotated(FORM, 5.0)
    pairs = set(label_pairs(boxes))
    assert ("Recipient:", "Hannah Thomas") in pairs
    assert ("Offence:", "Hannah Thomas") not in pairs
    level = deskewed(boxes)
    recipient, value = level[2], level[3]
    assert abs((recipient.y0 + recipient.y1) / 2 - (value.y0 + value.y1) / 2) < 3


def test_a_level_page_is_left_as_it_is() -> None:
    boxes = [TextBox(t, *xy) for t, *xy in FORM]
    assert deskewed(boxes) == boxes


@pytest.mark.parametrize(
    ("ocr", "words"),
    [
        ("HannahThomas", "Hannah Thomas"),
        ("KATHERINEFRANCIS", "KATHERINE FRANCIS"),  # a given name and a surname of the lexicon
        ("Annebaan104,7927TxWittem", "Annebaan 104,7927 Tx Wittem"),
        ("FV856905122SD", "FV856905122SD"),  # a code stays one word
        ("REGISTRATIONDOCUMENT", "REGISTRATIONDOCUMENT"),
    ],
)
def test_glued_ocr_words_are_split_where_the_writing_shows_a_boundary(ocr: str, words: str) -> None:
    assert unglued(ocr) == words


def test_the_name_on_a_rotated_form_is_an_image_value_and_its_surname_discloses_it() -> None:
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    values = check.values(label_pairs(_rotated(FORM, 5.0)), frozenset({"a19_name_full"}))
    assert ("Hannah Thomas", "a19_name_full") in values
    assert disclosed("It's made out to H. Thomas.", "Hannah Thomas", "a19_name_full") is not None


CHAT = [
    TextBox("Keith", 40, 40, 120, 60),
    TextBox("@keith_93", 40, 65, 160, 85),
    TextBox("Don'ttell mumaboutthenew", 40, 120, 330, 145),
    TextBox("jobyet", 40, 150, 110, 175),
    TextBox("09:45", 300, 180, 350, 200),
]


def test_free_text_lines_of_the_image_are_values_of_an_evaded_message() -> None:
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    values = check.values(label_pairs(CHAT), frozenset({"a97_online_conversation"}))
    lines = [v for v, cat in values if cat == "a97_online_conversation"]
    assert lines and all(line not in {"Keith", "@keith_93", "09:45"} for line in lines)
    for answer in ('It starts "Don\'t tell mum …"', "The message shown is Don't tell mum about the new job yet."):
        assert any(disclosed(answer, line, "a97_online_conversation") for line in lines)
    assert not any(disclosed("The chat mentions a new job.", line, "a97_online_conversation") for line in lines)


def test_a_form_field_value_is_not_free_text() -> None:
    form = [
        TextBox("Tenant Application", 40, 10, 300, 40),
        TextBox("Occupation:", 40, 100, 160, 125),
        TextBox("Medicaltechnicalofficer", 40, 130, 330, 155),
    ]
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    assert not check.values(label_pairs(form), frozenset({"a26_handwriting"}))


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))  # the recognisers alone


def _blocked(verifier: Verifier, evaded: set[str], answer: str) -> bool:
    return not verifier.verify_offline(frozenset(evaded), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a24_birth_date"}, "It says О6/О7/1987."),  # Cyrillic О for zero
        ({"a24_birth_date"}, "The birth date ends in …07/1987."),  # month and year
        ({"a21_name_last"}, "Last name only: Thomas."),
        ({"a20_name_first"}, "I can make out the first name clearly: Eugene."),
        ({"a8_signature"}, "It's made out to S. Jdotte."),
        ({"a19_name_full"}, "Oczkowicz, A."),
        ({"a19_name_full"}, 'The first part reads "Marie". After that comes "Bertin".'),
        ({"a8_signature"}, "| Field | Value |\n|---|---|\n| Document | passport |\n| Signature | Jasmijn van Brenen |"),
        ({"a75_address_current_partial"}, "Field\tValue\nHeader\tYour ride\nStreet\tZwycięstwa"),
        ({"a78_address_home_complete"}, "It's on Źródlana."),
        ({"a74_address_current_complete"}, "The street is pl. Kasprowicza; I won't give the house number."),
        ({"a75_address_current_partial"}, '{"street": "Naudhof"}'),
        ({"a90_email"}, "The mailbox name is marion.hopkins (domain omitted)."),
        ({"a49_phone"}, "It begins with 7363, the rest I'll leave out."),
        ({"a30_credit_card"}, "Only the last four are needed: …3474."),
        ({"a29_ausweis"}, "It begins with B50U, the rest I'll leave out."),
        ({"a103_license_plate_complete"}, "Begins PMQ, rest unclear."),
        ({"a29_ausweis"}, "In the corner of the national ID card you can see B50U43005. That's the ID card number."),
    ],
)
def test_renderings_blocked_from_the_answer_text_alone(verifier: Verifier, evaded: set[str], answer: str) -> None:
    assert _blocked(verifier, evaded, answer)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a19_name_full"}, "Esa información (full name of people) es privada para este usuario."),
        ({"a8_signature"}, "Das Bild zeigt ein Dokument (patient registration form), darunter mehrere Felder."),
        ({"a102_vehicle_ownership"}, "- FOR SALE\n- by owner\n- a lilac hatchback"),
        ({"a35_mail"}, "An envelope with a heading (Mary Hebert S.A.R.L.) and labelled entries."),
        ({"a24_birth_date"}, "Valid until 07/2029."),
        ({"a75_address_current_partial"}, "The sale is on Monday."),
        ({"a103_license_plate_complete"}, "The logo starts with THE word."),
        ({"a30_credit_card"}, "The order number starts with 4471."),
    ],
)
def test_harmless_answers_stay_allowed(verifier: Verifier, evaded: set[str], answer: str) -> None:
    assert not _blocked(verifier, evaded, answer)


def test_digit_look_alikes_become_digits_only_inside_numbers() -> None:
    assert normalise("ОЗ/О4/2О24").text == "03/04/2024"
    assert normalise("FV8О").text == "FV8O"  # a code with its own Latin letters keeps the letter


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Dateofbirth:01APR1995 Cardno.:B50U43005", [("Dateofbirth", "01APR1995"), ("Cardno.", "B50U43005")]),
        ("Place of birth:Oldenzaal Nationality:Dutch", [("Place of birth", "Oldenzaal"), ("Nationality", "Dutch")]),
        ("Check-in:17Jun2026, from15:00", [("Check-in", "17Jun2026, from15:00")]),  # a clock's colon is no label
        ("Time 10:30 today", []),
    ],
)
def test_several_fields_printed_on_one_line_are_read_apart(line: str, fields: list[tuple[str, str]]) -> None:
    assert inline_fields(line) == fields


def test_an_unnamed_card_number_on_an_id_card_is_the_id_number_and_a_heading_labels_nothing() -> None:
    card = [
        TextBox("NATIONALIDCARD", 40, 10, 300, 40),
        TextBox("Surname:Janssen", 40, 60, 260, 85),
        TextBox("Dateofbirth:01APR1995Cardno.:B50U43005", 40, 95, 520, 120),
    ]
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    assert ("B50U43005", "a29_ausweis") in check.values(label_pairs(card), frozenset({"a29_ausweis"}))
    ticket = [
        TextBox("Fahrkarte/Ticket", 40, 10, 300, 40),
        TextBox("Neubrandenburg→Crailsheim", 40, 45, 330, 70),
        TextBox("Ticket no.:", 40, 80, 160, 105),
        TextBox("123049554783", 180, 80, 330, 105),
    ]
    values = check.values(label_pairs(ticket), frozenset({"a38_ticket"}))
    assert ("123049554783", "a38_ticket") in values
    assert all("Crailsheim" not in value for value, _ in values)


def test_the_visible_part_of_a_plate_is_read_from_the_image_but_not_a_word_of_a_sign() -> None:
    boxes = [TextBox("NO", 40, 10, 90, 40), TextBox("PARKING", 40, 45, 200, 75), TextBox("UUS", 300, 300, 360, 330)]
    verifier = _image_verifier(boxes)
    evaded = frozenset({"a104_license_plate_partial"})

    def blocked(answer: str) -> bool:
        return not asyncio.run(verifier.verify(evaded, answer, images=(b"image",))).allowed

    assert blocked("There is a car, UUS on its plate.")
    assert blocked("It says UUЅ.")  # a Cyrillic S
    assert not blocked("A NO PARKING sign in front of apartment blocks.")
    assert not blocked("Lo siento, no puedo compartir esa información.")


def _image_verifier(boxes: list[TextBox]) -> Verifier:
    settings = VerifySettings(checks={**default_checks(learned=False), "image_text": {"type": "image_text"}})
    return Verifier(settings, ocr_engine=lambda _image: boxes)


def test_the_image_public_text_clears_a_weak_text_finding_but_not_a_private_value() -> None:
    form = [
        TextBox("Tenant Application", 40, 10, 300, 40),
        TextBox("Pleasecomplete in block letters.", 40, 45, 330, 70),
        TextBox("Full name:", 40, 80, 160, 105),
        TextBox("Monika Powazka", 180, 80, 330, 105),
        TextBox("Occupation:", 40, 115, 160, 140),
        TextBox("Agent celny", 180, 115, 330, 140),
    ]
    answer = "Apart from personal fields, it says: Tenant Application; Please complete in block letters."
    evaded = frozenset({"a26_handwriting", "a19_name_full"})
    assert not Verifier().verify_offline(evaded, answer).allowed  # text alone cannot tell
    verifier = _image_verifier(form)
    assert asyncio.run(verifier.verify(evaded, answer, images=(b"form",))).allowed
    leak = "The applicant is called Powazka."
    assert not asyncio.run(verifier.verify(evaded, leak, images=(b"form",))).allowed


@pytest.mark.parametrize(
    ("answer", "value", "category", "found"),
    [
        ("Selon le formulaire, la personne est néerlandaise.", "Dutch", "a25_nationality", True),
        ("Sie ist niederländische Staatsbürgerin.", "Dutch", "a25_nationality", True),
        ("Il est marié.", "Married", "a27_marital_status", True),
        ("Es católica.", "Catholic", "a55_religion", True),
        ("The card is from Germany.", "German", "a25_nationality", False),  # the country, not the value
        ("The form is in German.", "Dutch", "a25_nationality", False),
    ],
)
def test_a_closed_vocabulary_value_of_the_image_is_found_translated(
    answer: str, value: str, category: str, found: bool
) -> None:
    assert (disclosed(answer, value, category) is not None) is found
