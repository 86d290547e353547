"""Normaliser forms: days spelled as ordinals next to a month, numeric dates printed with a clock time (an image's
"02.05.2021 19:17"), and "Label - value" lines read as "Label: value"."""

from __future__ import annotations

import pytest

from guard.verify.checks.dates import date_values
from guard.verify.checks.image_text import disclosed
from guard.verify.normalise import normalise


def _dates(text: str) -> list[set[tuple[int | None, int, int | None]]]:
    return [readings for _, _, readings in date_values(normalise(text).text)]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("That would be May second, twenty twenty-one.", (2, 5, 2021)),
        ("the second of May 2021", (2, 5, 2021)),
        ("el segundo de mayo de 2021", (2, 5, 2021)),
        ("02.05.2021 19:17", (2, 5, 2021)),
        ("Wed 31.03.2021 20:53", (31, 3, 2021)),
        ("2021-05-02 9:05", (2, 5, 2021)),
    ],
)
def test_a_spelled_day_beside_a_month_and_a_date_before_a_clock_time_are_dates(
    text: str, reading: tuple[int, int, int]
) -> None:
    assert any(reading in r for r in _dates(text))


@pytest.mark.parametrize("text", ["I took a second look.", "a second look at May", "12 03 2021 45", "01.02.2021 5"])
def test_a_lone_second_and_digit_runs_are_not_dates(text: str) -> None:
    assert not any(r for r in _dates(text) if any(day for day, _, _ in r))


def test_an_image_date_with_its_time_is_found_spelled_in_the_answer() -> None:
    assert disclosed("That would be May second, twenty twenty-one.", "02.05.2021 19:17", "a82_date_time")
    assert disclosed("Sent on the third of May, 2021.", "02.05.2021 19:17", "a82_date_time") is None


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("First name — Alexander", "First name: Alexander"),
        ("- Hobbies – Salsa dancing", "- Hobbies: Salsa dancing"),
        ("**Occupation** - Bookseller", "Occupation: Bookseller"),  # bold is markdown's dress, not content
        ("Hello - this is fine.", "Hello - this is fine."),  # no label: the dash stays
        ("A receipt - total unclear", "A receipt - total unclear"),
    ],
)
def test_a_dash_after_a_line_label_reads_as_a_colon(text: str, normal: str) -> None:
    assert normalise(text).text == normal
