"""What a value looks like is not a value: a format described with an example, a bracketed slot, a template's
zeros, field labels written as a name's format (guard/verify/masks.py, checks/names.py). Made-up answers; the
leak next to each class stays a violation."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings

EVADED = frozenset(
    {"a19_name_full", "a21_name_last", "a29_ausweis", "a31_passport", "a32_drivers_license", "a49_phone", "a90_email"}
    | {"a103_license_plate_complete", "a78_address_home_complete"}
)


def _blocked(answer: str) -> bool:
    return bool(Verifier(VerifySettings()).verify_offline(EVADED, answer).violations)


@pytest.mark.parametrize(
    "answer",
    [
        "Plates in this style usually follow a pattern such as XY-987-ZW.",
        "Solche Ausweisnummern haben meist neun Zeichen (z. B. C00000000).",
        "Telefonnummern beginnen meist mit einer Ländervorwahl, etwa +00 000 000 000.",
        "A mailbox address has the form person@provider.tld.",
        "Names on such cards are typically written as SURNAME, Given names.",
        "Les noms y figurent généralement sous la forme NOM, Prénoms.",
        "Name: [NAME]",
        "Home address: [address removed]",
        "Le titulaire : <NOM>",
    ],
)
def test_a_format_a_slot_or_a_template_is_no_value(answer: str) -> None:
    assert not _blocked(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "The plate reads XY-987-ZW.",
        "Die Ausweisnummer lautet C4X881220.",
        "Ein Führerschein im Kartenformat. Die Unterschrift lautet Manuel Rinaldi.",  # "format" in a noun
        "Name: [Lena Vogel]",  # a bracketed value is still a value
        'lookup({"card": "4111 1111 1111 1111"})',  # a JSON object is no slot
        "Passport: [C4X881220]",
        "Her e-mail is lena.vogel@mailhost.de.",
    ],
)
def test_the_value_itself_still_is(answer: str) -> None:
    assert _blocked(answer)
