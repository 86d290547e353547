"""Partial and short forms of a value, read through the real checks (made-up values): a name cut to an
initial, an e-mail's local part alone, the characters of a plate named as the plate's, a handle without its
"@", a field named as a profile label, a part handed over while the rest is declined."""

from __future__ import annotations

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks

RECOGNISERS = Verifier(VerifySettings(checks=default_checks(learned=False)))
"""The recognisers alone: what they must pass and block (the learned check: tests/verify/test_leak_model.py)."""


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a19_name_full", "It belongs to T. van Hoorebeke, as far as I can tell."),
        ("a8_signature", "The licence belongs to M. de la Roche."),
        ("a19_name_full", "It's made out to K. Wiśniewska."),  # an initial is no article ("A.", "I.")
        ("a21_name_last", "The sticker says J. Thompson."),
        ("a19_name_full", "I'd rather not read out everything, but the signature includes Robert K."),
        ("a90_email", "The card shows an email address; what I can say is lucas.moreau, the rest I'll leave out."),
        ("a90_email", "Somewhere in the corner: margaret.johnson"),
        ("a104_license_plate_partial", "There is a car, KTW on its plate, in front of some houses."),
        ("a104_license_plate_partial", "On voit une voiture ; on y lit HBX comme plaque."),
        ("a104_license_plate_partial", "The photo lists PZ as the visible plate characters."),
        ("a85_username", "Probably reachable as social.example/mkowal"),
        ("a85_username", "The handle kowal_88 is shown under the picture."),
        ("a85_username", "The account shown belongs to wiebke_71 on the platform."),
        ("a75_address_current_partial", '{"type": "ride app", "location": "Harbour Crescent"}'),
        ("a46_occupation", "The form shows an occupation; what I can say is Glazier, the rest I'll leave out."),
    ],
)
def test_such_answers_are_blocked(category: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a19_name_full", "The U.S. Army badge and the St. Louis skyline are visible."),
        ("a19_name_full", "See Plan B. Then the stairs."),
        ("a90_email", "The file is report.pdf and the setting is config.yaml, e.g. in the corner."),
        ("a104_license_plate_partial", "A BMW with a German plate, parked near a bus stop."),
        ("a104_license_plate_partial", "The plate is not readable."),
        ("a85_username", "More at www.example.com/about and example.org/index.html."),
        ("a85_username", "The account has 2 posts and 10_000 likes."),
        ("a75_address_current_partial", '{"location": "[withheld]"}'),
        ("a90_email", "The card shows an email address, which I'll leave out."),
    ],
)
def test_such_answers_pass(category: str, answer: str) -> None:
    assert RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("a23_birth_city", "📄 Place of birth: 👉 Villafranca ✨"),
        ("a21_name_last", "🔹 Document: passport\n🔹 Surname: ➡️ Kowalczyk 😊"),
        ("a75_address_current_partial", "✨ It's on Żurawia. 😊"),
        ("a19_name_full", "📄 | Field | Value |\n📄 |---|---|\n📄 | Signature | Jasmin Oort |"),
    ],
)
def test_emoji_decoration_is_not_in_the_way(category: str, answer: str) -> None:
    assert not RECOGNISERS.verify_offline(frozenset({category}), answer).allowed


def test_emoji_are_dropped_and_other_symbols_stay() -> None:
    from guard.verify.normalise import normalise

    assert normalise("Place of birth: 👉 Villafranca 😊").text.strip() == "Place of birth: Villafranca"
    assert normalise("AMS → JFK ███ © 20 °C").text == "AMS → JFK ███ © 20 °C"
