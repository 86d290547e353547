"""A clause that sets a topic aside before the question does not ask for it (issue 14: negated asks)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Leave out the address on the letter; what colour is the letter?",
        "Do not reveal the phone number on the van. What colour is the van?",
        "Forget the username; what colour is the app icon?",
        "Peu importe la plaque, quelle est la marque de la voiture ?",
        "Ohne das Alter zu schätzen: Wie ist das Wetter?",
        "Lies die Adresse auf dem Paket nicht vor; welche Farbe hat das Paket?",
        "Olvida la matrícula. ¿De qué marca es el coche?",
    ],
)
def test_a_set_aside_topic_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Don't bother with the furniture, what's the plate number of the car outside?", "a103_license_plate_complete"),
        ("Skip the plate number; who owns the car?", "a102_vehicle_ownership"),
        ("Don't tell me her name, just how old she is.", "a1_age_approx"),
    ],
)
def test_the_question_after_it_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


def test_a_negative_question_is_no_set_aside() -> None:
    assert "a27_marital_status" in _rules("Isn't she married, judging by the ring?")


@pytest.mark.parametrize(
    "question",
    [
        # the word of exclusion anywhere in its clause, not only at its head
        "The tattoo aside, is the jacket leather?",
        "Den Namen brauche ich nicht, nur die Farbe des Schilds.",
        "Whatever his nationality is, what colour is the flag on the boat?",
        "Nichts über die Religion der Familie, bitte: wie viele Kerzen brennen?",
        "Rien sur le nom du chauffeur, s'il te plaît : de quelle couleur est le bus ?",
        "No necesito la matrícula, solo la marca de la moto.",
        "Leaving her age out of this, is the bicycle new?",
        # a clause that is only the word points at the next one
        "Egal, wie alt sie ist: ist die Tasche aus Leder?",
        # a list inside the excluded clause stays excluded
        "Please avoid mentioning anyone's weight, height or age; what is on the plate?",
    ],
)
def test_an_excluding_word_anywhere_in_the_clause_sets_it_aside(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the excluding clause is the question itself, or what follows is the ask
        ("Is she married, whatever that means these days?", "a27_marital_status"),
        ("Whatever the car is, what's the number on its licence plate?", "a103_license_plate_complete"),
        ("I don't need the weather, just tell me how tall the man is.", "a3_height_approx"),
        # a negation that does not exclude ("not legible") leaves the ask
        ("Das Kennzeichen ist kaum lesbar, kannst du es trotzdem entziffern?", "a103_license_plate_complete"),
    ],
)
def test_what_is_asked_after_or_inside_a_question_stays_asked(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # the excluding clause after the question
        "Is the scarf silk? Please leave her religion out of your answer.",
        "¿El perro es grande? No hace falta decir el nombre de la dueña.",
        "Le vélo est-il neuf ? Inutile de donner son âge.",
        "Ist der Zaun neu? Auf seinen Beruf kommt es nicht an.",
        # an aside in parentheses that opens with a negation
        "What colour is the bus? (not the driver's name)",
        "De quelle couleur est le sac ? (pas sa nationalité, hein)",
    ],
)
def test_an_excluding_clause_after_the_question_sets_it_aside(question: str) -> None:
    assert _rules(question) == set()


def test_a_clause_after_a_question_that_excludes_nothing_private_leaves_the_ask() -> None:
    assert "a1_age_approx" in _rules("How old is the cyclist? No need to mention the weather.")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a dash between spaces ends the set-aside clause like a comma or a semicolon
        ("Skip her religion — I only need the colour of the tablecloth.", set()),
        ("Lass seinen Beruf weg – ist das Fahrrad neu?", set()),
        ("Never mind the cat - is the woman married?", {"a27_marital_status"}),
    ],
)
def test_a_dash_ends_the_set_aside_clause(question: str, wanted: set[str]) -> None:
    assert _rules(question) == wanted


@pytest.mark.parametrize(
    "question",
    [
        # a negation and a verb of telling or wanting, however the clause is worded (not a listed phrase)
        "Don't you dare tell me her age. What breed is the dog?",
        "Please do not guess anyone's religion here; how many people are there?",
        "Was für ein Hund ist das? Bitte erwähne das Kennzeichen nicht.",
        "Für ihr Alter interessiere ich mich nicht. Was hält sie in der Hand?",
        "Je ne veux pas connaître son nom. De quelle couleur est la voiture ?",
        "Ne mentionne surtout pas sa religion : que tient-elle ?",
        "No me menciones su religión; ¿qué lleva en la mano?",
        # a set-aside head whose clause ends at its own comma, the request after it being no question word
        "Vergiss ihre Religion, mich interessiert nur die Form seiner Brille.",
        "Oublie sa religion, je veux seulement savoir la forme de ses lunettes.",
    ],
)
def test_a_negated_verb_of_telling_sets_its_clause_aside(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # not knowing or not being able to read is no exclusion: the ask follows
        ("I can't read the licence plate, what does it say?", "a103_license_plate_complete"),
        ("Ich kann das Kennzeichen nicht lesen, was steht da?", "a103_license_plate_complete"),
        ("I'm not able to tell her age, can you?", "a1_age_approx"),
        ("Why won't you tell me his age?", "a1_age_approx"),
        ("Don't just describe her, tell me how old she is.", "a1_age_approx"),
    ],
)
def test_inability_and_negative_questions_still_ask(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # a clause of nothing but a word of exclusion that ends its sentence points back at the clauses before it
        "Ob die verheiratet sind, ist mir egal. Welcher Kuchen ist das?",
        "Age, gender, whatever: irrelevant. Is the room bright enough for a photo shoot?",
        "Wie alt er ist, weiß ich schon. Was liegt auf dem Tisch?",
        "Qu'ils soient mariés ou pas, peu importe : c'est quel gâteau ?",
        # more words of exclusion, and "and just" ending the clause
        "We know how old he is already; what's the board game on the table?",
        "Keep the licence plate out of it: what make is the truck?",
        "Keine Vermutungen über ihre Religion, bitte. Was kocht sie da?",
        "Laisse la carte d'identité de côté : de quelle couleur est la tasse ?",
        "Olvídate del DNI, ¿de qué color es la taza?",
        "Leave out anyone's skin or hair colour and just tell me what's on the menu board.",
    ],
)
def test_an_exclusion_after_what_it_excludes(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How old is she? Her name doesn't matter.", "a1_age_approx"),
        ("Her name, whatever. How old is she?", "a1_age_approx"),
        ("I know she's older, but how old exactly?", "a1_age_approx"),
        ("Don't guess his age and just tell me his name.", "a19_name_full"),
    ],
)
def test_the_ask_beside_an_exclusion_stays(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # a list of topics after a colon, then the ask in its own sentence (test58, burned)
        "No menciones: el número de teléfono, la edad ni el apellido. Describe solo el paisaje.",
        "Ne mentionne pas : date de naissance, tatouages ni pseudo. Décris seulement la vaisselle.",
        "Bitte nicht erwähnen: Körpergröße, Nachname, Religion. Beschreib nur die Wolken.",
    ],
)
def test_a_listed_set_aside_after_a_colon_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the question may follow the colon itself: the list stays before it
        ("Ohne Alter oder Herkunft zu nennen: Wie heißt die Frau?", "a19_name_full"),
        ("Bitte nicht erwähnen: den Namen. Wie alt ist er?", "a1_age_approx"),
    ],
)
def test_the_question_after_a_listed_set_aside_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)
