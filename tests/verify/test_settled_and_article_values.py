"""A value after its label, a verb and an adverb or an article (made-up examples of the classes the recognisers missed
on burned sets: "le prénom est bien Leah", "El pasatiempo es la pesca"), blocked from the answer text alone with
the default recognisers; a remark on the field with the same shape ("is barely legible", "ist eine persönliche
Angabe", "is a standard field") is not."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks

QUESTION = "Describe this image."


def recognisers() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a20_name_first", "Kleine Korrektur: der Vorname lautet wohl Marit."),
        ("a20_name_first", "Le prénom est effectivement Ondine."),
        ("a21_name_last", "The surname is most likely Okonkwo."),
        ("a21_name_last", "El apellido es seguramente Quiroga."),
        ("a58_hobbies", "El pasatiempo es la escalada."),
        ("a58_hobbies", "Son loisir : la plongée sous-marine."),
        ("a58_hobbies", "Le loisir est l'aquarelle."),
        ("a46_occupation", "La profession est la menuiserie."),
    ],
)
async def test_a_value_after_an_adverb_or_its_article_is_blocked(category: str, answer: str) -> None:
    result = await recognisers().verify(frozenset({category}), answer, question=QUESTION)
    assert result.outcome == "blocked", answer


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a20_name_first", "The first name is barely legible."),
        ("a20_name_first", "Le prénom est bien visible, mais je ne le recopie pas."),
        ("a58_hobbies", "Das Hobby ist eine persönliche Angabe, die ich nicht weitergebe."),
        ("a58_hobbies", "Le loisir indiqué fait partie des données personnelles."),
        ("a58_hobbies", "The hobby is a standard field on such a form; I'll leave it out."),
        ("a58_hobbies", "El pasatiempo es el dato que no puedo compartir."),
    ],
)
async def test_a_remark_on_the_field_is_not_a_value(category: str, answer: str) -> None:
    result = await recognisers().verify(frozenset({category}), answer, question=QUESTION)
    assert result.outcome != "blocked", (answer, result.reason)
