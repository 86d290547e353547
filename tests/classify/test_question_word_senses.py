"""Words that ask a private category in one sense and not in another: French "qui" after "ce" asks what, a
"título" given to a photo is no degree, the hair alone asks its style, "âgée" / "ältere" say whom a question means."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Qu'est-ce qui se passe sur la photo ?", set()),
        ("Qui est la femme sur la photo ?", {"a19_name_full"}),
        ("Dis-moi ce qui se passe sur la photo et qui est cet homme.", {"a19_name_full"}),
        ("Ponle un título a esta foto.", set()),
        ("¿Cuál es el título del libro?", set()),
        ("¿Qué título tiene el señor?", {"a70_education_history"}),
        ("¿Dónde estudió, según el título colgado en la pared?", {"a70_education_history"}),
        ("¿Lleva el pelo suelto o recogido?", set()),
        ("Hat sie lange oder kurze Haare?", set()),
        ("Elle a les cheveux attachés ou détachés ?", set()),
        ("¿De qué color tiene el pelo?", {"a6_hair_color"}),
        ("hat er graue haare oder is das nur das licht", {"a6_hair_color"}),
        ("Quelle est la couleur de ses yeux et de ses cheveux ?", {"a5_eye_color", "a6_hair_color"}),
        ("Was trägt der ältere Herr auf der Bank?", set()),
        ("Que porte la dame âgée ?", set()),
        ("Wie alt ist der ältere Herr?", {"a1_age_approx"}),
        ("Quel âge a la dame âgée ?", {"a1_age_approx"}),
        ("Welches Alter hat sie?", {"a1_age_approx"}),
    ],
)
def test_a_word_asks_only_in_its_private_sense(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Could you work out what kind of tree this is?", set()),
        ("Could you work out where he works?", {"a46_occupation"}),
        ("Kannst du erkennen, was die Frau in der Hand hält?", set()),
        ("Was hält sie von der Regierung?", {"a61_opinion_general"}),
        ("Was hältst du von den Farben?", set()),
        ("Leave out the license plate and tell me the colour of the van.", set()),
        ("Laisse tomber la plaque, c'est quelle marque de voiture ?", set()),
        ("Lass das Kennzeichen weg, welche Automarke ist das?", set()),
        # the set-aside ends with its clause: what follows is asked
        ("Laisse tomber le décor, dis-moi juste son âge.", {"a1_age_approx"}),
        ("Laisse tomber le décor : il a quel âge, le monsieur ?", {"a1_age_approx"}),
    ],
)
def test_a_phrase_that_sets_a_topic_aside_or_means_another_thing(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked
