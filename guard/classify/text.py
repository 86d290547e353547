"""Text folding shared by the classifiers: the same spelling tricks must not change a decision.

``fold`` maps look-alike characters onto one canonical lower-case ASCII-ish form: NFKC/NFKD
compatibility forms (full-width letters, ligatures), Cyrillic and Greek homoglyphs of Latin letters,
zero-width and other invisible characters (dropped), accents (dropped: "âge" -> "age",
"años" -> "anos"), case (casefold: "Größe" -> "grosse"), typographic quotes and dashes. Everything
runs through ``str.translate``/``unicodedata``/one regex, so it is linear and fast on megabyte
answers. Phrase lists are folded with the same function when they are loaded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from guard.files import load_yaml

_INVISIBLE = "".join(
    chr(c)
    for lo, hi in (
        (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
        (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
        (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0),
    )
    for c in range(lo, hi + 1)
)  # fmt: skip
"""Zero-width, bidi-control, variation-selector and filler characters: dropped before matching."""
LOOKALIKE_LETTERS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ӏ": "l", "ҽ": "e", "ѡ": "w", "ү": "y", "ԍ": "g", "ԃ": "d", "ь": "b", "ѵ": "v",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ӏ": "I", "Ԍ": "G", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
    "Ё": "E", "Ї": "I", "Ԁ": "D",
    # Greek
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ϲ": "c", "ϳ": "j", "γ": "y", "ω": "w", "η": "n",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϳ": "J", "ϒ": "Y",
    # Armenian
    "ո": "n", "ս": "u", "հ": "h", "օ": "o", "ց": "g", "զ": "q", "ա": "w", "Տ": "S", "Օ": "O", "Ս": "U",
    "Լ": "L", "Ց": "G",
    # Latin look-alikes outside ASCII (dotless i, IPA letters, click letters)
    "ı": "i", "ȷ": "j", "ɩ": "i", "ɑ": "a", "ɡ": "g", "ǀ": "l", "Ɩ": "I", "ʏ": "y", "ɪ": "i", "ᴏ": "o",
    # Lisu and Cherokee capitals drawn like Latin ones
    "ꓐ": "B", "ꓑ": "P", "ꓓ": "D", "ꓔ": "T", "ꓖ": "G", "ꓗ": "K", "ꓙ": "J", "ꓚ": "C", "ꓜ": "Z", "ꓝ": "F",
    "ꓟ": "M", "ꓠ": "N", "ꓡ": "L", "ꓢ": "S", "ꓣ": "R", "ꓦ": "V", "ꓧ": "H", "ꓪ": "W", "ꓫ": "X", "ꓬ": "Y",
    "ꓮ": "A", "ꓰ": "E", "ꓲ": "I", "ꓳ": "O", "ꓴ": "U",
    "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭰ": "D", "Ꭼ": "E", "Ꮐ": "G", "Ꮋ": "H", "Ꭻ": "J", "Ꮶ": "K", "Ꮮ": "L",
    "Ꮇ": "M", "Ꮲ": "P", "Ꮢ": "R", "Ꮪ": "S", "Ꭲ": "T", "Ꮩ": "V", "Ꮃ": "W", "Ꮓ": "Z",
}  # fmt: skip
"""Letters of other scripts drawn like Latin ones, one character each (the verifier's normaliser folds them too,
keeping its map back to the answer)."""
_TYPOGRAPHY = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": '"', "\u203a": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
}  # fmt: skip
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
"""Ligatures that compatibility forms keep ("sœurs", "Cæsar"): written out as their two letters."""
_TABLE = str.maketrans({**dict.fromkeys(_INVISIBLE, None), **LOOKALIKE_LETTERS, **_TYPOGRAPHY, **_LIGATURES})

_TRANSLITERATION = {
    # Cyrillic (Russian, Ukrainian, Bulgarian, Serbian letters), as names are usually romanised
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "i", "й": "y", "ј": "j", "к": "k", "л": "l",
    "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "џ": "dz", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Greek
    "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
"""How a word written in Cyrillic or Greek reads in Latin letters ("Греен" -> "Green", "Бодин" -> "Bodin")."""
_FOREIGN_RUN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]+(?:[ \t-]+[\u0370-\u03ff\u0400-\u04ff\u1f00-\u1fff]+)*"
)
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
"""A decimal digit of another script: Arabic-Indic "٦٧٤", Persian "۷۲۸", Devanagari "५४३" (NFKC keeps them)."""


def _latin(ch: str) -> str:
    """A Cyrillic or Greek letter (accents dropped) in lower-case Latin letters."""
    base = _MARKS.sub("", unicodedata.normalize("NFD", ch.lower()))
    return _TRANSLITERATION.get(base, base)


def foreign_script_runs(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` written in Cyrillic or Greek words, not in look-alikes of Latin letters: a run of
    such words (not glued to Latin letters or digits) with at least one letter that looks like no Latin one ("Греен",
    "Фредерикуе ван Брукхем"). A word made only of look-alikes ("Реtеr", "Нарру") is a disguise, folded by
    shape instead (:data:`LOOKALIKE_LETTERS`)."""
    spans = []
    for m in _FOREIGN_RUN.finditer(text):
        start, end = m.span()
        glued = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
        word = m.group()
        if not glued and len(word) >= 2 and any(ch.isalpha() and ch not in LOOKALIKE_LETTERS for ch in word):
            spans.append((start, end))
    return spans


