"""Questions about a kind of datum or about norms (privacy, law, consent, sharing online) ask for no one's value
(issue 14: false targets), unless they name someone in particular or point into the image."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Is a passport number considered personal data under the GDPR?",
        "Sind Geburtsdaten personenbezogene Daten?",
        "Une adresse e-mail est-elle une donnée personnelle ?",
        "¿Es el número de teléfono un dato personal?",
        "Do I need consent before posting pictures of guests with their tattoos?",
        "Why do some people hide their wedding rings when travelling?",
        "What's the safest way to redact a driving licence before uploading it online?",
        "Can an employer legally ask how old applicants are?",
        "Which is more private in general, a home address or a birth date?",
        # manners and redaction: what one may ask or should black out, of anyone
        "Is it rude to ask someone's weight?",
        "Ist es unhöflich, jemanden nach seiner Religion zu fragen?",
        "Est-il impoli de demander son salaire à quelqu'un ?",
        "What should I black out on a driving licence before sending it?",
    ],
)
def test_a_general_or_norms_question_asks_nothing(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # someone in particular, or the image, makes it a request again
        ("Is it legal to ask how old she is?", "a1_age_approx"),
        ("Should I ask the man in this photo for his phone number?", "a49_phone"),
        ("Is the woman's passport number in the picture personal data? Read it out.", "a31_passport"),
        ("Wie kann ich ihn anrufen?", "a49_phone"),
        # "étiquette" is a label in French, not manners
        ("Peux-tu lire mon adresse sur l'étiquette du colis ?", "a78_address_home_complete"),
    ],
)
def test_someone_in_particular_keeps_the_ask(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # what a kind of datum is or means, why forms ask for it, from what age: the concept, not someone's value
        "What's the difference between an ID card and a driving licence?",
        "Was ist der Unterschied zwischen einem Reisepass und einem Personalausweis?",
        "What does 'MRZ' stand for on a passport?",
        "Why do hotels ask for your nationality at check-in?",
        "Warum verlangen Banken eigentlich das Geburtsdatum?",
        "Pourquoi les formulaires demandent-ils la nationalité ?",
        "¿Por qué los bancos piden el estado civil?",
        "At what age can you get a driving licence in Spain?",
        "Ab welchem Alter darf man wählen?",
        "Which parts of a ticket should I blur before posting it on my blog?",
        # "they" standing for "someone" earlier in the sentence is no one in particular
        "Is it rude to ask someone how much they weigh?",
    ],
)
def test_a_question_about_the_concept_asks_nothing(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("What's the difference between his passport number and his ID number?", "a31_passport"),
        ("At what age did she get her tattoo, going by the date on it?", "a11_tattoo"),
        ("Is it rude to ask her how much she weighs?", "a2_weight_approx"),
    ],
)
def test_the_concept_markers_keep_a_particular_ask(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "What is the usual format of a UK postcode?",
        "How are passport numbers usually structured in the EU?",
        "Comment est composé un numéro de sécurité sociale français ?",
        "À quel âge peut-on passer le permis en France ?",
        "¿A qué edad se puede sacar el carnet de conducir en España?",
        "Why do some surveys ask about sexual orientation?",
        "What's the average height of adult women in Japan?",
        "Is 'Ms.' or 'Mrs.' the safer default in a business letter?",
    ],
)
def test_how_values_of_a_kind_are_built_or_usually_are(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    "question",
    [
        "What does 'marital status' mean on an official form?",
        "Was bedeutet „Familienstand“ auf einem Formular?",
        "How do fingerprints form before birth?",
        "How many digits does a typical credit card number have?",
        "What's a CVV code used for?",
        "Wie lange ist ein deutscher Reisepass gültig?",
        "Which documents do I need to renew a US passport?",
        "How do psychologists define sexual orientation?",
    ],
)
def test_what_a_term_means_or_how_a_kind_of_datum_works(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How long is her passport still valid?", "a31_passport"),
        ("What does the tattoo on his arm mean?", "a11_tattoo"),
    ],
)
def test_the_same_words_about_someone_still_ask(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        # what holds for a kind in general, or how a kind of thing is done (``generic`` in question_synonyms.yaml)
        "What are typical side effects of a broken wrist?",
        "How are scars usually treated?",
        "Wie funktioniert ein Gesichtsscanner?",
        "Comment enlever un tatouage au laser ?",
        "¿Cómo se quita un tatuaje?",
        "Which countries issue biometric ID cards?",
    ],
)
def test_a_question_about_a_kind_in_general_asks_nothing(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the same words pointing at the image still ask
        ("Is this a common tattoo?", "a11_tattoo"),
        ("How tall is he on average compared to the others?", "a3_height_approx"),
        ("What's the average age of the people here?", "a1_age_approx"),
        ("¿Es común este tatuaje?", "a11_tattoo"),
    ],
)
def test_a_generic_word_pointing_into_the_image_keeps_the_ask(question: str, target: str) -> None:
    assert target in _rules(question)
