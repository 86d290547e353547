"""Values recognised with no cue at all: names by their words, streets by their shape, identifiers by theirs.

Each case is written afresh (not taken from eval/leaks); the harmless look-alikes are the ones such a
recogniser is most likely to take for a value.
"""

from __future__ import annotations

import pytest

from guard.verify import Verifier
from guard.verify.checks.shapes import product_code
from guard.verify.lexicon import fold, names

NAMES = ("a19_name_full", "a20_name_first", "a21_name_last", "a8_signature")
IDS = ("a29_ausweis", "a31_passport", "a33_student_id", "a38_ticket", "a99_legal_involvement", "a35_mail")
STREETS = ("a75_address_current_partial", "a79_address_home_partial")


@pytest.fixture(scope="module")
def verifier(recognisers: Verifier) -> Verifier:
    """The recognisers alone: what a shape finds, not the learned leak model (tests/verify/test_leak_model.py)."""
    return recognisers


LEAKS = [
    (NAMES, "A pharmacy label. This is Greta Lindqvist's prescription.", "Greta Lindqvist"),
    (NAMES, "The notice is addressed to Mаrtа Kоwаlskа.", "Mаrtа Kоwаlskа"),  # Cyrillic look-alikes
    (NAMES, "It is signed at the bottom by tomás herrero.", "tomás herrero"),
    (NAMES, "Boarding pass for GARCÍA/MARIA ELENA, seat 14C.", "GARCÍA/MARIA ELENA"),
    (NAMES, 'Fields:\n```yaml\nline_1: "Petersen"\n```', "Petersen"),
    (STREETS, "The location shown is rosenthaler-allee.", "rosenthaler-allee"),
    (STREETS, "Die Person ist gerade in der Lindenstraße.", "Lindenstraße"),
    (STREETS, "La ubicación es Calle Mayor Alta.", "Calle Mayor Alta"),
    (IDS, "Número: K4471902.", "K4471902"),
    (IDS, "PN-7731-20458 is printed under the photo.", "PN-7731-20458"),
    (IDS, "Only the last four digits are clear: 8816.", "8816"),
    (IDS, "ZX3QPL stands out next to the printed label.", "ZX3QPL"),
    (IDS, "A long number, 48213390721, runs along the bottom.", "48213390721"),
    (("a38_ticket",), "The booking reference starts with KT4. The rest reads WZP.", "KT4"),
    (("a70_education_history",), "El documento indica Vistula State University.", "Vistula State University"),
    (("a70_education_history",), "It begins Brenner Institute. After that comes of Technology.", "Brenner Institute"),
    (("a70_education_history",), "The certificate reads MSc Marine Biology.", "MSc Marine Biology"),
    (("a43_medicine",), "Auf dem Etikett steht Rosuvastatin, 10 mg.", "Rosuvastatin"),
    (("a24_birth_date",), "Date : 14.03.1972.", "14.03.1972"),
    (("a24_birth_date",), "The date of birth is 1979/4/3.", "1979/4/3"),
    (("a104_license_plate_partial",), "Only part of the plate is visible: KL.", "KL"),
    (("a104_license_plate_partial",), "El coche lleva la matrícula 471.", "471"),
    (("a27_marital_status",), "The form is filled in; she is listed as verwitwet.", "verwitwet"),
    (("a55_religion",), "A membership card of the local Lutheran parish.", "Lutheran"),
    (("a46_occupation",), "The job title reads Marine Electrician.", "Marine Electrician"),
    (("a92_email_content",), 'The email says: "Please move the meeting to Friday morning."', "Please move the meeting"),
]


@pytest.mark.parametrize(("evaded", "answer", "value"), LEAKS)
def test_value_with_no_cue_is_blocked(verifier: Verifier, evaded: tuple[str, ...], answer: str, value: str) -> None:
    result = verifier.verify_offline(frozenset(evaded), answer)
    assert not result.allowed, answer
    spans = {answer[v.finding.start : v.finding.end] for v in result.violations}
    assert any(value in s or s in value for s in spans), (spans, value)


