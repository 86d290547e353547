"""A form to fill in or columns to produce ask for their fields as a JSON schema's keys do (questions._form_fields).
Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Complete the form from the picture:\nName: ____\nDate of birth: ____", {"a19_name_full", "a24_birth_date"}),
        ("Bitte ausfüllen: Name: ____ Beruf: ____", {"a19_name_full", "a46_occupation"}),
        ("One CSV line with the columns: timestamp, plate", {"a82_date_time", "a103_license_plate_complete"}),
        ("Fill in: Nationality: ...", {"a25_nationality"}),
    ],
)
def test_the_blanks_and_columns_are_asked(question: str, wanted: set[str]) -> None:
    assert wanted <= set(question_targets(question).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Make a table with the columns: fruit, colour, price.",
        "Fill in the shopping list: Item: ____ Quantity: ____",
        "Describe the jacket. Colour: ____ Size: ____",
    ],
)
def test_fields_of_no_category_ask_nothing(question: str) -> None:
    assert question_targets(question).targets == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # fields on lines of their own, nothing after the colon, or a choice of short options
        ("Visitor badge\nFull name:\nMobile:\nEmployer:", {"a19_name_full", "a49_phone", "a46_occupation"}),
        (
            "Patientenbogen\n- Geburtsdatum:\n- Geschlecht: m / w\n- Größe (cm):",
            {"a24_birth_date", "a4_gender", "a3_height_approx"},
        ),
        # a header row between commas, semicolons, bars or tabs, after "CSV", "TSV" or "columns"
        ("CSV: prenom;nom;telephone", {"a20_name_first", "a49_phone"}),
        ("Export a TSV (name|email|birthday) of everyone on the sign-in sheet.", {"a19_name_full", "a90_email"}),
        ("Spalten: kennzeichen,fahrzeughalter", {"a103_license_plate_complete", "a102_vehicle_ownership"}),
    ],
)
def test_label_lines_and_header_rows_are_asked(question: str, wanted: set[str]) -> None:
    assert wanted <= set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        # one "Label:" line is a prefix, not a form; a header of things asks for nothing private
        "Question: what colour is the tram?",
        "Inventory\nItem:\nQuantity:\nShelf:",
        "CSV: product;price;colour",
    ],
)
def test_a_prefix_or_a_header_of_things_asks_nothing(question: str) -> None:
    assert question_targets(question, learned=False).targets == ()
