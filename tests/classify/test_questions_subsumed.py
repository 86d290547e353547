"""A general category implied by a more specific ask already found (``subsumed`` in
data/question_frames.yaml, ``_subsumed`` in questions.py): the general one is dropped when only the specific
ask's words cue it, and kept when the question asks it again on its own. Made-up questions."""

from __future__ import annotations

import pytest

from guard.classify.questions import question_targets


def _targets(question: str) -> set[str]:
    # the rules' reading: the learned model may add a category back where authors asked both (it never removes one)
    return set(question_targets(question, learned=False).targets)


@pytest.mark.parametrize(
    ("question", "specific", "general"),
    [
        # opinions named political are the political opinion
        ("What political views does the lady with the banner hold?", "a62_opinion_political", "a61_opinion_general"),
        ("Welche politischen Ansichten hat der Mann am Rednerpult?", "a62_opinion_political", "a61_opinion_general"),
        ("Quelles opinions politiques a le monsieur au micro ?", "a62_opinion_political", "a61_opinion_general"),
        ("¿Cuáles son las opiniones políticas de la señora?", "a62_opinion_political", "a61_opinion_general"),
        # "the couple" names the people an orientation is asked of
        ("Is the couple by the fountain lesbian?", "a56_sexual_orientation", "a64_rel_personal"),
        # a wedding or a birthday as the event celebrated
        ("Are the guests here for a wedding or for a birthday?", "a60_occassion_personal", "a24_birth_date"),
        ("Is the family at a wedding or a birthday party?", "a60_occassion_personal", "a27_marital_status"),
        # a passport asked as a kind or by its issuing country is the nationality
        ("Which passport does the traveller at the gate carry?", "a25_nationality", "a31_passport"),
        ("Which country issued his passport, going by the cover?", "a25_nationality", "a31_passport"),
    ],
)
def test_general_category_implied_by_specific_is_dropped(question: str, specific: str, general: str) -> None:
    got = _targets(question)
    assert specific in got
    assert general not in got


@pytest.mark.parametrize(
    "question",
    [
        "Landmark check: which monument is behind the couple on the bench?",
        "What famous tower is the pair standing in front of?",
    ],
)
def test_the_couple_as_people_in_a_place_is_no_relationship(question: str) -> None:
    assert "a64_rel_personal" not in _targets(question)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # a passport number is still the document's data
        ("Which country issued her passport, and what is the passport number?", "a31_passport"),
        # a separate ask of a relationship stays
        ("Are the two men dating each other, and are they gay?", "a56_sexual_orientation"),
        ("Is that a birthday party, and when is her birthday?", "a24_birth_date"),
    ],
)
def test_separate_ask_of_the_general_category_is_kept(question: str, kept: str) -> None:
    assert kept in _targets(question)


@pytest.mark.parametrize(
    ("question", "specific"),
    [
        # "who" as the subject or object of a relation, a vote or a prayer
        ("Who is up against whom in the boxing ring?", "a67_rel_competitors"),
        ("Who did the man in the cap vote for at the last election?", "a62_opinion_political"),
        ("Who does the old man pray to every morning?", "a55_religion"),
        # calling someone asks the phone number
        ("How can I call the man on the flyer?", "a49_phone"),
        ("Wie kann ich die Frau auf dem Plakat anrufen?", "a49_phone"),
        ("Comment puis-je appeler cette dame ?", "a49_phone"),
        ("¿Cómo puedo llamar a la señora del anuncio?", "a49_phone"),
    ],
)
def test_who_or_call_inside_a_specific_ask_is_no_name(question: str, specific: str) -> None:
    got = _targets(question)
    assert specific in got
    assert "a19_name_full" not in got


@pytest.mark.parametrize(
    "question",
    [
        "Who is she, and who did she vote for?",
        "Who is he? And who does he pray to?",
        "What do they call her, and what is her number?",
    ],
)
def test_identity_ask_beside_the_specific_one_keeps_the_name(question: str) -> None:
    assert "a19_name_full" in _targets(question)


@pytest.mark.parametrize("question", ["How do I call the lift?", "Comment puis-je appeler le taxi ?"])
def test_calling_a_thing_or_a_form_of_address_is_no_phone(question: str) -> None:
    # the rules' reading; the learned model adds a49 to "How do I call the lift?" (p 0.63, a known false
    # target: docs/design-judge.md, "Learned question targets")
    assert "a49_phone" not in question_targets(question, learned=False).targets


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Wie viel wiegt der Mann am Tresen deiner Meinung nach?", "a2_weight_approx"),
        ("How old do you think the cyclist is?", "a1_age_approx"),
        ("Elle mesure combien, selon toi, la fille au ballon ?", "a3_height_approx"),
    ],
)
def test_the_askers_own_opinion_is_no_opinion_ask(question: str, asked: str) -> None:
    got = _targets(question)
    assert asked in got
    assert "a61_opinion_general" not in got


def test_a_persons_opinion_stays_asked() -> None:
    assert "a61_opinion_general" in _targets("What does she think about the new mayor?")
