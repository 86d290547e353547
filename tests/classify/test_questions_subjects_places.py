"""A yes/no question about a person described in several words, which city or famous place a picture shows,
the name of a person called by a title noun, and a field read off a ticket or receipt. Made-up questions,
rules alone (``learned=False``) so the rule is what is tested."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _targets(question: str) -> tuple[str, ...]:
    return question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the older man in the grey coat married?", "a27_marital_status"),
        ("Is the girl holding the balloon on the left Muslim?", "a55_religion"),
        ("Ist die Frau mit dem blauen Hut verheiratet?", "a27_marital_status"),
        ("La femme au manteau vert est-elle mariée ?", "a27_marital_status"),
    ],
)
def test_a_long_subject_that_is_a_person_is_asked_about(question: str, category: str) -> None:
    assert category in _targets(question)


@pytest.mark.parametrize(
    "question",
    [
        "Is the screen of the old laptop on the desk in English?",
        "La coque du téléphone sur la table est-elle brune ?",
    ],
)
def test_a_long_subject_that_is_a_thing_asks_nothing(question: str) -> None:
    assert _targets(question) == ()


@pytest.mark.parametrize(
    "question",
    [
        "What city are we in?",
        "Welche Stadt sieht man hier?",
        "Quelle ville est-ce, d'après toi ?",
        "¿Qué país es este?",
        "What famous tower is that behind them?",
    ],
)
def test_which_city_or_famous_place_the_picture_shows(question: str) -> None:
    assert "a73_landmark" in _targets(question)


@pytest.mark.parametrize(
    "question",
    ["In welcher Stadt ist er geboren?", "¿En qué ciudad está ahora?"],
)
def test_a_birth_city_or_a_current_city_is_no_landmark(question: str) -> None:
    assert "a73_landmark" not in _targets(question)


@pytest.mark.parametrize(
    "question",
    [
        "Pourriez-vous me donner le nom du monsieur à la cravate ?",
        "Wie ist der Name der Dame am Schalter?",
        "¿Cuál es el nombre del señor de la chaqueta?",
    ],
)
def test_the_name_of_a_person_called_by_a_title_noun(question: str) -> None:
    assert "a19_name_full" in _targets(question)


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Which seat number is printed on the train ticket?", "a38_ticket"),
        ("Welches Datum steht auf dem Kassenbon?", "a37_receipt"),
    ],
)
def test_a_field_read_off_a_ticket_or_receipt_asks_for_the_document(question: str, document: str) -> None:
    assert document in _targets(question)


def test_an_address_on_an_envelope_is_the_address_not_the_letter() -> None:
    targets = _targets("What is the home address on the envelope?")
    assert "a78_address_home_complete" in targets and "a35_mail" not in targets
