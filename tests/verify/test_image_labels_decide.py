"""The image's own labels say what a value is: a number or a reference code that a label of another kind
claims is not given to a category by its shape or its place alone (a licence number under "5." is no
phone number because it has nine digits; a case number is no passport number). Names, addresses and
dates keep every reading, and a value no label claims keeps its shape's reading. Made-up values; no
OCR (the layout is written here)."""

from __future__ import annotations

from guard.verify.checks.image_text import ImageTextCheck
from guard.verify.ocr import TextBox, label_pairs


def _values(texts: list[str], *categories: str) -> set[tuple[str, str]]:
    boxes = [TextBox(t, 20, 40 * i, 20 + 9 * len(t), 40 * i + 20) for i, t in enumerate(texts)]
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    return {(v.strip(" .,;:"), c) for v, c in check.values(label_pairs(boxes), frozenset(categories))}


def test_a_licence_number_is_not_a_phone_number_because_of_its_length() -> None:
    licence = ["DRIVING LICENCE", "1.Orzechowski", "2.Walentyna", "5.:582039147", "9.B"]
    found = _values(licence, "a49_phone", "a46_occupation")
    assert not any(c == "a49_phone" for _, c in found)
    assert not any(c == "a46_occupation" for _, c in found)  # fields 1 and 2 are the holder's names


def test_the_licence_number_itself_stays_private_when_it_is_evaded() -> None:
    licence = ["DRIVING LICENCE", "1.Orzechowski", "2.Walentyna", "5.:582039147", "9.B"]
    assert ("582039147", "a32_drivers_license") in _values(licence, "a32_drivers_license")


def test_a_labelled_case_number_is_not_a_passport_number() -> None:
    summons = ["COUNTY COURT", "SUMMONS", "Case number:", "KX-2011-48213", "Defendant:", "Teodor Brandl"]
    assert not any(v == "KX-2011-48213" and c == "a31_passport" for v, c in _values(summons, "a31_passport"))
    assert any(v == "KX-2011-48213" for v, _ in _values(summons, "a99_legal_involvement"))


def test_an_unlabelled_number_keeps_its_shape_reading() -> None:
    note = ["Call me back", "0176 4410 2283"]
    assert any(c == "a49_phone" for _, c in _values(note, "a49_phone"))


def test_a_filled_in_line_above_a_number_does_not_claim_it() -> None:
    """ "Occupation: Baker" printed over a bare number is a field with its value, not the number's label."""
    card = ["Occupation: Baker", "0176 4410 2283"]
    assert any(c == "a49_phone" for _, c in _values(card, "a49_phone"))


async def test_a_code_the_image_labels_as_public_is_not_blocked_for_its_shape() -> None:
    """From the text alone "KX-2011-48213" looks like a passport number; the image prints it under
    "Case number:", so with only the passport evaded it is cleared, and with the case evaded it is not."""
    from guard.verify import Verifier
    from guard.verify.settings import VerifySettings

    summons = ["COUNTY COURT", "SUMMONS", "Case number:", "KX-2011-48213", "Defendant:", "Teodor Brandl"]
    boxes = [TextBox(t, 20, 40 * i, 20 + 9 * len(t), 40 * i + 20) for i, t in enumerate(summons)]
    checks = {"value_shape": {"type": "value_shape"}, "image_text": {"type": "image_text"}}
    verifier = Verifier(VerifySettings(checks=checks, check_timeout_s=30))
    assert verifier.reader is not None
    verifier.reader._engine = lambda image: boxes
    answer = "The summons has the reference KX-2011-48213 at the top."
    text_only = verifier.verify_offline(frozenset({"a31_passport"}), answer)
    assert text_only.outcome == "blocked"  # the shape alone, without the image
    seen = await verifier.verify(frozenset({"a31_passport"}), answer, images=(b"summons",))
    assert seen.outcome == "allowed"
    private = await verifier.verify(frozenset({"a31_passport", "a99_legal_involvement"}), answer, images=(b"summons",))
    assert private.outcome == "blocked"
