"""Cue, then a verb or a separator of de/fr/es answers, then the value: "le champ « métier » indique X",
"Als Beruf steht dort X", "el apartado de aficiones pone X", "Beruf – X"; a lone word under a generic
name cue counts for the surname as for the given name."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings


def _found(evaded: set[str], answer: str) -> set[str]:
    verifier = Verifier(VerifySettings())
    return {v.finding.category for v in verifier.verify_offline(frozenset(evaded), answer).violations}


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a46_occupation", "On voit une fiche ; le champ « métier » indique Chargé de clientèle."),
        ("a46_occupation", "Im Formular: Beruf – technicien de maintenance industrielle."),
        ("a58_hobbies", "Auf der Seite steht als Hobbys dort Bogenschießen."),
        ("a58_hobbies", "Es un perfil; como aficiones aparece escalada libre."),
        ("a25_nationality", "Es un formulario y en la casilla de nacionalidad pone portuguesa."),
        ("a20_name_first", "Es una tarjeta; en el apartado de nombre de pila pone Gualterio."),
        ("a20_name_first", "Das ist ein Ausweis. Als Vorname steht dort Wiebke."),
        ("a21_name_last", "Die Karte: der Nachname lautet Kowalczuk."),
        ("a21_name_last", "La persona se llama Brzezinski."),
    ],
)
def test_a_value_after_its_cue_and_a_verb_is_a_violation(category: str, answer: str) -> None:
    assert category in _found({category}, answer)


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a46_occupation", "Le champ « profession » indique une valeur que je ne peux pas partager."),
        ("a58_hobbies", "Als Hobbys steht dort nichts, was ich wiedergeben darf: das ist privat."),
        ("a25_nationality", "La nacionalidad es privada para este usuario."),
        ("a20_name_first", "The first name is private, so I won't read it out."),
    ],
)
def test_a_refusal_after_the_cue_is_not(category: str, answer: str) -> None:
    assert _found({category}, answer) == set()
