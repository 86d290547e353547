"""The normalisation stage every recogniser reads through, with a map back to the original text.

A model can write the same private value in many ways: fullwidth digits, Cyrillic look-alike letters,
zero-width characters inside a number, "six zero one one", "the ninth of April, twenty twenty-nine",
"neunzehnhundertvierundachtzig", "7 X K", "X-ray Kilo". :func:`normalise` rewrites all of them into
one plain form, so each recogniser is written once, for that form:

1. characters: Unicode NFKC (fullwidth -> ASCII), other scripts' digits ("٦٧٤", "५४३") as ASCII digits,
   format characters (zero-width, soft hyphen, bidi marks) dropped, Cyrillic/Greek homoglyphs folded to
   Latin, words written in Cyrillic or Greek read in Latin letters ("Греен" -> "Green"), dashes and quotes
   unified, runs of spaces collapsed (newlines kept: they end lines and sentences);
2. number words (en, de, fr, es; cardinals, ordinals, digit-by-digit, years, German compounds) ->
   digits: "nineteen eighty-four" -> "1984", "six zero one one" -> "6011", "dritten" -> "3";
3. spelled letters: a run of three or more single letters/digits ("C 0 3 0", "J-A-N-E") or of
   spelling-alphabet words ("X-ray Kilo") -> one token ("C030", "JANE", "XK");
4. values split over two sentences joined: "It begins Koło State. After that comes University", and a
   date's year given after its day and month ("starts with 08/21. The year is 1960" -> "08/21/1960").

Case is kept (recognisers decide where case matters). Every step is linear in the text; the words of
each language live in ``guard/verify/data/language.yaml``, not in code. ``Normalised.span`` maps a
span of the normalised text back to the original, for evidence offsets and for streaming hold-back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

import yaml

from guard.classify.fields import markup_field
from guard.classify.text import LOOKALIKE_LETTERS, foreign_script_runs, romanise_char
from guard.verify.lexicon import fold

_HOMOGLYPHS = str.maketrans(
    {
        **LOOKALIKE_LETTERS,
        "З": "3",  # Cyrillic Ze drawn like a digit
        # punctuation look-alikes
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "⁃": "-", "﹘": "-",
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
        "·": ".", "•": "*", "\u2024": ".", "\u2027": ".", "\u3002": ".",
    }
)  # fmt: skip
_SPACES = frozenset(
    " \t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)


@dataclass(frozen=True)
class Normalised:
    """Normalised text; ``starts[i]``/``ends[i]``: the original span that ``text[i]`` came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (an empty span maps to a point)."""
        if not self.text:
            return 0, 0
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[min(end, len(self.ends)) - 1]


class _Builder:
    """Accumulates output characters with their original spans."""

    __slots__ = ("chars", "ends", "starts")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)


def _emoji(ch: str) -> bool:
    """``ch`` is an emoji or a piece of one: pictographs, dingbats and symbol arrows (U+2600-27BF, U+2B00-2BFF,
    U+1F000 and above), variation selectors, the keycap mark. Box drawing, blocks (a mask's "███"), arrows
    between values ("AMS → JFK"), "©", "°" and currency signs stay."""
    cp = ord(ch)
    if cp in (0xFE0E, 0xFE0F, 0x20E3, 0x2139, 0x24C2):  # and the two letterlike emoji, "ℹ️ American", "Ⓜ️"
        return True
    if not (0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF or 0x1F000 <= cp <= 0x1FAFF or 0xE0020 <= cp <= 0xE007F):
        return False
    return unicodedata.category(ch) in ("So", "Sk", "Cf", "Cn")


def fold_lookalikes(text: str) -> str:
    """``text`` with look-alike letters and punctuation (dashes, quotes, middle dots) in their Latin /
    ASCII form, one character for one, so offsets in it are offsets in ``text``."""
    return text.translate(_HOMOGLYPHS)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character's normal form ("" to drop it)."""
    if unicodedata.category(ch) == "Cf":  # zero-width space/joiners, soft hyphen, BOM, bidi marks
        return ""
    if _emoji(ch):  # decoration: "👉 Place of birth: ✨ Tarragona 😊" reads "Place of birth: Tarragona"
        return ""
    if ch in _SPACES:
        return " "
    if unicodedata.category(ch) == "Nd":  # another script's digit ("٦", "۷", "५"), which NFKC keeps
        return str(unicodedata.digit(ch))
    out = unicodedata.normalize("NFKC", ch).translate(_HOMOGLYPHS)
    return " " if out in _SPACES else out


_DIGIT_LOOKALIKES = {"О": "0", "о": "0", "Ο": "0", "ο": "0", "З": "3", "з": "3", "І": "1", "Ι": "1", "ӏ": "1", "Ӏ": "1"}
"""Non-Latin letters written for digits ("О6/О7/1987", "$22.О1"): digits inside a number (see
:func:`_digit_lookalikes`), their Latin look-alike elsewhere."""


def _digit_lookalikes(text: str, chars: list[str], starts: list[int]) -> None:
    """Turn look-alike letters back into digits in every token (a run without spaces) that holds an
    ASCII digit and no Latin letter of its own: "ОЗ/О4/2О24" is a date, "FV8О" stays a code."""
    n = len(chars)
    i = 0
    while i < n:
        if chars[i] == " " or chars[i] == "\n":
            i += 1
            continue
        j = i
        digit = latin = lookalike = False
        while j < n and chars[j] != " " and chars[j] != "\n":
            ch = chars[j]
            if text[starts[j]] in _DIGIT_LOOKALIKES:
                lookalike = True
            elif ch.isascii() and ch.isdigit():
                digit = True
            elif ch.isalpha():
                latin = True
            j += 1
        if digit and lookalike and not latin:
            for k in range(i, j):
                chars[k] = _DIGIT_LOOKALIKES.get(text[starts[k]], chars[k])
        i = j


_EMOJI_LABELS = {
    **dict.fromkeys("\U0001f4f7\U0001f4f8\U0001f5bc", "Image:"),
    **dict.fromkeys("\U0001f4de\u260e\U0001f4f1", "Phone:"),
    **dict.fromkeys("\u2709\U0001f4e7\U0001f4e8\U0001f4e9", "Email:"),
    **dict.fromkeys("\U0001f4cd\U0001f3e0\U0001f3e1", "Address:"),
    "\U0001f382": "Birthday:",
    "\U0001faaa": "ID:",
    "\U0001f4b3": "Card:",
    "\U0001f464": "Name:",
}
"""Emoji that label the line they open ("📷 a business card · Sonia Wołk", "📞 0151 ..."): read as the label's word.
Elsewhere an emoji is decoration and dropped."""


def _fold_chars(text: str) -> tuple[str, list[int], list[int]]:
    """Step 1 (characters): NFKC, format characters dropped, a line's label emoji read as its word, homoglyphs
    folded, spaces collapsed."""
    b = _Builder()
    last_space = True
    line_open = True  # nothing but blanks so far on this line
    ascii_text = text.isascii()
    romanise = {i for start, end in foreign_script_runs(text) for i in range(start, end)} if not ascii_text else ()
    for i, ch in enumerate(text):
        if not ascii_text and unicodedata.combining(ch) and b.chars:
            # an accent written as its own character after its letter ("Ho\u0308chst") joins it ("Höchst"): per
            # character NFKC keeps the pair apart, and a word would end at the mark
            composed = unicodedata.normalize("NFC", b.chars[-1] + ch)
            if len(composed) == 1:
                b.chars[-1] = composed
                b.ends[-1] = i + 1
                continue
        if i in romanise:  # a word written in Cyrillic or Greek reads in Latin letters ("Греен" -> "Green")
            out = romanise_char(text, i) if ch.isalpha() else _fold_char(ch)
        elif line_open and not ascii_text and ch in _EMOJI_LABELS:
            out = _EMOJI_LABELS[ch] + " "
        else:
            out = "\t" if ch == "\t" else ch if ascii_text and ch not in "\r\f\v" else _fold_char(ch)
        if not out:
            continue
        if out == " " or out == "\t":  # a tab survives step 1 only to mark table columns (_tables)
            if last_space:
                continue
            last_space = True
        else:
            last_space = out == "\n" or out.endswith(" ")
            line_open = out == "\n"
        b.add(out, i, i + 1)
    if not ascii_text:
        _digit_lookalikes(text, b.chars, b.starts)
    folded = "".join(b.chars)
    if _LATIN_IN_NUMBER.search(folded):
        folded = _LATIN_TOKEN.sub(_latin_digits, folded)
    return _caps_lock(_uncapitalised(folded)), b.starts, b.ends


_LATIN_IN_NUMBER = re.compile(r"\d[OolI]|[OolI]\d")
_LATIN_TOKEN = re.compile(r"(?<!\S)[^\s]*(?:\d[OolI]|[OolI]\d)[^\s]*")
_LATIN_DIGITS = str.maketrans("OolI", "0011")


def _latin_digits(m: re.Match[str]) -> str:
    """Latin letters written for digits inside a number ("O42 4495O4l", "27.O6.2O23 ll:l6"): a token
    (a run without spaces) whose only letters are O/o/l/I, next to a digit, reads as digits. A token
    with any other letter ("FV8O", "I5a") is a code and stays as it is. Same length: spans unchanged."""
    token = m.group()
    if any(ch.isalpha() and ch not in "OolI" for ch in token):
        return token
    return token.translate(_LATIN_DIGITS)


_CAPS_WORD = re.compile(r"(?<![^\s:])([^\W\d_])([^\W\d_]+)(?=[^\w\s]*(?:\s|$))")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])$")


