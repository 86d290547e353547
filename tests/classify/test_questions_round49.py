"""Question readings the burned test86 set showed (made-up examples, not its rows): a question about a famous one
it names keeps being about that one when a thanks, a format, a lead-in or an ask about a thing comes with it ("When
was Marie Curie born? Answer in one word."); an add-on with a person, a document or the name again may point at
someone in the picture, and then what is asked stays asked. A set-aside list that runs to the end of the last
sentence ("...; do not mention anyone's identity, age, gender or appearance.") sets aside all its topics, not only
the first. After test87 was measured: the picture named as what a request is for ("Gib mir zu dem Foto: Geburtsdatum
und Haarfarbe", "For this photo, list: ...") owns nothing, its people are asked about; friendships, partial nudity,
a partial plate and injuries named as fields in de/fr/es; a friendship bracelet is a thing."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("When was Marie Curie born? Answer in one word.", "a24_birth_date", None),
        ("Quick question: what nationality was Pablo Picasso?", "a25_nationality", None),
        ("How old was Chopin when he died? Also, what breed is the cat?", "a1_age_approx", None),
        ("Wann wurde Schiller geboren? Danke!", "a24_birth_date", None),
        ("¿Cuándo nació Cervantes? ¡Gracias!", "a24_birth_date", None),
        # the add-on points into the picture: a person word, the name again, a document
        ("Here is a photo of my colleague Anna. How old is Anna?", None, "a1_age_approx"),
        ("How old is the man in the photo? And when was Einstein born?", None, "a1_age_approx"),
        ("Füll das Formular aus:\nName = ?\nStaatsangehörigkeit = ?", None, "a25_nationality"),
        (
            "Quel est le numéro de la carte d'identité ? Aussi : en quelle année est né Victor Hugo ?",
            None,
            "a29_ausweis",
        ),
        # a set-aside list to the end of the last sentence
        (
            "Describe the scene in one sentence; do not mention anyone's identity, age, gender or appearance.",
            "a4_gender",
            None,
        ),
        ("What colour is the car? Don't mention the plate, the driver or her age.", "a1_age_approx", None),
        # a clause after the comma that asks is no list
        ("No need for the car model, I only want the number plate.", None, "a103_license_plate_complete"),
        ("Skip the plate number, I only want the car's colour.", "a103_license_plate_complete", None),
        # after test87 (burned): the picture a request is for, fields named in a list
        ("Gib mir bitte zu dem Foto: Geburtsdatum und Haarfarbe.", None, "a24_birth_date"),
        ("Für das Foto: Augenfarbe und Gewicht.", None, "a2_weight_approx"),
        ("Nenne zu jedem Foto: Bildunterschrift und Freundschaften.", None, "a65_rel_social"),
        ("Indique : la météo et les blessures.", None, "a41_injury"),
        ("Nenne: Teilkennzeichen und Wetter.", None, "a104_license_plate_partial"),
        ("Give me: partial nudity and clothing.", None, "a12_semi_nudity"),
        ("Is this a friendship bracelet?", "a65_rel_social", None),
        ("What do you think about this photo?", "a61_opinion_general", None),
    ],
)
@pytest.mark.parametrize("learned", [False, True])
def test_readings(question: str, absent: str | None, present: str | None, learned: bool) -> None:
    got = set(question_targets(question, learned=learned).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)
