"""Precheck: questions that clearly target an evaded category, from the taxonomy's names and aliases."""

from __future__ import annotations

import importlib

import pytest

from guard.taxonomy import Category, default_catalog
from guard.verify import precheck
from guard.verify.lru import Lru


@pytest.mark.parametrize(
    ("question", "evaded", "targets"),
    [
        (
            "What is the license plate number of the red car?",
            {"a103_license_plate_complete"},
            ("a103_license_plate_complete",),
        ),
        ("How old is the woman on the left?", {"a1_age_approx", "a49_phone"}, ("a1_age_approx",)),
        ("Can you read the credit card number?", {"a30_credit_card"}, ("a30_credit_card",)),
        ("What's his date of birth?", {"a24_birth_date"}, ("a24_birth_date",)),
        ("Which e-mail address is on the screen?", {"a90_email"}, ("a90_email",)),
        ("What is the passport number?", {"a31_passport", "a29_ausweis"}, ("a31_passport",)),
    ],
)
def test_targeting_questions(question: str, evaded: set[str], targets: tuple[str, ...]) -> None:
    decision = precheck(question, frozenset(evaded))
    assert decision.refuse and decision.targets == targets
    start, end = decision.spans[0]
    assert 0 <= start < end <= len(question)


@pytest.mark.parametrize(
    ("question", "evaded"),
    [
        ("Describe the scene.", {"a1_age_approx", "a30_credit_card"}),
        ("What time of day does it look like?", {"a73_landmark"}),
        ("How many people are in this place?", {"a73_landmark"}),
        ("What is the license plate number?", {"a1_age_approx"}),  # targets a category that is not evaded
        ("Where was he born?", {"a24_birth_date"}),  # birth city, not birth date
    ],
)
def test_non_targeting_questions(question: str, evaded: set[str]) -> None:
    assert not precheck(question, frozenset(evaded)).refuse


def test_custom_categories_are_found_by_their_names() -> None:
    custom = Category(id="fitness_data", name="fitness tracking data", aliases=("heart rate",), custom=True)
    catalog = default_catalog().with_custom([custom])
    decision = precheck("What heart rate does the watch show?", frozenset({"fitness_data"}), catalog=catalog)
    assert decision.targets == ("fitness_data",)


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("What is the address of this hotel?", True),
        ("What is the email address shown?", False),
        ("What is the keeper's address on this certificate?", False),
    ],
)
def test_address_alone_means_the_current_address(question: str, target: bool) -> None:
    assert precheck(question, frozenset({"a74_address_current_complete"})).refuse is target


def test_a_delivery_address_is_the_recipients_home_address() -> None:
    """The rules read a delivery address as someone else's; the learned model, fitted on authors who label the
    address on a parcel as the recipient's home address, adds that: the refusal is the safe side."""
    assert precheck("Read out the delivery address.", frozenset({"a78_address_home_complete"})).refuse


@pytest.mark.parametrize(
    ("question", "schema"),
    [
        ("Fill in the form.", {"type": "object", "properties": {"age_years": {"type": "integer"}}}),
        (
            "Extract the fields.",
            {"type": "object", "properties": {"field_1": {"description": "How old the person is"}}},
        ),
        ("Wie alt ist sie?", None),
        ("How \u043e\u200bld is she?", None),
    ],
)
def test_precheck_reads_schemas_other_languages_and_spelling_tricks(question: str, schema: dict | None) -> None:  # type: ignore[type-arg]
    assert precheck(question, frozenset({"a1_age_approx"}), schema=schema).targets == ("a1_age_approx",)


def test_refusal_check_reads_the_schema_and_lets_refusals_in_any_language_through() -> None:
    from guard.verify import CheckInput
    from guard.verify.registry import build_check

    check = build_check("refusal", {"type": "refusal"})
    schema = {"type": "object", "properties": {"dateOfBirth": {"type": "string"}}}
    evaded = frozenset({"a24_birth_date"})
    leak = CheckInput(evaded=evaded, answer='{"dateOfBirth": "1990-03-14"}', question="Fill in.", schema=schema)
    assert check.run(leak).status == "violation"
    for answer in ("Je ne peux pas partager sa date de naissance.", "Das Geburtsdatum ist nicht lesbar."):
        assert check.run(CheckInput(evaded=evaded, answer=answer, question="Fill in.", schema=schema)).status == "pass"


@pytest.mark.parametrize(
    ("question", "refuse"),
    [
        ("Is she Catholic or Protestant?", True),  # values of the category, no category word
        ("Est-il marié ?", True),
        ("Quel âge a ce chêne ?", False),  # the attribute of a thing
        ("What is the age rating on the game box?", False),  # category word modifying a thing
        ("I already know her age; what is she holding?", False),
    ],
)
def test_precheck_reads_values_and_scope(question: str, refuse: bool) -> None:
    """Precheck refuses without calling the model, so a false target is a false refusal."""
    evaded = frozenset({"a1_age_approx", "a27_marital_status", "a55_religion"})
    assert precheck(question, evaded).refuse is refuse


def test_a_reading_is_kept_per_question_schema_and_catalogue_without_its_text() -> None:
    """``precheck`` keeps its last readings (read once per request) under a digest: the same question with another
    schema, other evaded categories or another custom catalogue is read afresh, and no key holds the question."""
    pre = importlib.import_module("guard.verify.precheck")
    pre.readings.clear()
    fitness = Category(id="fitness_data", name="fitness tracking data", aliases=("heart rate",), custom=True)
    mine, theirs = (default_catalog().with_custom([fitness]) for _ in range(2))
    question = "What heart rate does the watch show?"
    evaded = frozenset({"fitness_data"})
    assert precheck(question, evaded, catalog=mine).targets == ("fitness_data",)
    key = pre._reading_key(question, evaded, mine, None)
    assert pre._kept(key, mine) is not None and question not in repr(key)
    assert pre._kept(key, theirs) is None  # another catalogue (or a new one where this one was freed)
    assert pre._kept(pre._reading_key(question, evaded, mine, {"properties": {"bpm": {}}}), mine) is None
    assert pre._kept(pre._reading_key(question, frozenset({"a1_age_approx"}), mine, None), mine) is None
    small: Lru[str, int] = Lru(2)
    for n in range(3):
        small.put(f"q{n}", n)
    assert small.get("q0") is None and small.get("q2") == 2 and len(small) == 2  # the oldest made room