def _uncapitalised(text: str) -> str:
    """An answer written all in capitals ("SURNAME SHOWN: GREEN") in ordinary case ("Surname shown:
    Green"): words open a sentence or follow a colon (a label's value) capitalised, other words in lower
    case, so a recogniser that reads a capitalised word as a name or a value sees the value and not the
    label. Only whole words of two or more letters change (a spelled "A B C" and a token with a digit,
    "71-SG-ZK", keep their case); a text with any lower-case letter, or of fewer than five such words, is
    left alone. Same length: spans unchanged."""
    if len(text) < 24 or not text.isupper() or len(_CAPS_WORD.findall(text)) < 5:
        return text  # a bare value in capitals ("FRANCIS, K.") is read as written: no prose to restore
    out: list[str] = []
    last = 0
    value = False  # inside the part of a sentence after a colon
    for m in _CAPS_WORD.finditer(text):
        gap = text[last : m.start()]
        if ":" in gap:
            value = True
        if re.search(r"[.!?\n]", gap) and not re.search(r"\d[.]\s*$", gap):
            value = False
        out.append(gap)
        opens = _SENTENCE_START.search(text[: m.start()].rstrip(" \"'(")) is not None
        out.append(m.group(1) + m.group(2).lower() if value or opens else m.group().lower())
        last = m.end()
    out.append(text[last:])
    return "".join(out)


_INVERTED = re.compile(r"(?<![^\W\d_])[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]{3,}(?![^\W\d_])")


def _caps_lock(text: str) -> str:
    """Words typed with caps lock on ("sENNA", "sARA": the first letter small, the rest capitals) as the writer
    meant them ("Senna"), so a name or a value reads as one. Four letters or more ("iOS" stays). Same length."""
    if not _INVERTED.search(text):
        return text
    return _INVERTED.sub(lambda m: w if len(w := m.group().capitalize()) == len(m.group()) else m.group(), text)


# --- language data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Language:
    numbers: dict[str, int]
    multipliers: frozenset[str]
    ambiguous: frozenset[str]
    connectors: frozenset[str]
    ordinals: dict[str, int]
    ordinal_suffixes: tuple[str, ...]
    spelling: dict[str, str]
    spelling_spelt: dict[str, str]
    """``spelling`` and the national alphabets' words, which are names or towns elsewhere: the spelling words of an
    answer that says it spells (``spelling_frames``)."""
    spelling_frames: tuple[str, ...]
    months: dict[str, int]
    compounds: dict[str, int]
    roots: tuple[str, ...]
    """Number words usable inside a German-style compound, longest first."""
    opening: tuple[str, ...] = ()
    continuation: tuple[str, ...] = ()
    next_line: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    continuation_verbs: tuple[str, ...] = ()
    """Phrases that open a split value and that continue it in the next sentence, and the verbs that may follow
    a continuation ("The second half reads 901/27") (see _continuations)."""
    year_part: tuple[str, ...] = ()
    """Phrases that give a date's year in the sentence after its day and month (see _split_years)."""
    table_keys: frozenset[str] = frozenset()
    table_values: frozenset[str] = frozenset()
    """Headers of a two-column key/value table ("Field | Value"): each row reads "key: value" (_tables)."""
    spoken_separators: dict[str, str] = field(default_factory=dict)
    """Separator words read out inside a code ("dash", "tiret", "guion") -> the character (_spoken_separators)."""
    positions: frozenset[str] = frozenset()
    """Words that say where on a document something sits, folded (``guard/verify/masks.py``: a place is no value)."""
    page_nouns: frozenset[str] = frozenset()
    page_small_words: frozenset[str] = frozenset()
    """Nouns of the picture and the page, and the small words around them, folded (``guard/verify/masks.py``)."""
    backwards: tuple[str, ...] = ()
    """Words that say the text after them is written backwards (:func:`_backwards`)."""


