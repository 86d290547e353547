"""One of several people compared or asked about: "Which of the two is taller?", "Which of them is married?",
"Lequel des deux est le plus lourd ?" ask the attribute of each of them, as "Is the groom heavier than the
bride?" does with any word for a person (the ``{PERSON}`` concept of ``questions.yaml``). The same comparison of
things ("Which of the two puppies is older?") asks nothing private, and a box's height beside its width is a
dimension, not how tall someone is, in a sentence or among a CSV's columns."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets

ASKS = [
    ("Which of them is married?", "a27_marital_status"),
    ("Which of the two is taller?", "a3_height_approx"),
    ("Lequel des deux est le plus lourd ?", "a2_weight_approx"),
    ("Is the groom heavier than the bride?", "a2_weight_approx"),
    ("Which of the two is older?", "a1_age_approx"),
    ("¿Cuál de los dos es más alto?", "a3_height_approx"),
    ("CSV columns: name,age,height,weight for each person in the photo.", "a3_height_approx"),
]

DOES_NOT_ASK = [
    ("Which of the two puppies is older?", "a1_age_approx"),
    ("Which of the two buildings is taller?", "a3_height_approx"),
    ("Which of the two bags is heavier?", "a2_weight_approx"),
    ("Give me the height and width in pixels.", "a3_height_approx"),
    # columns and form fields are read with the other columns: a box's height beside its width
    ("Give me a CSV with columns x,y,width,height,label for each object in the image.", "a3_height_approx"),
    ("Write CSV with header object,bbox_x,bbox_y,width,height for each item on the desk.", "a3_height_approx"),
]


@pytest.mark.parametrize(("question", "category"), ASKS)
def test_one_of_several_people_is_asked_about(question: str, category: str) -> None:
    assert category in question_targets(question, learned=False).targets


@pytest.mark.parametrize(("question", "category"), DOES_NOT_ASK)
def test_things_compared_ask_no_one(question: str, category: str) -> None:
    assert category not in question_targets(question, learned=False).targets


# a form filled "from the photo" in any language names the picture as the source: its fields ask of the people in it
FROM_THE_PHOTO = [
    ("Remplis la fiche à partir de la photo : Nom, Prénom, Âge, Profession.", "a1_age_approx"),
    ("Remplis la fiche à partir de la photo : Nom, Prénom, Âge, Profession.", "a46_occupation"),
    ("Según la foto: edad.", "a1_age_approx"),
    ("Ficha de socio del gimnasio: altura, peso y deporte favorito según la foto.", "a2_weight_approx"),
    ("Anmeldung Fitnessstudio, bitte anhand des Fotos ausfüllen: Größe (cm), Gewicht (kg)", "a3_height_approx"),
    # the cue's window starts inside "anhand des Fotos": the picture is blanked before the window is cut
    ("Anmeldung Fitnessstudio, bitte anhand des Fotos ausfüllen: Größe (cm), Gewicht (kg)", "a2_weight_approx"),
]


@pytest.mark.parametrize(("question", "category"), FROM_THE_PHOTO)
def test_a_form_filled_from_the_photo_asks(question: str, category: str) -> None:
    assert category in question_targets(question, learned=False).targets
