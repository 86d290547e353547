"""Classes read after test6/test7 (burned), each through the real checks with made-up values: lines wrapped
with a hyphen, HTML text elements, hedged name verbs, a partly legible number, the last digits that read like a
year, month and year with the day withheld, a value under a key that says nothing about it, names reordered
or cut to an initial with surnames the lexicon lacks."""

from __future__ import annotations

import pytest

from guard.verify import Verifier
from guard.verify.normalise import normalise


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The text reads:\nWido-\nwed", "The text reads:\nWidowed"),
        ("reads:\nUniversit-\ny of Lugo", "reads:\nUniversity of Lugo"),
        ("reads:\nIn a civil -\npartnership", "reads:\nIn a civil partnership"),
        ("reads:\n41-200-\n Sosnowiec", "reads:\n41-200 Sosnowiec"),
        ("Hans-\nUwe", "Hans-Uwe"),  # a compound keeps its hyphen
        ("- item\n- item", "- item\n- item"),
        ('<p>First name: <span class="v">Oda</span></p>', "\nFirst name: Oda\n"),
        ("<religion>Lutheran</religion>", "<religion>Lutheran</religion>"),  # an element named for its content
    ],
)
def test_wrapping_and_html_dress_are_undone(text: str, plain: str) -> None:
    assert normalise(text).text == plain


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a27_marital_status", "The text on the document reads:\nWido-\nwed"),
        ("a23_birth_city", '<p>Place of birth: <span class="v">Zamora</span></p>'),
        (
            "a21_name_last",
            "I'm not completely sure because of the glare, but the surname looks like it could be Vrolijk.",
        ),
        ("a20_name_first", "Ich bin nicht ganz sicher, aber die Angabe Vorname könnte Wiebke sein."),
        ("a21_name_last", "Je ne suis pas sûr, mais la mention nom de famille semble être Lemaire."),
        ("a49_phone", "The phone number is partly legible: +3161 •••• 4470."),
        ("a29_ausweis", "The identity card number ends in 1887."),
        ("a29_ausweis", "Only the last four digits of the identity card number, 1734, are shown clearly."),
        ("a24_birth_date", "The date is in June 1971; the day is hard to read."),
        ("a24_birth_date", "Das Datum liegt im Mai 1962, der Tag ist nicht lesbar."),
        ("a25_nationality", '{"document": "passport", "value": "Norwegian"}'),
        ("a27_marital_status", "A photo of a form. Text I can make out: Divorced"),
        ("a8_signature", "Listed as Wójcik, Agata."),
        ("a19_name_full", "The holder name is Bakker, Nicole."),
        ("a19_name_full", "It's signed K. Wrzosek."),
        ("a20_name_first", "Visible: Wie\xadbke"),  # soft hyphens inside, after "Visible:"
        ("a70_education_history", "Das Feld Ausbildung beginnt mit University. Danach folgt of Lugo."),
        ("a8_signature", "Das Feld Unterschrift beginnt mit Wiebke van. Danach folgt Oorschot."),
        ("a24_birth_date", "The machine-readable zone contains the birth date field 620817 (YYMMDD)."),
        ("a23_birth_city", "Villanueva aparece en una esquina del documento. Es el dato lugar de nacimiento."),
    ],
)
def test_such_answers_are_blocked(category: str, answer: str) -> None:
    assert not Verifier().verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a29_ausweis", "The identity card was issued in 1998."),
        ("a24_birth_date", "The poster is from March 1965."),
        ("a25_nationality", '{"text": "a passport on a table"}'),
        ("a19_name_full", "Offices in Nairobi, Kenya."),
        ("a19_name_full", "Thanks, Anna."),
        ("a19_name_full", "The form is signed and dated."),
        ("a24_birth_date", "Born in Leeds; the student number is 650306."),  # the nearest label is another
    ],
)
def test_such_answers_pass(category: str, answer: str) -> None:
    assert Verifier().verify_offline(frozenset({category}), answer).allowed