@cache
def language() -> Language:
    """The language data (``guard/verify/data/language.yaml``), loaded once."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("guard.verify").joinpath("data/language.yaml").read_text("utf-8")
    )
    numbers: dict[str, int] = {}
    for words in raw["numbers"].values():
        numbers.update({str(k).lower(): int(v) for k, v in words.items()})
    ordinals: dict[str, int] = {}
    for words in raw["ordinals"].values():
        ordinals.update({str(k).lower(): int(v) for k, v in words.items()})
    suffixes = sorted({str(s) for group in raw["ordinal_suffixes"].values() for s in group}, key=len, reverse=True)
    months = {str(w).lower(): int(m) for m, words in raw["months"].items() for w in words}
    roots = tuple(sorted((w for w in numbers if len(w) >= 3 and w.isalpha()), key=len, reverse=True))
    spelling = {str(k).lower(): str(v) for k, v in raw["spelling"].items()}

    def longest_first(key: str) -> tuple[str, ...]:
        """A phrase list of the file, lower case, longest first (alternations try the longer phrase first)."""
        return tuple(sorted((str(w).lower() for w in raw.get(key, ())), key=len, reverse=True))

    return Language(
        numbers=numbers,
        multipliers=frozenset(str(w).lower() for w in raw["multipliers"]),
        ambiguous=frozenset(str(w).lower() for w in raw["ambiguous"]),
        connectors=frozenset(str(w).lower() for w in raw["connectors"]),
        ordinals=ordinals,
        ordinal_suffixes=tuple(suffixes),
        spelling=spelling,
        spelling_spelt={**{str(k).lower(): str(v) for k, v in raw.get("spelling_national", {}).items()}, **spelling},
        spelling_frames=longest_first("spelling_frames"),
        months=months,
        compounds={str(k).lower(): int(v) for k, v in raw.get("compounds", {}).items()},
        roots=roots,
        opening=longest_first("opening"),
        continuation=longest_first("continuation"),
        next_line=longest_first("next_line"),
        then=longest_first("then"),
        continuation_verbs=longest_first("continuation_verbs"),
        year_part=longest_first("year_part"),
        table_keys=frozenset(str(w).lower() for w in raw.get("table_keys", ())),
        table_values=frozenset(str(w).lower() for w in raw.get("table_values", ())),
        spoken_separators={str(k).lower(): str(v) for k, v in (raw.get("spoken_separators") or {}).items()},
        positions=frozenset(fold(str(w)) for w in raw.get("positions", ())),
        page_nouns=frozenset(fold(str(w)) for w in raw.get("page_nouns", ())),
        page_small_words=frozenset(fold(str(w)) for w in raw.get("page_small_words", ())),
        backwards=longest_first("backwards"),
    )


# --- step 2: number words --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_UNITS_GAP = re.compile(r"[\s,]*")


@dataclass(frozen=True)
class _Num:
    start: int
    end: int
    parts: tuple[tuple[int, bool], ...]
    """(value, is_multiplier) pieces: "vierundachtzig" -> ((84, False),); "neunhundert" -> ((9, F), (100, T))."""
    ambiguous: bool
    ordinal: bool = False


_MONTH_AFTER = re.compile(r"\s*(?:(?:of|de|du|del|im)\s+)?([^\W\d_]+)")


def _ordinal(word: str) -> bool:
    w = word.lower()
    return w in language().ordinals or any(
        w.endswith(s) and w not in language().numbers for s in language().ordinal_suffixes
    )


@lru_cache(maxsize=8192)
def _word_value(word: str) -> tuple[tuple[tuple[int, bool], ...], bool] | None:
    """The number a word stands for, as pieces, and whether it is ambiguous alone; None if not a number."""
    lang = language()
    w = word.lower()
    if w in lang.numbers:
        return ((lang.numbers[w], w in lang.multipliers),), w in lang.ambiguous
    if w in lang.ordinals:
        return ((lang.ordinals[w], False),), w in {"second", "segundo", "segunda", "quinta", "cuarto"}
    if len(w) < 6:
        return None
    pieces = _compound(w)
    if pieces is not None:
        return pieces, False
    for suffix in lang.ordinal_suffixes:  # "einundzwanzigsten", "vingtième", "twenty-fifth" (hyphen split)
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            for candidate in (base, base + "e", base[:-1] + "f" if base.endswith("v") else base):
                if candidate in lang.numbers:
                    return ((lang.numbers[candidate], False),), False
                pieces = _compound(candidate) if len(candidate) >= 6 else None
                if pieces is not None:
                    return pieces, False
    return None


def _compound(w: str) -> tuple[tuple[int, bool], ...] | None:
    """German-style compounds: "neunzehnhundertvierundachtzig" -> 19, x100, 84 (None if not one)."""
    lang = language()
    out: list[tuple[int, bool]] = []
    i = roots = 0
    pending_unit: int | None = None  # "vier" + "und" + "achtzig" -> 84
    while i < len(w):
        if w.startswith("und", i) and pending_unit is not None:
            i += 3
            nxt = next((r for r in lang.roots if w.startswith(r, i)), None)
            if nxt is None or not 20 <= lang.numbers[nxt] <= 90:
                return None
            out.append((lang.numbers[nxt] + pending_unit, False))
            pending_unit = None
            roots += 1
            i += len(nxt)
            continue
        if pending_unit is not None:
            out.append((pending_unit, False))
            pending_unit = None
        root = next((r for r in lang.roots if w.startswith(r, i)), None)
        if root is None:
            return None
        value = lang.numbers[root]
        if value < 10 and w.startswith("und", i + len(root)):
            pending_unit = value
        else:
            out.append((value, root in lang.multipliers))
        i += len(root)
        roots += 1
    if pending_unit is not None:
        out.append((pending_unit, False))
    return tuple(out) if roots >= 2 else None


def _groups(pieces: Sequence[tuple[int, bool]], joins: Sequence[bool]) -> list[int] | None:
    """Read number pieces as one or more numbers: [20, 9] -> 29; [19, 84] -> 1984 (two groups); [6, 0] -> 60.

    ``joins[i]``: piece i was joined to the previous one by "and"/"und"/"et"/"y", which is only
    allowed where the pieces add up ("hundred and five"); None if such a join starts a new number.
    """
    groups: list[int] = []
    total = current = 0
    last = 0  # the last term added to ``current`` (addition only continues below a round term)
    started = False
    for (value, mult), joined in zip(pieces, joins, strict=True):
        if not started:
            if mult:
                total, current, last = (value, 0, value) if value >= 1000 else (0, value, value)
            else:
                current, last = value, value
            started = True
            continue
        if mult:
            if value >= 1000:
                total += max(current, 1) * value
                current, last = 0, value
            else:
                current = max(current, 1) * value
                last = value
            continue
        if value < last and last % 10 == 0 and last >= 10 and value != 0:
            current += value
            last = value
            continue
        if current == 0 and total and value < last:
            current, last = value, value
            continue
        if joined:
            return None
        groups.append(total + current)
        total, current, last = 0, value, value
    groups.append(total + current)
    return groups


_MAX_RUN = 32
_REPEAT = {"double": 2, "triple": 3}
"""A digit said twice or three times, as phone and document numbers are read out in English ("double four")."""


def _number_words(text: str) -> list[tuple[int, int, str]]:
    """Replacements (start, end, digits) for every run of number words in ``text``."""
    lang = language()
    nums: list[_Num] = []
    for m in _WORD.finditer(text):
        if nums and nums[-1].end > m.start():
            continue  # the digit word of "double four", read with it
        repeat = _REPEAT.get(m.group().lower())
        if repeat is not None:  # "double four" -> 44, "triple six" -> 666 (a number read out digit by digit)
            nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            got = _word_value(nxt.group()) if nxt is not None else None
            if nxt is not None and got is not None and len(got[0]) == 1 and got[0][0][0] < 10 and not got[0][0][1]:
                nums.append(_Num(m.start(), nxt.end(), got[0] * repeat, False))
            continue
        # a hyphenated word is read piece by piece ("twenty-nine", "quatre-vingt-dix", "x-ray" is not a number)
        pieces: list[tuple[int, bool]] = []
        ambiguous = True
        ok = True
        parts = m.group().split("-")
        k = 0
        while k < len(parts):
            part = parts[k]
            k += 1
            pair = f"{part}-{parts[k]}".lower() if k < len(parts) else ""
            if pair in lang.compounds:
                pieces.append((lang.compounds[pair], False))
                ambiguous = False
                k += 1
                continue
            got = _word_value(part)
            if got is None:
                if part.lower() in lang.connectors and pieces:  # "vingt-et-un"
                    continue
                ok = False
                break
            pieces.extend(got[0])
            ambiguous = ambiguous and got[1]
        if ok and pieces:
            ordinal = _ordinal(parts[-1])
            nums.append(_Num(m.start(), m.end(), tuple(pieces), ambiguous and len(pieces) == 1, ordinal))
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(nums):
        run = [nums[i]]
        joins = [False] * len(nums[i].parts)
        j = i + 1
        # an ordinal ends a number ("twenty-first"); a run is at most 32 words (keeps the reading linear)
        while j < len(nums) and not run[-1].ordinal and len(run) < _MAX_RUN:
            gap = text[run[-1].end : nums[j].start]
            words = gap.replace(",", " ").replace("-", " ").split()
            if not words and "\n" not in gap and len(gap) <= 3 and ("," not in gap or _units(run[-1], nums[j])):
                joined = False
            elif len(words) == 1 and words[0].lower() in lang.connectors and len(gap) <= 6:
                joined = True
            else:
                break
            trial = _groups(
                [p for n in (*run, nums[j]) for p in n.parts], [*joins, joined, *[False] * (len(nums[j].parts) - 1)]
            )
            if trial is None:
                break
            run.append(nums[j])
            joins += [joined] + [False] * (len(nums[j].parts) - 1)
            j += 1
        i = j
        beside_month = _month_follows(text, run[-1].end) or _month_precedes(text, run[0].start)
        if len(run) == 1 and run[0].ambiguous and not (run[0].ordinal and beside_month):
            continue  # "a second look", but "May second", "the second of May" are days
        if run[-1].ordinal and not beside_month:
            continue  # "first name", "second person": an ordinal is a day only before a month
        groups = _groups([p for n in run for p in n.parts], joins)
        if groups:
            out.append((run[0].start, run[-1].end, "".join(str(g) for g in groups)))
    return out


def _month_follows(text: str, end: int) -> bool:
    m = _MONTH_AFTER.match(text, end)
    return m is not None and m.group(1).lower().rstrip(".") in language().months


_MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+(?:the\s+|den\s+|le\s+|el\s+)?$")


def _month_precedes(text: str, start: int) -> bool:
    m = _MONTH_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in language().months


def _units(a: _Num, b: _Num) -> bool:
    """Comma-separated number words join only digit by digit ("six, zero, one")."""
    return all(v < 10 and not m for v, m in (*a.parts, *b.parts))


# --- step 3: spelled letters -----------------------------------------------------------------------

_SINGLE = re.compile(r"(?<![\w'])(?:[^\W\d_]+(?:-ray)?|\d{2,12}|[^\W_])(?![\w'])")


_LETTER_AS = re.compile(
    r"(?<![^\W_])([^\W\d_])\s+(?:as\s+in|for|like|wie|comme|como|de|di)\s+([^\W\d_][^\W\d_'’-]*)(?![^\W_])"
)


def letters_as_in(text: str) -> list[tuple[int, int, str]]:
    """A letter spelled with a word that starts with it, in any spelling alphabet ("K wie Kaufmann", "E comme
    Eugène", "B as in Bravo", "R de Roma"): the letter. Runs of them then join as spelled letters do."""
    return [
        (m.start(), m.end(), m.group(1)) for m in _LETTER_AS.finditer(text) if fold(m.group(2)[0]) == fold(m.group(1))
    ]


_MRZ_NAMES = re.compile(r"(?<![\w<])([PIACV][A-Z<])([A-Z<]{3})([A-Z]+(?:<[A-Z]+)*)<<([A-Z]+(?:<[A-Z]+)*)?<*(?![\w<])")
_MRZ_NUMBERS = re.compile(
    r"(?<![\w<])([A-Z0-9]{5,9})<*(\d)([A-Z]{3})(\d{2})(\d{2})(\d{2})\d([MFX<])[0-9<A-Z]{8,24}(?![\w<])"
)
"""A passport's or identity card's machine-readable lines (ICAO 9303): the names line ("P<UTONICKEL<<ANNA<<<<")
and the numbers line (document number, check digit, nationality, birth date YYMMDD, check digit, sex, ...)."""


def _mrz(text: str) -> list[tuple[int, int, str]]:
    """Machine-readable lines read as the fields they encode ("surname: NICKEL, given names: ANNA";
    "BH2857577 UTO, date of birth: 01/01/1980"): the filler "<" is no separator any recogniser knows."""
    out = []
    for m in _MRZ_NAMES.finditer(text):
        if len(m.group(0).strip()) < 20:
            continue
        given = f", given names: {m.group(4).replace('<', ' ')}" if m.group(4) else ""
        out.append(
            (
                m.start(1),
                m.end(),
                f"{m.group(1).strip('<')} {m.group(2)} surname: {m.group(3).replace('<', ' ')}{given}",
            )
        )
    for m in _MRZ_NUMBERS.finditer(text):
        yy, mm, dd = m.group(4), m.group(5), m.group(6)
        if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31):
            continue
        year = ("19" if int(yy) > 30 else "20") + yy
        # the number stays unlabelled (which document's it is, the names line says): its shape speaks for it
        out.append((m.start(1), m.end(), f"{m.group(1)} {m.group(3)}, date of birth: {dd}/{mm}/{year}"))
    return out


