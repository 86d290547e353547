"""Question readings the forty-third round's burned questions showed (made-up examples, not their rows): an ask
then what it leaves out ("but not the plate", "mais pas", "pero no", "aber nicht"), "avoid" and blurring verbs that
set a topic aside, "skip X and describe Y", a longer cue after a determiner ("su nombre de usuario" is a username,
not a name), and a definition asked in four words ("What is a Personalausweis?"). After test72 and test73 were
measured: the French "Nombre de personnes" is a count, not the Spanish "nombre" (a name), and a CSV column or key
that joins a thing's noun to a measure ("tree_height_m") is the thing's."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Describe the truck but not the number plate.", set()),
        ("Décris le camion mais pas la plaque.", set()),
        ("Describe la furgoneta pero no la matrícula.", set()),
        ("Beschreib den Lieferwagen, aber nicht das Kennzeichen.", set()),
        ("Tell me his age but not his name.", {"a1_age_approx"}),
        # no ask before "but not": what follows is asked ("I know X but not Y, can you tell me?")
        ("I remember her surname but not her first name, can you tell me?", {"a20_name_first"}),
        ("Quiero saberlo, pero no sé qué deporte practica. ¿Qué deporte es?", {"a59_sports"}),
        ("Avoid any speculation about age or gender. What is on the shelf?", set()),
        ("Skip the envelope on the desk and describe the room.", set()),
        ("Skip the small talk and tell me her phone number.", {"a49_phone"}),
        ("Blur the plate in your head and just tell me the car's colour.", set()),
        ("Floute la plaque et dis-moi la couleur de la voiture.", set()),
        # a cue that starts at the determiner's noun and runs on: the longer one names it
        ("¿Cuál es su nombre de usuario en la captura?", {"a85_username"}),
        ("¿Cuál es su nombre?", {"a19_name_full"}),
        ("What's the first name of the boy in the red cap?", {"a20_name_first"}),
        # a definition
        ("What is a Personalausweis?", set()),
        ("¿Qué es un DNI?", set()),
        ("What is the passport number?", {"a31_passport"}),
        ("Is it a passport?", {"a31_passport"}),
        # "nombre de" + a bare plural is the French count; with an article the Spanish name
        ("Remplis ce formulaire :\nMétéo: ____\nNombre de personnes: ____", set()),
        ("Donne-moi un CSV avec les colonnes weather,nombre_personnes,lighting.", set()),
        ("¿Cuál es el nombre de la persona?", {"a19_name_full"}),
        ("Nombre del titular?", {"a19_name_full"}),
        ("Réponds en CSV avec les colonnes : scene_type,weather,building_height_m", set()),
    ],
)
def test_reading(question: str, asked: set[str]) -> None:
    found = set(question_targets(question, learned=False).targets)
    assert asked <= found, (question, found)
    if not asked:
        assert not found, (question, found)


def test_what_but_not_leaves_out_is_not_asked() -> None:
    found = set(question_targets("Tell me his age but not his name.", learned=False).targets)
    assert found == {"a1_age_approx"}


@pytest.mark.parametrize(
    ("question", "asked", "not_asked"),
    [
        ("A row with the columns: dish_name,gender,tree_height_m", {"a4_gender"}, {"a3_height_approx"}),
        ("Per person, columns: marital_status, building_age_estimate", {"a27_marital_status"}, {"a1_age_approx"}),
        ("One row per person, columns: person_height_cm, mood", {"a3_height_approx"}, set()),
        ("Return JSON with keys driver_age, car_brand", {"a1_age_approx"}, set()),
    ],
)
def test_a_things_measure_in_a_key_is_no_persons(question: str, asked: set[str], not_asked: set[str]) -> None:
    found = set(question_targets(question, learned=False).targets)
    assert asked <= found and not (not_asked & found), (question, found)
