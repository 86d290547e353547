"""The question classifier's extra readings: the paraphrase lexicon (data/question_synonyms.yaml) and one
coordinated clause at a time. Sentences here are written for these tests, not taken from any eval set."""

from __future__ import annotations

import pytest

from guard.classify.questions import field_categories, question_targets, topic_pattern
from guard.classify.text import fold, load_data
from guard.taxonomy import default_catalog


def targets(question: str, **kw: object) -> tuple[str, ...]:
    return question_targets(question, **kw).targets  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tell me what shade her locks are.", "a6_hair_color"),  # locks -> hair, shade -> colour
        ("What's her trade?", "a46_occupation"),
        ("Was the cyclist charged with anything after the crash?", "a99_legal_involvement"),
        ("What were the two of them texting about?", "a97_online_conversation"),
        ("Do the hikers on the trail know each other?", "a65_rel_social"),
        ("Is the woman at a trade fair?", "a48_occassion_work"),
        ("Quel est son boulot ?", "a46_occupation"),
    ],
)
def test_a_synonym_reads_as_its_plain_word(question: str, expected: str) -> None:
    assert expected in targets(question)
    assert expected not in targets(question, readings=False, learned=False)  # the rules' plain reading misses it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do I greet the clerk as Mr or Ms?", "a4_gender"),
        ("Soll ich die Person mit Herr oder Frau anreden?", "a4_gender"),
        ("How many birthdays has the woman at the bus stop had?", "a1_age_approx"),
        ("Would the man by the bus have to duck to get through a low door?", "a3_height_approx"),
        ("Which family does the boy at the gate belong to?", "a21_name_last"),
        ("Is the speaker for or against it?", "a61_opinion_general"),
        ("What can you make out of the face behind her balaclava?", "a10_face_partial"),
    ],
)
def test_paraphrase_classes_name_their_category(question: str, expected: str) -> None:
    assert expected in targets(question)


def test_each_coordinated_clause_is_read_on_its_own() -> None:
    question = "Is the woman on the stretcher hurt, and what is her name?"
    assert "a41_injury" in targets(question)
    assert "a41_injury" not in targets(question, readings=False)  # read whole, "hurt" is not the predicate
    assert "a46_occupation" in targets("Wie alt ist sie und was ist ihr Beruf?")


def test_a_clause_does_not_lose_its_thing_owner() -> None:
    """The other clause names the owner: "how old does it look" is about the boat, not a person."""
    assert "a1_age_approx" not in targets("What make is the boat and how old does it look?")
    assert "a1_age_approx" in targets("What make is the boat and how old does the fisherman look?")


def test_a_comma_or_dash_alone_does_not_split() -> None:
    """The clause after a dash leans on the one before: the negation still holds."""
    assert "a1_age_approx" not in targets("Don't tell me how old she is - what colour is her scarf?")


def test_plain_words_are_unchanged_where_no_synonym_occurs() -> None:
    assert targets("Describe the weather in the picture.") == ()
    assert targets("Where is the key to the lock on the shed?") == ()  # "locks" only as a word of its own


def test_the_answer_classifier_reads_without_the_paraphrase_lexicon() -> None:
    """The shipped answer model was fitted on the questions.yaml reading of topics and field names."""
    pattern = topic_pattern("a4_gender")
    assert pattern is not None and pattern.search(fold("mr or ms")) is None
    assert "a4_gender" in targets("Mr or Ms?")
    assert field_categories("party_affiliation") == ()
    schema = {"type": "object", "properties": {"party_affiliation": {"type": "string"}}}
    assert targets("Fill in the form.", schema=schema) == ("a62_opinion_political",)


def test_the_paraphrase_lexicon_names_only_known_categories() -> None:
    data = load_data("question_synonyms.yaml")
    catalog = default_catalog()
    for section in ("phrasings", "frames", "schema_keys"):
        unknown = set(data.get(section) or {}) - set(catalog.categories)
        assert not unknown, f"{section}: unknown categories {sorted(unknown)}"
    assert all(isinstance(v, list) and v for v in data["synonyms"].values())


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("How much does a student card cost at most universities?", "a33_student_id"),
        ("What does the term 'marital status' mean on a tax return?", "a27_marital_status"),
        ("Wie lange dauert es, einen Führerschein zu bekommen?", "a32_drivers_license"),
        ("Explain how a passport chip stores data.", "a31_passport"),
    ],
)
def test_a_general_question_asks_about_nobody(question: str, category: str) -> None:
    assert category not in targets(question)


def test_a_general_marker_does_not_hide_a_person_or_a_particular_document() -> None:
    assert "a1_age_approx" in targets("Explain how you would tell how old the man on the left is.")
    assert "a37_receipt" in targets("How do I read the total on the receipt in this photo?")


def test_a_cue_that_modifies_a_thing_noun_asks_nothing() -> None:
    assert "a31_passport" not in targets("Which office handles the passport renewal here?")
    assert "a7_fingerprint" not in targets("Does the laptop have a fingerprint sensor?")
    assert "a7_fingerprint" in targets("Is her fingerprint visible on the glass?")


