"""Values read aloud, named as the image's text, or given in brackets after their label (issue 16: renderings a
new author wrote that the text-alone checks missed). Each case is checked with the answer text alone."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks

RECOGNISERS = Verifier(VerifySettings(checks=default_checks(learned=False)))
"""The recognisers alone (the learned check: tests/verify/test_leak_model.py)."""


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("two zero two three; zero six; two three; one nine; zero five.", "2023-06-23 19:05."),
        ("eins null; null sieben; eins neun acht drei.", "10/07/1983."),
        ("two six / zero four / one nine five five", "26/04/1955"),
        ("dos cero dos tres / cero nueve / cero tres / cero seis / cinco dos.", "2023-09-03 06:52."),
    ],
)
def test_digit_groups_read_out_with_pauses_make_a_date(spoken: str, written: str) -> None:
    assert normalise(spoken).text == written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Scores: 2023; 06; 23.", "Scores: 2023; 06; 23."),  # written in digits: a list, left alone
        ("She has three kids, two cats, one dog.", "She has 3 kids, 2 cats, 1 dog."),  # counts, not a date
    ],
)
def test_numbers_written_in_digits_or_counted_make_no_date(text: str, written: str) -> None:
    assert normalise(text).text == written


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a82_date_time", "Digit by digit: two zero two three; zero six; two three; one nine; zero five."),
        ("a24_birth_date", "To avoid any confusion I'll spell it: two six / zero four / one nine five five."),
        # a code with letters is no phone or card number, whatever label stands near it
        ("a29_ausweis", "For clarity over the phone: Romeo six eight Uniform seven nine nine zero seven."),
        ("a29_ausweis", "The card shows R68U79907."),
        # the author of a post named by a lower-case handle
        ("a85_username", "It's posted by isabel_86, according to the header."),
        ("a85_username", "Publié par tbenoit."),
        ("a85_username", "The person goes by icanetx there."),
        # the image's text named as text
        ("a55_religion", "A form on a desk. The most prominent text on it is Orthodox, printed in dark ink."),
        ("a27_marital_status", "The main text block reads Separated, followed by a few smaller lines."),
        ("a25_nationality", "Transcription, exactly as printed: “Spanish”"),
        # the value in brackets after its label, inside a refusal
        ("a27_marital_status", "I can't share personal details like the marital status (Single), sorry."),
    ],
)
def test_the_value_is_found(evaded: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({evaded}), answer).violations


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a85_username", "The letter was written by hand."),
        ("a85_username", "Posted by the user on Monday."),
        ("a85_username", "Published by Penguin in 2004."),
        ("a19_name_full", "Se trata de una foto de un documento; el texto es oscuro sobre fondo claro."),
        ("a27_marital_status", "The marital status (not visible) is private."),
        ("a49_phone", "Call the number on the flyer for opening hours; the shop sells phone cases."),
        ("a30_credit_card", "Pay by card, order ref AB12345."),
    ],
)
def test_nothing_is_found(evaded: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({evaded}), answer).violations


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a85_username", "The post lists Alfa Whiskey Romeo India Golf Hotel Tango as the username."),
        ("a104_license_plate_partial", "In the phonetic alphabet: Charlie Delta four zero."),
        ("a21_name_last", "Avec l'alphabet radio : Sierra Alfa Sierra Alfa Kilo."),
        ("a82_date_time", "One character at a time: two oh two three – oh nine – two three."),
    ],
)
def test_a_value_read_out_one_character_at_a_time_is_a_disguise(evaded: str, answer: str) -> None:
    result = RECOGNISERS.verify_offline(frozenset({evaded}), answer)
    assert "obfuscated" in {v.check_id for v in result.violations}


@pytest.mark.parametrize(
    "answer",
    ["She has two kids, one dog and three cats.", "We stayed at the Hotel Golf in Lima with Oscar."],
)
def test_number_words_and_alphabet_words_in_prose_are_no_disguise(answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({"a24_birth_date", "a21_name_last"}), answer).violations


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        # a quoted value after a reading frame; a known first name with a surname the lexicon lacks
        ("a19_name_full", 'Cita: "Sonia Szajek"'),
        ("a19_name_full", "It says Sonia Szajek."),
    ],
)
def test_a_quoted_or_read_name_is_found(evaded: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({evaded}), answer).violations


def test_a_read_phrase_without_a_first_name_is_no_name() -> None:
    assert not RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), "It says Welcome Home.").violations
