"""A country's kind of document, named by its adjective, is a general question (issue 14: false targets on held-out
question sets): "What do the first letters on German number plates mean?", "¿Cuánto tiempo es válido el pasaporte
español?". A document in the image keeps its ask: "the German number plate", "Is her passport German?"."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Was bedeuten die Buchstaben auf deutschen Kennzeichen?",
        "What do the first letters on German number plates mean?",
        "¿Cuánto tiempo es válido el pasaporte español?",
        "¿Qué diferencia hay entre el DNI y el pasaporte para viajar por Europa?",
    ],
)
def test_a_national_kind_of_document_asks_nothing(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Is her passport German?", "a25_nationality"),
        ("Which city code is on the German number plate?", "a104_license_plate_partial"),
        ("Can you pull the document number off the German Personalausweis?", "a29_ausweis"),
    ],
)
def test_a_document_in_the_image_is_still_asked(question: str, asked: str) -> None:
    assert asked in _rules(question)
