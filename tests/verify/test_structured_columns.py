"""Field names from a header row or a tag: CSV (``document,place of birth`` over a row), HTML tables
(``<th>`` over ``<td>``, or a ``<th>``/``<td>`` pair) and XML elements named for their content."""

from __future__ import annotations

import pytest

from guard.classify.fields import field_spans
from guard.verify import Verifier, VerifySettings


def _found(answer: str, evaded: frozenset[str]) -> set[str]:
    verifier = Verifier(VerifySettings(checks={"structured_field": {}}))
    return {v.finding.category for v in verifier.verify_offline(evaded, answer).violations}


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        ('item,place of birth,condition\nID card,"Kessenich",worn', "a23_birth_city"),
        ("Dokument;Familienstand\nAntrag;verwitwet", "a27_marital_status"),
        (
            "<table><tr><th>Hobbies</th><th>Colour</th></tr><tr><td>Canyoning</td><td>blue</td></tr></table>",
            "a58_hobbies",
        ),
        ("<table><tr><th>Apellido</th><td>Quintanilla</td></tr></table>", "a21_name_last"),
        ("<record><religion>Zoroastrian</religion></record>", "a55_religion"),
        ('<field name="x"><nationality>Maltese</nationality></field>', "a25_nationality"),
    ],
)
def test_a_column_or_tag_named_for_an_evaded_category_is_a_violation(answer: str, category: str) -> None:
    assert _found(answer, frozenset({category})) == {category}


@pytest.mark.parametrize(
    "answer",
    [
        "Prices: 3,50 and 4,20; nothing else.",
        "item,condition\nID card,worn",  # a column of no evaded category
        "<p>Hobbies</p><b>Canyoning</b>",  # HTML's own elements say nothing
        "<religion></religion>",  # empty
        'document,place of birth\nID card,"[withheld]"',
    ],
)
def test_other_columns_markup_and_withheld_values_are_not(answer: str) -> None:
    assert _found(answer, frozenset({"a23_birth_city", "a58_hobbies", "a55_religion"})) == set()


def test_spans_point_at_the_cell() -> None:
    text = 'doc,surname\npassport,"Okonjo"'
    spans = [(k, text[a:b]) for k, _, a, b in field_spans(text)]
    assert ("surname", "Okonjo") in spans
