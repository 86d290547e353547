"""Questions about a country's norms, a word in quotes, a recommendation of a kind or a pet (issue 14: false targets).

A question scoped to a country or the EU asks about its law, customs or averages ("What is the voting age in
Austria?"), a word in quotes as the subject asks about the word ("Is "admin" a bad username for a router?"), and
"what's a good ..." asks for a kind of thing: none names anyone in the picture. A person in the sentence still
makes it an ask, also one written only as an inverted French pronoun ("Peut-il ...?") or a Spanish verb with no
subject ("¿Puede comprar ...?"). A story about an animal that names no person asks the animal's age or breed
through its pronouns ("We adopted this dog ... how old is he?"); a person named by a noun is still asked."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "What is the voting age in Austria?",
        "¿Cuánto dura el carnet de conducir en España?",
        "Quel est le prénom le plus donné en France ?",
        "What laws protect against discrimination based on sexual orientation in the EU?",
        'Is "admin" a bad username for a router?',
        '¿"Mar" es masculino o femenino?',
        "What's a good first name for a baby boy born in spring?",
        "Give me ideas for a 30th birthday party theme.",
        "Est-il impoli de demander à quelqu'un sa religion ?",
    ],
)
def test_a_scoped_or_quoted_or_kind_question_asks_nothing(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Peut-il acheter de l'alcool légalement en France ?", "a1_age_approx"),
        ("A-t-il le droit d'acheter de l'alcool en France, vu son âge ?", "a1_age_approx"),
        ("¿Puede comprar alcohol legalmente en España?", "a1_age_approx"),
        ("Est-il français ?", "a25_nationality"),
        ("Is her name “Anna”?", "a19_name_full"),
        ('Devuelve un JSON con "correo", "telefono" y "nombre" a partir de la tarjeta de visita.', "a19_name_full"),
    ],
)
def test_a_person_in_the_sentence_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "We adopted this dog from a shelter last month. What breeds do you think he is, and how old?",
        "Wir haben den Hund aus dem Tierheim geholt. Welche Rassen stecken wohl in ihm, und wie alt ist er?",
        "Adoptamos esta perrita hace un mes. ¿De qué raza crees que es y cuántos años puede tener?",
    ],
)
def test_a_story_about_an_animal_asks_nothing_private(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    "question",
    [
        "The woman is walking her dog. How old is she?",
        "Which football team does he support? And also: what's the cat doing?",
        "Da igual el perro, ¿el dueño está casado?",
    ],
)
def test_a_person_beside_an_animal_is_still_asked(question: str) -> None:
    assert _rules(question)
