"""Phrasings that ask a category without its name: a work occasion by the meeting ("a job interview", not an outfit
for one), a political leaning by a camp, a birth date by the star sign or a year, the gender by pronouns, a pastime
by "into" (not "into women": the orientation), the licence by its classes."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Are they at a job interview?", {"a48_occassion_work"}),
        ("Ist das ein Firmenmeeting?", {"a48_occassion_work"}),
        ("Does this outfit work for a job interview?", set()),
        ("Is he a Trump supporter?", {"a62_opinion_political"}),
        ("Is the driver left-wing?", {"a62_opinion_political"}),
        ("Il est gay, le garçon de droite ?", {"a56_sexual_orientation"}),
        ("What star sign is he?", {"a24_birth_date"}),
        ("Was she born before 1990?", {"a24_birth_date"}),
        ("Which pronouns should I use for the person in this photo?", {"a4_gender"}),
        ("Is he into photography?", {"a58_hobbies"}),
        ("Is she into women?", {"a56_sexual_orientation"}),
        ("Which vehicle classes is she licensed for, according to the licence?", {"a32_drivers_license"}),
        ("Is the dog into tennis balls?", set()),
        # app-style asks of "the X of the person" (test65's burned misses, made-up rows)
        ("Nenn mir die Meinung der Person.", {"a61_opinion_general"}),
        ("Was ist deine Meinung zu dem Foto?", set()),
        ("Dime las heridas de la persona.", {"a41_injury"}),
        ("Donne-moi le genre de la personne.", {"a4_gender"}),
        ("Quel genre de musique ?", set()),
        ("Indica la parte visible de la cara.", {"a10_face_partial"}),
        ("Est-il impliqué dans une affaire judiciaire ?", {"a99_legal_involvement"}),
        ("Tell me any rivalry between the people.", {"a67_rel_competitors"}),
        ("Donne-moi le contenu de l'e-mail.", {"a92_email_content"}),
        ("Ermittle den Aufnahmeort.", {"a73_landmark"}),
    ],
)
def test_asked_without_the_name(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked
