"""Question targets as classes shared across languages (probes written for these rules, not copied from a set)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Are those two women opponents?", "a67_rel_competitors"),
        ("Sind die beiden Frauen Konkurrentinnen?", "a67_rel_competitors"),
        ("Les deux hommes sont-ils adversaires ?", "a67_rel_competitors"),
        ("¿Son competidores los dos ciclistas?", "a67_rel_competitors"),
        ("Are the kids in the back onlookers at the race?", "a68_rel_spectators"),
        ("Sind die Männer Zuschauer desselben Rennens?", "a68_rel_spectators"),
        ("¿Son espectadores del mismo partido las dos chicas?", "a68_rel_spectators"),
        ("Are these three people family?", "a64_rel_personal"),
    ],
)
def test_a_relation_noun_said_of_people_asks_for_the_relation(question: str, target: str) -> None:
    assert target in question_targets(question).targets


@pytest.mark.parametrize("question", ["Are the two cats rivals?", "Are the two horses competitors in the race?"])
def test_a_relation_noun_said_of_animals_or_things_is_no_target(question: str) -> None:
    # the rules' reading; the learned model may overrule it when sure (questions.OVERRULE_BAR): it takes
    # "Are the two horses competitors in the race?" for an ask (docs/design-judge.md, twentieth round)
    assert question_targets(question, learned=False).targets == ()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("When was this snapshot of the two of them taken?", "a82_date_time"),
        ("Wann wurde das Bild von ihm gemacht?", "a82_date_time"),
        ("Quand cette photo de lui a-t-elle été prise ?", "a82_date_time"),
        ("¿Cuándo sacaron esta fotografía?", "a82_date_time"),
        ("Where was this picture of the family shot?", "a73_landmark"),
        ("In welcher Stadt wurde das Foto aufgenommen?", "a73_landmark"),
        ("¿Dónde fue tomada la imagen de la pareja?", "a73_landmark"),
    ],
)
def test_when_or_where_a_photo_was_taken_in_four_languages(question: str, target: str) -> None:
    assert target in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Was the photo taken indoors or outdoors?",
        "La foto, ¿fue tomada dentro o fuera?",
        "Wurde das Bild drinnen aufgenommen?",
    ],
)
def test_indoors_or_outdoors_is_the_scene_not_the_place(question: str) -> None:
    assert "a73_landmark" not in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Quelles sont les dernières lettres de la plaque ?",
        "¿Cuáles son los primeros caracteres de la matrícula?",
        "Was sind die letzten Zeichen auf dem Kennzeichen?",
        "Can you read part of the plate on the van?",
    ],
)
def test_part_of_a_plate_in_four_languages(question: str) -> None:
    assert "a104_license_plate_partial" in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "How do I address the lady at the desk politely?",
        "À qui sont adressées ces cartes ?",
        "Is the phone number field of the blank registration form optional?",
        "Which date format does the empty template expect?",
        "What's the relationship between price and size in the table?",
        "Is the tower round or square?",
        "Is the staircase in the hall straight or curved?",
    ],
)
def test_verbs_blank_forms_and_things_are_no_targets(question: str) -> None:
    assert question_targets(question).targets == ()


def test_address_as_a_verb_is_no_ask_for_the_rules() -> None:
    # the rules read "address" as a verb here; the learned model, refitted with test42 ("Who is the envelope
    # addressed to?" labelled a name ask), adds the name at 0.95, above the bar at which it may overrule them
    assert question_targets("Should we address the guests as ladies and gentlemen?", learned=False).targets == ()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("What's the home address of the lady at the desk?", "a78_address_home_complete"),
        ("What phone number did he write in the form?", "a49_phone"),
        ("Est-ce qu'elle est mariée ?", "a27_marital_status"),
        ("Married or single?", "a27_marital_status"),
    ],
)
def test_the_same_words_still_ask_about_a_person(question: str, target: str) -> None:
    assert target in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Quel âge a l'enfant ?", "a1_age_approx"),  # an elided article does not hide the person
        ("Do the two protesters hold the same opinions?", "a69_rel_views"),
        ("Teilen die beiden Frauen dieselbe Meinung?", "a69_rel_views"),
        ("¿Están los dos hombres del mismo lado?", "a69_rel_views"),
        ("Are the girls watching the same race?", "a68_rel_spectators"),
        ("Schauen die beiden Männer dasselbe Spiel?", "a68_rel_spectators"),
        ("What is the couple celebrating today?", "a60_occassion_personal"),
        ("Que fêtent les invités ?", "a60_occassion_personal"),
        ("¿Qué relación familiar hay entre ellos?", "a64_rel_personal"),
        ("Does she weigh more than 60 kilos?", "a2_weight_approx"),
        ("Décris l'empreinte digitale sur la vitre.", "a7_fingerprint"),
        ("Was steht auf der handgeschriebenen Notiz?", "a26_handwriting"),
        ("Is he in ethnic attire?", "a18_ethnic_clothing"),
        ("¿Lleva el hombre vestimenta tradicional?", "a18_ethnic_clothing"),
        ("What does the woman think of the mayor?", "a61_opinion_general"),
        ("Welche Meinung hat die Frau zur Reform?", "a61_opinion_general"),
    ],
)
def test_concepts_asked_in_any_of_four_languages(question: str, target: str) -> None:
    assert target in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Think it over carefully and keep the answer short: how many chairs are there?",
        "Are the two clocks showing the same time?",
    ],
)
def test_concept_words_in_other_roles_are_no_targets(question: str) -> None:
    assert question_targets(question).targets == ()


@pytest.mark.parametrize(
    ("question", "targets"),
    [
        ("What does his student ID say?", {"a33_student_id"}),
        ("What is her ａｄｄｒｅｓｓ?", {"a78_address_home_complete"}),
        ("Which birth date is printed on the passport?", {"a24_birth_date", "a31_passport"}),
        ("What's the address on the envelope?", {"a78_address_home_complete"}),
    ],
)
def test_owned_aliases_and_read_identity_documents(question: str, targets: set[str]) -> None:
    assert targets <= set(question_targets(question).targets)


def test_a_mail_piece_named_as_the_place_of_an_address_is_dropped() -> None:
    # the rules' reading (authors disagree here; the learned model, when sure, keeps the envelope)
    assert "a35_mail" not in question_targets("What's the address on the envelope?", learned=False).targets


@pytest.mark.parametrize("question", ["Is his hair long?", "Are his eyes closed?"])
def test_owned_attribute_carriers_ask_nothing_by_themselves(question: str) -> None:
    assert question_targets(question).targets == ()


@pytest.mark.parametrize(
    "question",
    [
        "How many letters are stacked on the desk? Don't read them.",
        "Ignoring the passport, what colour is the bag?",
        "Combien de lettres y a-t-il sur la table ? Ne les lis pas.",
    ],
)
def test_an_ask_not_to_read_cancels_the_cue(question: str) -> None:
    assert question_targets(question).targets == ()


def test_reading_is_still_asked_without_a_ban() -> None:
    assert "a35_mail" in question_targets("What does the letter on the desk say? Read it to me.").targets
