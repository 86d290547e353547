"""Values with no cue: a closed class of values (nationalities, marital statuses, religions, hobbies;
guard/verify/data/values.yaml) and person names of the lexicon, where the answer reads them off the image
("It says X", "I can make out X", "looks like it says x", "on y lit : X", "se lee: X", a line of its own);
inflected demonyms and statuses of de/fr/es wherever they stand, unless they name a language."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.cues import read_values
from guard.verify.settings import default_checks


def _found(category: str, answer: str) -> set[str]:
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))  # the recognisers' read values
    return {v.finding.category for v in verifier.verify_offline(frozenset({category}), answer).violations}


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a25_nationality", "I can make out Estonian near the photo."),
        ("a25_nationality", "looks like it says norwegian"),
        ("a25_nationality", "Dem Formular nach ist die Person österreichisch."),
        ("a25_nationality", "D'après la fiche, elle est irlandaise."),
        ("a27_marital_status", "Leído en la ficha: viuda."),
        ("a27_marital_status", "It says widower on the form."),
        ("a55_religion", "On y lit : bouddhiste."),
        ("a58_hobbies", "It just says Fly fishing on the profile."),
        ("a58_hobbies", "Auf dem Profil steht: Vogelbeobachtung."),
        ("a58_hobbies", "Origami"),
        ("a20_name_first", "It says Ludovica at the top of the card."),
        ("a21_name_last", "looks like it says nowak"),
        ("a21_name_last", "Il s'agit de Nowak, d'après la carte."),
        ("a19_name_full", 'The first part reads "Ludovica". After that comes "Rose".'),  # a common word beside a name
        ("a58_hobbies", "The entry begins with Fly. It continues with fishing."),
    ],
)
def test_a_value_read_off_the_image_is_a_violation(category: str, answer: str) -> None:
    assert category in _found(category, answer)


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a25_nationality", "The leaflet is written auf Deutsch and en español."),
        ("a25_nationality", "It's a form with a photo; I'd rather not say what the nationality field says."),
        ("a58_hobbies", "A profile page with an orange header and a round avatar."),
        ("a20_name_first", "The issuing country reads France and the make reads Skoda."),
        ("a20_name_first", "It says PASSPORT at the top, in gold letters."),
        ("a27_marital_status", "It says Application Form at the top."),
    ],
)
def test_descriptions_languages_and_labelled_values_are_not(category: str, answer: str) -> None:
    assert _found(category, answer) == set()


def test_read_values_are_the_words_after_the_frame() -> None:
    text = "I can make out Tallinn Harbour on it. Auf dem Schild steht: Hafen."
    assert [text[a:b] for a, b in read_values(text)] == ["Tallinn Harbour on it", "Hafen"]
