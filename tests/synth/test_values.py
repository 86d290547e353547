"""Fake values: Luhn-valid card numbers per network, the Luhn check itself, document patterns."""

from __future__ import annotations

import random

import pytest

from guard.synth.values import CARD_NETWORKS, card_number, luhn_check_digit, luhn_valid, pattern


@pytest.mark.parametrize(
    "number",
    ["4111 1111 1111 1111", "4012888888881881", "378282246310005", "5555 5555 5555 4444", "6011-1111-1111-1117"],
)
def test_known_valid_numbers(number: str) -> None:
    assert luhn_valid(number)


@pytest.mark.parametrize("number", ["4111 1111 1111 1112", "378282246310006", "1234", "4111x1111111111111", ""])
def test_invalid_numbers(number: str) -> None:
    assert not luhn_valid(number)


def test_check_digit_matches_the_textbook_example() -> None:
    assert luhn_check_digit("7992739871") == "3"  # the standard worked example: 79927398713


@pytest.mark.parametrize("network", sorted(CARD_NETWORKS))
def test_generated_numbers_are_valid_and_shaped_like_the_network(network: str) -> None:
    prefixes, length = CARD_NETWORKS[network]
    rng = random.Random(7)
    for _ in range(200):
        number = card_number(rng, network)
        digits = number.replace(" ", "")
        assert luhn_valid(number), number
        assert len(digits) == length and digits.startswith(prefixes)
        assert [len(g) for g in number.split()] == ([4, 6, 5] if length == 15 else [4, 4, 4, 4])


def test_a_single_wrong_digit_breaks_generated_numbers() -> None:
    rng = random.Random(3)
    number = card_number(rng, "VISA").replace(" ", "")
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not luhn_valid(broken)


def test_pattern_fills_placeholders() -> None:
    out = pattern(random.Random(1), "??-##-**")
    assert out[:2].isalpha() and out[:2].isupper() and out[2] == "-" and out[3:5].isdigit() and out[5] == "-"
    assert pattern(random.Random(1), "??-##-**") == out


def test_faker_output_does_not_depend_on_the_hash_seed() -> None:
    """faker builds some value lists from sets; a seed must give the same values in every interpreter."""
    import os
    import subprocess
    import sys

    code = (
        "import json; from guard.synth.values import FAKER_METHODS, LOCALES, new_faker\n"
        "out = {}\n"
        "for loc in LOCALES:\n"
        "    f = new_faker(loc)\n"
        "    for m in FAKER_METHODS:\n"
        "        vals = []\n"
        "        for s in range(25):\n"
        "            f.seed_instance(s)\n"
        "            vals.append(str(getattr(f, m)()))\n"
        "        out[loc + '.' + m] = vals\n"
        "print(json.dumps(out))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
