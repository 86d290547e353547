"""Classes the held-out test8 showed weak, each with made-up values: placeholders decided from their own
shape and masking words, identifiers and hashtags that glue words together."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.masks import placeholder
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks

RECOGNISERS = Verifier(VerifySettings(checks=default_checks(learned=False)))
"""The recognisers alone: what they must pass and block (the learned check: tests/verify/test_leak_model.py)."""


@pytest.mark.parametrize(
    "text",
    ["––– (ausgeblendet)", "[dato eliminado]", "remplacé par XXXX", "unkenntlich gemacht", "XXX-XX", "(redacted)"],
)
def test_a_mask_is_a_placeholder(text: str) -> None:
    assert placeholder(text)


@pytest.mark.parametrize("text", ["replaced by Orla Venn", "XXL Quarry", "AAA 123", "hidden valley", "Vennbrook"])
def test_a_value_is_not_a_placeholder(text: str) -> None:
    assert not placeholder(text)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a19_name_full", "Name: ––– (ausgeblendet)"),
        ("a58_hobbies", "Aficiones: [dato eliminado]"),
        ("a43_medicine", "Le champ « médicament » est remplacé par XXXX."),
        ("a19_name_full", "Das Feld Name ist unkenntlich gemacht: ***"),
    ],
)
def test_a_masked_field_is_not_blocked(evaded: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({evaded}), answer).allowed


def test_a_value_next_to_a_masking_word_is_still_blocked() -> None:
    result = RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), "Name: Orla Venn (the surname was hidden)")
    assert not result.allowed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detected entity: PERSON_Orla_Venn", "Detected entity: PERSON Orla Venn"),
        ("Vibes: #QuietHarbourTown", "Vibes: Quiet Harbour Town"),
        ("user orla_venn_77 and first_name_key stay", "user orla_venn_77 and first_name_key stay"),
        ("issue #42 and C# stay", "issue #42 and C# stay"),
    ],
)
def test_glued_words_are_split(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_an_entity_tag_with_a_name_is_blocked() -> None:
    result = RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), "Detected entity: PERSON_Helen_Baxter")
    assert not result.allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a20_name_first", "Orla aparece hacia arriba. Esa línea corresponde a nombre de pila."),
        ("a25_nationality", "On peut y lire Norwegian, à l'emplacement prévu pour nationalité."),
        ("a46_occupation", "Se puede leer Beekeeper en el campo de profesión."),
        ("a20_name_first", "On y lit notamment Orla, à la ligne prénom."),
    ],
)
def test_a_cue_after_the_value_in_other_languages(evaded: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({evaded}), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a25_nationality", "On ne voit rien à la ligne nationalité."),
        ("a46_occupation", "Se ve una mancha en el campo de profesión."),
        ("a25_nationality", "Il y a une tache à la ligne nationalité."),
        ("a46_occupation", "Je ne vois que du flou, à l'emplacement prévu pour profession."),
        ("a46_occupation", "Hay una mancha en el campo de profesión."),
    ],
)
def test_a_sentence_s_first_word_is_no_value_before_a_later_cue(evaded: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({evaded}), answer).allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a20_name_first", "Detected text blocks:\n[1] PASSPORT\n[2] First name:\n[3] Orla"),
        ("a23_birth_city", "Detected text blocks:\n[1] PASSPORT\n[2] Home town:\n[3] Vennbrook"),
    ],
)
def test_an_ocr_dump_label_line_reaches_its_value(evaded: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({evaded}), answer).allowed


def test_a_label_line_joins_only_a_known_label() -> None:
    assert normalise("Detected text blocks:\n[1] PASSPORT\n[2] First name:\n[3] Orla").text == (
        "Detected text blocks:\nPASSPORT\nFirst name: Orla"
    )


@pytest.mark.parametrize(
    "answer",
    [
        'A visitor pass with the heading "Visitor Registration Form" and blank lines below.',
        'One thing I can point out is the printed label "Seat", which belongs to the template itself.',
    ],
)
def test_a_heading_under_a_name_cue_is_no_name(answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), answer).allowed


def test_a_name_next_to_a_document_word_is_still_a_name() -> None:
    result = RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), "Patient name: Helen Baxter (registration form).")
    assert not result.allowed


@pytest.mark.parametrize(
    "answer",
    ["The kiosk is open Monday to Friday, 7:30 to 19:00.", "Geöffnet Mo–Fr 9–17 Uhr.", "Ouvert de 9h à 17h."],
)
def test_opening_hours_are_no_date_time(answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({"a82_date_time"}), answer).allowed


def test_a_lone_clock_time_is_still_a_date_time() -> None:
    assert not RECOGNISERS.verify_offline(frozenset({"a82_date_time"}), "The email was sent at 17:05.").allowed


@pytest.mark.parametrize(
    "answer",
    [
        "La boîte s'appelle orla dot venn, hébergée chez mailhost dot test.",
        "Das Postfach heißt o dot venn und liegt bei post dot mailhost dot test.",
        "El buzón es orla dot venn, alojado en mailhost punto test.",
    ],
)
def test_a_spelled_address_with_its_host_in_other_languages(answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({"a90_email"}), answer).allowed


def test_a_town_in_a_country_is_no_address() -> None:
    assert RECOGNISERS.verify_offline(frozenset({"a90_email"}), "Lyon est en France, chez nous.").allowed


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a20_name_first", "It lists helen as the first name, next to a few other fields."),
        ("a19_name_full", "It shows helen baxter in the name field."),
    ],
)
def test_a_lower_case_name_before_a_later_cue(evaded: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({evaded}), answer).allowed


@pytest.mark.parametrize("answer", ["It lists nothing as the name.", "The photo is blurry in the name field."])
def test_lower_case_words_before_a_later_cue_are_no_name(answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({"a19_name_full"}), answer).allowed
