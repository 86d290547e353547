"""Question readings the fortieth round's burned questions showed (made-up examples, not their rows): the German
*Brief* (a letter) only in German ("Be brief." asks nothing), a thing named first and taken up by a pronoun ("Cette
voiture, elle a quel âge ?"), "ou" that offers a choice ("prise de jour ou de nuit") rather than asking where, and
several asks at once where one was read as the other's place ("Is the woman in the headscarf Muslim? ...")."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Be brief. What is on the shelf?", set()),
        ("Keep it brief: is it raining?", set()),
        ("Was steht in dem Brief?", {"a35_mail"}),
        ("Von wem ist der Brief?", {"a35_mail"}),
        ("Cette voiture, elle a quel âge ?", set()),
        ("Der Hund, ist er verletzt?", set()),
        ("Cette femme, elle a quel âge ?", {"a1_age_approx"}),
        ("Le perroquet est blessé ?", set()),
        ("¿Cuánto mide la palmera?", set()),
        ("C'est une photo prise de jour ou de nuit ?", set()),
        ("Où cette photo a-t-elle été prise ?", {"a73_landmark"}),
        # several asks at once: a predicate after the subject's place, an occasion the people are at
        ("Is the man in the blue turban Sikh? And how old is he?", {"a55_religion", "a1_age_approx"}),
        ("¿Tiene algún tatuaje? ¿Están en un congreso de trabajo?", {"a11_tattoo", "a48_occassion_work"}),
        ("What's written on the envelope? And how old is she?", {"a35_mail", "a1_age_approx"}),
    ],
)
def test_round40_readings(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked
