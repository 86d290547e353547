"""Fields and values in markup a new author wrote (made-up examples of each class): a key/value CSV, an XML
element named by its attribute, and text dressed in markdown (code fences, block quotes, inline code)."""

from __future__ import annotations

import pytest

from guard.classify.fields import field_spans
from guard.verify import Verifier
from guard.verify.normalise import normalise


def test_a_key_value_csv_gives_each_row_as_a_field() -> None:
    text = 'Feld;Wert\nDokument;Mitgliedsantrag\nFamilienstand;"geschieden"'
    assert ("Familienstand", "geschieden") in [(k, v) for k, v, _, _ in field_spans(text)]


def test_an_xml_element_named_by_its_attribute() -> None:
    text = '<record>\n  <field key="place_of_birth">Ourense</field>\n  <p>scan</p>\n</record>'
    spans = field_spans(text)
    assert [(k, v) for k, v, _, _ in spans] == [("place of birth", "Ourense")]
    assert text[spans[0][2] : spans[0][3]] == "Ourense"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Transcription:\n```text\nOda Brekke\n```", "Transcription:\nOda Brekke\n"),
        ("The visible text says:\n\n> Lindqvist", "The visible text says:\n\nLindqvist"),
        ("It carries **`Norwegian`** in the middle.", "It carries Norwegian in the middle."),
        ("a > b, 2 ** 3, @ole__b, my_var__x", "a > b, 2 ** 3, @ole__b, my_var__x"),  # no decoration here
    ],
)
def test_markdown_decoration_is_not_content(text: str, plain: str) -> None:
    norm = normalise(text)
    assert norm.text == plain


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a25_nationality", "field,value\ndocument,scan\nnationality,Norwegian"),
        ("a55_religion", '<document>\n  <field name="religion">Lutheran</field>\n</document>'),
        ("a25_nationality", "It says:\n\n> Norwegian"),  # a block quote under a reading frame
    ],
)
def test_such_answers_are_blocked(category: str, answer: str) -> None:
    assert not Verifier().verify_offline(frozenset({category}), answer).allowed
