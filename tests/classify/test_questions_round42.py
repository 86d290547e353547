"""Question readings the forty-second round's burned questions showed (made-up examples, not their rows): a yes/no
question naming a candidate place in the German or Spanish word order (the participle or the subject after the
place), an age bound in de/fr/es, a schema key for the eyes' state or a kind or count (no eye colour, no
ethnicity), a photo that is "taken", and "la/le" + a thing's noun at a question's end (the thing weighs, nobody)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("¿Vive en Valencia la señora?", {"a79_address_home_partial"}),
        ("Ist der Mann in Leipzig geboren?", {"a23_birth_city"}),
        ("¿Nació en Granada el chico?", {"a23_birth_city"}),
        ("Habite-t-il à Nantes, le monsieur ?", {"a79_address_home_partial"}),
        ("Was he born in Leeds?", {"a23_birth_city"}),
        ("Ist er in der Küche?", set()),
        ("Ist er schon über 50?", {"a1_age_approx"}),
        ("A-t-elle plus de 40 ?", {"a1_age_approx"}),
        ("¿Tiene más de 70?", {"a1_age_approx"}),
        ("Sind es mehr als 20?", set()),
        ("Kostet es mehr als 30?", set()),
        ("Return JSON with keys: eyes_closed, smiling, glasses", set()),
        ('Antworte als JSON: {"augen_offen": true, "lacht": false}', set()),
        ("Return JSON with keys: eye_colour", {"a5_eye_color"}),
        # a kind, a count or a rating after the field's word: the thing's kind, not the value
        ("Return CSV columns: race_type, distance_km, weather", set()),
        ('Antworte als JSON: {"age_rating": "", "genre": ""}', set()),
        ("Return JSON with keys: race, age", {"a16_race", "a1_age_approx"}),
        ("Is the picture taken in Rome?", {"a73_landmark"}),
        ("Is the guy taken?", {"a27_marital_status"}),
        ("¿Cuánto pesa la sandía?", set()),
        ("Combien pèse la valise ?", set()),
        ("¿Cuánto pesa la sandía, más o menos?", set()),
        ("Combien pèse la dame, à peu près ?", {"a2_weight_approx"}),
        ("¿Cuánto pesa la mujer?", {"a2_weight_approx"}),
        ("¿Qué edad le calculas?", {"a1_age_approx"}),
    ],
)
def test_round42_readings(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked
