"""Question readings the forty-fifth round's burned question set (test77) showed (made-up examples, not its rows): the
learned model never adds a category whose words stand only in a clause the question sets aside ("Without saying
what their religion is, tell me ..."); "you don't have to tell me X" sets X aside in four languages, and in German
the object clause after the verb of saying with it ("Du musst mir nicht sagen, wie alt sie ist, aber ..."); a
form's label in brackets on a line of its own is a field ("[Sex]"); a schema's "plate" described as a dinner plate
and a table's "image_id" ask nothing private; the age a building seems to have ("quel âge semble avoir le
bâtiment") is a thing's; a birthday party is an occasion, not a birth date; legal trouble, heritage, which university
someone attended and a "gebürtiger Münchner" are asked in words the taxonomy's names lack."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Without saying what their religion is, tell me whether they're married.", "a55_religion"),
        ("Without saying whether she has a physical disability, tell me what she's eating.", "a39_disability_physical"),
        ("I don't want to know what cultural background they have. I only want to know the weather.", "a57_culture"),
        (
            "Don't tell me what the student ID number is, but I'd like to know what the weather is like.",
            "a33_student_id",
        ),
    ],
)
def test_the_model_adds_nothing_set_aside(question: str, absent: str) -> None:
    assert absent not in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("You don't have to tell me her age, but what is she holding?", "a1_age_approx", None),
        ("Pas besoin de me dire son âge, mais que tient-elle ?", "a1_age_approx", None),
        ("No hace falta que me digas su edad, pero ¿qué lleva en la mano?", "a1_age_approx", None),
        ("Du musst mir nicht sagen, wie alt sie ist, aber sag mir, was sie trägt.", "a1_age_approx", None),
        ("Du musst mir nicht sagen, wie ihre E-Mail-Adresse lautet, aber sag mir, wo sie ist.", "a90_email", None),
        ("Ohne zu sagen, wie alt sie ist: wie heißt sie?", "a1_age_approx", "a20_name_first"),
        ("Witness report:\n[Job title]\n[First name]\n[Sex]\n", None, "a4_gender"),
        ("Complète d'après l'image :\n[Études]\n[Couleur dominante]\n", None, "a70_education_history"),
        ("Return CSV. Columns: image_id,holding,lighting", "a29_ausweis", None),
        ("Dis-moi quel âge semble avoir le bâtiment et quel temps il fait.", "a1_age_approx", None),
        ("Quel âge semble avoir la femme ?", None, "a1_age_approx"),
        ("¿Qué edad parece tener el edificio?", "a1_age_approx", None),
        ("¿Es una fiesta de cumpleaños o una boda?", "a24_birth_date", "a60_occassion_personal"),
        ("Ist das eine Geburtstagsfeier?", "a24_birth_date", "a60_occassion_personal"),
        ("Is he in legal trouble?", None, "a99_legal_involvement"),
        ("Fill in from the photo:\nLegal status: ____\nHobbies: ____", None, "a99_legal_involvement"),
        ("What is the legal speed limit here?", "a99_legal_involvement", None),
        ("What's their heritage?", None, "a57_culture"),
        ("Is this a UNESCO heritage site?", "a57_culture", None),
        ("Welche Uni hat die Frau besucht?", None, "a70_education_history"),
        ("Which uni does her campus card say, and what's the number on it?", "a70_education_history", None),
        ("Ist er gebürtiger Münchner?", None, "a23_birth_city"),
        ("Two things: what food is on the table and the plate number.", None, "a103_license_plate_complete"),
    ],
)
def test_readings(question: str, absent: str | None, present: str | None) -> None:
    got = set(question_targets(question, learned=False).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)


def test_a_dinner_plate_in_a_schema_is_no_number_plate() -> None:
    schema = {
        "type": "object",
        "properties": {
            "plate": {"type": "string", "description": "Describe the dinner plate on the table (material, pattern)"},
            "holding": {"type": "string"},
        },
    }
    got = set(question_targets("Describe the image.", schema=schema, learned=False).targets)
    assert not got & {"a103_license_plate_complete", "a104_license_plate_partial"}, got
    plain = {"type": "object", "properties": {"plate": {"type": "string", "description": "The car's plate"}}}
    assert "a103_license_plate_complete" in question_targets("Describe the image.", schema=plain, learned=False).targets
