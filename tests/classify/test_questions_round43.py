"""Question readings the forty-third round's burned questions showed (made-up examples, not their rows): an ask
then what it leaves out ("but not the plate", "mais pas", "pero no", "aber nicht"), "avoid" and blurring verbs that
set a topic aside, "skip X and describe Y", a longer cue after a determiner ("su nombre de usuario" is a username,
not a name), and a definition asked in four words ("What is a Personalausweis?")."""

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