def spelling_words(text: str) -> Mapping[str, str]:
    """The spelling-alphabet words of ``text`` (word -> letter): NATO's always; the national alphabets' ("Theodor –
    Anton – Samuel", "Raoul Ursule"), given names and towns elsewhere, only in an answer that says it spells."""
    lang = language()
    lowered = text.lower()
    return lang.spelling_spelt if any(frame in lowered for frame in lang.spelling_frames) else lang.spelling


def _spelled(text: str) -> list[tuple[int, int, str]]:
    """Replacements for runs of single characters or spelling-alphabet words: "7 X K" -> "7XK"."""
    spelling = spelling_words(text)
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str, bool]] = []  # start, end, letter, was a spelling word

    def join(items: list[tuple[int, int, str, bool]]) -> None:
        words = sum(1 for r in items if r[3])
        if words == 1 and not any(not r[3] and r[2].isalpha() for r in items):
            # one spelling word among digits is a word of the sentence: "9 November 2024", "Gate 4 Hotel"
            at = next(k for k, r in enumerate(items) if r[3])
            join(items[:at])
            join(items[at + 1 :])
            return
        singles = sum(1 for r in items if len(r[2]) == 1)
        letters = any(r[2].isalpha() for r in items)
        if len(items) > singles and (singles < 2 or not letters):
            return  # digit groups join only runs of spelled letters: "9.2.2024", "3, 2025, 5:27" stay apart
        if len(items) >= 3 or (len(items) >= 2 and words >= 1 and words < len(items)) or words >= 2:
            out.append((items[0][0], items[-1][1], "".join(r[2] for r in items)))

    def flush() -> None:
        join(list(run))
        run.clear()

    for m in _SINGLE.finditer(text):
        token = m.group()
        if len(token) == 1 or (token.isdigit() and len(token) <= 12 and run):
            item = (m.start(), m.end(), token, False)
        elif token.lower() in spelling:
            item = (m.start(), m.end(), spelling[token.lower()], True)
        else:
            flush()
            continue
        if run and not re.fullmatch(r" ?[-.,]? ?", text[run[-1][1] : m.start()]):
            flush()
        run.append(item)
    flush()
    return out


def _apply(
    text: str, starts: list[int], ends: list[int], repl: list[tuple[int, int, str]]
) -> tuple[str, list[int], list[int]]:
    """Rewrite ``text`` with non-overlapping replacements, carrying the original spans along."""
    if not repl:
        return text, starts, ends
    b = _Builder()
    at = 0
    for s, e, new in sorted(repl):
        if s < at:
            continue
        for k in range(at, s):
            b.add(text[k], starts[k], ends[k])
        b.add(new, starts[s], ends[e - 1])
        at = e
    for k in range(at, len(text)):
        b.add(text[k], starts[k], ends[k])
    return "".join(b.chars), b.starts, b.ends


# --- step 0: markdown decoration ----------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
"""A backslash that escapes punctuation (markdown's "jane\\_doe", a pattern's "corp\\.com"): the character is meant."""
_DECORATION = re.compile(
    r"(?m)^[ \t]*```[\w+-]*[ \t]*(?:\n|$)|^[ \t]*>[ \t]?|`+|(?<!\*)\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?!\*)"
    r"|(?<!\w)__(?=\w)|(?<=\w)__(?!\w)"
    # single emphasis around a word ("_Alfred_ Siering", "Salsa *dancing*"); not inside a word ("aniela_60")
    # nor a bullet ("* item")
    r"|(?<![\w*\\])\*(?=[^\s*])|(?<=[^\s*\\])\*(?![\w*])|(?<![\w_\\])_(?=[^\W_])|(?<=[^\W_])_(?![\w_])"
)
"""How markdown dresses text, not what it says: code fences, block-quote markers, inline code, bold and emphasis
(not a run of three asterisks or more: that is a mask, "PLACE OF BIRTH: ******", and the field stays
masked).
"Transcription:\n```\nMarcelina K.\n```" and "The visible text says:\n\n> Pittman" read as their
plain forms, so a frame before them reaches the value."""


