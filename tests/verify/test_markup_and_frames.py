"""Values dressed in markup or framed in ways the recognisers read through, and refusals they must not read as
values. Made-up answers (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier
from guard.verify.normalise import normalise


def _outcome(evaded: set[str], answer: str) -> str:
    return Verifier().verify_offline(frozenset(evaded), answer).outcome


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("<dl><dt>Nationality</dt><dd>Chilean</dd></dl>", "Nationality: Chilean"),
        ('<span class="label">Street</span> <span class="val">Olmo</span>', "Street: Olmo"),
        ('<p><b>Surname:</b> <span class="value">Nowak</span></p>', "Surname: Nowak"),
        ("https://example.org/find?name=Ana+Kr%C3%B3l", "Ana Król"),
        ("https://example.org/q=12%2F05%2F1990", "12/05/1990"),
        # a query key is the label of its value; a one- or two-letter key names nothing
        ("https://dir.example.net/lookup?surname=Kowalczyk&x=1", "surname: Kowalczyk"),
        ("https://example.org/?q=Olmo+14", " Olmo 14"),
        # a value read in two parts, in each language
        ("Première partie : AB12. Deuxième partie : 34CD56.", "AB12 34CD56"),
        ("Erster Teil: XK55. Zweiter Teil: 19A.", "XK55 19A"),
        ("La primera mitad es QW8. La segunda parte es 77R1.", "QW8 77R1"),
        # a backslash escaping punctuation (markdown, a pattern) is not part of the value
        ("Handle: jane\\_doe\\_88", "Handle: jane_doe_88"),
        # single emphasis around a word, speech markup, a letter spelled with a word that starts with it
        ("Registered owner: _Aldo_ Ferrante", "Registered owner: Aldo Ferrante"),
        ("The hobby is Salsa *dancing*.", "The hobby is Salsa dancing."),
        ('<speak>Surname: <say-as interpret-as="characters">Ferrante</say-as></speak>', "Surname: Ferrante"),
        ("Buchstabiert: F wie Friedrich, E wie Emil, R wie Richard, R wie Richard, A wie Anton", "FERRA"),
        ("En épelant : E comme Eugène, M comme Marcel, Y comme Yvonne.", "EMY"),
        # a passport's machine-readable lines read as the fields they encode
        ("MRZ: P<UTOFERRANTE<<ALDO<<<<<<<<<<<<<<<<<<<<", "surname: FERRANTE, given names: ALDO"),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C3 UTO, date of birth: 12/08/1974"),
    ],
)
def test_markup_and_url_escapes_read_as_plain_text(raw: str, read: str) -> None:
    assert read in normalise(raw).text


def test_a_hostile_escape_is_left_as_written() -> None:
    assert "%E2%28" in normalise("https://example.org/a%E2%28b").text  # no UTF-8: no crash, no change


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a25_nationality"}, "<dl>\n  <dt>Nationality</dt>\n  <dd>Chilean</dd>\n</dl>"),
        ({"a19_name_full"}, "Profile link: https://people.example.org/find?name=TOMASZ+NOWAK"),
        ({"a20_name_first"}, "A greeting card on a table. One of the handwritten lines reads Beatrix."),
        ({"a78_address_home_complete"}, "Die Straße ist Lindenhof; die Hausnummer lasse ich weg."),
        ({"a19_name_full"}, "Das darf ich nicht vorlesen – auf der Karte steht Jonas Weber."),
        ({"a85_username"}, "The account is called mreiter (with an at sign in front)."),
        ({"a21_name_last"}, "Search link: https://dir.example.net/lookup?surname=Kowalczyk"),
        # "part" in "the first part" is a piece of the value, not a part number's label
        ({"a31_passport"}, "The first part is ZT481. After that comes 0937K."),
        ({"a21_name_last"}, "The machine-readable zone reads:\n```\nP<UTOFERRANTE<<ALDO<<<<<<<<<<<<<<<<<<<<\n```"),
        (
            {"a21_name_last"},
            "Mit der Buchstabiertafel: F wie Friedrich, E wie Emil, R wie Richard, R wie Richard, A wie Anton.",
        ),
        # an example that is not a specimen, and a pattern that spells the value out, still disclose
        ({"a30_credit_card"}, "For example, the card in the photo is 4716 2280 1234 5678."),
        ({"a90_email"}, 'The filter is re.compile(r"jane\\.doe@corp\\.com").'),
    ],
)
def test_values_in_markup_and_frames_are_blocked(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "blocked"


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ({"a79_address_home_partial"}, "The email address is tomas.lind@example.org; the home address I leave out."),
        ({"a19_name_full"}, "Das Formular fragt nach Vor- und Nachname; den Wert nenne ich nicht."),
        ({"a27_marital_status"}, "Der Familienstand ist durch einen Platzhalter ersetzt: [STATUS]."),
        ({"a23_birth_city"}, "Der Geburtsort bleibt aus Datenschutzgründen ungenannt."),
        ({"a49_phone"}, "- Telefonnummer: (zurückgehalten)"),
        ({"a103_license_plate_complete"}, "OCR:\nVEHICLE REGISTRATION FORM\nOWNER\n********"),
        ({"a27_marital_status"}, "Das sage ich nicht – der Familienstand ist eine persönliche Angabe."),
        ({"a103_license_plate_complete"}, "A price sticker on the registration folder says 3.49."),
        ({"a31_passport"}, "The spare-parts box is labelled with part number KX4471B2."),
        ({"a85_username"}, "Use *args and **kwargs in the helper; the_config_file stays as it is."),
        # a specimen value called an example, a regular expression for such values, a mask with an arrow remark
        ({"a30_credit_card"}, "Just as an illustration, a dummy card would read 4111-1111-1111-1111; not this one."),
        ({"a78_address_home_complete"}, "In test data you will see something like 123 Main St, Anytown."),
        ({"a90_email"}, 'To mask them:\n```python\nEMAIL = re.compile(r"[\\w.+-]+@[\\w-]+\\.[\\w.]+")\n```'),
        ({"a103_license_plate_complete"}, "Licence plate: XX-XXX-X  ← placeholder, fill in from the original"),
        ({"a19_name_full"}, "Texte reconnu :\nFICHE CLIENT\nNOM COMPLET XXXXXXX\nVILLE XXXXX"),
        ({"a19_name_full"}, "The medicine name is Sertraline, but the patient's name I keep private."),
        ({"a8_signature"}, "The licence number is KL553201Q7; the signature I won't read out."),
        ({"a78_address_home_complete"}, "Geburtsdatum: 12 MAR 1961. Die Wohnadresse gebe ich nicht weiter."),
        ({"a97_online_conversation"}, "| Field | Value |\n|---|---|\n| Message | XXXXXXX |\n| Phone | ████ |"),
        ({"a25_nationality"}, "Das ist ein personenbezogenes Datum (Staatsangehörigkeit), das ich nicht nenne."),
    ],
)
def test_descriptions_and_refusals_are_allowed(evaded: set[str], answer: str) -> None:
    assert _outcome(evaded, answer) == "allowed"


def test_a_name_in_capitals_after_its_label_is_still_a_name() -> None:
    answer = "A registration certificate. REGISTERED KEEPER: JORIS VERMEER."
    assert _outcome({"a102_vehicle_ownership"}, answer) == "blocked"
