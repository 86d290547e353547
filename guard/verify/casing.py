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
title-cased answer. Inside a cased answer only a value right after its label and a colon or copula, all in
lower case to the clause's end, is read so ("the street on it is konopnickiej", "le loisir indiqué est jazz
piano"): the label says a value follows; a lower-case word elsewhere is most often an ordinary word (see
:func:`cased`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from guard.verify.cues import NON_VALUES, cues
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
def lexicon_words() -> frozenset[str]:
    """Every lower-case word of the project's lexicons (not its value lists: a city or a name in
    ``values.yaml`` or ``person_names.txt`` stays a word to capitalise), and the words that say how a field is
    (``cues.NON_VALUES``: "blurred", "illegible"), never a value."""
    words: set[str] = {fold(w) for w in NON_VALUES}
    for package, folder, names in _DATA_FILES:
        root = resources.files(package).joinpath(folder)
        for name in names:
            text = root.joinpath(name).read_text("utf-8")
            words.update(fold(w) for w in re.findall(r"[^\W\d_]{3,}", text) if w.islower())
    return frozenset(words)


@cache
def known_words() -> frozenset[str]:
    """:func:`lexicon_words` and everyday prose of en/de/fr/es ("quite", "busy", "remarquer";
    ``data/common_words.txt``, written by scripts/build_common_words.py with names and closed values left out)."""
    common = resources.files("guard.verify").joinpath("data", "common_words.txt").read_text("utf-8")
    return lexicon_words() | {line for line in common.splitlines() if line and not line.startswith("#")}


def has_unknown_word(text: str) -> bool:
    """A word of three letters or more in ``text`` that no lexicon of the project knows (:func:`known_words`): a
    proper noun ("Ackermann", "Diepholz"), where a category's name, a field's or a document's ("Hochschule",
    "religión", "Passport") and public sign words ("Bienvenue") are known."""
    if _COMPOUND_NAME.search(text):
        return True  # capitalised words joined by a hyphen are a name's shape ("Main-Höchst"), whatever the parts
    known = known_words()
    return any(fold(w.lower()) not in known for w in _LETTER_RUN.findall(text))


_COMPOUND_NAME = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)*-[^\W\d_a-zß-ÿ][^\W\d_]+")
"""Two capitalised words joined by a hyphen, maybe with lower-case links ("Main-Höchst", "Bertin-sur-Mary")."""


_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")
"""Each part of a hyphenated or apostrophised word on its own ("Main-Höchst": "Höchst")."""


_PRONOUN_I = re.compile(r"(?<![\w'])I(?![\w])")


@lru_cache(maxsize=64)
def cased(text: str) -> str:
    """``text`` with its unknown lower-case words capitalised (same length) when it is written without case
    (no capital letter but the pronoun "I"); ``text`` itself otherwise. A writer who uses capitals and leaves
    a word in lower case most often means an ordinary word the lexicons lack ("consists", "abdecken"), not a
    name: capitalising those (everywhere, or only in the words read off the image) blocked harmless refusals
    and field lists on the burned leak sets."""
    if any(ch.isupper() for ch in _PRONOUN_I.sub("i", text)):
        return _slots_cased(text)
    # no case at all: everyday words may be a value's too ("pasadizo reyes lucena 9"), only the lexicons' are prose
    return _capitalised(text, 0, len(text), lexicon_words())


def _capitalised(text: str, lo: int, hi: int, known: frozenset[str]) -> str:
    """``text`` with the lower-case words of ``text[lo:hi]`` that ``known`` lacks capitalised (same length)."""
    out: list[str] = []
    at = 0
    for m in _WORD.finditer(text, lo, hi):
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


_SLOT_VALUE = re.compile(
    r"(?=[:=iIrRsSlLeE])(?:[:=]|(?<![^\W_])(?i:is|reads|says|lautet|ist|est|es|sont|sind|son)(?![^\W_]):?)\s*[\"'«„“*]*\s*"
    r"([^\W\d_][^\n.;!?,:()\"«»“”„*]{0,60}?)\s*[\"'»“”*]*\s*(?:[.;!?,)\n]|$)"
)
"""A colon or copula, then a value to the clause's end (group 1): what may follow a label."""


@cache
def _labels() -> str:
    """Every category's label (the cue families of ``guard/verify/data/cues.yaml``), as one alternation."""
    c = cues()
    return "|".join(c.sources[family] for family in c.categories)


@cache
def _label_before() -> re.Pattern[str]:
    """A category's label ending where a :data:`_SLOT_VALUE` begins ("the street on it| is konopnickiej")."""
    return re.compile(rf"(?:{_labels()})(?:\s+(?:on\s+it|indiqu[ée]e?|indicad[oa]))?\s*$")


