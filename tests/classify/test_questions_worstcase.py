"""Worst-case shapes of hostile questions (up to the 200 KB text budget): the question classifier reads
them right. No timings here: speed lives in ``bench_questions.py`` (a benchmark script, not a test); these
are the decisions on the shapes it times, at sizes small enough for a unit test, and checks that the
rewrites made for linear time match exactly what the slower patterns matched."""

from __future__ import annotations

import dataclasses
import re

import pytest

from guard.classify import questions as q
from guard.classify.questions import question_targets
from guard.taxonomy import default_catalog


def targets(text: str) -> set[str]:
    return set(question_targets(text).targets)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How old is she?" + "\n" * 5000, {"a1_age_approx"}),
        ("\n" * 5000 + "How old is she?", {"a1_age_approx"}),
        ("\u200b" * 5000 + "How old is she?", {"a1_age_approx"}),
        ("How\u200b old\u200b is\u200b she?", {"a1_age_approx"}),
        # a value word, a long run of blanks, then "or" and another value (once quadratic)
        ("Is he Christian" + " \n" * 3000 + " or Muslim?", {"a55_religion"}),
        ("Is he Christian,\n\n or Muslim?", {"a55_religion"}),
        ("word " * 2000 + "What is her name?", {"a19_name_full", "a20_name_first"}),
        ("where " * 2000 + "does she live?", {"a78_address_home_complete", "a79_address_home_partial"}),
        ("?!.,;:" * 2000 + "Where does she live?", {"a78_address_home_complete", "a79_address_home_partial"}),
        ("été " * 1000 + "wats her religon?", {"a55_religion"}),
        ("Haar- und " * 500 + "Augenfarbe?", {"a5_eye_color", "a6_hair_color"}),
        ("hair and eye colour " * 500, {"a5_eye_color", "a6_hair_color"}),
        ("What is the name of the owner of " * 200 + "the woman?", {"a19_name_full"}),
        ("is he hurt, and what is " * 400 + "his name?", {"a19_name_full", "a20_name_first", "a41_injury"}),
    ],
)
def test_a_question_in_a_hostile_shape_is_still_read(text: str, expected: set[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 10_000,
        " " * 10_000,
        " - " * 2000,
        "a" * 10_000,
        "a" * 3000 + "é",
        "1" * 10_000,
        "word " * 2000,
        "the statue, christian" + " \n" * 3000,  # a value said of a thing, then blanks
    ],
)
def test_a_shape_with_no_question_asks_nothing(text: str) -> None:
    assert targets(text) == set()


def test_many_coordinated_cues_are_all_read() -> None:
    found = targets("What are her " + "name and age and " * 300 + "address?")
    assert {"a19_name_full", "a1_age_approx"} <= found
    assert any(cid.startswith("a7") and "address" in cid for cid in found)