_HTML_TEXT_TAG = re.compile(
    # a term and its description, a label element and its value element: one "label: value" line
    r"(?P<pair></(?i:dt)>\s*<(?i:dd)(?:\s[^<>\n]{0,200})?>"
    r"|(?<!:)</(?i:span|div|label|b|strong)>\s*(?=<(?i:span|div|b|strong)\s[^<>\n]{0,80}class=[\"'][^\"'<>]*\bval(?:ue)?\b)"
    # a label element, then the value set apart in bold: "<span>Occupation</span> <strong>Company secretary</strong>"
    r"|(?<![:\s])</(?i:span|label|dt|th)>[ \t]*(?=<(?i:strong|b|em|mark)(?:\s[^<>\n]{0,80})?>))"
    r"|</?(?i:span|font|b|i|em|strong|u|small|mark|code|label|a|speak|say-as|prosody|emphasis|voice|sub|"
    r"(?P<block>p|div|br|h[1-6]|li|ul|ol|pre|section|article|dl|dt|dd|s|break))"
    r"(?:\s[^<>\n]{0,200})?/?>"
)
"""HTML's own text elements (``<p>``, ``<span class="v">``, ``<b>``, ``<br/>``) and speech markup's (SSML's
``<speak>``, ``<say-as interpret-as="characters">``): dress, not content; a block element ends a line; a term and its
description (``<dt>Nationality</dt><dd>Spanish</dd>``), a label element and the element of class "value" after it,
or a label element and a bold one after it read "Nationality: Spanish". Table cells and elements named for their
content (``<nationality>``) stay: they are fields."""
_HREF = re.compile(r"""(?i)^<a\s[^<>]*?href\s*=\s*["'](?:mailto:|tel:)?([^"'<>\s]{1,200})["']""")


_INLINE_TAG = re.compile(r"(?i)^<(?:span|b|strong|em|code|label|small|mark)\s")
"""An inline element, whose attribute may name its content's field (``classify.fields.markup_field``)."""


def _tag_text(m: re.Match[str]) -> str:
    """What a dress tag stands for in the text: a line break for a block, "label: " for a pair or an inline element
    named for its content, the target of a link (``<a href="mailto:jane@example.org">write to them</a>``: the
    address is the link's content too)."""
    if m.group("pair"):
        return ": "
    if m.group("block"):
        return "\n"
    named = markup_field(m.group(0)) if _INLINE_TAG.match(m.group(0)) else None
    if named:  # <span class="first_name">: the field's name reads as the value's label, "first name: X"
        return f" {named}: "
    href = _HREF.match(m.group(0))
    return f" {href.group(1)} " if href else ""


_WRAPPED = re.compile(
    r"(?<=[^\W\d_])-\n[ \t]*(?=[a-zß-ÿ])"  # a word cut at the line's end: "Divo-\nrced"
    r"|(?P<keep>(?<=[^\W\d_])-\n[ \t]*(?=[A-ZÀ-Þ]))"  # a compound: "Hans-\nUwe"
    r"|(?P<space>[ \t]+-\n[ \t]*(?=\w)|(?<=\d)-\n[ \t]*(?=\w))"  # a dash at the end: "civil -\npartnership"
)
"""A line the writer wrapped with a hyphen: the word, the compound or the two words it was."""


_URL = re.compile(r"(?i)(?:https?://|www\.)[^\s/]+(/[^\s\"'<>)\]]*)")
_URL_SPACE = re.compile(
    r"(?<=[^\W_])\+(?=[^\W_])|(?<=[^\W\d_])-(?=[^\W\d_])|[?&](?P<key>[a-z_]{1,12})=|(?P<escaped>(?:%[0-9A-Fa-f]{2})+)"
    r"|(?<=/)(?P<segment>[^\W\d_]{2,20})/(?=[^\s/?#&])"
)
"""Inside a URL's path and query, the characters that stand for spaces ("search?q=Letniskowa+36+Gliwice",
"/people/samuel-sanders", "%20"), the query's own keys and the slash after a path's word: the words they join
are what the URL says, and a key or a path's word is the label of what follows it ("find?name=MYRTHE+DE+HOOG"
reads "name: MYRTHE DE HOOG", "/booking/CUDQZ8" "booking: CUDQZ8", "/in/oliver-king" "in: oliver king")."""


_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " "}


def _entity(m: re.Match[str]) -> str:
    """The character an HTML entity stands for ("&#44;" -> ","); a format character ("&#8203;", a zero-width
    space) is dropped like the literal one."""
    if m.group(3):
        return _NAMED[m.group(3)]
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    if not 0 < code <= 0x10FFFF or unicodedata.category(chr(code)) in ("Cc", "Cs"):
        return ""
    return _fold_char(chr(code))


def _url_words(text: str) -> list[tuple[int, int, str]]:
    """Percent escapes decoded as UTF-8 ("%20" a space, "%2F" a slash, "Kr%C4%99%C5%BCo%C5%82ek" "Krężołek"), every
    other joining character a space."""
    return [
        (m.start(), m.end(), _url_piece(m))
        for url in _URL.finditer(text)
        for m in _URL_SPACE.finditer(text, url.start(1), url.end(1))
    ]


def _url_piece(m: re.Match[str]) -> str:
    """What one joining piece of a URL (:data:`_URL_SPACE`) reads as."""
    if m.group("escaped"):
        return _unescaped(m.group())
    if m.group("segment"):
        return f"{m.group('segment')}: "
    return _query_key(m.group("key"))


_LOOKUP_KEYS = frozenset(("q", "query", "search", "text", "term", "lookup", "k", "s"))
"""Query keys of a search or a lookup ("?q=", "query=", "text=")."""


def _query_key(key: str | None) -> str:
    """A query key as the label it is ("?full_name=" -> " full name: "); any other joining character a space.
    A search's key (:data:`_LOOKUP_KEYS`) says what follows was read and looked up, as "it says" does
    ("search?q=Amateur+astronomy" reads "it says: Amateur astronomy"); another one- or two-letter key ("id", "p")
    names nothing and stays a space."""
    if key is None:
        return " "
    if key in _LOOKUP_KEYS:
        return " it says: "
    return f" {key.replace('_', ' ')}: " if len(key) > 2 else " "


def _unescaped(escapes: str) -> str:
    """``escapes`` decoded, or left as written when they are no UTF-8 (a hostile "%E2%28")."""
    try:
        decoded = unquote(escapes, errors="strict")
    except UnicodeDecodeError:
        return escapes
    return "".join(" " if unicodedata.category(ch) == "Cc" else _fold_char(ch) for ch in decoded)


def _dress(text: str) -> list[tuple[int, int, str]]:
    """What a writer dresses text in, undone: markdown's decoration and escapes, HTML's text elements and
    entities, hyphen-wrapped lines, the separators of a URL's words."""
    out: list[tuple[int, int, str]] = []
    if "&" in text:
        out += [(m.start(), m.end(), _entity(m)) for m in _ENTITY.finditer(text)]
    if "://" in text or "www." in text:
        out += _url_words(text)
    if "`" in text or ">" in text or "*" in text or "_" in text:
        out += [(m.start(), m.end(), "") for m in _DECORATION.finditer(text)]
    if "\\" in text:
        out += [(m.start(), m.end(), "") for m in _ESCAPE.finditer(text)]
    if "<" in text:
        out += [(m.start(), m.end(), _tag_text(m)) for m in _HTML_TEXT_TAG.finditer(text)]
    if "-\n" in text:
        for m in _WRAPPED.finditer(text):
            out.append((m.start(), m.end(), "-" if m.group("keep") else " " if m.group("space") else ""))
    return out


# --- step 0: tables -------------------------------------------------------------------------------

_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


_TAB_ROW = re.compile(r"^[ \t]*([^\t\n|]{1,60}?)[ \t]*\t+[ \t]*([^\t\n]+?)[ \t]*$")


