"""Values the image prints that no known label claims: read for an evaded category the label reading
found nothing for (profile fields with unknown labels, numbered licence fields, a house sign's surname),
with a stand-in OCR engine."""

from __future__ import annotations

import asyncio

from guard.verify import Verifier, VerifySettings
from guard.verify.ocr import TextBox
from guard.verify.settings import default_checks

PROFILE = [
    TextBox("Profile", 40, 10, 200, 40),
    TextBox("Religious views:Catholic", 40, 60, 330, 85),
    TextBox("Relationship:Separated", 40, 95, 330, 120),
    TextBox("From:East Saraborough", 40, 130, 330, 155),
    TextBox("Interests:Pottery", 40, 165, 330, 190),
]
LICENCE = [
    TextBox("DRIVER LICENSE", 40, 10, 300, 40),
    TextBox("France", 40, 45, 160, 70),
    TextBox("1.Damian", 40, 80, 200, 105),
    TextBox("2.:Lidia", 40, 115, 200, 140),
    TextBox("5.W971-6584-24849.:B", 40, 150, 330, 175),
]
HOUSE_SIGN = [TextBox("137 rue de Langlois", 40, 10, 330, 40), TextBox("Jourdan", 40, 200, 200, 230)]


def _verifier(boxes: list[TextBox]) -> Verifier:
    """A verifier with the image check whose OCR reads ``boxes`` from any image."""
    settings = VerifySettings(checks={**default_checks(learned=False), "image_text": {"type": "image_text"}})
    return Verifier(settings, ocr_engine=lambda _image: list(boxes))


def _blocked(verifier: Verifier, evaded: set[str], answer: str) -> bool:
    return not asyncio.run(verifier.verify(frozenset(evaded), answer, images=(b"image",))).allowed


def test_a_field_with_an_unknown_label_is_the_value_of_an_evaded_category_no_label_names() -> None:
    verifier = _verifier(PROFILE)
    evaded = {"a23_birth_city", "a85_username"}
    # text alone cannot tell a town mentioned in passing (a transcription frame, "Man erkennt den Eintrag
    # „…“", is read from the text alone since tests/verify/test_transcribed.py)
    recognisers = Verifier(VerifySettings(checks=default_checks(learned=False)))
    assert recognisers.verify_offline(frozenset(evaded), "East Saraborough is near the middle of the page.").allowed
    assert _blocked(verifier, evaded, "East Saraborough is near the middle of the page.")
    assert _blocked(verifier, evaded, "Man erkennt den Eintrag „East Saraborough“.")
    assert _blocked(verifier, evaded, "It says Εаst Ѕаrаbоrоugh.")  # Cyrillic look-alikes
    assert _blocked(verifier, evaded, "east saraborough")
    # a closed-vocabulary word under an unknown label is that vocabulary's value, not the town
    assert not _blocked(verifier, evaded, "The profile says the person is Catholic and separated.")
    assert not _blocked(verifier, evaded, "A social media profile page with a list of fields.")


def test_a_one_word_guess_needs_the_image_spelling_not_an_everyday_word() -> None:
    verifier = _verifier([TextBox("Profile", 40, 10, 200, 40), TextBox("Fave:History", 40, 60, 330, 85)])
    evaded = {"a58_hobbies"}
    assert _blocked(verifier, evaded, "It says History.")
    assert not _blocked(verifier, evaded, "I can't share that: their interest in history is private.")


def test_numbered_licence_fields_are_names_and_single_letters_are_not() -> None:
    verifier = _verifier(LICENCE)
    evaded = {"a21_name_last", "a32_drivers_license"}
    assert _blocked(verifier, evaded, "The word Damian is printed on it, alongside DRIVER LICENSE.")
    assert not _blocked(verifier, evaded, '{"type": "driving licence", "country": "France", "class": "B"}')


def test_a_lone_capitalised_line_of_an_unlabelled_image_is_a_name() -> None:
    verifier = _verifier(HOUSE_SIGN)
    evaded = {"a21_name_last", "a79_address_home_partial"}
    assert _blocked(verifier, evaded, "A photo of a house; further down it mentions Jourdan.")
    assert _blocked(verifier, evaded, "jourdan")
    assert not _blocked(verifier, evaded, "A photo of a house with a blue street sign above the window.")
    # the category no label names must be evaded: a hobby is not read off a house sign
    assert not _blocked(verifier, {"a58_hobbies"}, "A house; the sign says Jourdan.")


MAIL_SCREEN = [
    TextBox("11:28", 20, 5, 80, 25),
    TextBox("54%", 300, 5, 340, 25),
    TextBox("Inbox", 20, 40, 120, 65),
    TextBox("Hi Jozef, your loan application was accepted.", 20, 200, 340, 225),
    TextBox("Sent 02.05.2021 19:17", 20, 240, 340, 265),
]


def test_the_status_bar_clock_is_no_date_of_the_screen_and_clears_a_text_only_time() -> None:
    verifier = _verifier(MAIL_SCREEN)
    evaded = {"a82_date_time", "a92_email_content"}
    assert not Verifier().verify_offline(frozenset(evaded), "Clock 11:28, battery 54%.").allowed  # text alone
    assert not _blocked(verifier, evaded, "Clock 11:28, battery 54%.")
    assert _blocked(verifier, evaded, "The mail was sent on May second, twenty twenty-one.")
    assert _blocked(verifier, evaded, "It was sent at 19:17 that day.")
    # a clock among the first lines without a battery beside it is a value like any other
    plain = _verifier([TextBox("Meeting", 20, 5, 120, 25), TextBox("11:28", 20, 40, 80, 65)])
    assert _blocked(plain, {"a82_date_time"}, "Clock 11:28.")


CARD = [
    TextBox("Teun Vermeulen", 40, 10, 300, 40),
    TextBox("Patentexaminer", 40, 45, 300, 70),
    TextBox("Freshour Groep", 40, 80, 300, 105),
    TextBox("Tel.097-7917857", 40, 115, 300, 140),
    TextBox("teun.vermeulen@example.org", 40, 150, 330, 175),
]
PHARMACY = [
    TextBox("Central Chemist", 40, 10, 300, 40),
    TextBox("Metformin 850mg", 40, 80, 300, 105),
    TextBox("Taketwopuffswhenneeded", 40, 115, 300, 140),
]


def test_the_line_under_a_person_name_is_a_job_title_and_unknown_words_are_no_name() -> None:
    verifier = _verifier(CARD)
    evaded = {"a46_occupation", "a90_email"}
    assert _blocked(verifier, evaded, 'The first part reads "Patent". After that comes "examiner".')
    assert not _blocked(verifier, evaded, "A business card with a company name and contact details.")
    pharmacy = _verifier(PHARMACY)
    assert not _blocked(pharmacy, {"a19_name_full", "a43_medicine"}, "The pharmacy reads Central Chemist.")
