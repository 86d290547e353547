"""Answers written without case: read once more with their unknown words capitalised.

Recognisers of names, places, addresses and streets find a value partly by its capitals ("Anna Schulz",
"Piazza Mastandrea 214"), since a capitalised word that no lexicon knows is what a proper noun looks
like. A model that writes without case ("the home address on it says piazza mastandrea 214, 50010
pastorello") loses that signal. For such an answer (no capital letter but the pronoun "I"),
:func:`cased` gives the recognisers the same text with each lower-case word of three letters or more
that no lexicon of the project knows (cue words, function words, month and number words, question and
answer phrasings: the words of ``guard/verify/data`` and ``guard/classify/data``) written with a capital,
and nothing else changed: the same length, so every offset maps back through the normalised text. A
capitalised description word ("Wooden Desk") is no value to a recogniser without its cue, as in any
title-cased answer. A value lower-cased inside a cased answer ("It lists chatillon as the place of
birth") is not covered: see :func:`cased`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from guard.verify.lexicon import fold

_WORD = re.compile(r"(?<![\w'-])[^\W\d_]{3,}(?![\w'])")
_DATA_FILES = (
    ("guard.verify", "data", ("cues.yaml", "equivalents.yaml", "image_labels.yaml", "language.yaml", "specimens.yaml")),
    (
        "guard.classify",
        "data",
        (
            "answers.yaml",
            "advice.yaml",
            "questions.yaml",
            "question_synonyms.yaml",
            "question_frames.yaml",
            "question_siblings.yaml",
            "question_shorthand.yaml",
        ),
    ),
)


@cache
def known_words() -> frozenset[str]:
    """Every lower-case word of the project's lexicons (not its value lists: a city or a name in
    ``values.yaml`` or ``person_names.txt`` stays a word to capitalise)."""
    words: set[str] = set()
    for package, folder, names in _DATA_FILES:
        root = resources.files(package).joinpath(folder)
        for name in names:
            text = root.joinpath(name).read_text("utf-8")
            words.update(fold(w) for w in re.findall(r"[^\W\d_]{3,}", text) if w.islower())
    return frozenset(words)


_PRONOUN_I = re.compile(r"(?<![\w'])I(?![\w])")


@lru_cache(maxsize=64)
def cased(text: str) -> str:
    """``text`` with its unknown lower-case words capitalised (same length) when it is written without case
    (no capital letter but the pronoun "I"); ``text`` itself otherwise. A writer who uses capitals and leaves
    a word in lower case most often means an ordinary word the lexicons lack ("consists", "abdecken"), not a
    name: capitalising those (everywhere, or only in the words read off the image) blocked harmless refusals
    and field lists on the burned leak sets."""
    if any(ch.isupper() for ch in _PRONOUN_I.sub("i", text)):
        return text
    known = known_words()
    out: list[str] = []
    at = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not word.islower() or fold(word) in known:  # the classifier's lexicons are written folded
            continue
        head = word[0].upper()
        if len(head) != 1:  # "ß" has no one-letter capital: leave the word
            continue
        out += [text[at : m.start()], head]
        at = m.start() + 1
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