# the patterns as they were before they were made linear: the same matches, on ordinary and hostile text
_OLD_ACCENTED = re.compile(r"\w*[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]\w*")
_SAMPLES = [
    "Wie heißt die Straße? Où habite-t-elle? ¿Dónde vive él? café au lait, naïve Zoë, São Paulo",
    "abcé défg hij ÀÉ x_é_y 3é é3 éé é",
    "Fülle célèbre Ärger über ÖL",
    "a" * 300 + "é" + "b" * 300 + " plain words only",
    "e\u0301te combining marks, 12é34, under_score_é",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_accented_words_are_found_as_before(text: str) -> None:
    assert q._ACCENTED.findall(text) == _OLD_ACCENTED.findall(text)


@pytest.mark.parametrize(
    "text",
    [
        "is he christian or muslim",
        "is he christian, or muslim",
        "is he christian ,  or  muslim",
        "is he christian\n,\n\nor the muslim",
        "is he christian \n \n or maybe a muslim",
        "is he christian \n \n , \n or maybe a very muslim",
        "christian" + " \n" * 200 + "or muslim",
        "christian" + " \n" * 200,
        "christian,,or muslim",
        "junge oder madchen, rubia o morena, garcon ou fille",
    ],
)
def test_either_or_values_match_as_before(text: str) -> None:
    lex = q._lexicon(default_catalog())
    for cid, pattern in lex.either.items():
        old = re.compile(pattern.pattern.replace(r"\s*+,?\s*+", r"\s*,?\s*"))
        assert old.pattern != pattern.pattern
        now, then = pattern.search(text), old.search(text)
        assert (now and now.span()) == (then and then.span()), cid


_FRAMED = [
    "Where does she live?",
    "In what year was he born?",
    "Which city was she born in?",
    "What does he do for a living?",
    "Wo wohnt sie? Quand est-il né ? ¿Dónde vive ella?",
    "Is the man in the photo her father?",
    "What's written on the envelope?",
    "where live born year " * 20,
    "Look at the picture. Who is that?",
    "l'homme, qu'elle, d'enfant: où habite-t-il ?",
]


@pytest.mark.parametrize("text", _FRAMED)
def test_the_frame_prefilter_changes_no_frame_hit(text: str) -> None:
    """A frame is skipped without a scan when a group has no word in the text: every frame hit is the same
    as scanning them all."""
    lex = q._lexicon(default_catalog())
    unfiltered = dataclasses.replace(
        lex, frames={cid: tuple(dataclasses.replace(f, leads=()) for f in fs) for cid, fs in lex.frames.items()}
    )
    folded = q.prepare(text)
    for cid in lex.frames:
        now, then = q._frame_hit(folded, cid, lex), q._frame_hit(folded, cid, unfiltered)
        assert (now and now.span()) == (then and then.span()), cid


def test_frame_groups_carry_their_leading_words() -> None:
    """Each group whose words all start with a word character is pre-filtered by them; a group with a word
    such as "@" is always scanned."""
    lex = q._lexicon(default_catalog())
    groups = [g for frames in lex.frames.values() for f in frames for g in f.groups]
    for frames in lex.frames.values():
        for frame in frames:
            assert frame.leads == tuple(lead for g in frame.groups if (lead := q._LEADS.get(g)) is not None)
    assert q._LEADS[q._concept(["@", "handle"])] is None
    assert q._LEADS[q._concept(["où", "d'ou", "est-ce"])] == {"ou", "d", "est"}
    assert sum(q._LEADS.get(g) is not None for g in groups) > 0.9 * len(groups)


@pytest.mark.parametrize(
    "text",
    [
        "what colour are her locks? and his digits, please",
        "at the trade fair, who is the trade rep?",
        "ses cheveux, sus ojos, ihre haare, her mane and her locks and her locks",
        "word " * 500 + "her locks",
        "l'l'l'l' her'locks locks' 'locks'",
        "",
    ],
)
def test_synonyms_read_as_with_the_grouped_pattern(text: str) -> None:
    """The synonym reading scans with the pattern without its groups: the same replacements as the grouped
    pattern alone made."""
    pattern, plain = q._synonym_table()
    assert pattern is not None
    expected = pattern.sub(lambda m: plain[int((m.lastgroup or "s0")[1:])], text)
    assert q._synonyms(text) == expected


def test_every_synonym_is_read_as_with_the_grouped_pattern() -> None:
    """Each synonym phrase of the lexicon, alone and in a sentence, is replaced as before."""
    data = q.load_data("question_synonyms.yaml").get("synonyms") or {}
    pattern, plain = q._synonym_table()
    assert pattern is not None
    for variants in data.values():
        for v in variants or ():
            if re.fullmatch(r"[\w' -]+", v):  # the phrases written as words (not as patterns)
                for text in (q.fold(v), f"what is her {q.fold(v)}, please?"):
                    expected = pattern.sub(lambda m: plain[int((m.lastgroup or "s0")[1:])], text)
                    assert q._synonyms(text) == expected, v
