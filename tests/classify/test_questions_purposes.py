"""Indirect asks (a purpose that needs the value) and de/fr/es paraphrase classes (data/question_frames.yaml)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        # purposes that need the value
        ("Does the old gentleman qualify for the pensioner fare on this bus?", "a1_age_approx"),
        ("Which consulate would the hiker contact if she got stuck abroad?", "a25_nationality"),
        ("Would the tourist need a visa to enter Brazil?", "a25_nationality"),
        ("Can the card in the waiter's hand be used to shop online?", "a30_credit_card"),
        ("Does the grandfather need a ramp to reach the stage?", "a39_disability_physical"),
        ("Could we hire that woman to paint the fence?", "a46_occupation"),
        ("Would the couple eat kosher food at the dinner?", "a55_religion"),
        ("Does the neighbour go to the mosque on Fridays?", "a55_religion"),
        ("Has the driver ever had trouble with the police?", "a99_legal_involvement"),
        ("How could I reach the speaker by email?", "a90_email"),
        # de/fr/es classes
        ("Wie viele Kilo hat der Gewichtheber?", "a2_weight_approx"),
        ("Combien de kilos fait la danseuse ?", "a2_weight_approx"),
        ("¿Cuánto mide el portero en centímetros?", "a3_height_approx"),
        ("Elle a la trentaine ?", "a1_age_approx"),
        ("¿El cartero tiene más de cuarenta?", "a1_age_approx"),
        ("Ist auf dem Foto irgendjemand nackt?", "a13_full_nudity"),
        ("¿Hay alguien desnudo en la playa?", "a13_full_nudity"),
        ("Il gagne sa vie comment, le voisin ?", "a46_occupation"),
        ("¿Cuál es el número para llamarlo?", "a49_phone"),
        ("¿Qué festejan en la foto de la familia?", "a60_occassion_personal"),
    ],
)
def test_purposes_and_paraphrases_ask(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "How many kilos of potatoes are in the sack?",
        "Does the museum need a ramp at the entrance?",
        "Do I need a visa for Peru?",
        "Is this bakery kosher?",
        "Which church is that on the hill?",
        "What is the expiry date on the yoghurt?",
        "How tall is the lighthouse in metres?",
        "Combien de livres y a-t-il sur l'étagère ?",
        "What's the expiry date on her library card?",
        "On what day does the baker celebrate turning a year older?",
    ],
)
def test_purpose_frames_need_a_person_and_the_purpose(question: str) -> None:
    got = set(question_targets(question).targets)
    assert not got & {
        "a2_weight_approx",
        "a39_disability_physical",
        "a25_nationality",
        "a55_religion",
        "a30_credit_card",
        "a3_height_approx",
        "a60_occassion_personal",
    }


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Où faut-il lui expédier le paquet ?", "a78_address_home_complete"),
        ("¿A dónde le envío las flores?", "a78_address_home_complete"),
        ("Ist die Nachbarin blond oder brünett?", "a6_hair_color"),
        ("Le facteur est-il blond ou roux ?", "a6_hair_color"),
        ("¿Es suya la camioneta roja?", "a102_vehicle_ownership"),
        ("Which university did the violinist go to?", "a70_education_history"),
        ("Describe her nose and lips.", "a10_face_partial"),
        ("Woher stammt die Familie des Bäckers ursprünglich?", "a57_culture"),
        ("Read me what's on his name badge.", "a19_name_full"),
    ],
)
def test_more_purposes_and_word_orders(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Where should I send this email?",
        "Where did the school trip go?",
        "What does the chin strap of the helmet look like?",
    ],
)
def test_the_frames_need_their_person(question: str) -> None:
    # the rules' frames; the learned model reads "school trip" as education history (a known false target)
    got = set(question_targets(question, learned=False).targets)
    assert not got & {
        "a78_address_home_complete",
        "a74_address_current_complete",
        "a70_education_history",
        "a10_face_partial",
    }


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("When did the drummer come into the world?", "a24_birth_date"),
        ("Wann ist der Bäcker auf die Welt gekommen?", "a24_birth_date"),
        ("Is the goalkeeper green-eyed?", "a5_eye_color"),
        ("Which family does the cottage belong to, per the sign?", "a21_name_last"),
        ("¿Cuál es el número de su carnet de estudiante?", "a33_student_id"),
        ("Is the woman in the red coat his mother?", "a64_rel_personal"),
        ("C'est sa sœur ?", "a64_rel_personal"),
        ("Is the driver on probation?", "a99_legal_involvement"),
        ("Zu welchem Gott betet sie? An welchen Gott glaubt sie?", "a55_religion"),
    ],
)
def test_paraphrase_classes(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Which changing room should the swimmer use?", "a4_gender"),
        ("Would you say he's on the lighter side?", "a2_weight_approx"),
        ("Does the singer dye her hair?", "a6_hair_color"),
        ("Is there blood on her elbow?", "a41_injury"),
        ("Sont-ils spectateurs du concert ?", "a68_rel_spectators"),
    ],
)
def test_body_facility_and_spectator_classes(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    ["Which bathroom should I clean first?", "Is the parcel on the heavier side?", "Is there blood on the knife?"],
)
def test_body_and_facility_classes_need_a_person(question: str) -> None:
    assert not set(question_targets(question).targets) & {"a4_gender", "a2_weight_approx", "a41_injury"}
