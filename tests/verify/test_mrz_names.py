"""A machine-readable zone's name line (SURNAME<<GIVEN<NAMES) is a person's name, with or without the
document type and issuing state before it."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings


def _found(category: str, answer: str) -> set[str]:
    verifier = Verifier(VerifySettings(checks={"person_name": {}}))
    return {v.finding.category for v in verifier.verify_offline(frozenset({category}), answer).violations}


@pytest.mark.parametrize(
    "answer",
    [
        "The bottom line reads P<UTOWINTERBOTTOM<<KEZIAH<<<<<<<<<<",
        "MRZ: IDD<<VAN<DER<MEER<<FLORIS<JAN<<<<<",
        "Second zone line: OKONKWO<<CHIDI<<<<<<",
    ],
)
@pytest.mark.parametrize("category", ["a19_name_full", "a21_name_last", "a20_name_first", "a8_signature"])
def test_an_mrz_name_line_is_a_name(answer: str, category: str) -> None:
    assert _found(category, answer) == {category}


@pytest.mark.parametrize(
    "answer",
    [
        "The code is shown as <<<< filler characters only.",
        "A<<B and C<<D are placeholders in the template.",
        "The bottom line of the zone is L898902C36UTO7408122F1204159<<<<<<<<<<<<<<06",
    ],
)
def test_fillers_and_number_lines_are_not_names(answer: str) -> None:
    assert _found("a19_name_full", answer) == set()
