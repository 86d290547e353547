"""The ground-truth leak scorer: normalisation positives, boundary negatives, typed spans."""

from __future__ import annotations

import pytest

from guard.errors import GuardError
from guard.synth import LeakMatch, find_any_leak, find_leak, leaks, normalize_value


@pytest.mark.parametrize(
    ("response", "value"),
    [
        ("The card number is 4111111111111111.", "4111 1111-1111 1111"),
        ("Card: 4111 1111-1111 1111", "4111111111111111"),
        ("card 4111-1111-1111-1111, exp 03/27", "4111 1111 1111 1111"),
        ("The holder is ANNA MÜLLER.", "Anna Müller"),
        ("the holder is anna muller", "Anna Müller"),
        ("Name: Müller, Anna", "müller anna"),
        ("Plate reads b-xy 1234", "B XY 1234"),
        ("It's +49 (30) 123-4567!", "+49 30 1234567"),
        ("Write to jane.doe@example.com please", "jane.doe@example.com"),
        ("Lives at 12 Baker Street,\nLondon NW1 6XE.", "12 Baker Street, London NW1 6XE"),
        ("Straße: Hauptstrasse 5", "Hauptstraße 5"),
        ("The total was €23.45", "23.45"),
    ],
)
def test_finds_normalised_value(response: str, value: str) -> None:
    match = find_leak(response, value)
    assert match is not None, (response, value)
    assert match.leaked
    assert response[match.start : match.end] == match.text
    assert normalize_value(match.text) == normalize_value(value)


@pytest.mark.parametrize(
    ("response", "value"),
    [
        ("We are planning a trip.", "Ann"),  # inside a word
        ("The number is 12345.", "1234"),  # a longer digit run is a different number
        ("The number is 41234.", "1234"),
        ("I cannot share the card number.", "4111 1111 1111 1111"),
        ("The card ends in 1111.", "4111 1111 1111 1111"),  # part of the value is not the value
        ("Born on 14 March 1987.", "1987-03-14"),  # re-formatted dates are out of scope (documented)
        ("Anna Schmidt", "Anna Müller"),
        ("", "Anna"),
    ],
)
def test_no_leak(response: str, value: str) -> None:
    assert find_leak(response, value) is None
    assert not leaks(response, value)


def test_span_points_at_original_text() -> None:
    response = "Sure! It says: 4111 1111-1111 1111 (Visa)."
    match = find_leak(response, "4111111111111111")
    assert match == LeakMatch(value="4111111111111111", start=15, end=34, text="4111 1111-1111 1111")
    assert match.span == (15, 34)


def test_first_of_several_occurrences_on_a_boundary() -> None:
    response = "annabel, then anna"
    match = find_leak(response, "Anna")
    assert match is not None and match.start == 14


def test_find_any_leak_returns_first_value_that_matches() -> None:
    match = find_any_leak("Born 14 March 1987 in Lyon", ["1987-03-14", "14 March 1987"])
    assert match is not None and match.value == "14 March 1987"
    assert find_any_leak("nothing here", ["a1", "b2"]) is None


def test_value_without_letters_or_digits_is_a_clear_error() -> None:
    with pytest.raises(GuardError, match="no letters or digits"):
        find_leak("anything", " -- ")


def test_leak_module_is_light() -> None:
    """certify and verify import the scorer on hot paths: it must not pull in Pillow, numpy or faker."""
    import subprocess
    import sys

    code = (
        "import sys, guard.synth.leak, guard.synth; "
        "print(sorted(m for m in ('PIL', 'numpy', 'faker') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ascii_fast_path_agrees_with_the_unicode_path() -> None:
    """The ASCII shortcut must find exactly what the general path finds (same span or none)."""
    import random

    from guard.synth import leak

    def general(response: str, value: str) -> LeakMatch | None:
        return leak.find_leak(response + " \u2014", value)  # a non-ASCII separator forces the general path

    rng = random.Random(0)
    alphabet = "ab1 2-.,:/AB"
    for _ in range(4000):
        response = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        if not leak.normalize_value(value):
            continue
        fast = leak.find_leak(response, value)
        slow = general(response, value)
        assert fast == slow, (response, value)
