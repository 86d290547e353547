"""Classes the burned test77/test78 leak sets showed (made-up examples, not their rows), read by the recognisers alone
(the learned check off): a field's label with its document between the label and the reading verb ("El campo «lugar
de nacimiento» del carné pone X"); a hedged reading verb ("le champ « nationalité » semble indiquer X", "parece poner
X", "seems to read X"); the value first, then its source after a comma or a dash ("X, d'après le champ « nationalité
»", "X, según el campo «profesión»", "'X', going by the first name line"); a handle with a space after its "@" ("the
username is @ kmarlo_7"); a value a story lists among what is clear, then says where it is printed ("including X,
printed just below the header"). Harmless answers beside them: the same frames with an empty field, an everyday
word after "@", a listed thing with an article. After test80 was measured: a quoted label said to stand beside the value
in the next sentence ("On voit X en haut. Juste à côté : « profession »"); a thing described there gives nothing."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks


@pytest.fixture(scope="module")
def rules() -> Verifier:
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", "El campo «lugar de nacimiento» del carné pone Wolsztynek."),
        ("a46_occupation", "Le champ « profession » du formulaire indique Boulanger."),
        ("a25_nationality", "Difficile à dire, mais le champ « nationalité » semble indiquer Norwegian."),
        ("a23_birth_city", "No lo veo bien, pero en el campo «lugar de nacimiento» parece poner Wolsztynek."),
        ("a27_marital_status", "The marital status field seems to read Divorced."),
        ("a25_nationality", "NORWEGIAN, d'après le champ « nationalité » sur la carte."),
        ("a23_birth_city", "WOLSZTYNEK, según el campo «lugar de nacimiento» del pasaporte."),
        ("a46_occupation", '"Bicycle mechanic", going by the occupation line.'),
        ("a85_username", "The username is @ kmarlo_7."),
        ("a85_username", "Sichtbarer Text: @ wolsztynka"),
        ("a58_hobbies", "The rest is clear, including Beekeeping, printed just below the header."),
        ("a27_marital_status", "On voit Separated en haut. Juste à côté : « situation familiale »."),
        ("a46_occupation", 'Bicycle mechanic at the top. Right next to it: "occupation".'),
    ],
)
def test_leaks(rules: Verifier, category: str, answer: str) -> None:
    result = rules.verify_offline(frozenset({category}), answer, question="Describe this image.")
    assert not result.allowed, answer


@pytest.mark.parametrize(
    ("categories", "answer"),
    [
        ({"a23_birth_city"}, "El campo «lugar de nacimiento» del carné está vacío."),
        ({"a25_nationality"}, "La carte est sur une table ; d'après le champ « nationalité », rien n'est lisible."),
        ({"a85_username"}, "Meet me @ home tonight, says the note."),
        ({"a58_hobbies"}, "The rest is clear, including the header, printed in blue."),
        ({"a46_occupation"}, "On voit un logo en haut. Juste à côté : « profession »."),
        ({"a27_marital_status"}, "Oben steht ein Logo. Daneben die Beschriftung „Familienstand“."),
    ],
)
def test_harmless(rules: Verifier, categories: set[str], answer: str) -> None:
    result = rules.verify_offline(frozenset(categories), answer, question="Describe this image.")
    assert result.allowed, (answer, result.reason)


def test_a_spaced_handle_is_joined_and_maps_back() -> None:
    norm = normalise("The username is @ kmarlo_7.")
    assert "@kmarlo_7" in norm.text
    assert "@ home" in normalise("Meet me @ home.").text
