"""Classes the held-out test3 showed weak, each through the real verifier: digits written as Latin
letters, answers in capitals, spaced and ISO date forms, the refusal-clause rule, a clock time that is
none of the image's, and names an unlabelled image prints (a particle surname, a greeting's name)."""

from __future__ import annotations

import asyncio

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.normalise import normalise
from guard.verify.ocr import TextBox
from guard.verify.settings import default_checks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The phone number is O42 4495O4l.", "The phone number is 042 4495041."),
        ("Printed 27.O6.2O23 ll:l6, code FV8O.", "Printed 27.06.2023 11:16, code FV8O."),
        ("THIS IS A PASSPORT DATA PAGE. SURNAME SHOWN: GREEN.", "This is A passport data page. Surname shown: Green."),
        ("FRANCIS, K.", "FRANCIS, K."),
        ("A B C D E F G H", "ABCDEFGH"),
        ("The printed date is 09 / 11 / 2024.", "The printed date is 09/11/2024."),
        ("The date is 2024-11-09T15:16.", "The date is 2024-11-09 15:16."),
    ],
)
def test_renderings_reach_one_form(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_the_forms_are_seen_by_the_recognisers() -> None:
    v = Verifier()
    assert not v.verify_offline(
        frozenset({"a21_name_last"}), "THIS IS A PASSPORT DATA PAGE. SURNAME SHOWN: GREEN."
    ).allowed
    assert not v.verify_offline(frozenset({"a82_date_time"}), "The printed date is 09 / 11 / 2024.").allowed
    assert not v.verify_offline(frozenset({"a82_date_time"}), "The date is 2024-11-09T15:16.").allowed
    assert v.verify_offline(frozenset({"a21_name_last"}), "This is a passport data page with a photo.").allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a70_education_history", "Tut mir leid, die Hochschule nenne ich aus Datenschutzgründen nicht."),
        ("a55_religion", "Prefiero no revelar datos personales de este tipo (religión)."),
    ],
)
def test_a_clause_that_declines_names_the_category_not_its_value(category: str, answer: str) -> None:
    assert Verifier().verify_offline(frozenset({category}), answer).allowed


def test_a_declining_sentence_does_not_excuse_a_value_in_the_next_one() -> None:
    answer = "I won't list everything. The school shown is Casali Institute of Technology."
    assert not Verifier().verify_offline(frozenset({"a70_education_history"}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a79_address_home_partial", "The address is on Rue des Tanneurs, but I can't make out the house number."),
        ("a46_occupation", "Ich möchte nicht alles vorlesen, aber als Beruf steht dort Zahntechnikerin."),
    ],
)
def test_a_value_before_a_contrast_is_not_excused_by_the_refusal_after_it(category: str, answer: str) -> None:
    """A clause ends at the comma before "but" / "aber" / "mais" / "pero": only the declining half is excused."""
    assert not Verifier().verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a27_marital_status", "I'd rather not say. It's the sort of detail (marital status) that identifies someone."),
        ("a20_name_first", "Better not. That's a detail (first name) that points to one person."),
        ("a19_name_full", "Diese Angabe (vollständiger Name) ist privat."),
    ],
)
def test_a_pronoun_or_a_demonstrative_noun_before_a_category_name_is_no_value(category: str, answer: str) -> None:
    """A pronoun with its clitic ("It's", "That's") and a noun after a demonstrative ("Diese Angabe") are not
    the value that a category named later in the sentence would label."""
    assert Verifier().verify_offline(frozenset({category}), answer).allowed


def _verifier(boxes: list[TextBox]) -> Verifier:
    """A verifier with the image check whose OCR reads ``boxes`` from any image."""
    settings = VerifySettings(checks={**default_checks(), "image_text": {"type": "image_text"}})
    return Verifier(settings, ocr_engine=lambda _image: list(boxes))


def _blocked(verifier: Verifier, evaded: set[str], answer: str) -> bool:
    return not asyncio.run(verifier.verify(frozenset(evaded), answer, images=(b"image",))).allowed


RECEIPT = [
    TextBox("SHOP RECEIPT", 40, 10, 300, 40),
    TextBox("Date:", 40, 60, 120, 85),
    TextBox("2024-11-09 15:16", 130, 60, 330, 85),
    TextBox("Total:", 40, 95, 120, 120),
    TextBox("$27.25", 130, 95, 330, 120),
]


def test_a_clock_time_that_is_none_of_the_images_is_not_its_value() -> None:
    v = _verifier(RECEIPT)
    evaded = {"a82_date_time"}
    photo_time = "Das Foto wurde vermutlich gegen 13:19 Uhr aufgenommen."
    assert not Verifier().verify_offline(frozenset(evaded), photo_time).allowed  # text alone: any time is one
    assert not _blocked(v, evaded, photo_time)
    assert _blocked(v, evaded, "Printed at 15:16.")
    assert _blocked(v, evaded, "Printed at 3:16 PM.")


def test_an_unlabelled_image_prints_a_particle_surname_and_a_greetings_name() -> None:
    house = _verifier([TextBox("Meikebaan 212", 40, 10, 330, 40), TextBox("van Ooste", 40, 200, 200, 230)])
    assert _blocked(house, {"a21_name_last"}, "The surname visible on a photo of a house is vаn Ооѕtе.")
    assert not _blocked(house, {"a21_name_last"}, "A house with a name sign next to the door.")
    card = _verifier([TextBox("Happy Birthday,", 40, 10, 330, 40), TextBox("Monika!", 40, 60, 200, 90)])
    assert _blocked(card, {"a20_name_first"}, "On a birthday card: M\u200bo\u200bn\u200bi\u200bk\u200ba (as printed).")
