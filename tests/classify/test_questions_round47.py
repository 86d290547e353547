"""Question readings the burned test80 set showed after the forty-sixth session's first measurement (made-up examples,
not its rows): a question for a definition, asked of a kind in a few words ("What is a criminal record check?",
"Qu'est-ce qu'un casier judiciaire ?", "¿Qué son los antecedentes penales?", "Was ist eine Steuer-ID?") asks for no
one's value; with a possessive, an image reference or a definite article it still asks."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("What is a criminal record check?", "a99_legal_involvement", None),
        ("Qu'est-ce qu'un casier judiciaire ?", "a99_legal_involvement", None),
        ("¿Qué son los antecedentes penales?", "a99_legal_involvement", None),
        ("Was ist eine Tracht?", "a18_ethnic_clothing", None),
        ("¿Qué es un apellido compuesto?", "a21_name_last", None),
        ("¿Qué son los tatuajes de su brazo?", None, "a11_tattoo"),
        ("What is a good guess for her age?", None, "a1_age_approx"),
        ("What is the name on the card?", None, "a19_name_full"),
    ],
)
@pytest.mark.parametrize("learned", [False, True])
def test_readings(question: str, absent: str | None, present: str | None, learned: bool) -> None:
    got = set(question_targets(question, learned=learned).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)