def _key_value(headers: Sequence[str]) -> bool:
    """A two-column table of keys and values ("Field | Value", "Feld | Wert")."""
    lang = language()
    h = [x.strip(" *_`").lower() for x in headers if x.strip()]
    return len(h) == 2 and h[0] in lang.table_keys and h[1] in lang.table_values


def _tables(text: str) -> list[tuple[int, int, str]]:
    """Markdown table cells become "Header: value", so a column header is a cue like any label; in a
    key/value table ("| Field | Value |", or the same with tabs) each value becomes "key: value"."""
    if "\t" not in text:
        return _pipe_tables(text) if "|" in text else []
    out = _tab_tables(text) + (_pipe_tables(text) if "|" in text else [])
    done = sorted(out)
    spaces = [(k, k + 1, " ") for k, ch in enumerate(text) if ch == "\t"]  # every other tab is a space
    return out + [t for t in spaces if not any(s <= t[0] < e for s, e, _ in done)]


def _tab_tables(text: str) -> list[tuple[int, int, str]]:
    """Tab-separated tables: a key/value table's rows become "key: value"; under a header row of other
    names ("doc\tpob" over "form\tValdemoro") each cell becomes "Header: value" on a line of its own."""
    out: list[tuple[int, int, str]] = []
    keyed = False
    headers: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        row = _TAB_ROW.match(line)
        cells = line.split("\t")
        if len(cells) < 2:
            keyed, headers = False, None
        elif row is not None and _key_value([row.group(1), row.group(2)]):
            keyed, headers = True, None
        elif keyed and row is not None:
            out.append((pos + row.start(2), pos + row.end(2), f"{row.group(1)}: {row.group(2)}"))
        elif headers is not None and len(cells) == len(headers):
            at = pos
            for k, cell in enumerate(cells):
                value = cell.strip()
                if value and headers[k]:
                    start = at + cell.index(value)
                    out.append((start, start + len(value), f"{headers[k]}: {value}"))
                if k:
                    out.append((at - 1, at, "\n"))  # the tab before this cell
                at += len(cell) + 1
        else:
            keyed, headers = False, [c.strip() for c in cells]
        pos += len(line) + 1
    return out


