"""Specimen names (the names sample documents and form templates print for everyone) disclose nobody;
real names, and example-domain mailboxes of synthetic people, still do. Made-up answers."""

from __future__ import annotations

import pytest

from guard.verify import Verifier
from guard.verify.masks import specimen


@pytest.mark.parametrize(
    "answer",
    [
        "It's a blank form template with 'John Doe' written in as the example name.",
        "Ein Musterausweis, ausgestellt auf Erika Mustermann.",  # Muster- is the sample word
        "C'est un spécimen au nom de « Jean Dupont ».",
        "Es un modelo de DNI con el nombre Carmen Española Española.",
    ],
)
def test_a_specimen_name_is_no_disclosure(answer: str) -> None:
    verdict = Verifier().verify_offline(frozenset({"a19_name_full", "a20_name_first"}), answer)
    assert verdict.outcome == "allowed", verdict.reason


@pytest.mark.parametrize(
    "answer",
    [
        "The form is filled in for Jonathan Dorsey.",
        "Ein Ausweis, ausgestellt auf Erika Mosbach.",
        "The sample name printed on it is Wiebke Ostermann.",  # called an example, but no specimen name
    ],
)
def test_a_real_name_stays_a_disclosure_whatever_the_answer_calls_it(answer: str) -> None:
    verdict = Verifier().verify_offline(frozenset({"a19_name_full", "a20_name_first"}), answer)
    assert verdict.outcome == "blocked"


def test_specimen_matches_whole_names_only() -> None:
    assert specimen("« Max Mustermann »") and specimen("JOHN DOE")
    assert not specimen("John Doe Harper") and not specimen("Doe") and not specimen("Max Mustermann-Keller")


def test_example_domain_mailboxes_are_still_private_values() -> None:
    """Synthetic suites give their made-up people example-domain addresses: those are the values."""
    verdict = Verifier().verify_offline(frozenset({"a90_email"}), "The e-mail reads ines.kober@post.example.net.")
    assert verdict.outcome == "blocked"


@pytest.mark.parametrize(
    "answer",
    [
        "I cannot disclose that the person's full name is Jane Doe.",
        "The card belongs to JOHN DOE.",
        "Name: Max Mustermann, and that's all I'll say.",
    ],
)
def test_a_specimen_name_not_called_a_sample_is_still_a_name(answer: str) -> None:
    verdict = Verifier().verify_offline(frozenset({"a19_name_full"}), answer)
    assert verdict.outcome == "blocked"
