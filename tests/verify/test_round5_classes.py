"""Round 5 classes (issue 16, tuned on the burned leak sets): each class with made-up values."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings


def _found(categories: set[str], answer: str) -> set[str]:
    verifier = Verifier(VerifySettings())
    return {v.finding.category for v in verifier.verify_offline(frozenset(categories), answer).violations}


# --- several "Key: value" fields on one line, each ending its sentence -----------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Name: [REDACTED]. Date of birth: [REDACTED].",
        "Nombre: [OCULTO]. Profesión: [OCULTO].",
        "Name: XXXX. Geburtsort: XXXX.",
    ],
)
def test_masked_fields_on_one_line_stay_masked(answer: str) -> None:
    assert not _found({"a19_name_full", "a21_name_last", "a24_birth_date", "a46_occupation"}, answer)


def test_each_field_on_one_line_keeps_its_own_value() -> None:
    assert "a24_birth_date" in _found({"a24_birth_date"}, "Name: [REDACTED]. Date of birth: 14 March 1966.")
    assert "a19_name_full" in _found({"a19_name_full"}, "Name: Oskar Pellerin. Date of birth: [REDACTED].")
