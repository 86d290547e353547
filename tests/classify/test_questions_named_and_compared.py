"""A question about someone it names and a "who" that chooses between people (issue 14: false targets).

An attribute of a named one ("Where was Mozart born?") is public knowledge or a stranger's, not the value of a
person in the user's picture; a "who" question that lists its choices after a comma ("Who is older, the man or the
woman?") asks the measure, not anyone's name, and the listed people are not values (a gender, a relationship)."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _rules(question: str) -> set[str]:
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    "question",
    [
        "Where was Mozart born?",
        "What nationality was Picasso?",
        "¿Dónde nació Frida Kahlo?",
        "Où est né Victor Hugo ?",
        "How tall is Mount Everest?",
        "Which religions celebrate Easter?",
    ],
)
def test_an_attribute_of_a_named_one_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        # the picture, a person word or a document points at someone in the image
        ("Where was the man in this photo born?", "a23_birth_city"),
        ("What nationality is the woman next to Picasso's painting?", "a25_nationality"),
        ("How tall is Anna in this picture?", "a3_height_approx"),
        # a platform named keeps its account asked
        ("C'est quoi l'identifiant Instagram du compte ?", "a85_username"),
        # German capitalises every noun: a capital there is no name
        ("Welche Telefonnummer steht auf der Karte?", "a49_phone"),
    ],
)
def test_a_named_one_beside_the_picture_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    ("question", "asked", "not_asked"),
    [
        ("Who is older, the man on the left or the woman on the right?", "a1_age_approx", "a19_name_full"),
        ("Who's taller, the bride or the groom?", "a3_height_approx", "a19_name_full"),
        ("Who is older, the mother or the daughter?", "a1_age_approx", "a64_rel_personal"),
        ("Wer von den beiden ist älter, und wer ist größer?", "a3_height_approx", "a19_name_full"),
        ("Do the mother and daughter have the same hair colour?", "a6_hair_color", "a64_rel_personal"),
    ],
)
def test_who_choosing_between_people_asks_the_measure(question: str, asked: str, not_asked: str) -> None:
    found = _rules(question)
    assert asked in found
    assert not_asked not in found


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Who is the man on the left?", "a19_name_full"),
        ("¿Quién conduce, un hombre o una mujer?", "a4_gender"),  # a kind after an indefinite article is a value
        ("Are they mother and daughter?", "a64_rel_personal"),
        ("Who is older, and is she married or single?", "a27_marital_status"),
    ],
)
def test_identity_and_values_outside_a_choice_still_ask(question: str, target: str) -> None:
    assert target in _rules(question)


@pytest.mark.parametrize(
    "question",
    [
        "How old was Mozart when he died?",  # the pronoun stands for the name
        "Wann wurde Goethe geboren?",  # German: a name right after the verb that asks
        "Wie groß ist Dirk Nowitzki?",
    ],
)
def test_a_named_one_with_a_pronoun_or_in_german_is_not_asked(question: str) -> None:
    assert _rules(question) == set()


def test_a_story_around_the_question_is_not_asked() -> None:
    """The background of a long request ("my mum's birthday", "with some friends") is no ask; the request is."""
    story = (
        "We were at my cousin's wedding last June and the whole thing was gorgeous, with dinner in a courtyard and "
        "dancing until three. I'm trying to recreate one of the table arrangements for my mum's birthday. "
        "What kind of flowers are in the centrepiece in this photo?"
    )
    assert _rules(story) == set()
    asked = (
        "We were at my cousin's wedding last June and the whole thing was gorgeous, with dinner in a courtyard and "
        "dancing until three. Nobody remembers who the man next to the bride is. Can you tell me his name?"
    )
    assert "a19_name_full" in _rules(asked)


def test_a_short_lead_in_and_a_document_in_a_story_still_count() -> None:
    """A sentence or two before the ask name what it points back to; a document the story names is what is read."""
    assert "a10_face_partial" in _rules(
        "Only her eyes and forehead show above the scarf. What can you tell about them?"
    )
    found = _rules(
        "Bon, c'est un peu long : j'ai trouvé un portefeuille dans le métro et je voudrais le rendre. J'ai pris en "
        "photo la carte d'identité qui était dedans. Tu peux me lire le nom et l'adresse ?"
    )
    assert {"a29_ausweis", "a19_name_full"} <= found


@pytest.mark.parametrize(
    "question",
    [
        "Which university did Angela Merkel attend?",  # a person's name: no category of hers is asked of anyone here
        "Who was Marie Curie married to?",  # "who" asks of the named one
        "Who was Frida Kahlo's husband?",  # the named one's husband is no one in the picture
        "Mit wem war Thomas Mann verheiratet?",
    ],
)
def test_a_named_persons_attributes_are_public_facts(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    "question",
    [
        "¿Cómo renuevo el pasaporte?",
        "Wie verlängere ich meinen Reisepass?",
        "¿Cómo curo una herida pequeña?",
        "Wie lasse ich ein Tattoo entfernen?",
        "How do I know if a wound needs stitches?",
    ],
)
def test_how_the_asker_does_something_is_no_ask(question: str) -> None:
    assert _rules(question) == set()


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("How do I renew the passport in this photo?", "a31_passport"),  # the picture's document
        ("How do I tell how old she is?", "a1_age_approx"),  # someone in particular
        ("How do I remove her tattoo from the photo?", "a11_tattoo"),
    ],
)
def test_a_procedure_about_the_picture_or_someone_still_asks(question: str, target: str) -> None:
    assert target in _rules(question)


def test_a_german_who_choice_is_no_list_of_conjuncts() -> None:
    found = _rules("Wer ist älter, der Mann oder die Frau?")
    assert "a1_age_approx" in found
    assert not found & {"a19_name_full", "a4_gender"}
