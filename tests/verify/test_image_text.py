"""Image-grounded evidence through the real OCR engine on an image drawn here."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from guard.verify import Verifier, VerifySettings
from guard.verify.checks.image_text import disclosed, find_value

# OCR takes seconds on a shared CPU; the time limit itself is tested with the judge (test_verifier.py).

pytest.importorskip("rapidocr_onnxruntime", reason="OCR extra not installed: pip install 'spy-guard[ocr]'")


def _document() -> bytes:
    img = Image.new("RGB", (900, 360), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=44)
    draw.text((40, 40), "PASSPORT NO", fill="black", font=font)
    draw.text((40, 110), "C03005988", fill="black", font=font)
    draw.text((40, 200), "EMAIL lena.vogt@mailbox.test", fill="black", font=font)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def test_find_value_ignores_spacing_and_case_but_not_word_boundaries() -> None:
    assert find_value("It reads: c0300 5988.", "C03005988") == (10, 20)
    assert find_value("Number XC03005988Z", "C03005988") is None
    assert find_value("nothing", "") is None


async def test_values_printed_in_the_image_are_caught_in_a_cue_less_answer() -> None:
    verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=300))
    image = _document()
    evaded = frozenset({"a31_passport", "a90_email"})
    leak = await verifier.verify(evaded, "It reads: C03005988.", images=(image,))
    assert leak.outcome == "blocked" and leak.categories == ("a31_passport",)
    assert leak.violations[0].finding.kind.startswith("image_")
    email = await verifier.verify(evaded, "Write to lena.vogt@mailbox.test", images=(image,))
    assert email.categories == ("a90_email",)
    refusal = await verifier.verify(evaded, "I can't read out the passport number.", images=(image,))
    assert refusal.outcome == "allowed"
    other = await verifier.verify(frozenset({"a30_credit_card"}), "It reads: C03005988.", images=(image,))
    assert other.outcome == "allowed" and other.verdicts["image_text"].status == "pass"


async def test_no_image_means_the_check_does_not_apply() -> None:
    verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=300))
    result = await verifier.verify(frozenset({"a31_passport"}), "It reads: C03005988.")
    assert result.verdicts["image_text"].status == "skipped"


async def test_unreadable_image_fails_closed() -> None:
    verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=300))
    result = await verifier.verify(frozenset({"a31_passport"}), "Fine.", images=(b"not an image",))
    assert result.outcome == "error" and "OCR failed" in result.reason


async def test_a_streamed_image_value_is_never_released() -> None:
    from guard.verify import HoldBackStreamer

    verifier = Verifier(VerifySettings(checks={"image_text": {}, "card_number": {}}, check_timeout_s=300))
    streamer = HoldBackStreamer(verifier, frozenset({"a31_passport"}), images=(_document(),), holdback_chars=8)
    assert streamer.holdback_chars >= verifier.checks["image_text"].window

    async def deltas():  # type: ignore[no-untyped-def]
        for part in ("It reads", ": C030", "05988", "."):
            yield part

    pieces = [p async for p in streamer.stream(deltas())]
    assert [p.kind for p in pieces] == ["refusal"]
    assert pieces[0].text == "I can't share that: passport is private for this user."


def test_a_label_paired_with_the_wrong_box_gives_no_value() -> None:
    """OCR layout pairs a label with a neighbour's value now and then: only values that can be of the
    label's category count (a number has digits, a complete address a number, marital status a word
    of its vocabulary)."""
    from guard.verify.checks.image_text import ImageTextCheck
    from guard.verify.registry import build_check

    check = build_check("image_text", {"type": "image_text"})
    assert isinstance(check, ImageTextCheck)
    evaded = frozenset({"a27_marital_status", "a78_address_home_complete", "a32_drivers_license"})
    pairs = [
        ("Marital status", "Técnico en seguridad aeronáutica"),
        ("Address", "Teacher, music"),
        ("3.", "10/12/1963Domburg12/26/2027"),
        ("Marital status", "Divorced"),
        ("Licence no", "AN456496R7"),
    ]
    kept = set(check.values(pairs, evaded))
    assert ("Divorced", "a27_marital_status") in kept
    assert ("AN456496R7", "a32_drivers_license") in kept
    assert not {v for v, _ in kept} & {"Técnico en seguridad aeronáutica", "Teacher, music"}
    assert all("Domburg" not in v for v, _ in kept)


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("The photo has a black background and a green park.", None),  # everyday words, not the address
        ("She lives on Black Estate, I think.", "Black"),
        ("it says 12 black estate greenwood", "black"),  # an answer in small letters says nothing by its case
        ("Only Greenwood is legible.", "Greenwood"),  # a long word is distinctive wherever it stands
    ],
)
def test_an_address_word_counts_where_the_answer_uses_it_as_a_name(answer: str, shown: str | None) -> None:
    span = disclosed(answer, "12 Black Estate, 40439 Greenwood", "a78_address_home_complete")
    assert (answer[span[0] : span[1]] if span else None) == shown