def test_friends_who_call_someone_name_them_and_practice_follows_religion() -> None:
    assert "a65_rel_social" not in targets("What do his friends call him at the pub?")
    assert "a59_sports" not in targets("¿Qué religión practica el hombre del sombrero?")
    assert "a55_religion" in targets("¿Qué religión practica el hombre del sombrero?")


def test_a_french_inverted_pronoun_stands_for_the_thing_before_it() -> None:
    assert "a13_full_nudity" not in targets("La sculpture du parc, la statue est-elle nue ?")
    assert "a13_full_nudity" in targets("La femme est-elle nue ?")


def test_the_longest_synonym_wins() -> None:
    """ "trade fair" is a work event, read before "trade" (a job)."""
    assert "a48_occassion_work" in targets("Is she at a trade fair or a street market?")
    assert "a46_occupation" not in targets("Is she at a trade fair or a street market?")


def test_a_person_attribute_said_of_a_thing_subject_asks_nothing() -> None:
    assert "a4_gender" not in targets("Is the kitten a boy or a girl?")
    assert "a4_gender" in targets("Is the toddler a boy or a girl?")


def test_who_sent_an_electronic_message_asks_the_message_not_a_name() -> None:
    assert "a19_name_full" not in targets("Who sent the email on the screen?")
    # the rules; the learned model sits at its bar on this one (0.50 after the refit on dev ... test42)
    assert "a19_name_full" not in targets("Wer hat dir die Nachricht geschickt?", learned=False)
    assert "a19_name_full" in targets("Who is the man on the step?")


@pytest.mark.parametrize(
    "question",
    [
        "Who sent the parcel on the step?",
        "Who is the envelope addressed to?",
        "An wen ist der Umschlag adressiert?",
        "¿A quién va dirigido el sobre?",
        "¿Quién envió el paquete?",
    ],
)
def test_who_a_letter_or_parcel_is_from_or_for_asks_the_name_and_the_mail(question: str) -> None:
    """The sender's or addressee's name is read off the label (as recent independent authors label it)."""
    assert {"a19_name_full", "a35_mail"} <= set(targets(question))


def test_a_determiner_is_a_word_of_its_own() -> None:
    """ "des" and "the" only as words: "description" is no "des" + noun (a field "tattoo_description")."""
    schema = {"type": "object", "properties": {"tattoo_description": {"type": "string"}}}
    assert "a11_tattoo" in targets("Fill in the form.", schema=schema)


def test_a_pronoun_owner_outweighs_the_topic_after_it() -> None:
    assert "a61_opinion_general" in targets("What's his opinion of the new bridge?")


def test_an_address_on_a_parcel_or_misspelt_is_asked() -> None:
    assert "a78_address_home_complete" in targets("Whats the adress on the parcel label?")
    assert "a78_address_home_complete" not in targets("What's the address of the museum?")


def test_a_long_prompt_is_read_again_at_its_end() -> None:
    """The extra readings look at the last MAX_READING_CHARS characters: the question ending a long prompt."""
    from guard.classify.questions import MAX_READING_CHARS

    filler = "Please be careful and precise in your answer. " * (MAX_READING_CHARS // 20)
    assert len(filler) > MAX_READING_CHARS
    assert "a6_hair_color" in targets(filler + "Tell me what shade her locks are.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Darf die Frau an der Theke schon Bier kaufen?", "a1_age_approx"),
        ("Le garçon a-t-il le droit de voter ?", "a1_age_approx"),
        ("¿Tiene permitido ese chico comprar cerveza?", "a1_age_approx"),
        ("Muss sich der Gast unter dem Türrahmen bücken?", "a3_height_approx"),
        ("Le monsieur doit-il se baisser pour passer la porte ?", "a3_height_approx"),
        ("Is the kid tall enough for the roller coaster's 120 cm minimum?", "a3_height_approx"),
    ],
)
def test_age_and_height_threshold_classes_in_every_language(question: str, expected: str) -> None:
    assert expected in targets(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a field read off a licence or a payment card asks the document too
        ("What's the date of birth on the license?", {"a24_birth_date", "a32_drivers_license"}),
        ("Read out the details on her driver's licence.", {"a32_drivers_license"}),
        ("What's the expiry date on the bank card?", {"a30_credit_card", "a82_date_time"}),
        ("¿Cuándo caduca la tarjeta?", {"a30_credit_card"}),
        # people picked out by name
        ("Identify everyone in this team picture by name.", {"a19_name_full"}),
        ("Name the two players shown.", {"a19_name_full"}),
        # the name question misspelt by a writer who uses capitals
        ("Wie heist die Frau?", {"a19_name_full"}),
        ("Comment sapelle le monsieur ?", {"a19_name_full"}),
    ],
)
def test_documents_read_and_people_named(question: str, expected: set[str]) -> None:
    assert expected <= set(targets(question))


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("What's written on the license plate?", "a32_drivers_license"),
        ("¿Qué número de móvil pone en la tarjeta de visita?", "a30_credit_card"),
        ("Label the plants by name.", "a19_name_full"),
        ("Name the three dogs in the picture.", "a19_name_full"),
        ("Wie heißt der Hund?", "a19_name_full"),
    ],
)
def test_things_named_or_read_ask_no_person(question: str, absent: str) -> None:
    assert absent not in targets(question)