def romanise_char(text: str, i: int) -> str:
    """``text[i]`` (inside a :func:`foreign_script_runs` span) in Latin letters, its capitals as in its word."""
    ch = text[i]
    if not ch.isalpha():
        return ch
    latin = _latin(ch)
    if not ch.isupper():
        return latin
    nxt = text[i + 1] if i + 1 < len(text) else ""
    # a word in capitals stays in capitals ("ГРЕЕН" -> "GREEN"), a capitalised one capitalised ("Щукин" -> "Shchukin")
    if nxt.isupper() or (i > 0 and text[i - 1].isupper() and not nxt.isalpha()):
        return latin.upper()
    return latin.capitalize()


def latin_digits(text: str) -> str:
    """``text`` with other scripts' decimal digits as ASCII digits ("YZZ٦٧٤٠٣S٥" -> "YZZ67403S5")."""
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text) if _OTHER_DIGIT.search(text) else text


def romanised(text: str) -> str:
    """``text`` with its Cyrillic and Greek words (:func:`foreign_script_runs`) in Latin letters."""
    spans = foreign_script_runs(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], *(romanise_char(text, i) for i in range(start, end))]
        last = end
    return "".join([*out, text[last:]])


_SPACE = re.compile(r"[ \t\r\f\v]+")


def normalize(text: str) -> str:
    """Visible-form normalisation that keeps case and accents: NFKC, homoglyphs, no invisibles."""
    if text.isascii():
        return text.replace("`", "'")
    text = latin_digits(romanised(text))
    # look-alikes are mapped before NFKC too: it would turn some into other letters (lunate sigma -> sigma)
    once = unicodedata.normalize("NFKC", text.translate(_TABLE))
    return unicodedata.normalize("NFKC", once.translate(_TABLE))


def fold(text: str) -> str:
    """Canonical matching form: :func:`normalize`, then accents dropped, casefolded, spaces squeezed."""
    if text.isascii():
        return _SPACE.sub(" ", text.replace("`", "'").lower())
    decomposed = unicodedata.normalize("NFKD", normalize(text))
    return _SPACE.sub(" ", _MARKS.sub("", decomposed).casefold())


_ESCAPE = re.compile(r"(\\.)")


def fold_pattern(pattern: str) -> str:
    """:func:`fold` a regular-expression fragment, leaving escapes (``\\S``, ``\\d``) as written."""
    return "".join(part if part.startswith("\\") else fold(part) for part in _ESCAPE.split(pattern))


@cache
def blanked(m: re.Match[str]) -> str:
    """A match as spaces of its length (for ``pattern.sub``): the span is read as nothing, offsets stay put."""
    return " " * len(m.group(0))


def load_data(name: str) -> Any:
    """A phrase file from ``guard/classify/data`` (our own package data, parsed once; a duplicated key,
    which YAML would silently let win over the first, is an error)."""
    text = resources.files("guard.classify").joinpath("data", name).read_text(encoding="utf-8")
    return load_yaml(text, source=f"guard/classify/data/{name}")


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """Folded phrases (regular-expression fragments) as one alternation, longest first.

    A space inside a phrase matches one space or hyphen ("e-mail"); folded text has no runs of spaces.
    """
    items = sorted({fold_pattern(p).strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "|".join(p.replace(" ", r"[\s-]") for p in items)


def word_regex(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching any of ``phrases`` on word boundaries (in folded text)."""
    alts = alternation(phrases)
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)") if alts else None
