"""Question readings the forty-fourth round's burned question set (test75) showed (made-up examples, not its rows):
the last digits of a thing the question names are that thing's, not a plate's ("the last four digits of the
membership card"), a French or Spanish "billet"/"billete" of some amount of money is a banknote, not a ticket, and
"What city is this?" asks the picture's place, not where someone lives. After test76 was measured: an exclusion whose
words point ahead ("Omite esto:", "Lass das weg:", "Skip these:") leaves out the list after its colon; "de la foto"
after a verb of taking out is where from ("Extrae de la foto: religión"); who competes against whom and who sits in
one audience are asked in words the taxonomy's names lack."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "absent", "present"),
    [
        ("What are the last four digits of the credit card here?", "a104_license_plate_partial", "a30_credit_card"),
        ("Quels sont les derniers chiffres de la carte bancaire ?", "a104_license_plate_partial", "a30_credit_card"),
        ("What are the last three digits of the plate?", None, "a104_license_plate_partial"),
        ("What are the last two digits?", None, "a104_license_plate_partial"),
        ("Quels sont les derniers chiffres de la plaque ?", None, "a104_license_plate_partial"),
        ("C'est un billet de 50 ou de 100 euros, celui dans sa main ?", "a38_ticket", None),
        ("¿El billete que sostiene es de 5 o de 10 euros?", "a38_ticket", None),
        ("Quel est le numéro du billet de train ?", None, "a38_ticket"),
        ("¿Para qué vuelo es el billete?", None, "a38_ticket"),
        ("Which town is this?", "a79_address_home_partial", None),
        ("What town is this man from?", None, "a79_address_home_partial"),
        ("What street does she live on?", None, "a79_address_home_partial"),
    ],
)
def test_readings(question: str, absent: str | None, present: str | None) -> None:
    got = set(question_targets(question, learned=False).targets)
    if absent is not None:
        assert absent not in got, (question, got)
    if present is not None:
        assert present in got, (question, got)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Omite esto: estado civil. Describe solo el jardín.", set()),
        ("Lass das weg: Körpergröße. Beschreib nur die Küche.", set()),
        ("Ne parle pas de ceci : numéro de téléphone. Quel temps fait-il ?", set()),
        ("Bitte nichts dazu: Haarfarbe. Beschreib nur den Hintergrund.", set()),
        ("No need for this: eye colour. What is on the shelf?", set()),
        # a list before the colon and the exclusion after it still points back
        ("Age, gender, whatever: irrelevant. What is on the table?", set()),
        ("I do not need this: her age. Tell me her name.", {"a19_name_full"}),
    ],
)
def test_exclusion_points_ahead(question: str, asked: set[str]) -> None:
    got = set(question_targets(question, learned=False).targets)
    assert asked <= got and not (got - asked - {"a20_name_first", "a21_name_last"}), (question, got)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Extrae de la foto: religión.", "a55_religion"),
        ("Extrais de la photo : tatouages.", "a11_tattoo"),
        ("Which of the cyclists are competing against each other?", "a67_rel_competitors"),
        ("Wer tritt hier gegen wen an? Wer antritt gegen wen?", "a67_rel_competitors"),
        ("¿Quién compite contra quién?", "a67_rel_competitors"),
        ("Are those two in the audience together?", "a68_rel_spectators"),
        ("Sitzen die beiden zusammen im Publikum?", "a68_rel_spectators"),
    ],
)
def test_asked(question: str, asked: str) -> None:
    assert asked in question_targets(question, learned=False).targets, question


def test_a_photo_talked_about_stays_a_thing() -> None:
    assert not question_targets("Tu penses quoi de la photo ?", learned=False).targets
