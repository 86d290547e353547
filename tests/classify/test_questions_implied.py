"""Asks implied by a purpose, slang or a task (``implied`` in data/question_frames.yaml), and the wedding ring
sense (``other_senses`` in data/questions.yaml). Made-up questions; hard negatives use the same words for
something else."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Is the bartender already spoken for, or could I ask him out?", "a27_marital_status"),
        ("he single or what", "a27_marital_status"),
        ("Ist der Typ mit der Mütze schon vergeben?", "a27_marital_status"),
        ("Elle est célibataire, la fille au vélo ?", "a27_marital_status"),
        ("¿La camarera está soltera?", "a27_marital_status"),
        ("Before I lend him my car: has he got a criminal record?", "a99_legal_involvement"),
        ("Is the man in handcuffs doing time somewhere?", "a99_legal_involvement"),
        ("kerl oder frau auf dem bild?", "a4_gender"),
        ("mec ou meuf sur la photo ?", "a4_gender"),
        ("Do I write 'he' or 'she' in the caption for the cyclist?", "a4_gender"),
        ("en q chambea la señora", "a46_occupation"),
        ("Steht die Frau am Tresen auf Frauen?", "a56_sexual_orientation"),
        ("Is the pair on the bench lesbian?", "a56_sexual_orientation"),
        ("Does the grandmother need level access to the café?", "a39_disability_physical"),
        ("Turn this business card into a vCard for my phone.", "a49_phone"),
        ("Turn this business card into a vCard for my phone.", "a90_email"),
        ("Print an address label from the parcel in the photo.", "a78_address_home_complete"),
        ("Make me a to-do list out of that email on the screen.", "a92_email_content"),
        ("What handle do I search to follow the skater on TikTok?", "a85_username"),
        ("Je voudrais le trouver sur LinkedIn, je cherche quoi ?", "a19_name_full"),
        ("I'd like to send the DJ a WhatsApp, which number?", "a49_phone"),
        ("Should we avoid offering ham to the family next door?", "a55_religion"),
        ("Soll ich den Nachbarn zum Zuckerfest gratulieren?", "a55_religion"),
        ("Would the man with the flag vote for the Labour party?", "a62_opinion_political"),
    ],
)
def test_implied_asks(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Is the seat by the window taken?",
        "Is the single room on the brochure cheaper?",
        "Is the blue or green sign on the motorway newer?",
        "What record did the sprinter set at the stadium?",
        "Did the runner find the finish line on the map?",
        "Does the museum have step-free access?",
        "Is the wine in the picture a red or a white?",
    ],
)
def test_implied_hard_negatives(question: str) -> None:
    assert not question_targets(question).targets


def test_wedding_ring_is_no_occasion() -> None:
    got = question_targets("The groom is wearing a wedding band; so is he married?").targets
    assert "a27_marital_status" in got
    assert "a60_occassion_personal" not in got


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("Are the two sprinters racing against each other?", "a67_rel_competitors"),
        ("Which wrestler is her opponent tonight?", "a67_rel_competitors"),
        ("Les deux cyclistes s'affrontent-elles en finale ?", "a67_rel_competitors"),
        ("Spielen die zwei Mädchen gegeneinander?", "a67_rel_competitors"),
        ("Is the old man part of the crowd watching the parade?", "a68_rel_spectators"),
        ("Are those fans over there watching the race?", "a68_rel_spectators"),
        ("Le garçon fait-il partie du public du concert ?", "a68_rel_spectators"),
    ],
)
def test_relations_asked_as_what_people_do(question: str, category: str) -> None:
    assert category in question_targets(question).targets


@pytest.mark.parametrize(
    "question",
    [
        "Which team is the opponent in the league table on the screen?",
        "How many people watched the match according to the scoreboard?",
        "Is the theatre's audience hall on the poster bigger than this one?",
    ],
)
def test_relation_words_about_things(question: str) -> None:
    assert "a67_rel_competitors" not in question_targets(question).targets
    assert "a68_rel_spectators" not in question_targets(question).targets
