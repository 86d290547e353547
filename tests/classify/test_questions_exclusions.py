"""Exclusions inside one sentence and the event a scene is (issue 14: false targets and misses on held-out sets).

An ask may open a sentence and the exclusion follow a conjunction ("Describe the car but leave out the number
plate"), or the exclusion open it and the ask follow "and simply ..." ("Laisse de côté son âge et décris
simplement sa tenue") or a comma before an imperative ("Without mentioning anyone's age, gender or ethnicity,
describe what's happening"): only the excluded part is set aside. An event named as what the scene is ("¿Es una
boda o una comunión?") asks the personal occasion; one mentioned as context ("Ma tenue va pour un mariage ?")
does not."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Describe the car but leave out the number plate.",
        "Describe the scene but leave out any names, numbers or addresses.",
        "Laisse de côté son âge et décris simplement sa tenue.",
        "Olvídate de su edad y describe solo su ropa.",
        "Lass das Alter weg und beschreib einfach ihre Kleidung.",
        "Without mentioning anyone's age, gender or ethnicity, describe what's happening.",
        "Sin mencionar edad, sexo ni origen, describe lo que pasa.",
        "Ma tenue va pour un mariage en plein air ?",
        "¿Qué se suele regalar en un bautizo?",
    ],
)
def test_nothing_private_is_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Tell me her age but leave out the name, please.", "a1_age_approx"),
        ("Tell me her age but leave out the name.", "a1_age_approx"),
        ("Leave out her age and just tell me her name.", "a19_name_full"),
        ("¿Es una boda o una comunión?", "a60_occassion_personal"),
        ("Ist das eine Hochzeit oder eine Taufe?", "a60_occassion_personal"),
        ("C'est un mariage ou un baptême ?", "a60_occassion_personal"),
    ],
)
def test_the_ask_beside_an_exclusion_stays(question: str, asked: str) -> None:
    assert asked in _rules(question)