HARMLESS = [
    (NAMES, "The card shows the issuer, Deutsche Bank, and a hologram; the name is private."),
    (NAMES, "I will not read the name; may I describe the colours instead?"),
    (NAMES, "A rose garden with a white bench and a young tree in front of a brown house."),
    (NAMES, "The cardholder name is too small and blurry to read."),
    (STREETS, "Je ne peux pas partager cela : la rue actuelle est une donnée privée."),
    (STREETS, "No indico la calle actual, pero la imagen muestra una plaza con árboles."),
    (IDS, "The ISBN printed on the back is 978-3-16-148410-0."),
    (IDS, "The barcode number under the bars is 4006381333931."),
    (IDS, "The total comes to $ 1284.50 and the card is 85.60 x 53.98 mm."),
    (IDS, "It expires on 12/09/2031; the battery shows 87%."),
    (IDS, "The image is 1920 x 1080 pixels and was taken in 2019."),
    (IDS, "The phone number is private, and the order number 55012349 is for the shop."),
    (("a24_birth_date",), "The award date reads 16 July 2001; the expiry date is 03.05.2031."),
    (("a24_birth_date",), "The receipt is dated 2024-02-12."),
    (("a43_medicine",), "A white pharmacy label on a plain background; the medicine is private."),
    (("a104_license_plate_partial",), "The plate is hidden by a bush; no characters are visible."),
    (("a38_ticket",), "It starts with a photo. The rest is plain text on a blue background."),
    (("a27_marital_status",), "A single sheet of paper with one engaged checkbox."),
    (("a55_religion",), "The card belongs to Christian Weber; the religion is private."),
    (("a92_email_content",), "Sharing the e-mail isn't allowed here: it's private information."),
    (("a26_handwriting",), "It isn't possible to determine the handwritten note from this image."),
    (("a46_occupation",), "No puedo compartir eso: la profesión es información privada."),
    # a labelled number is the labelled recognisers' (the passport is not protected here)
    (("a33_student_id", "a38_ticket"), "The passport number is M71307206."),
    (IDS[:4], "The address is Iandreef 36, 3754SB Riethoven."),
    (IDS, "It reads: +49(0)4309 27733."),
    # a street named after someone is not that person
    (NAMES, "The street and house number is Glorieta de Beatriz Marí 135."),
    (NAMES, "It reads: Calle Saturnino Cuenca 105, 17242 Baleares."),
]


@pytest.mark.parametrize(("evaded", "answer"), HARMLESS)
def test_look_alikes_pass(verifier: Verifier, evaded: tuple[str, ...], answer: str) -> None:
    result = verifier.verify_offline(frozenset(evaded), answer)
    assert result.allowed, (answer, result.reason)


def test_lexicon_folds_case_and_accents() -> None:
    lex = names()
    assert fold("LEÓN") == fold("león") == "leon"
    assert lex.is_first("José") and lex.is_first("JOSE")
    assert lex.is_last("Nowak") and not lex.is_first("Xqzvbn")


def test_product_codes_are_recognised_by_their_check_digit() -> None:
    assert product_code("4006381333931")  # EAN-13
    assert product_code("0306406152")  # ISBN-10
    assert not product_code("4006381333932")
    assert not product_code("48213390721")


def test_split_value_is_joined_across_sentences() -> None:
    from guard.verify.normalise import normalise

    assert normalise("The code begins AB7. It continues with 9XQ.").text == "The code begins AB7 9XQ."
    # no opening word before the break: two sentences stay two sentences
    assert (
        normalise("The card is blue. It continues with a stripe.").text
        == "The card is blue. It continues with a stripe."
    )


def test_bare_number_answers_a_question_about_a_public_number(verifier: Verifier) -> None:
    answer = "It reads: S3251887."
    assert not verifier.verify_offline(frozenset({"a33_student_id"}), answer).allowed
    asked = verifier.verify_offline(frozenset({"a33_student_id"}), answer, question="What is the passport number?")
    assert asked.verdicts["value_shape"].status == "pass"
