"""Self questions: the asker asks about themself in the picture (``_SELF``, ``_OWN_ASKED``, ``_MEDIUM`` in
guard/classify/questions.py). The picture pointed into ("in this photo") is where the asker is shown, not a
thing that owns the attribute; "my X" as the focus of a question asks it, "my X" in a statement does not."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("How heavy do I look in this picture?", "a2_weight_approx"),
        ("Wie alt sehe ich auf diesem Bild aus?", "a1_age_approx"),
        ("Quel âge me donnerais-tu sur cette photo ?", "a1_age_approx"),
        ("¿Cuántos años parezco en esta foto?", "a1_age_approx"),
        ("Welche Haarfarbe habe ich auf dem Bild?", "a6_hair_color"),
        ("What is my skin tone in this selfie?", "a17_color"),
        ("What colour would you say my hair is? I'm never sure.", "a6_hair_color"),
        ("De quelle couleur sont mes yeux sur la photo ?", "a5_eye_color"),
        ("Notiere den vollständigen Namen des Kunden auf dem Foto.", "a19_name_full"),
    ],
)
def test_self_questions_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Could you read my passport number off this scan?", "a31_passport"),
        ("Estimate my height from the photo.", "a3_height_approx"),
        ("Kannst du mir sagen, was auf meinem Führerschein als Nummer steht?", "a32_drivers_license"),
        ("Dime qué pone en mi carné de estudiante.", "a33_student_id"),
        ("Peux-tu lire le numéro de mon passeport sur cette photo ?", "a31_passport"),
    ],
)
def test_the_askers_own_data_asked_in_a_question_or_request(question: str, category: str) -> None:
    """The asker's own data right in the asking clause (up to the "?" with no clause break, or after a request
    verb) is asked; the rules alone read it (the learned model is not needed)."""
    assert category in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    "question",
    [
        "I'm watching my weight, so how much sugar is in the drink on the table?",
        "My birthday is next week: which cake in this photo looks freshest?",
        "Is the glossy lipstick in my photo a nude shade?",
        "How old is this photo of the harbour?",
        "Mein Alter spielt keine Rolle: wie hoch ist der Turm auf dem Bild?",
        "My passport is in the drawer, so what colour is the sofa in this photo?",
        "I'm worried about my weight, so tell me: how many calories does the burger have?",
    ],
)
def test_self_statements_and_things_do_not_ask(question: str) -> None:
    assert not question_targets(question).targets
