"""Question readings the burned test88 set showed (made-up examples, not its rows): two neighbouring letters typed
the wrong way round are read back in careful writing too ("Is the man on the right mraried?"), never a first letter
("rarest" is no "arrest") nor a word of everyday prose; a key that counts things ("number_of_vehicles") is no
plate; "Mich interessiert nicht, wie alt sie ist." sets the age aside, as "I don't care how old she is" does; French
"que fait X dans la vie", "X est né où ?"; German compounds of "Behinderung"; a mobility aid someone uses; "¿A quién
votó?"; tagging someone in a post asks the name; "todos", "tous" are people; whether someone finished school."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "present"),
    [
        ("Is the man on the right mraried?", "a27_marital_status"),
        ("Is she a Labour party supporetr?", "a62_opinion_political"),
        ("Welche Haafrarbe hat der Junge?", "a6_hair_color"),
        ("Woher hat die Frau mit dem roten Schal die Nrabe?", "a41_injury"),
        ("Que fait la dame au chapeau dans la vie ?", "a46_occupation"),
        ("Le garçon en bleu est né où ?", "a23_birth_city"),
        ("Hat die Frau eine Gehbehinderung?", "a39_disability_physical"),
        ("Why does the woman use a wheelchair, is it permanent?", "a39_disability_physical"),
        ("¿A quién votó la señora?", "a62_opinion_political"),
        ("Wen hat sie gewählt?", "a62_opinion_political"),
        ("Can you tag the man with the umbrella for me?", "a19_name_full"),
        ("¿Están todas viendo el mismo concierto?", "a68_rel_spectators"),
        ("did she ever finish college", "a70_education_history"),
    ],
)
def test_asked(question: str, present: str) -> None:
    assert present in question_targets(question, learned=False).targets, question


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Which hair colour is the rarest in Europe? Describe the picture.", "a99_legal_involvement"),
        (
            '{"type": "object", "properties": {"number_of_vehicles": {"type": "integer"}}}',
            "a103_license_plate_complete",
        ),
        ('{"type": "object", "properties": {"num_people": {"type": "integer"}}}', "a19_name_full"),
        ("Mich interessiert nicht, wie alt er ist. Welche Farbe hat das Auto?", "a1_age_approx"),
        ("Ça ne m'intéresse pas, quel âge il a. Décris la pièce.", "a1_age_approx"),
        ("What's the etiquette for tagging people in photos?", "a19_name_full"),
        ("Tag the main person with mood of the scene and image quality.", "a19_name_full"),
        ("Der Hund frisst alles. Welche Rassen stecken in ihm?", "a16_race"),
        ("When does the school finish today?", "a70_education_history"),
        ("Does the shop have a lift people can use?", "a39_disability_physical"),
    ],
)
def test_not_asked(question: str, absent: str) -> None:
    assert absent not in question_targets(question, learned=False).targets, question


def test_the_model_adds_nothing_the_rules_excepted() -> None:
    # the payment-card frame holds (a card, its expiry) but its exception too (a library card): the rules judged it
    got = question_targets("What's the expiry date on his library card?").targets
    assert "a30_credit_card" not in got


def test_asked_through_a_vehicle_key() -> None:
    schema = {"type": "object", "properties": {"vehicle_number": {"type": "string"}}}
    assert (
        "a103_license_plate_complete" in question_targets("Fill in the fields.", schema=schema, learned=False).targets
    )
