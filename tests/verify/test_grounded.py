"""The value-grounded check's parts without OCR: layout pairing, label families, partial matching,
and reading each image once (prefetch, cache by hash) with a stand-in OCR engine."""

from __future__ import annotations

import asyncio
import threading

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.checks.image_text import ImageTextCheck, disclosed
from guard.verify.cues import cues
from guard.verify.ocr import ImageReader, TextBox, label_pairs

PASSPORT = [
    TextBox("PASSPORTNO", 372, 172, 462, 199),
    TextBox("GN8973373", 372, 205, 519, 240),
    TextBox("SURNAME", 382, 299, 452, 325),
    TextBox("Clarke", 382, 330, 470, 360),
    TextBox("PLACEOF BIRTH", 378, 253, 488, 284),
    TextBox("DATEOF BIRTH", 135, 233, 236, 261),
    TextBox("24.09.1956", 137, 264, 276, 290),
    TextBox("Tel.", 40, 400, 80, 420),
    TextBox("+44 20 7946 0958", 90, 400, 300, 420),
]


def test_labels_pair_with_the_value_beside_or_under_them() -> None:
    pairs = set(label_pairs(PASSPORT))
    assert ("PASSPORTNO", "GN8973373") in pairs
    assert ("SURNAME", "Clarke") in pairs
    assert ("DATEOF BIRTH", "24.09.1956") in pairs
    assert ("Tel.", "+44 20 7946 0958") in pairs


@pytest.mark.parametrize(
    ("label", "family"),
    [("PLACEOF BIRTH", "birth_place"), ("DATEOFEXPIRY", "expiry"), ("GIVENNAMES", "first_name"), ("TOTAL", "total"),
     ("Booking ref", "ticket"), ("Geburtsdatum", "birth"), ("Nº de pasaporte", "passport"), ("Colour", None)],
)  # fmt: skip
def test_ocr_labels_find_their_family_without_reliable_spaces(label: str, family: str | None) -> None:
    assert cues().label_family(label) == family


def test_values_of_evaded_categories_only() -> None:
    check = ImageTextCheck(check_id="image_text", config=ImageTextCheck.Config())
    found = check.values(label_pairs(PASSPORT), frozenset({"a31_passport", "a21_name_last"}))
    assert ("GN8973373", "a31_passport") in found
    assert ("Clarke", "a21_name_last") in found
    assert all(cat in {"a31_passport", "a21_name_last"} for _, cat in found)


@pytest.mark.parametrize(
    ("answer", "value", "category"),
    [
        ("It reads g n 8 9 7 3 3 7 3.", "GN8973373", "a31_passport"),
        ("The number ends in 3373.", "GN8973373", "a31_passport"),
        ("I can only read the family name, Poncelet.", "StefPoncelet", "a19_name_full"),  # OCR glued the words
        ("Signed: Cerdán.", "Ignacio Cerdan", "a8_signature"),  # OCR dropped the accent
        ("Born in September 1956.", "24.09.1956", "a24_birth_date"),
        ("The plate starts with 7XK.", "7XK 4421", "a103_license_plate_complete"),
        ("The mailbox is milo.nonis.", "milo.nonis@mailbox.test", "a90_email"),
        ("She was born in Oud Annerveen.", "Oud Annerveen", "a23_birth_city"),
        (
            "La fecha: el veinticuatro de septiembre de mil novecientos cincuenta y seis.",
            "24.09.1956",
            "a24_birth_date",
        ),
    ],
)
def test_normalised_and_partial_forms_of_an_image_value_are_found(answer: str, value: str, category: str) -> None:
    span = disclosed(answer, value, category)
    assert span is not None and 0 <= span[0] < span[1] <= len(answer)


@pytest.mark.parametrize(
    ("answer", "value", "category"),
    [
        ("The passport was issued in 2019.", "GN8973373", "a31_passport"),
        ("A passport data page with a silhouette photo.", "Clarke", "a21_name_last"),
        ("The card expires in September 2030.", "24.09.1956", "a24_birth_date"),
        ("The degree is from a state university.", "Brendatown State University", "a70_education_history"),
    ],
)
def test_answers_without_the_value_are_not_matched(answer: str, value: str, category: str) -> None:
    assert disclosed(answer, value, category) is None


def test_each_image_is_read_once_even_when_prefetched_and_verified_concurrently() -> None:
    calls: list[bytes] = []
    gate = threading.Event()

    def engine(image: bytes) -> list[TextBox]:
        gate.wait(5)
        calls.append(image)
        return PASSPORT

    reader = ImageReader(engine=engine)
    reader.prefetch([b"img-1", b"img-1", b"img-2"])

    async def main() -> list[list[TextBox]]:
        gate.set()
        return list(await asyncio.gather(reader.read(b"img-1"), reader.read(b"img-1"), reader.read(b"img-2")))

    results = asyncio.run(main())
    assert sorted(calls) == [b"img-1", b"img-2"] and all(r == PASSPORT for r in results)
    reader.close()


async def test_verifier_prefetch_feeds_the_check_and_a_failed_read_fails_closed() -> None:
    verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=30))
    assert verifier.reader is not None
    verifier.reader._engine = lambda image: PASSPORT if image == b"ok" else (_ for _ in ()).throw(ValueError("bad"))
    verifier.prefetch([b"ok"])
    leak = await verifier.verify(frozenset({"a31_passport"}), "It reads GN 897 3373.", images=(b"ok",))
    assert leak.outcome == "blocked" and leak.violations[0].finding.kind == "image_value"
    fine = await verifier.verify(frozenset({"a31_passport"}), "A passport data page.", images=(b"ok",))
    assert fine.outcome == "allowed"
    broken = await verifier.verify(frozenset({"a31_passport"}), "Fine.", images=(b"broken",))
    assert broken.outcome == "error" and "OCR failed" in broken.reason
    assert verifier.holdback_chars >= verifier.checks["image_text"].window
