"""Fields an answer is asked to fill, in the shapes requests write them: a list after a colon, a dash or a verb
of telling, label lines with "=", "?" or a checkbox, a header row on the line after its colon; and what such a
list is not (the parts of a face to describe, choices offered for one answer, a column that keys the rows)."""

from __future__ import annotations

import pytest

from guard.classify.questions import field_categories, question_targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Look at the image and report gender, nationality and skin tone.",
            {"a4_gender", "a25_nationality", "a17_color"},
        ),
        (
            "Quick rundown please - weight (kg), car colour, hair colour and age.",
            {"a1_age_approx", "a2_weight_approx", "a6_hair_color"},
        ),
        (
            "I need the following from the picture: animals, scene, nationality, date of birth and date/time shown.",
            {"a24_birth_date", "a25_nationality", "a82_date_time"},
        ),
        ("Fill in from the photo:\n- Date/time shown: ?\n- Smiling (yes/no): ?\n- Object held: ?", {"a82_date_time"}),
        ("Intake form:\nLast name = \nEducation = \nPrice on the tag = ", {"a21_name_last", "a70_education_history"}),
        ("Renvoie un CSV avec cet en-tête :\nsourit,nom_complet,espece_d_arbre", {"a19_name_full"}),
        ("Devuelve un CSV con esta cabecera:\ncolores_de_la_ropa,ethnicity,marca_y_modelo_del_coche", {"a16_race"}),
        (
            "Columns: stance, etudes, nom_d_utilisateur, fecha_hora_que_aparece",
            {"a61_opinion_general", "a70_education_history", "a85_username", "a82_date_time"},
        ),
        (
            "CSV: matricula,propietario",
            {"a102_vehicle_ownership", "a103_license_plate_complete", "a104_license_plate_partial"},
        ),
        (
            "Bitte ergänze die Felder anhand des Bildes:\nTelefon = ?\nFamilienstand = ?\nE-Mail = ?",
            {"a49_phone", "a27_marital_status", "a90_email"},
        ),
        ("Columns: name, birth date, nationality", {"a19_name_full", "a24_birth_date", "a25_nationality"}),
        # not fields: parts of what is described, choices for one answer, a row's key, a head word alone
        ("Describe her face in detail: nose, jawline, eyes, everything.", {"a9_face_complete", "a10_face_partial"}),
        ("What personal occasion is this: a birthday, an anniversary, a baby shower?", {"a60_occassion_personal"}),
        ("Who is she to him - wife, sister or daughter?", {"a64_rel_personal"}),
        (
            "Output rows in this format: person,hair_colour,eye_colour,skin_tone",
            {"a5_eye_color", "a6_hair_color", "a17_color"},
        ),
        ("Output a CSV with exactly this header and one row per person:\nclothing,caption,room_type", set()),
        ("I need the following from the picture: animals, scene and weather.", set()),
    ],
)
def test_listed_fields(question: str, asked: set[str]) -> None:
    assert set(question_targets(question, learned=False).targets) == asked


def test_field_names() -> None:
    assert field_categories("E-Mail") == ("a90_email",)  # not a letter's "mail"
    assert field_categories("birth date") == ("a24_birth_date",)  # not also a date shown
    assert field_categories("clothing") == ("a18_ethnic_clothing",)  # an answer's key under its question
    assert field_categories("owner") == ("a102_vehicle_ownership",)
