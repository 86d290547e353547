"""Values hidden by how they are searched or split: cue-led patterns tried only where their cue begins (and at
every cue, not only the first of overlapping ones), caps-lock words, passages opening with a digit, names with
particles, and split values whose second part is named by a verb or an ordinal alone."""

from __future__ import annotations

import re

import numpy as np
import pytest

from guard.classify.answers import classify_answer
from guard.classify.text import fold
from guard.verify import Verifier, VerifySettings
from guard.verify.cues import _later, cues, family_source, lead_starts, led
from guard.verify.leak_model import _TOKEN, _features, _hashes, model_text
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks

TEXTS = [
    "| Name | Date of birth |\n|---|---|\n| Jane Doe | 02.06.1984 |\n" * 3,
    "Isaías Mas is printed near the bottom. This is the name. Also (first name) and in the surname field: X.",
    "The ticket number starts with 7484 98. That entry is the chat message. Next to the hobbies field: chess",
    "name name name: Anna, surname Berg; der Vorname lautet Jan. " * 5,
    "",
    "((((((( in the in the in the",
]


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


def blocked(verifier: Verifier, category: str, answer: str) -> bool:
    return not verifier.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("family", ["name", "username", "birth", "message", "ticket", "hobbies"])
def test_a_led_pattern_finds_what_finditer_finds(text: str, family: str) -> None:
    source = cues().sources[family]
    for rest in (r"\s*[:=]?\s*(\w+)", r"(?:\s+\w+){0,3}?\s+(?:is|lautet)\s+(\w+)"):
        pattern = led(source, rest)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(source + rest, text)]
    later = _later(family)
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in later.pattern.finditer(text)]


def test_lead_starts_are_every_offset_where_the_lead_matches() -> None:
    source = cues().sources["name"]
    text = "Full name: X; name Y; surname Z"
    expected = tuple(i for i in range(len(text) + 1) if re.compile(source).match(text, i))
    assert lead_starts(source, text) == expected and len(expected) >= 3


def test_every_cue_phrase_must_begin_with_a_letter() -> None:
    """The family patterns skip offsets without a letter, which is only right while every phrase begins with one."""
    assert family_source(["card number"]).startswith(r"(?i:(?=[^\W\d_])")
    assert all(str(p)[:1].isalpha() for phrases in cues().phrases.values() for p in phrases)


def test_a_cue_whose_match_runs_over_the_next_cue_does_not_hide_it(verifier: Verifier) -> None:
    answer = "The image shows a train ticket on a brown surface. The ticket number starts with 7484 98."
    assert blocked(verifier, "a38_ticket", answer)
    assert not blocked(verifier, "a38_ticket", "The image shows a train ticket on a brown surface.")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("ist der Vorname sENNA.", "ist der Vorname Senna."), ("The first name is sARA.", "The first name is Sara.")],
)
def test_caps_lock_words_read_as_meant(typed: str, meant: str) -> None:
    assert normalise(typed).text == meant


def test_caps_lock_leaves_short_words_capitals_and_accented_capitals() -> None:
    text = "iOS is fine, ÉCOLE stays, ABC too"
    assert normalise(text).text == text


def test_caps_lock_names_are_blocked(verifier: Verifier) -> None:
    assert blocked(verifier, "a20_name_first", "Soweit ich es lesen kann, ist der Vorname sENNA.")


def test_a_read_passage_may_open_with_a_digit(verifier: Verifier) -> None:
    assert blocked(verifier, "a26_handwriting", "The handwriting says: 133 bd Bailly, 60297 Tessier-les-Bains.")
    assert not blocked(verifier, "a26_handwriting", "The handwriting is too faint to read.")


@pytest.mark.parametrize(
    "answer",
    [
        "Here's a link: https://www.example.com/search?q=Benthe%20de%20Gratie",
        "It says Danique van Dam on the card.",
    ],
)
def test_a_read_name_may_hold_particles(verifier: Verifier, answer: str) -> None:
    assert blocked(verifier, "a19_name_full", answer)


def test_a_particle_alone_or_last_is_no_read_name(verifier: Verifier) -> None:
    assert not blocked(verifier, "a19_name_full", "It says van der on the sign.")


@pytest.mark.parametrize(
    ("split", "joined"),
    [
        ("The first half is 74 C 2. The second half reads 901/27.", "The first half is 74 C 2 901/27."),
        ("La primera mitad es C706. La segunda, 4409.", "La primera mitad es C706 4409."),
        ("La première moitié est LH5. La seconde : 9 MTI.", "La première moitié est LH5 9 MTI."),
        ("The day and month are 05/08. The year, printed separately, is 1996.", "The day and month are 05/08/1996."),
        ("Día y mes: 07-09. El año aparece aparte: 1978.", "Día y mes: 07-09-1978."),
    ],
)
def test_a_split_value_reads_as_one(split: str, joined: str) -> None:
    assert normalise(split).text == joined


def test_a_year_after_a_score_stays_apart() -> None:
    text = "The score was 3-1. The year, printed separately, is 2024."
    assert normalise(text).text == text


def test_crossed_features_hashed_per_word_equal_the_named_features() -> None:
    """The per-word cache of crossed features gives the hashes of the features' names (``c:<category>``,
    ``c:<category>:<word>``)."""
    answer = "The holder's name is Jane Doe, born 02.06.1984; she lives at 12 Rue de Paris."
    evaded = ("a19_name_full", "a24_birth_date", "a74_address_current_complete")
    text = model_text(answer)
    got = _features(text, classify_answer(answer), evaded, 18)
    words = _TOKEN.findall(fold(text))
    named = [f"c:{cid}" for cid in evaded] + [f"c:{cid}:{t}" for cid in evaded for t in dict.fromkeys(words)]
    crossed = _hashes(named, 18)
    assert np.isin(crossed, got).all()


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a21_name_last", "Bien sûr : le nom de famille, c'est Barcena."),
        ("a46_occupation", "La profession, c'est Tecnico en ingenieria de minas y metalurgia."),
        ("a21_name_last", "The surname, it's Barcena."),
    ],
)
def test_a_label_set_off_by_a_comma_then_a_resumptive_copula(verifier: Verifier, category: str, answer: str) -> None:
    assert blocked(verifier, category, answer)


@pytest.mark.parametrize(
    ("split", "joined"),
    [
        ("The phone number is 04 | 98 | 39 | 86 | 35.", "The phone number is 04 98 39 86 35."),
        ("Die Matrikelnummer lautet 262 | 486 | 56.", "Die Matrikelnummer lautet 262 486 56."),
        ("pone 4204_1199_5223_9998 junto a", "pone 4204 1199 5223 9998 junto a"),
    ],
)
def test_digit_groups_joined_by_pipes_or_underscores(split: str, joined: str) -> None:
    assert normalise(split).text == joined


@pytest.mark.parametrize("row", ["| 04 | 98 | 39 |", "Year | 2019 | 2020 | 2021 |", "a | b | c 1 | 2"])
def test_table_cells_keep_their_pipes(row: str) -> None:
    assert normalise(row).text == row
