"""Words a new question author used that the rules lacked (made-up examples of each, not the author's rows), and the
general questions near them that ask about no one: a body-mass index or a garment asked about in general, a couple
of animals, a flag's country."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> tuple[str, ...]:
    return question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Welche Zahlen stehen am Ende des Kennzeichens?", "a104_license_plate_partial"),
        ("Can you read the truck's registration?", "a103_license_plate_complete"),
        ("Guess her BMI from this picture.", "a2_weight_approx"),
        ("¿Está gordita la señora o es el abrigo?", "a2_weight_approx"),
        ("Does the man have any kids?", "a64_rel_personal"),
        ("¿La mujer tiene hijos?", "a64_rel_personal"),
        ("Hat die Frau Kinder?", "a64_rel_personal"),
        ("¿De qué país es el hombre?", "a25_nationality"),
        ("Il est né où, le monsieur ?", "a23_birth_city"),
        ("Kannst du mir seinen Perso vorlesen?", "a29_ausweis"),
        ("what is he called again?", "a19_name_full"),
        ("Is this full frontal?", "a13_full_nudity"),
        ("Why is the man in court?", "a99_legal_involvement"),
        ("Read me the subject line.", "a92_email_content"),
        ("Is the guy with the cap a Republican?", "a62_opinion_political"),
        ("Is she wearing a hanbok?", "a18_ethnic_clothing"),
        ("Is she shorter than her friend?", "a3_height_approx"),
        ("Welchen Hautton hat der Mann?", "a17_color"),
        ("bloke or lady?", "a4_gender"),
    ],
)
def test_the_new_words_ask(question: str, category: str) -> None:
    assert category in _rules(question)


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("How is the BMI calculated?", "a2_weight_approx"),
        ("Where does the kimono come from historically?", "a18_ethnic_clothing"),
        ("¿De qué país es esta bandera?", "a25_nationality"),
        ("Is the tree taller than the house?", "a3_height_approx"),
        ("Are the two ducks a couple?", "a64_rel_personal"),
    ],
)
def test_nearby_questions_do_not(question: str, category: str) -> None:
    assert category not in _rules(question)


@pytest.mark.parametrize(
    ("question", "categories"),
    [
        # the next conjunct takes the place of the noun a cue ends with
        ("What colour are his eyes and his hair?", {"a5_eye_color", "a6_hair_color"}),
        ("What color are her eyes and hair?", {"a5_eye_color", "a6_hair_color"}),
        # "who is this?" asks the name also when another clause follows it
        ("Wer ist das und welche Religion hat er?", {"a19_name_full", "a55_religion"}),
        ("Who is this and what religion is he?", {"a19_name_full", "a55_religion"}),
    ],
)
def test_each_of_two_coordinated_asks_is_read(question: str, categories: set[str]) -> None:
    assert categories <= set(_rules(question))


def test_a_clause_after_the_conjunction_takes_no_noun_place() -> None:
    # "et pour quoi ?" opens a clause: the receipt's words are not read as a ticket's
    assert "a38_ticket" not in _rules("Combien a-t-il payé d'après le ticket de caisse, et pour quoi ?")
    assert "a19_name_full" not in _rules("Who cares what religion she is?")
