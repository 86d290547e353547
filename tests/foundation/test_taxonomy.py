"""The catalogue carries SPY-Bench's ids, names and scenario lists over exactly; look-ups are forgiving."""

import json
from pathlib import Path

import pytest

from guard.errors import GuardError, UnknownNameError
from guard.taxonomy import SAFE_LABEL, Catalog, Category, Scenario, default_catalog, fill_template

DATA = Path(__file__).parent / "data"
NAMES = json.loads((DATA / "spy_bench_label2text.json").read_text())
SCENARIO_LABELS = json.loads((DATA / "spy_bench_scenario_labels.json").read_text())


def test_categories_match_spy_bench_names_exactly() -> None:
    cat = default_catalog()
    expected = {k: v for k, v in NAMES.items() if k != SAFE_LABEL}
    assert len(cat.categories) == 67
    assert {c.id: c.name for c in cat.categories.values()} == expected


def test_scenario_non_private_lists_match_spy_bench_exactly() -> None:
    cat = default_catalog()
    assert len(cat.scenarios) == 24
    assert {s.id: s.non_private for s in cat.scenarios.values()} == {
        k: frozenset(v) for k, v in SCENARIO_LABELS.items()
    }


def test_every_category_has_aliases_and_a_description() -> None:
    for c in default_catalog().categories.values():
        assert c.description, c.id
        assert c.aliases, c.id


def test_scenario_templates_are_our_own_with_one_question_slot() -> None:
    for s in default_catalog().scenarios.values():
        rendered = s.render("Q?")
        assert rendered.endswith("The question is: Q?"), s.id
        assert "{" not in rendered


def test_default_absolute_set_is_the_papers_five() -> None:
    assert set(default_catalog().absolute_default) == {
        "a12_semi_nudity",
        "a13_full_nudity",
        "a29_ausweis",
        "a31_passport",
        "a32_drivers_license",
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a1_age_approx", "a1_age_approx"),
        ("AGE", "a1_age_approx"),
        ("approximate age of people", "a1_age_approx"),
        ("  Card Number ", "a30_credit_card"),
        ("full license plate", "a103_license_plate_complete"),
        ("birthdate", "a24_birth_date"),
        ("driver's license", "a32_drivers_license"),
        ("e-mail", "a90_email"),
        ("date of birth", "a24_birth_date"),
    ],
)
def test_lookup_by_id_name_or_alias_case_insensitive(name: str, expected: str) -> None:
    assert default_catalog().category(name).id == expected


def test_unknown_category_suggests_close_names() -> None:
    with pytest.raises(UnknownNameError) as info:
        default_catalog().category("agee")
    message = str(info.value)
    assert "unknown category 'agee'" in message
    assert "did you mean" in message and "a1_age_approx" in message
    assert "guard categories" in message


def test_unknown_scenario_suggests_close_names() -> None:
    with pytest.raises(UnknownNameError, match="s1_healthcare_consultation"):
        default_catalog().scenario("helthcare consultation")
    assert default_catalog().scenario("Hotel Check-In").id == "s7_hotel_check-in"


def test_unknown_name_without_close_match_has_no_suggestion() -> None:
    with pytest.raises(UnknownNameError) as info:
        default_catalog().category("zzzzzz")
    assert "did you mean" not in str(info.value)


def test_alias_clash_is_rejected() -> None:
    base = default_catalog()
    with pytest.raises(GuardError, match="already used by 'a1_age_approx'"):
        base.with_custom([Category(id="my_age", name="age", custom=True)])


def test_custom_categories_do_not_change_the_shared_catalogue() -> None:
    base = default_catalog()
    extended = base.with_custom([Category(id="pet_name", name="name of pets", custom=True)])
    assert extended.category("name of pets").id == "pet_name"
    with pytest.raises(UnknownNameError):
        base.category("name of pets")


def test_scenario_listing_an_unknown_category_is_rejected() -> None:
    bad = Scenario(id="x", name="x", template="{question}", non_private=frozenset({"a999_nope"}))
    with pytest.raises(GuardError, match="unknown category 'a999_nope'"):
        Catalog([], [bad], [])


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("The question is: {question}", "The question is: Q"),
        ("The question is {}.", "The question is Q."),
        ("Braces {like this} stay. {question}", "Braces {like this} stay. Q"),
    ],
)
def test_fill_template_accepts_both_slot_styles(template: str, expected: str) -> None:
    assert fill_template(template, "Q") == expected


@pytest.mark.parametrize("template", ["no slot", "{question} twice {question}", "{} and {question}"])
def test_fill_template_needs_exactly_one_slot(template: str) -> None:
    with pytest.raises(GuardError, match="exactly one"):
        fill_template(template, "Q")


def test_question_with_braces_is_inserted_verbatim() -> None:
    assert fill_template("Q: {question}", "what is {x}? {}") == "Q: what is {x}? {}"
