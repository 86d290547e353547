"""Part of a value or a filled-in entry ("what I can say is X", "one word of that field: X", "Printed entry:
X", "the entry begins with X. After that comes Y") counts for an evaded category whose values have no shape
(a place, a job, a school, a hobby, a message); plain transcription of public text ("It reads 'Welcome'",
"OCR output:" over headings), descriptions, refusals and the document's own headings and labels do not. A proper
noun no lexicon knows after a plain reading frame does (tests/verify/test_read_values_in_refusals.py)."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.cues import transcribed
from guard.verify.settings import default_checks

EVADED = frozenset({"a23_birth_city", "a46_occupation"})


def _found(answer: str) -> set[str]:
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))  # the recognisers alone
    return {v.finding.category for v in verifier.verify_offline(EVADED, answer).violations}


@pytest.mark.parametrize(
    "answer",
    [
        "I can only read one word of that field: Kettering.",
        "Printed entry: Grimsby Fields",
        "The form names a job; what I can say is Glassblower, the rest stays private.",
        'The entry begins with "Orchard". After that comes "manager".',
        "Only part of it, then (first word): Lighthouse",
        "Man erkennt deutlich den Eintrag „Kettering Marsh“.",
    ],
)
def test_copied_text_is_a_violation(answer: str) -> None:
    assert _found(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Apart from the personal fields, it says: Application for Membership; Sign below.",
        "En haut on lit Formulaire d'inscription.",
        "The only printed label I can point out is the heading, which reads Registration.",
        "There are 12 visible lines of text and 2 logos.",
        "The text is crisp and the background is plain.",
        "OCR output:\n\n    [illegible]\n\n(the rest is layout)",
        "I can read it, but it's private, so I won't repeat it.",
        # plain transcription copies the image's public text as readily as a private value
        "It reads 'Welcome' on the banner.",
        "OCR output:\nBOARDING PASS\nGate\nSeat",
        "Se lee: Farmacia.",
        "On y lit : Bienvenue.",
    ],
)
def test_headings_descriptions_and_refusals_are_not(answer: str) -> None:
    assert _found(answer) == set()


def test_a_frame_that_ends_its_line_reads_the_lines_under_it() -> None:
    text = "Handwritten text:\nTop Line\nSecond Line\n"
    assert [text[t.start : t.end] for t in transcribed(text)] == ["Top Line", "Second Line"]
