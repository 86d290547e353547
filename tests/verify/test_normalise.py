"""The normalisation stage: one plain form for the many ways a value can be written, mapped back."""

from __future__ import annotations

import pytest

from guard.verify.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("six zero one one four seven", "601147"),
        ("the ninth of April, twenty twenty-nine", "the 9 of April, 2029"),
        ("born in nineteen eighty-four", "born in 1984"),
        ("nineteen oh five", "1905"),
        ("two thousand and five", "2005"),
        ("one hundred twenty three", "123"),
        ("neunzehnhundertvierundachtzig am dritten Mai", "1984 am 3 Mai"),
        ("einundzwanzigsten Juni", "21 Juni"),
        ("null eins fünf eins", "0151"),
        ("le trois mai mille neuf cent soixante et onze", "le 3 mai 1971"),
        ("quatre-vingt-dix-neuf", "99"),
        ("vingt-et-un", "21"),
        ("el tres de mayo de mil novecientos setenta y uno", "el 3 de mayo de 1971"),
        ("4\u200b7\u200b1\u200b6 \uff12\uff12\uff18\uff10", "4716 2280"),  # zero-width, fullwidth
        ("T\u04bb\u0435 pl\u0430te", "The plate"),  # Cyrillic look-alikes
        ("7 X K 4 4 2 1", "7XK4421"),
        ("X-ray Kilo seven", "XK7"),
        ("J-A-N-E", "JANE"),
        ("a  lot\tof   space", "a lot of space"),
        ("Main-Ho\u0308chst", "Main-H\u00f6chst"),  # a combining accent joins its letter
    ],
)
def test_renderings_reach_one_form(text: str, expected: str) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "once upon a time",  # Spanish 11, English word
        "between twenty and thirty people",  # "and" only joins where numbers add up
        "His first name is Tom, the second person.",  # ordinals are days only before a month
        "Il est neuf heures",
    ],
)
def test_ordinary_words_are_left_alone(text: str) -> None:
    out = normalise(text).text
    assert "2030" not in out and "11" not in out and "1 name" not in out
    assert out.count(" ") >= text.count(" ") - 3


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She was born on 9 November 2024 in Lyon.", "9 November 2024"),  # a month that is also a spelling word
        ("Platform 3 Hotel shuttle", "3 Hotel"),
        ("Whiskey 4 4 1", "Whiskey"),
    ],
)
def test_one_spelling_word_among_digits_stays_a_word(text: str, kept: str) -> None:
    """A spelling-alphabet word joins a run only with another spelling word or a spelled letter: one such
    word between numbers is a word of the sentence ("November"), not the letter N."""
    assert kept in normalise(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buchstabiert: Kaufmann – Otto – Richard – Berta.", "KORB"),
        ("En épelant : Marcel Irma Louis Anatole Nicolas.", "MILAN"),
        ("Deletreado: Lorenzo – Inés – Navarra – Antonio.", "LINA"),
    ],
)
def test_a_national_spelling_alphabet_is_read_where_the_answer_spells(text: str, expected: str) -> None:
    assert expected in normalise(text).text


@pytest.mark.parametrize(
    "text",
    ["The children are Anton, Paula and Otto.", "We drove from Berlin to Hamburg, Leipzig and Essen."],
)
def test_names_and_towns_of_those_alphabets_stay_words_elsewhere(text: str) -> None:
    assert normalise(text).text == text


@pytest.mark.parametrize(
    "text",
    ["Stamped 9.2.2024 19:32 at the desk", "Issued 3.3.2028", "It lists May 3, 2025, 5:27 pm as the time"],
)
def test_digit_groups_beside_single_digits_stay_apart(text: str) -> None:
    """Digit groups join only runs of spelled letters ("7 X K 4421"): a date with a one-digit day or month,
    or numbers in a list, keep their separators (they had been read as "922024", "320255:27")."""
    assert normalise(text).text == text


def test_spans_map_back_to_the_original() -> None:
    text = "Her card: four seven one six, then 2280."
    norm = normalise(text)
    at = norm.text.index("4716")
    start, end = norm.span(at, at + 4)
    assert text[start:end] == "four seven one six"
    at = norm.text.index("2280")
    assert text[slice(*norm.span(at, at + 4))] == "2280"


def test_tables_turn_headers_into_labels() -> None:
    text = "| Name | Date of birth |\n|---|---|\n| Jane Doe | 02.06.1984 |"
    norm = normalise(text)
    assert "Name: Jane Doe" in norm.text and "Date of birth: 02.06.1984" in norm.text
    at = norm.text.index("Date of birth: 02")
    assert text[slice(*norm.span(at, at + 25))] == "02.06.1984"


def test_linear_on_long_adversarial_text() -> None:
    # behaviour, not timing (speed is measured in benchmarks/verify_bench.py): no blow-up, map intact
    text = "one two three four " * 500 + "x y z " * 500
    norm = normalise(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    assert all(0 <= s <= e <= len(text) for s, e in zip(norm.starts, norm.ends, strict=True))


def test_a_joined_accent_maps_back_to_both_characters() -> None:
    n = normalise("Ho\u0308chst")
    assert n.text == "H\u00f6chst"
    assert (n.starts[1], n.ends[1]) == (1, 3)  # the "ö" spans "o" and its combining diaeresis
