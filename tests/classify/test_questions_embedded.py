"""A yes/no question embedded in a request asks what the direct question would (issue 14: recall)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "Tell me whether they're married.",
        "I only want to know if the couple are married.",
        "Can you check whether the woman on the left is already married?",
        "Dis-moi juste s'ils sont mariés.",
        "Solo dime si están casados.",
        "¿Son solteros?",
    ],
)
def test_an_embedded_yes_no_question_about_marriage_asks_marital_status(question: str) -> None:
    assert "a27_marital_status" in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    "question",
    [
        "Is the married couple's wedding cake three tiers high?",
        "Whether or not they're married is none of my business. Is the cake chocolate?",
    ],
)
def test_marriage_words_that_ask_nothing(question: str) -> None:
    assert "a27_marital_status" not in question_targets(question, learned=False).targets
