"""Words a new question author used that the rules lacked (made-up examples of each, not the author's rows), and
the questions near them that ask for nothing private: a bicycle ridden is no one's, a fingerprint reader is a
phone's, "this would work as" is a use, and a plural kind asked in general is no one's. A question after a colon is a
sentence of its own, and the noun after "this kind of" is whose measure is asked."""

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


@pytest.mark.parametrize(
    ("question", "targeted"),
    [
        # a lead-in before a colon is another sentence: its reviewer or note says nothing of the question
        ("Queue item 12. Note from the reviewer: How tall is the wardrobe? Answer briefly.", False),
        ("Ticket 88, reviewer comment: What's the speed limit printed on the road sign?", False),
        ("Reviewer note: How old is the woman in the red coat?", True),
        # unless the question points back into the lead-in
        ("The statue in the square: how tall is it?", False),
        ("The man by the door: how tall is he?", True),
    ],
)
def test_a_question_after_a_colon_is_read_on_its_own(question: str, targeted: bool) -> None:
    assert bool(_measures(question)) is targeted


@pytest.mark.parametrize(
    ("question", "targeted"),
    [("How tall does this kind of tree grow?", False), ("How tall does this kind of person usually get?", True)],
)
def test_a_kinds_noun_is_whose_measure_it_is(question: str, targeted: bool) -> None:
    assert bool(_measures(question)) is targeted


def _measures(question: str) -> set[str]:
    return set(_rules(question)) & {"a1_age_approx", "a2_weight_approx", "a3_height_approx"}
