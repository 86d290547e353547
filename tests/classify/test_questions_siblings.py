"""Sibling categories told apart by the question's words of scope (data/question_siblings.yaml)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets

HOME_C, HOME_P = "a78_address_home_complete", "a79_address_home_partial"
CUR_C, CUR_P = "a74_address_current_complete", "a75_address_current_partial"
ADDRESS = {HOME_C, HOME_P, CUR_C, CUR_P}


def _address(question: str, schema: object = None) -> set[str]:
    return set(question_targets(question, schema=schema).targets) & ADDRESS


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # where someone lives: the home at no set precision (the address and its town, street...), not also
        # where they are
        ("Where does the cyclist live?", {HOME_C, HOME_P}),
        ("Wo wohnt der Radfahrer?", {HOME_C, HOME_P}),
        ("Où habite la cycliste ?", {HOME_C, HOME_P}),
        ("¿Dónde vive el ciclista?", {HOME_C, HOME_P}),
        # a part of it: street, district, town, postcode
        ("Which district does the cyclist live in?", {HOME_P}),
        ("What postcode is the baker's flat in?", {HOME_P}),
        # where someone is right now
        ("Which street is the cyclist on right now?", {CUR_P}),
        ("In welcher Stadt ist der Radfahrer gerade?", {CUR_P}),
        # the complete one: exact, house number, street with its number
        ("Where exactly is the cyclist at the moment, house number included?", {CUR_C}),
        # a person's address with no word of place or time, and the address written on post, are homes
        ("What's the baker's address? I'd like to post him a present.", {HOME_C}),
    ],
)
def test_address_siblings_follow_the_words_of_scope(question: str, expected: set[str]) -> None:
    assert _address(question) == expected


def test_both_places_asked_keep_both() -> None:
    got = _address("Where does the cyclist live, and where is she right now?")
    assert HOME_C in got and got & {CUR_C, CUR_P}


def test_schema_fields_keep_each_scope() -> None:
    schema = {"type": "object", "properties": {"home_address": {"type": "string"}, "home_street": {"type": "string"}}}
    got = _address("Fill in the record.", schema)
    assert HOME_C in got and HOME_P in got and not got & {CUR_C, CUR_P}


def test_a_plain_name_is_no_surname() -> None:
    got = set(question_targets("Tell me her name, please.").targets)
    assert "a19_name_full" in got and "a21_name_last" not in got
    assert "a21_name_last" in question_targets("What's her surname?").targets


@pytest.mark.parametrize(
    "question", ["Wie heißt das Mädchen mit dem Drachen?", "¿Cómo se llama la chica de la cometa?"]
)
def test_what_someone_is_called_is_their_first_name_too(question: str) -> None:
    got = set(question_targets(question).targets)
    assert {"a19_name_full", "a20_name_first"} <= got


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where is this cyclist right now?", {CUR_P}),
        ("Wo ist der Radfahrer gerade?", {CUR_P}),
        ("What town was this snapshot of the cyclist taken in?", {CUR_P}),
        ("What is the cyclist's mailing address?", {HOME_C}),
    ],
)
def test_where_someone_is_and_postal_addresses(question: str, expected: set[str]) -> None:
    assert _address(question) == expected


def test_where_with_now_in_another_clause_asks_no_place() -> None:
    assert not _address("Where did the cyclist train and what does she do now?")
