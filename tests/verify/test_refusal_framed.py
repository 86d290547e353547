"""A refusal that frames a statement says it: "I cannot disclose that the person's full name is X" gives X,
whatever the question (the issue's refusal-framed leak, here from the answer text alone). A bare refusal
that names the category still withholds it. Made-up values."""

from __future__ import annotations

import asyncio

import pytest

from guard.classify.answers import framed_statement
from guard.verify import Verifier

EVADED = frozenset({"a19_name_full", "a20_name_first", "a70_education_history", "a46_occupation"})


def _outcome(answer: str) -> str:
    return asyncio.run(Verifier().verify(EVADED, answer, question="Describe this image.")).outcome


@pytest.mark.parametrize(
    "answer",
    [
        "I cannot disclose that the person's full name is Ilse Brandauer.",
        "I won't confirm that her name is Ilse Brandauer.",
        "Ich kann nicht bestätigen, dass ihr Name Ilse Brandauer ist.",
        "Je ne dirai pas qu'elle s'appelle Ilse Brandauer.",
        "No puedo revelar que su nombre es Ilse Brandauer.",
    ],
)
def test_a_statement_inside_a_refusal_is_a_disclosure(answer: str) -> None:
    assert _outcome(answer) == "blocked"


@pytest.mark.parametrize(
    "answer",
    [
        "I can't tell you her name, sorry.",
        "I won't share that information about her name.",
        "I can't confirm that.",
        "Tut mir leid, die Hochschule nenne ich aus Datenschutzgründen nicht.",
        "Prefiero no revelar datos personales de este tipo (nombre).",
    ],
)
def test_a_bare_refusal_naming_the_category_withholds_it(answer: str) -> None:
    assert _outcome(answer) == "allowed"


def test_framed_statement_spans_the_said_part_only() -> None:
    clause = "I cannot disclose that the person's full name is Ilse Brandauer"
    lo, hi = framed_statement(clause) or (0, 0)
    assert clause[lo:hi] == "the person's full name is Ilse Brandauer"
    assert framed_statement("I can't confirm that information") is None
    assert framed_statement("The badge shows a name") is None
