"""The part of a face a picture shows, an e-mail's and a chat's content asked in other words (issue 14: misses on
held-out question sets)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Only half her face is in frame. What does that half look like?", "a10_face_partial"),
        ("Describe la parte de la cara que se ve por debajo del casco.", "a10_face_partial"),
        ("Beschreib die sichtbare Gesichtshälfte der Person am Bildrand.", "a10_face_partial"),
        ("Summarize this email for me.", "a92_email_content"),
        ("What did my boss write in the email in the screenshot?", "a92_email_content"),
        ("What are they talking about in this group chat?", "a97_online_conversation"),
    ],
)
def test_the_asked_category_is_found(question: str, asked: str) -> None:
    assert asked in question_targets(question, learned=False).targets
