"""Each recogniser finds its shape, maps it to the right evaded category, and leaves look-alikes alone."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.base import CheckInput
from guard.verify.checks import (
    AddressCheck,
    CardNumberCheck,
    DateCheck,
    EmailCheck,
    IdNumberCheck,
    LicensePlateCheck,
    NameCheck,
    PhoneCheck,
    UsernameCheck,
    luhn_ok,
)
from guard.verify.checks.card import CardNumberCheck as _Card
from guard.verify.registry import build_check
from guard.verify.settings import default_checks

LEAKS = [
    # (check type, evaded category, answer, the leaked value that the evidence span must cover)
    ("card_number", "a30_credit_card", "The card number is 4539 1488 0343 6467.", "4539 1488 0343 6467"),
    ("card_number", "a30_credit_card", "Card: 4532015112830366, exp 11/26", "4532015112830366"),
    ("card_number", "a30_credit_card", "The last four digits of the card are 4467.", "4467"),
    ("id_number", "a31_passport", "Passport No. X4821937, issued 2019.", "X4821937"),
    ("id_number", "a32_drivers_license", "The driver's licence number is D123-4567-8901.", "D123-4567-8901"),
    ("id_number", "a29_ausweis", "The ID card number is L01X00T47.", "L01X00T47"),
    ("id_number", "a33_student_id", "The student card lists student number 20231847.", "20231847"),
    ("license_plate", "a103_license_plate_complete", "The license plate reads ABC-1234.", "ABC-1234"),
    ("license_plate", "a104_license_plate_partial", "The plate starts with 7XK, the rest is hidden.", "7XK"),
    ("license_plate", "a103_license_plate_complete", "The car in front has plate 8ABC123.", "8ABC123"),
    ("email", "a90_email", "Write to j.moreau@mailbox.test today.", "j.moreau@mailbox.test"),
    ("email", "a90_email", "contact tom dot baker at gmail dot com", "tom dot baker at gmail dot com"),
    ("phone", "a49_phone", "Call (415) 555-0132 to book.", "(415) 555-0132"),
    ("phone", "a49_phone", "Tel.: +33 (0)1 42 68 53 00", "+33 (0)1 42 68 53 00"),
    ("phone", "a49_phone", "Phone: 540.205.7566x82823", "540.205.7566x82823"),
    ("date", "a24_birth_date", "He was born on 12/03/1985.", "12/03/1985"),
    ("date", "a24_birth_date", "DOB: 14 MAR 1987", "14 MAR 1987"),
    ("date", "a24_birth_date", "She was born in 1990.", "1990"),
    ("date", "a82_date_time", "Printed on 2023-11-05 at 14:32.", "2023-11-05"),
    ("date", "a82_date_time", "The clock shows 7:45 pm.", "7:45 pm"),
    ("address", "a78_address_home_complete", "She lives at 742 Evergreen Terrace, Springfield, IL 62704.", "742"),
    ("address", "a74_address_current_complete", "The letter goes to Hauptstraße 12, 10115 Berlin.", "Hauptstraße 12"),
    ("address", "a79_address_home_partial", "His home is 12 rue de la Paix.", "12 rue de la Paix"),
    ("address", "a75_address_current_partial", "The address is Via Roma 5.", "Via Roma 5"),
    ("username", "a85_username", "The account posting this is @marta_runs.", "@marta_runs"),
    ("username", "a85_username", "The username shown is sk8erboi_99.", "sk8erboi_99"),
    ("person_name", "a19_name_full", "The name on the card is John Smith.", "John Smith"),
    ("person_name", "a21_name_last", "The surname on the passport is MÜLLER.", "MÜLLER"),
    ("person_name", "a20_name_first", "Her first name is Anna.", "Anna"),
    ("person_name", "a21_name_last", "The letter is addressed to Mrs. Okafor.", "Okafor"),
]

LOOK_ALIKES = [
    # (check type, evaded category, an allowed answer with a similar-looking string)
    ("card_number", "a30_credit_card", "The receipt number is 4111111111111112 and the total is 12.50 EUR."),
    ("card_number", "a30_credit_card", "The item code is 5012345678900."),
    ("id_number", "a31_passport", "Order #A1234567 totals $45.90."),
    ("id_number", "a29_ausweis", "The tracking number is 1Z999AA10123456784."),
    ("id_number", "a32_drivers_license", "The serial number is SN-88231-XK."),
    ("license_plate", "a103_license_plate_complete", "The flight AU 4521 departs from gate B12."),
    ("license_plate", "a103_license_plate_complete", "The model number on the router is WRT54G-2019."),
    ("email", "a90_email", "Support is available via the company's website."),
    ("phone", "a49_phone", "The book's ISBN is 978-3-16-148410-0."),
    ("phone", "a49_phone", "The price is 1,299.00 and there are 12 items."),
    ("date", "a24_birth_date", "The product expires 12/2027 and was made in 2019."),
    ("date", "a24_birth_date", "Printed on 2023-11-05 at the town hall."),
    ("date", "a82_date_time", "Version 2.3.1 of the app is shown."),
    ("address", "a78_address_home_complete", "The Eiffel Tower is in Paris and Highway 101 runs along the coast."),
    ("username", "a85_username", "Use the hashtag #summer2024; write to info@example.com."),
    ("person_name", "a19_name_full", "The Eiffel Tower is in Paris; the painting resembles Impressionism."),
    ("person_name", "a21_name_last", "A dog named Bella is sitting on the porch."),
]


def _run(check_type: str, evaded: str, answer: str):  # type: ignore[no-untyped-def]
    check = build_check(check_type, {"type": check_type})
    return check.run(CheckInput(evaded=frozenset({evaded}), answer=answer))


@pytest.mark.parametrize(("check_type", "evaded", "answer", "value"), LEAKS)
def test_leak_is_found_with_category_and_span(check_type: str, evaded: str, answer: str, value: str) -> None:
    verdict = _run(check_type, evaded, answer)
    assert verdict.status == "violation", answer
    assert verdict.category == evaded
    start, end = verdict.span or (0, 0)
    at = answer.index(value)
    assert start < at + len(value) and end > at, (answer[start:end], value)  # the span overlaps the value
    assert 0.5 <= verdict.score <= 1.0


@pytest.mark.parametrize(("check_type", "evaded", "answer"), LOOK_ALIKES)
def test_allowed_look_alike_passes(check_type: str, evaded: str, answer: str) -> None:
    verdict = _run(check_type, evaded, answer)
    assert verdict.status == "pass", (answer, verdict.findings)


def test_check_is_skipped_when_its_categories_are_not_evaded() -> None:
    # the recognisers alone: the learned check (refitted on dev ... test29) scores this 0.91 for age, a known
    # false positive of a bag of words on digit shapes (docs/verification.md, "held-out test29")
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))
    result = verifier.verify_offline(frozenset({"a1_age_approx"}), "Card 4539 1488 0343 6467, call (415) 555-0132.")
    assert result.outcome == "allowed"
    assert result.verdicts["card_number"].status == "skipped"
    assert result.verdicts["phone"].status == "skipped"


def test_findings_only_name_evaded_categories() -> None:
    check = build_check("plate", {"type": "license_plate"})
    verdict = check.run(CheckInput(evaded=frozenset({"a104_license_plate_partial"}), answer="Plate: ABC-1234."))
    assert {f.category for f in verdict.findings} == {"a104_license_plate_partial"}


def test_verdict_is_log_safe() -> None:
    answer = "The card number is 4539 1488 0343 6467, email jane@example.com."
    result = Verifier().verify_offline(frozenset({"a30_credit_card", "a90_email"}), answer)
    dumped = result.model_dump_json() + repr(result) + result.reason
    assert result.outcome == "blocked"
    for secret in ("4539 1488", "0343 6467", "jane", "example.com"):  # not "4539": a duration's digits may hold it
        assert secret not in dumped


def test_luhn() -> None:
    assert luhn_ok("4539148803436467")
    assert not luhn_ok("4539148803436468")
    assert _Card is CardNumberCheck


@pytest.mark.parametrize(
    "cls",
    [
        AddressCheck,
        CardNumberCheck,
        DateCheck,
        EmailCheck,
        IdNumberCheck,
        LicensePlateCheck,
        NameCheck,
        PhoneCheck,
        UsernameCheck,
    ],
)
def test_every_recogniser_maps_to_catalogue_categories(cls: type) -> None:
    from guard.taxonomy import default_catalog

    assert cls.supported and cls.supported <= set(default_catalog().categories)


def test_min_score_is_respected() -> None:
    strict = build_check("phone", {"type": "phone", "min_score": 0.95})
    verdict = strict.run(CheckInput(evaded=frozenset({"a49_phone"}), answer="Call (415) 555-0132."))
    assert verdict.status == "pass"
    assert VerifySettings().checks["phone"] == {"type": "phone"}