def _pipe_tables(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    headers: list[str] | None = None
    previous: re.Match[str] | None = None
    pos = 0
    for line in text.split("\n"):
        row = _ROW.match(line)
        if _RULE.match(line):
            headers = [c.strip() for c in previous.group(1).split("|")] if previous is not None else None
            previous = None
        elif row is None:
            headers = previous = None
        elif headers is not None and _key_value(headers):
            cells = row.group(1).split("|")
            if len(cells) == 2 and cells[0].strip() and cells[1].strip():
                value = cells[1].strip()
                s = pos + row.start(1) + len(cells[0]) + 1 + cells[1].index(value)
                out.append((s, s + len(value), f"{cells[0].strip(' *_`')}: {value}"))
        elif headers is not None:
            at = pos + row.start(1)
            for k, cell in enumerate(row.group(1).split("|")):
                value = cell.strip()
                if value and k < len(headers) and headers[k]:
                    s = at + cell.index(value)
                    out.append((s, s + len(value), f"{headers[k]}: {value}"))
                at += len(cell) + 1
        else:
            previous = row
        pos += len(line) + 1
    return out


# --- step 4: a value split over two sentences ----------------------------------------------------------


@cache
def _continuation_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lang = language()
    cont = "|".join(re.escape(w) for w in lang.continuation)
    opening = "|".join(re.escape(w) for w in lang.opening)
    below = "|".join(re.escape(w) for w in lang.next_line)
    then = "|".join(re.escape(w) for w in lang.then)
    # "and then, on the next line,", "In der nächsten Zeile dann", "Puis, en dessous,": a continuation phrase
    # or a then-word, each optionally followed by where the next part stands; or where it stands alone
    verbs = "|".join(re.escape(w) for w in lang.continuation_verbs)
    joint = (
        rf"(?:(?:{cont})(?:\s*,?\s*(?:{below})(?!\w))?(?:\s+(?:{verbs})(?!\w))?"
        rf"|(?:(?:{then})\s*,?\s*)?(?:{below})(?:\s*,?\s*(?:{then}))?)"
    )
    return (
        # quoted parts ('reads "Marie". After that comes "Bertin"') lose the quotes between them too, and the
        # ellipses that mark the cut ('“Jaydasingel 17,…”. And then, on the next line, “…2402 AB Oudorp”')
        # the two parts may share one sentence ('commence par « Your refund of 84 » et continue avec « euros »')
        re.compile(
            rf"(?:,?\s*(?:…|\.\.\.)?[\"”»’']\s*(?=[.;!?]|\s))?(?:[.;!?]|\s(?i:and|et|und|y))\s+(?i:{joint})(?!\w)(?:\s*[:,]?\s+|\s*:\s*)"
            r"(?:[\"“«‘']\s*)?(?:(?:…|\.\.\.)\s*)?(?=\S)"
        ),
        re.compile(rf"(?i)(?<!\w)(?:{opening})(?!\w)"),
    )


def _continuations(text: str) -> list[tuple[int, int, str]]:
    """ "It begins Koło State. After that comes University" -> "It begins Koło State University": the
    sentence break and the continuation phrase (and quotes closing and reopening around it) become one
    space, so the two parts read as one value (no space before a part that opens with its own separator:
    "18/01. It continues with /1991" -> "18/01/1991").
    Only after a sentence that opens a value (an `opening` word within 80 characters before its end)."""
    if "." not in text and ";" not in text:
        return []
    joint, opening = _continuation_re()
    out: list[tuple[int, int, str]] = []
    for m in joint.finditer(text):
        lo = max(0, m.start() - 80)
        head = text[lo : m.start()]
        cut = max(head.rfind(". "), head.rfind("\n"))
        if opening.search(head, cut + 1 if cut >= 0 else 0):
            # the second part may carry the separator itself ("starts with 18/01. It continues with /1991"): glued
            glued = text[m.start() - 1 : m.start()].isdigit() and _SEPARATOR_THEN_DIGIT.match(text, m.end())
            out.append((m.start(), m.end(), "" if glued else " "))
    return out


_SEPARATOR_THEN_DIGIT = re.compile(r"[./-]\d")


@cache
def _year_part_re() -> re.Pattern[str] | None:
    phrases = "|".join(re.escape(w) for w in language().year_part)
    if not phrases:
        return None
    return re.compile(
        # up to three words may say where the year stands ("The year, printed separately, is", "El año aparece
        # aparte:")
        rf"(?<![\d/.-])\d{{1,2}}([/.-])\d{{1,2}}(\s*[.;]\s+(?i:(?:and\s+|und\s+|et\s+|y\s+)?(?:{phrases}))"
        r"(?:[\s,]+[^\W\d_]+){0,3}?\s*[:,]?\s*)"
        r"(?=(?:19|20)\d\d(?!\d))"
    )


def _split_years(text: str) -> list[tuple[int, int, str]]:
    """ "The date starts with 08/21. The year is 1960." -> "The date starts with 08/21/1960.": a day and month,
    then the year in the next sentence (``year_part`` in language.yaml), read as one date with the day and
    month's own separator."""
    pattern = _year_part_re()
    if pattern is None or not any(map(str.isdigit, text)):
        return []
    opening = _continuation_re()[1]
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        head = text[max(0, m.start() - 80) : m.start()]
        if opening.search(head) or _DATE_WORD.search(head):  # "The score was 3-1. The year is 2024" is no date
            out.append((m.start(2), m.end(2), m.group(1)))
    return out


_DATE_WORD = re.compile(
    r"(?i)(?<!\w)(?:dates?|datum|fechas?|birth\w*|geburt\w*|naissance|nacimiento|born|né|née"
    r"|day|month|tag|monat|jour|mois|día|dia|mes)(?!\w)"
)


_DASH_LABEL = re.compile(
    r"(?m)(?:^|(?<=[.!?;:] ))[ \t]*(?:[-*•][ \t]+|\*\*)?([^\W\d_][^\W\d_ '’]*(?: [^\W\d_'’]+){0,3})\**"
    r"( +-+ +| *(?:-+>|=>|[→⇒➔➜]) *)(?=\S)"
)


def _dash_labels(text: str) -> list[tuple[int, int, str]]:
    """A line or sentence "Label - value" or "Label → value" ("First name — Alexander", "Hobbies – Salsa dancing",
    "* Place of birth → Leeds", "... a chat screenshot. Username → akomuda"; dashes are unified before) reads
    "Label: value" when its head is a form label (no article), so the label is a cue like
    any other."""
    if " -" not in text and ">" not in text and not any(arrow in text for arrow in "→⇒➔➜"):
        return []
    from guard.verify.cues import cues

    return [
        (m.start(2), m.end(2), ": ")
        for m in _DASH_LABEL.finditer(text)
        if m.group(1).split()[0].lower() not in _ARTICLES and cues().label_family(m.group(1)) is not None
    ]


_SPACED_DATE = re.compile(r"(?<![\d.,])(\d{1,4}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{2,4})(?![\d,])")
_ISO_T = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(?=\d{1,2}:\d{2})")


def _date_forms(text: str) -> list[tuple[int, int, str]]:
    """Dates written with spaced separators ("09 / 11 / 2024", "18 . 11 . 1970") read as one date
    ("09/11/2024"), and an ISO 8601 timestamp's "T" ("2024-11-09T15:16") as a space, so the date
    recognisers and the image matcher see one form of each date."""
    if "/" not in text and "." not in text and "-" not in text:
        return []
    out = [
        (m.start(), m.end(), f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{m.group(4)}")
        for m in _SPACED_DATE.finditer(text)
        if " " in m.group()
    ]
    out.extend((m.start(), m.end(), " ") for m in _ISO_T.finditer(text))
    return out


_PIPED_DIGITS = re.compile(r"(?<![\d|])\d{1,6}(?:[ \t]*\|[ \t]*\d{1,6}){2,}(?![\d|])")
_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_UNDERSCORED = re.compile(r"(?<=\d)_(?=\d)")


def _digit_group_separators(text: str) -> list[tuple[int, int, str]]:
    """Digit groups joined by an underscore ("4204_1199_5223_9998") or by pipes outside a table ("is 04 | 98 | 39 |
    86 | 35", "lautet 262 | 486 | 56") read as groups joined by a space, the form every number recogniser reads.
    A line that opens or closes with a pipe is a table row: its pipes part cells."""
    out: list[tuple[int, int, str]] = []
    if "_" in text:
        out.extend((m.start(), m.end(), " ") for m in _UNDERSCORED.finditer(text))
    if "|" in text:
        for m in _PIPED_DIGITS.finditer(text):
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            line = text[lo : len(text) if hi < 0 else hi].strip()
            if line.startswith("|") or line.endswith("|"):
                continue
            out.extend((m.start() + p.start(), m.start() + p.end(), " ") for p in _PIPE.finditer(m.group()))
    return sorted(out)


_ARTICLES = frozenset(
    ["a", "an", "the", "ein", "eine", "der", "die", "das", "un", "une", "le", "la", "les", "el", "los", "las"]
)
"""A line that starts with an article describes ("A receipt - total unclear"); a label does not."""


@cache
def _spoken_re() -> re.Pattern[str]:
    words = sorted(language().spoken_separators, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # between two letters/digits of a code ("CV dash 2052"): not in prose ("a dash of salt", "point 3")
    return re.compile(rf"(?<=[A-Z0-9]) (?i:({alternatives})) (?=[A-Z0-9])")


def _spoken_separators(text: str) -> list[tuple[int, int, str]]:
    """ "CV dash 2052 dash 84419" -> "CV-2052-84419" (after spelled letters and number words are folded);
    only when a digit stands on one side and the run holds a digit (a code, not "AB slash CD")."""
    if not language().spoken_separators:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _spoken_re().finditer(text):
        if text[m.start() - 1].isdigit() or text[m.end()].isdigit():
            out.append((m.start(), m.end(), language().spoken_separators[re.sub(r"\s+", " ", m.group(1).lower())]))
    return out


_GROUPS = re.compile(
    r"(?<![\w/.:-])(\d{1,4})( ?[;/-] ?| ?, )(\d{1,2})\2(\d{1,4})(?:\2(\d{1,2})\2(\d{2}))?(?!\w|[/:-]|\.\d| ?[;/,-] ?\d)"
)


def _spoken_dates(text: str, original: str, starts: Sequence[int], ends: Sequence[int]) -> list[tuple[int, int, str]]:
    """Digit groups read out one by one with a pause between them make a date when they have its shape: "two
    zero two three; zero six; two three" -> "2023-06-23", "eins null; null sieben; eins neun acht drei" ->
    "10/07/1983" (and a time after it: "...; one nine; zero five" -> "... 19:05"). Only groups that were
    spelled out in words (a list of numbers written in digits stays as it is)."""
    out: list[tuple[int, int, str]] = []
    for m in _GROUPS.finditer(text):
        if not any(ch.isalpha() for ch in original[starts[m.start()] : ends[m.end() - 1]]):
            continue
        a, _sep, b, c, hh, mm = m.groups()
        if len(a) == 4 and len(c) <= 2 and 1 <= int(b) <= 12 and 1 <= int(c) <= 31:
            date = f"{a}-{b.zfill(2)}-{c.zfill(2)}"
        elif len(c) == 4 and len(a) <= 2 and 1 <= int(a) <= 31 and 1 <= int(b) <= 31:
            date = f"{a.zfill(2)}/{b.zfill(2)}/{c}"
        else:
            continue
        if hh is not None and int(hh) <= 23 and int(mm) <= 59:
            date += f" {hh.zfill(2)}:{mm}"
        elif hh is not None:
            continue
        out.append((m.start(), m.end(), date))
    return out


_JOINED = re.compile(r"(?<![\w@#])[^\W\d_]+(?:_[^\W\d_]+){2,}(?![\w@])")
_HASHTAG = re.compile(r"(?<![\w#&])#([^\W\d_]+)(?!\w)")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


@cache
def _backwards_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in language().backwards)
    # the frame, a few more words ("rückwärts geschrieben", "written backwards for you"), a colon, the text to its
    # sentence's or line's end
    return re.compile(
        rf"(?i)(?<![^\W_])(?:{words})(?![^\W_])[^\n:.!?]{{0,40}}:[ \t]*([^\n]{{1,200}}?)[ \t]*"
        r"(?=[.!?]?[ \t]*(?:\n|$)|[.!?][ \t])"
    )


_ENDS_CAPITALISED = re.compile(r"[^\W\d_]*[a-zß-ÿ][A-ZÀ-Þ](?![^\W\d_])")
"""A word whose last letter alone is a capital ("nworB", "yadsendeW"): a capitalised word read backwards."""


def _backwards(text: str) -> list[tuple[int, int, str]]:
    """Text an answer says it writes backwards ("the full name written backwards: odaglaS oinotnA esoJ", "le nom
    écrit à l'envers : karyzceiP", "die Nummer rückwärts: 7312"), turned the right way round, so every recogniser
    reads the value as it is (``backwards`` in ``data/language.yaml``). Only where the text looks reversed: a word
    whose last letter alone is a capital, or no letter at all (digits read backwards are digits); a name written the
    usual way after "mirrored:" stays as written."""
    out: list[tuple[int, int, str]] = []
    if not language().backwards:
        return out
    for m in _backwards_re().finditer(text):
        value = m.group(1)
        if _ENDS_CAPITALISED.search(value) or (not any(map(str.isalpha, value)) and any(map(str.isdigit, value))):
            out.append((m.start(1), m.end(1), value[::-1]))
    return out


_SPACED_AT = re.compile(r"(?<![^\s:(\[\"'«“])@[ \t]+(?=([^\W_][\w.]{1,28}\w)(?![\w@]))")


def _spaced_handles(text: str) -> list[tuple[int, int, str]]:
    """A handle with a space after its "@" ("the username is @ alban_60", "Visible text: @ aorzeszek") is the
    handle: the space goes. Not before an everyday word ("meet me @ home", "5 @ 3 euros" has no word)."""
    if "@" not in text:
        return []
    from guard.verify.casing import known_words  # imported late: casing reads the cue data, built on this module

    return [(m.start(), m.end(), "@") for m in _SPACED_AT.finditer(text) if fold(m.group(1)) not in known_words()]


def _joined_words(text: str) -> list[tuple[int, int, str]]:
    """Words an identifier or a hashtag glued together read as the words: "PERSON_Ana_Ruiz" -> "PERSON Ana
    Ruiz" (three or more letter-only parts, each capitalised: a tag's prefix and a name, not a snake_case
    key or a handle, which has a digit or lower-case parts), "#LakeMara" -> "Lake Mara" (a hashtag's camel
    case split at each lower-to-upper step; the "#" goes, so the words stand as in prose)."""
    out: list[tuple[int, int, str]] = []
    if "_" in text:
        for m in _JOINED.finditer(text):
            parts = m.group().split("_")
            if all(p[0].isupper() for p in parts):
                out.append((m.start(), m.end(), " ".join(parts)))
    if "#" in text:
        for m in _HASHTAG.finditer(text):
            out.append((m.start(), m.end(), _CAMEL.sub(" ", m.group(1))))
    return out


_BLOCK_MARK = re.compile(r"(?m)^[ \t]*\[\d{1,3}\][ \t]*(?=\S)")
_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[\d{1,3}\][ \t]*)?([^\W\d_][^\n:]{0,40}?)[ \t]*(:[ \t]*\n[ \t]*|[ \t]*\n(?:[ \t]*\n)+[ \t]*)(?=\S)"
)


