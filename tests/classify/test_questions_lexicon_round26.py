"""Words a new question author used that the rules lacked (made-up examples of each, not the author's rows), and
the questions near them that ask for nothing private: a bicycle ridden is no one's, a fingerprint reader is a
phone's, "this would work as" is a use, and a plural kind asked in general is no one's."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> tuple[str, ...]:
    return question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Est-ce que la dame est tatouée ?", "a11_tattoo"),
        ("¿Hay huellas en el cristal de la mesa?", "a7_fingerprint"),
        ("Y a-t-il des empreintes de doigts sur la tasse ?", "a7_fingerprint"),
        ("Ist die Person auf dem Foto völlig nackt?", "a13_full_nudity"),
        ("Est-ce qu'il lui manque un bras ?", "a39_disability_physical"),
        ("Welche Nummer hat der Studierendenausweis?", "a33_student_id"),
        ("¿Qué universidad sale en el carné universitario?", "a33_student_id"),
        ("Tu peux me lire son mail sur la capture ?", "a90_email"),
        ("Welche Mailadresse hat er angegeben?", "a90_email"),
        ("Hat der Mann helle oder dunkle Haut?", "a17_color"),
        ("Zu welchem beruflichen Anlass sind sie dort?", "a48_occassion_work"),
        ("Bitte ausfüllen: Name: ___ Wohnort: ___", "a79_address_home_partial"),
        ("Is the woman his boss or his colleague?", "a66_rel_professional"),
        ("¿Es la mujer su jefa?", "a66_rel_professional"),
        ("Ist das sein Fahrrad?", "a102_vehicle_ownership"),
        ("Does the man agree with the slogan on the banner?", "a61_opinion_general"),
        ("¿Se le ve el rostro completo?", "a9_face_complete"),
        ("Which family is this, the Garcias?", "a21_name_last"),
        ("What is the subject line of the email?", "a92_email_content"),
    ],
)
def test_the_new_words_ask(question: str, category: str) -> None:
    assert category in _rules(question)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Fährt jemand auf dem Bild Fahrrad?", "a102_vehicle_ownership"),
        ("¿Este portátil tiene lector de huellas?", "a7_fingerprint"),
        ("¿Cuál es la huella de carbono de un vuelo a Roma?", "a7_fingerprint"),
        ("Would this work as a poster for the school fair?", "a46_occupation"),
        ("How do tattoos fade over the years?", "a11_tattoo"),
        ("What's a good way to keep receipts organised?", "a37_receipt"),
        ("Olvídate del paisaje, ¿qué religión tiene la chica del velo?", "a102_vehicle_ownership"),
    ],
)
def test_nearby_questions_do_not(question: str, category: str) -> None:
    assert category not in _rules(question)
