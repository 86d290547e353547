"""Question scope as classes: a person attribute needs a person as its owner; field names of answers."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "How heavy is the kettlebell?",
        "What's the height of the bookshelf, roughly?",
        "How old is the harpsichord in the hall?",
        "Wie alt ist die Standuhr?",
        "¿Cuánto pesa esta sandía?",
    ],
)
def test_an_owner_that_is_no_person_is_no_target(question: str) -> None:
    assert question_targets(question).targets == ()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How old is the goalkeeper?", "a1_age_approx"),  # agent ending, not in any list
        ("How tall is the nun?", "a3_height_approx"),
        ("Wie alt ist die Braut?", "a1_age_approx"),
        ("¿Cuántos años tiene la abuela?", "a1_age_approx"),
        ("Welche Staatsangehörigkeit hat der Reisende?", "a25_nationality"),
        ("How tall is the man next to the bookshelf?", "a3_height_approx"),
        ("How old is she?", "a1_age_approx"),
        ("Is the woman in this picture naked?", "a13_full_nudity"),  # "picture" is a place, not the owner
        ("¿Qué edad le calculas?", "a1_age_approx"),  # "le" is a pronoun here, not an article
        ("Schätz mal, wie alt der Typ mit der Mütze ist.", "a1_age_approx"),
    ],
)
def test_people_as_owners_stay_targets(question: str, target: str) -> None:
    assert target in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Could you tell me who this woman is?",
        "Do you know who they are?",
        "Can you recognise the singer on stage?",
        "Would you recognize her?",
        "Weißt du, wer sie ist?",
        "Qui est-ce sur la photo ?",
        "¿Los reconoces?",
    ],
)
def test_identity_asked_in_embedded_order_or_by_recognition(question: str) -> None:
    assert "a19_name_full" in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Describe his coat so that I could recognise him in a crowd.",
        "Can you recognise the building behind them?",
        "I can't tell who is winning the match, can you?",
    ],
)
def test_recognition_by_the_asker_or_of_things_is_no_identity_ask(question: str) -> None:
    assert "a19_name_full" not in question_targets(question).targets


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does she have any tattoos or bruises?", {"a11_tattoo", "a41_injury"}),
        ("Read me the name and the home address on the envelope.", {"a19_name_full", "a78_address_home_complete"}),
        ("How old and how tall is he?", {"a1_age_approx", "a3_height_approx"}),
    ],
)
def test_coordinated_asks_share_their_frame(question: str, expected: set[str]) -> None:
    assert expected <= set(question_targets(question).targets)


def test_conjunct_readings_are_bounded_and_add_nothing_to_untargeted_lists() -> None:
    assert question_targets("How many apples, pears or plums are in the bowl?").targets == ()
    long = "What is her age, " + ", ".join(["weight"] * 500) + "?"
    assert {"a1_age_approx", "a2_weight_approx"} <= set(question_targets(long).targets)


def _keys(*names: str) -> dict[str, object]:
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}}


def test_schema_keys_as_field_names() -> None:
    # a key that is only the word is a field name: "phone" asks the number (no call/number context needed)
    assert "a49_phone" in question_targets("Fill it in.", schema=_keys("phone", "company")).targets
    assert "a49_phone" not in question_targets("Fill it in.", schema=_keys("phone_model")).targets
    # German keys written without umlauts
    assert "a19_name_full" in question_targets("Ausfüllen.", schema=_keys("vollstaendiger_name")).targets
    # the adjective modifier of a two-word name names it; a noun modifier or a stem-sharing noun does not
    assert "a27_marital_status" in question_targets("Fill it in.", schema=_keys("marital")).targets
    assert "a102_vehicle_ownership" not in question_targets("Describe it.", schema=_keys("car", "colour")).targets
    assert "a18_ethnic_clothing" not in question_targets("Tag it.", schema=_keys("ethnicity")).targets


def test_standard_field_abbreviations_name_their_category() -> None:
    assert "a49_phone" in question_targets("Parse it.", schema=_keys("company", "tel")).targets
    assert "a24_birth_date" in question_targets("Parse it.", schema=_keys("dob")).targets
    assert "a43_medicine" in question_targets("Summarise.", schema=_keys("meds")).targets
    # no key names a category; the learned model reads subject + body as an e-mail's content
    assert question_targets("Write it.", schema=_keys("subject", "body"), learned=False).targets == ()
    # the learned model reads a message's keys as its content (refitted on dev ... test34 it adds the address too)
    assert "a92_email_content" in question_targets("Write it.", schema=_keys("subject", "body")).targets


@pytest.mark.parametrize(
    ("question", "owned"),
    [
        ("Does the scooter belong to him?", True),
        ("Is the truck outside theirs?", True),
        ("Is that her own bike?", True),
        ("À qui appartient cette moto ?", True),
        ("Is the car parked next to his bike?", False),
        ("What colour is the van next to her house?", False),
    ],
)
def test_vehicle_ownership_by_belonging_and_possessives(question: str, owned: bool) -> None:
    assert ("a102_vehicle_ownership" in question_targets(question).targets) is owned


def test_a_relative_whose_after_a_person_is_no_identity_ask() -> None:
    assert "a19_name_full" not in question_targets("What sport does the man whose desk this is play?").targets
    assert "a19_name_full" in question_targets("Whose name is on the badge?").targets
