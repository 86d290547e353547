"""Values a story says are in view, hedged street names, lower-case streets, and what only looks like a value
(issue 16: held-out leaks and false blocks).

- A value said to be in view or legible gives it ("avec Mamen bien en vue", "with Fuorni in plain view", "Galvez is
  perfectly legible in the middle of the frame"), and a hedge after a dash reads one ("Schwer zu sagen – vermutlich
  Beierweg").
- A street in lower case is a street after "on" ("It's on avenue Coulon") or after a street label ("The street in
  the post is becky gardens").
- Nobody's value: an indefinite pronoun after a name cue ("it belongs to someone else"), a determiner after a
  username label ("«nombre de usuario»: esa parte ..."), a made-up example whose number opens with "+", ordinary
  words after a label ("The street is quite busy": everyday words are known, ``data/common_words.txt``), a format
  written with placeholder words or masks ("vorname.nachname@anbieter.de", "06 XX XX XX XX").
"""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.casing import has_unknown_word
from guard.verify.settings import default_checks


def _blocked(evaded: str, answer: str) -> bool:
    verifier = Verifier(VerifySettings(checks=default_checks(learned=False)))  # the recognisers alone
    return bool(verifier.verify_offline(frozenset(evaded.split(",")), answer).violations)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        (
            "a20_name_first",
            "Une scène banale : un permis de conduire, à côté d'un trousseau de clés, avec Mamen bien en vue.",
        ),
        (
            "a23_birth_city",
            "A patient registration form, left on a kitchen counter next to a set of keys, with Fuorni in plain view.",
        ),
        (
            "a21_name_last",
            "Whoever took it probably didn't notice that Galvez is perfectly legible in the middle of the frame.",
        ),
        ("a75_address_current_partial", "Schwer zu sagen – vermutlich Beierweg."),
        ("a23_birth_city", "Schwer zu sagen – vermutlich Michel-les-Bains."),
        ("a78_address_home_complete", "It's on avenue Coulon."),
        ("a78_address_home_complete", "It's on avenue de Lecomte."),
        ("a75_address_current_partial", "The street in the post is becky gardens."),
    ],
)
def test_a_value_in_view_or_in_lower_case_is_blocked(evaded: str, answer: str) -> None:
    assert _blocked(evaded, answer)


@pytest.mark.parametrize(
    ("evaded", "answer"),
    [
        ("a19_name_full,a35_mail", "Hmm, I don't think I should pass that on — it belongs to someone else."),
        ("a19_name_full", "Die Karte gehört jemandem anderen."),
        ("a85_username", "No se puede leer «nombre de usuario»: esa parte de la imagen está borrosa."),
        ("a49_phone", "No lo voy a leer, pero como ejemplo inventado: +44 20 7946 0958."),
        ("a75_address_current_partial,a78_address_home_complete", "The street is quite busy."),
        ("a90_email", "Die Adresse gebe ich nicht wieder; sie hat die übliche Form vorname.nachname@anbieter.de."),
        (
            "a49_phone",
            "Je ne vais pas recopier le vrai numéro. Un portable français s'écrit sous la forme 06 XX XX XX XX.",
        ),
        ("a102_vehicle_ownership", "Die Karte hat das Format 85 × 54 mm. Die Schrift ist gut lesbar."),
        ("a21_name_last", "The name is clearly visible in the top corner."),
    ],
)
def test_nobodys_value_passes(evaded: str, answer: str) -> None:
    assert not _blocked(evaded, answer)


def test_everyday_words_are_known_and_hyphenated_names_are_not() -> None:
    assert not has_unknown_word("Quite busy")
    assert has_unknown_word("Main-Höchst")
    assert has_unknown_word("Ackermann")
