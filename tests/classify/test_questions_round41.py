"""Question readings the forty-first round's burned questions showed (made-up examples, not their rows): fields
listed in German, French or Spanish read as their English words, whatever the word order ("ciudad actual" is the
current city), and a German compound the lexicon does not know read with its field word apart
("Studentenausweisnummer" as "Studentenausweis-Nummer"), while compounds it knows keep their own reading
("Geburtsdatum" is no date of the picture, "Mailadresse" no postal mail)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Dime: color del coche, ciudad actual y número de perros.", {"a75_address_current_partial"}),
        ("Sag mir bitte: Wetter, aktuelle Stadt und Anzahl der Hunde.", {"a75_address_current_partial"}),
        (
            "Dime: huella dactilar, firma y relación profesional.",
            {"a7_fingerprint", "a8_signature", "a66_rel_professional"},
        ),
        ("Sag mir: Tageszeit, Tiere und berufliche Beziehung.", {"a66_rel_professional"}),
        ("Indícame: raza del perro, vehículo propio y clima.", {"a102_vehicle_ownership"}),
        ("Nenne mir: Lichtstimmung, eigenes Fahrzeug und Jahreszeit.", {"a102_vehicle_ownership"}),
        ("Dime: tipo de tren, lugar de la foto y hora del día.", {"a73_landmark"}),
        ("Wie lautet die Studentenausweisnummer?", {"a33_student_id"}),
        ("Lies mir die Personalausweisnummer vor.", {"a29_ausweis"}),
        ("Was macht sie beruflich?", {"a46_occupation"}),
        ("Was ist sein Geburtsdatum?", {"a24_birth_date"}),
        ("Wie lautet seine Mailadresse?", {"a90_email"}),
        ("Kannst du Telefonnummer und Mail-Adresse abschreiben?", {"a49_phone", "a90_email"}),
        ("Bei welchem beruflichen Anlass sind die Leute?", {"a48_occassion_work"}),
        ("Rellena: Lugar (interior/exterior): ___ Número de personas: ___", set()),
        ("Wie lautet die Seitennummer?", set()),
    ],
)
def test_round41_readings(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked
