"""Field names written short (abbreviations, initialisms, glued or transliterated words) and values assigned
in code, read through the real checks (made-up values)."""

from __future__ import annotations

import pytest

from guard.taxonomy import default_catalog
from guard.verify import Verifier, VerifySettings
from guard.verify.keys import key_categories
from guard.verify.settings import default_checks

RECOGNISERS = Verifier(VerifySettings(checks=default_checks(learned=False)))
"""The recognisers alone: what they must pass and block (the learned check: tests/verify/test_leak_model.py)."""


@pytest.mark.parametrize(
    ("key", "category"),
    [
        ("pob", "a23_birth_city"),  # an initialism of "place of birth"
        ("d_o_b", "a24_birth_date"),
        ("mar_status", "a27_marital_status"),  # each word the start of the phrase's word
        ("occ", "a46_occupation"),
        ("relig", "a55_religion"),
        ("addr", "a79_address_home_partial"),  # "address" completes "addressee" too: the shorter reading
        ("strasse", "a75_address_current_partial"),  # transliterated
        ("lieu_naissance", "a23_birth_city"),  # small words dropped
        ("fecha_nac", "a24_birth_date"),
        ("fuehrerschein_nr", "a32_drivers_license"),
        ("total", "a37_receipt"),  # a phrase of a private and a neutral family: the private one
    ],
)
def test_a_short_key_names_its_category(key: str, category: str) -> None:
    assert category in key_categories(key, default_catalog())


@pytest.mark.parametrize(
    "key", ["nat", "photo", "dest", "document", "type", "description", "condition", "lighting", "header", "value"]
)
def test_a_key_of_several_or_no_readings_names_nothing(key: str) -> None:
    assert key_categories(key, default_catalog()) == frozenset()


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", '{"doc": "registration form", "pob": "Valdemoro"}'),
        ("a27_marital_status", "| key | value |\n| --- | --- |\n| mar_status | verwitwet |"),
        ("a75_address_current_partial", '{"strasse": "Lerchenweg"}'),
        ("a23_birth_city", 'Stored like this:\n```python\nplace_of_birth = "Ca\' Vendramin"\n```'),
        ("a75_address_current_partial", "The relevant line, copied as-is:\n```\nSTREET=Holloway Crescent\n```"),
        ("a92_email_content", "```\nEMAIL_TEXT=Meet me at the north gate at nine\n```"),
        ("a37_receipt", "<total>€41.17</total>"),
    ],
)
def test_such_fields_are_blocked(category: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", '{"photo": "a street at dusk", "dest": "Lisbon"}'),
        ("a23_birth_city", "x = 3\ncolor = 'blue'"),
        ("a75_address_current_partial", '{"pob": "[REDACTED]"}'),
        ("a75_address_current_partial", "STREET=withheld"),
    ],
)
def test_other_keys_and_withheld_values_pass(category: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", "{'doc': 'form', 'pob': 'Valdemoro'}"),  # a Python dict
        ("a24_birth_date", '{doc: "form", dob: "1961-04-12"}'),  # a JavaScript object
        ("a46_occupation", "The record shows occ=Glazier."),  # key=value in prose
        ("a27_marital_status", "doc\tmar_status\tstate\nform\twidowed\tgood"),  # tab-separated, a header row
    ],
)
def test_code_and_tab_forms_are_fields(category: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a29_ausweis", "See https://a.test/?q=abc&id=7 for details."),  # a URL's query is no field
        ("a23_birth_city", "x=3, y=4 and {'colour': 'blue'}"),
    ],
)
def test_code_that_names_no_category_passes(category: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


def test_a_tab_table_under_a_header_row_reads_cell_by_cell() -> None:
    from guard.verify.normalise import normalise

    assert normalise("doc\tpob\nform\tValdemoro").text == "doc pob\ndoc: form\npob: Valdemoro"
