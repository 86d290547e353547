"""The mail family (data/question_siblings.yaml): an e-mail's content, an e-mail address and postal mail
found through one word for the message are told apart; the address and the post stay only where the
question says so. Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    "question",
    [
        "What is the e-mail open on the tablet about?",
        "Fasse die Mail auf dem Handy kurz zusammen.",
        "Que raconte le courriel affiché sur l'écran ?",
    ],
)
def test_email_content_alone(question: str) -> None:
    got = set(question_targets(question).targets)
    assert "a92_email_content" in got
    assert "a90_email" not in got
    assert "a35_mail" not in got


@pytest.mark.parametrize(
    ("question", "categories"),
    [
        ("What does the email on his phone say, and which address sent it?", {"a92_email_content", "a90_email"}),
        ("What's her e-mail address?", {"a90_email"}),
    ],
)
def test_email_address_kept_where_asked(question: str, categories: set[str]) -> None:
    assert categories <= set(question_targets(question).targets)
