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