@cache
def _label_after() -> re.Pattern[str]:
    """A category's label, maybe after an article or a possessive, where a :data:`_NAMED_AFTER` ends ("... as| the
    medicine", "... (|Staatsangehörigkeit)", "... como| calle")."""
    return re.compile(
        rf"(?:(?i:the|its|his|her|their|el|la|los|las|le|les|l['’]|der|die|das|den|su|son|sa)\s*)?(?:{_labels()})"
    )


_NAMED_AFTER = re.compile(r"[ \t]+(?:\(\s*|(?i:as|als|como|comme)[ \t]+)")
"""Where a value is named after it: "lists salbutamol as the medicine", "aparece contrada udinese como calle"."""
_PRESENTING = frozenset(
    (
        *("lists", "shows", "reads", "says", "gives", "names", "states", "records", "mentions"),
        *("aparece", "pone", "dice", "figura", "muestra", "indica", "lee"),
        *("lese", "dort", "steht", "zeigt", "nennt", "lautet"),
        *("indique", "affiche", "porte", "mentionne", "lit", "dit"),
    )
)
"""Verbs that present what follows as the text shown ("lists salbutamol as the medicine", "Ich lese dort ...")."""
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][^\W\d_'’-]*[ \t]+){0,3}[^\W\d_][^\W\d_'’-]*$")


def _named_after_cased(text: str, known: frozenset[str]) -> str:
    """``text`` with each lower-case value that a label names right after it capitalised: the words no lexicon
    knows before "as the <label>" / "(<label>)" / "como <label>", back to a word a lexicon knows, which must be a
    verb that shows a text (:data:`_PRESENTING`)."""
    for m in _NAMED_AFTER.finditer(text):
        if _label_after().match(text, m.end()) is None:
            continue
        run = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if run is None:
            continue
        words = list(re.finditer(r"\S+", run.group(0)))
        first = next((i for i in range(len(words) - 1, -1, -1) if fold(words[i].group(0)) in known), -1)
        value = words[first + 1 :]
        if first < 0 or fold(words[first].group(0)) not in _PRESENTING:
            continue  # "campos etiquetados (Lugar de nacimiento)": no verb shows a value there
        if not value or any(not w.group(0).islower() or len(w.group(0)) < 3 for w in value):
            continue
        text = _capitalised(text, run.start() + value[0].start(), m.start(), known)
    return text


def _slots_cased(text: str) -> str:
    """``text`` with each lower-case value right after its label, or right before a label that names it,
    capitalised (:func:`_capitalised`). The colon or copula is found first and the label looked for only in the
    few characters before it: one scan of the answer with a small pattern, not with every label."""
    known = known_words()
    text = _named_after_cased(text, known)
    for m in _SLOT_VALUE.finditer(text):
        lo, hi = m.span(1)
        if _label_before().search(text, max(0, m.start() - 60), m.start()) is None and not _in_url(text, m.start()):
            label = _label_after().match(text, lo)  # "Esto es lo que pone: direccion grottgera 187"
            if label is None or not text[label.end() : label.end() + 1].isspace():
                continue
            lo = label.end() + 1
        value = text[lo:hi]
        if any(ch.isupper() for ch in value) or len(value.split()) > 5:
            continue
        if m.group(0)[0] in ":=":
            # after a colon, a proper noun among everyday words ("Education: wateren state university") is the
            # value's; only words that are all everyday describe ("Education: none listed")
            everyday = [fold(w) in known for w in _LETTER_RUN.findall(value) if w not in _PARTICLES]
            if everyday and all(everyday):
                continue
            lexicon = _PARTICLES if any(everyday) else known
        elif any(fold(w) in known and w not in _PARTICLES for w in value.split() if len(w) >= 3):
            continue  # after a copula, any everyday word describes ("the text is sharp", "el texto es oscuro")
        else:
            lexicon = known
        text = _capitalised(text, lo, hi, lexicon)
    return text


_URL_BEFORE = re.compile(r"(?:https?://|www\.)\S{0,200}$")


def _in_url(text: str, at: int) -> bool:
    """``text[at]`` ends a URL's path word (the normal form writes "/in/oliver-king" as "/in: oliver king"): what
    follows is the page's value, a slug written in lower case whatever its kind ("linkedin.com/in: marika korpal")."""
    return _URL_BEFORE.search(text, max(0, at - 200), at) is not None


_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "des", "les", "las", "los"})
"""Lower-case words of a name or place ("stan aelftrud van wessex"): the only known words a value may hold."""