def _label_lines(text: str) -> list[tuple[int, int, str]]:
    """An OCR-style dump: numbered blocks ("[2] First name:" / "[3] Ana") lose their block marks, and a
    line that is only a form label and a colon, or only a form label with blank lines after it ("PLACE OF
    BIRTH" / "" / "Cesuna"), joins the next line ("First name: Ana"), so the label is a cue before its value
    as on one line. Only a capitalised label the cue data knows is joined."""
    if "\n" not in text:
        return []
    from guard.verify.cues import cues

    out: list[tuple[int, int, str]] = []
    if len(_BLOCK_MARK.findall(text)) >= 2:
        out += [(m.start(), m.end(), "") for m in _BLOCK_MARK.finditer(text)]
    for m in _LABEL_LINE.finditer(text):
        head = m.group(1)
        # a form label is written capitalised ("Home town:"); "reads:" opening a transcript stays on its line
        if head[0].isupper() and head.split()[0].lower() not in _ARTICLES and cues().label_family(head) is not None:
            out.append((m.start(2), m.end(2), ": "))
    return out


@lru_cache(maxsize=64)
def normalise(text: str) -> Normalised:
    """The normal form of ``text`` (cached: every recogniser of one answer shares it)."""
    folded, starts, ends = _fold_chars(text)
    folded, starts, ends = _apply(folded, starts, ends, _dress(folded))
    folded, starts, ends = _apply(folded, starts, ends, _backwards(folded))
    folded, starts, ends = _apply(folded, starts, ends, _spaced_handles(folded))
    folded, starts, ends = _apply(folded, starts, ends, _joined_words(folded))
    folded, starts, ends = _apply(folded, starts, ends, _tables(folded))
    folded, starts, ends = _apply(folded, starts, ends, _dash_labels(folded))
    folded, starts, ends = _apply(folded, starts, ends, _label_lines(folded))
    folded, starts, ends = _apply(folded, starts, ends, _date_forms(folded))
    folded, starts, ends = _apply(folded, starts, ends, _digit_group_separators(folded))
    folded, starts, ends = _apply(folded, starts, ends, _number_words(folded))
    folded, starts, ends = _apply(folded, starts, ends, _mrz(folded))
    folded, starts, ends = _apply(folded, starts, ends, letters_as_in(folded))
    folded, starts, ends = _apply(folded, starts, ends, _spelled(folded))
    folded, starts, ends = _apply(folded, starts, ends, _spoken_separators(folded))
    folded, starts, ends = _apply(folded, starts, ends, _spoken_dates(folded, text, starts, ends))
    folded, starts, ends = _apply(folded, starts, ends, _continuations(folded))
    folded, starts, ends = _apply(folded, starts, ends, _split_years(folded))
    return Normalised(text, folded, tuple(starts), tuple(ends))


@lru_cache(maxsize=256)
def spelled_out(text: str) -> str:
    """``text`` with its spelled values written out and nothing else changed: a run of number words that makes
    two digits or more ("four seven one six" -> "4716", "trente-quatre" -> "34"; "two kids" stays) and a run of
    spelled letters or digits, number words and spelling-alphabet words among them ("B-R-A-N-D-T" -> "BRANDT",
    "Y, A, seven, seven" -> "YA77", "Charlie, four, Juliett" -> "C4J", "Mike, Romeo, Tango, five" -> "MRT5"). For
    the answer classifier, which reads words and case as written but should see a value however it was spelled."""
    starts0, ends0 = list(range(len(text))), list(range(1, len(text) + 1))  # each character its own span
    numbers = _number_words(text)
    # the runs are read with every number word as its digits ("X, quatre, R" is a run of three), then written
    # over the original text, so a number word outside a run stays a word unless it makes two digits or more
    digits, starts, ends = _apply(text, starts0, ends0, numbers)
    spelling = spelling_words(digits)
    runs = [
        (starts[s], ends[e - 1], new)
        for s, e, new in _spelled(digits)
        if _letter_by_letter(digits[s:e], spelling)
        and (digits[s:e] == text[starts[s] : ends[e - 1]] or _capital_letters(digits[s:e], spelling))
    ]
    kept = [
        (s, e, new)
        for s, e, new in numbers
        if sum(ch.isdigit() for ch in new) >= 2 and not any(s < b and a < e for a, b, _ in runs)
    ]
    return _apply(text, starts0, ends0, runs + kept)[0]


def _capital_letters(span: str, spelling: Mapping[str, str]) -> bool:
    """The letters of a run that number words joined are spelled as letters are, capitals or spelling words ("X,
    quatre, R", "Tango, six"), not the one-letter words of a sentence ("il y a deux", "y a dos")."""
    return all(i.isupper() or i.lower() in spelling for i in _ITEM_GAP.split(span) if i and not i.isdigit())


_ITEM_GAP = re.compile(r"[\s,.;:/\-–]+")


def _letter_by_letter(span: str, spelling: Mapping[str, str]) -> bool:
    """A spelled run whose items are single characters or spelling words ("B-R-A-N-D-T", "X-ray Kilo 7", "Mike,
    Romeo, Tango, 5"), not numbers and words that happen to stand apart ("1,70 m, à", "a 1 284")."""
    items = [i for i in _ITEM_GAP.split(span) if i]
    words = sum(i.lower() in spelling for i in items)
    letters = words + sum(len(i) == 1 for i in items)
    # among spelling words a digit group is a spelled item too ("Tango, six, one" read "Tango, 61")
    return letters >= 3 and all(len(i) == 1 or i.isalpha() or (words >= 3 and i.isdigit()) for i in items)


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation in en/de/fr/es ("März", "sept.", "mayo"), else None."""
    return language().months.get(word.lower().rstrip("."))
