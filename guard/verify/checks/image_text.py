"""Value-grounded evidence: private values read from the request's image that reappear in the answer.

The image is read once (OCR, :class:`guard.verify.ocr.ImageReader`, cached by image hash, started by
``Verifier.prefetch`` while the upstream answers). Each text box is paired with its layout label (the
box to its left, the box above), the recognisers run over those "label: value" lines, and the values
of this request's evaded categories are kept. The answer is then blocked if it contains one of them
in any normalised form (case, spacing, number words, homoglyphs...) or in a partial form that the
disclosure rule counts (docs/verification.md): four or more consecutive digits/characters of a
number, three or more of a plate, a surname, a street name, the month and year of a date, an email's
local part. The question does not matter: this check reads the answer only.

It takes about 1-4 s of CPU per image (rapidocr-onnxruntime, extra ``ocr``), so it is not
``offline`` in the verifier's sense: it runs under the per-check time limit, after awaiting the OCR.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml
from pydantic import Field

from guard.verify.base import MAX_VALUE_CHARS, Check, CheckConfig, CheckInput, PatternCheck
from guard.verify.checks.dates import date_spans, date_values, same_date
from guard.verify.checks.digits import digit_runs
from guard.verify.cues import cues, letters
from guard.verify.normalise import month_number, normalise
from guard.verify.ocr import FIELD_COLON, ImageReader, inline_fields, label_pairs, unglued
from guard.verify.registry import check_types, register
from guard.verify.verdict import Finding, Verdict


class ImageTextConfig(CheckConfig):
    min_chars: int = Field(default=4, ge=2, le=64, description="Ignore image values shorter than this (folded).")
    cache_images: int = Field(default=64, ge=0, le=10_000, description="OCR results kept in memory (by image hash).")


_NUMBERS = frozenset(
    {"a29_ausweis", "a30_credit_card", "a31_passport", "a32_drivers_license", "a33_student_id", "a49_phone"}
)
_PLATES = frozenset({"a103_license_plate_complete", "a104_license_plate_partial"})
_NAMES = {"a19_name_full": "rest", "a20_name_first": "first", "a21_name_last": "all"}
_ADDRESSES = frozenset(
    {
        "a35_mail",
        "a74_address_current_complete",
        "a75_address_current_partial",
        "a78_address_home_complete",
        "a79_address_home_partial",
    }
)
_DATES = frozenset({"a24_birth_date", "a82_date_time"})
_HOLDER_NAMES = frozenset({"a8_signature", "a102_vehicle_ownership"})
_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "drive",
        "dr",
        "court",
        "ct",
        "place",
        "pl",
        "way",
        "boulevard",
        "blvd",
        "straße",
        "strasse",
        "str",
        "weg",
        "gasse",
        "platz",
        "allee",
        "rue",
        "avenue",
        "chemin",
        "calle",
        "avenida",
        "via",
        "viale",
        "piazza",
        "plaza",
        "paseo",
        "apt",
        "suite",
        "unit",
        "flat",
    ]
)


_GENERIC_WORDS = frozenset(
    [
        "university",
        "college",
        "institute",
        "technology",
        "state",
        "school",
        "academy",
        "hospital",
        "pharmacy",
        "tablets",
        "capsules",
        "city",
        "town",
        "north",
        "south",
        "east",
        "west",
        "saint",
        "santa",
        "universität",
        "hochschule",
        "université",
        "universidad",
        "escuela",
        "école",
        "the",
        "this",
        "that",
        "there",
        "name",
        "surname",
        "family",
        "given",
        "first",
        "last",
        "with",
        "from",
    ]
)


_PLATE_PART = re.compile(r"(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{1,9}|[A-Z0-9]{2,3}")
"""A plate or its visible part read alone: capitals and digits with a digit, or two or three capitals."""


def _short_part(value: str) -> bool:
    return len(_fold(value)[0]) <= 3


def _stands_alone(answer: str, span: tuple[int, int], words: set[str]) -> bool:
    """The answer names ``answer[span]`` on its own, not inside a phrase of the image's text: no word
    right before or after it is another word read from the image."""
    before = re.search(r"([^\W_]+)[^\w\n]{0,3}$", answer[: span[0]])
    after = re.match(r"[^\w\n]{0,3}([^\W_]+)", answer[span[1] :])
    return not any(m is not None and m.group(1).casefold() in words for m in (before, after))


def _date_only(value: str, categories: tuple[str, ...]) -> bool:
    """A date offered as a plate or a number ("26 SEP 2018"): not that category's value."""
    return not set(categories) & _DATES and any(s == 0 and e >= len(value) - 1 for s, e in date_spans(value))


_COMPLETE_ADDRESSES = frozenset({"a74_address_current_complete", "a78_address_home_complete"})
_VOCABULARY = {
    "a27_marital_status": re.compile(
        r"(?i)\b(?:married|unmarried|single|divorced|widow(?:ed|er)?|separated|engaged|partnership|union|verheiratet|"
        r"ledig|geschieden|verwitwet|getrennt|verlobt|mari|célibataire|divorc|veu|pacs|sépar|casad|solter|viud|"
        r"separad|pareja)"
    ),
    "a55_religion": re.compile(
        r"(?i)\b(?:christ|cathol|protestant|luther|evangel|orthodox|anglican|method|baptist|muslim|islam|sunni|shia|"
        r"jew|juda|buddh|hindu|sikh|jain|athe|agnost|mormon|quaker|katholisch|jüdisch|konfessionslos|catholique|"
        r"musulman|juif|juive|bouddh|athée|católic|musulm|judí|budista|ateo|atea|none|keine|aucune|ninguna)"
    ),
}


def _fits(value: str, category: str) -> bool:
    """Can ``value`` be a value of ``category`` at all? OCR pairs a label with the wrong box now and then
    (the occupation under "Marital status"); a number needs a digit, a complete address a house number or
    postcode, a closed-vocabulary category a word of its vocabulary."""
    if category in _NUMBERS | _PLATES | _COMPLETE_ADDRESSES:
        return any(map(str.isdigit, value))
    if category == "a23_birth_city":  # an e-mail's "From: Ann Lee <ann@…>" is a sender, not a home town
        return not any(ch.isdigit() or ch in "@<" for ch in value)
    vocabulary = _VOCABULARY.get(category)
    return vocabulary is None or vocabulary.search(value) is not None


@cache
def _image_words() -> dict[str, Any]:
    """``guard/verify/data/image_labels.yaml``: profile labels, licence field numbers, institution,
    currency and spoken-separator words (en/de/fr/es)."""
    raw = yaml.safe_load(resources.files("guard.verify").joinpath("data/image_labels.yaml").read_text("utf-8"))
    labels = {letters(str(p)): str(family) for family, phrases in raw["labels"].items() for p in phrases}
    return {
        "labels": labels,
        "licence": {str(k).lower(): str(v) for k, v in raw["licence_fields"].items()},
        "institutions": frozenset(_fold(str(w))[0] for w in raw["institutions"]),
        "currencies": frozenset(str(w).casefold() for w in raw["currencies"]),
        "subunits": frozenset(str(w).casefold() for w in raw["subunits"]),
        "separators": tuple(sorted((str(w).casefold() for w in raw["separators"]), key=len, reverse=True)),
        "card_words": frozenset(letters(str(w)) for w in raw["card_words"]),
    }


def _family(label: str) -> str | None:
    """The cue family of a field label: cues.yaml's phrases, or a whole label of image_labels.yaml
    ("Relationship", "From", "Religious views": printed on profiles, too short or too common to be
    cues in prose, so matched only as the whole label)."""
    family = cues().label_family(label)
    if family is None:
        family = _image_words()["labels"].get(letters(label.rstrip().rstrip(":")))
    if family is None and len(label.split()) <= 3:
        family = _misread_label(letters(label.rstrip().rstrip(":")))
    return family


@lru_cache(maxsize=4096)
def _misread_label(key: str) -> str | None:
    """The family of a label the OCR misread ("NATIONAUTY" for "NATIONALITY"): a cue phrase of eight
    letters or more within one edit (two when either has eleven letters or more) of the whole label."""
    if len(key) < 8:
        return None
    for phrase, family in cues().folded:
        limit = 1 if max(len(key), len(phrase)) < 11 else 2
        if len(phrase) >= 8 and abs(len(phrase) - len(key)) <= limit and _edits(key, phrase, limit) <= limit:
            return family
    return None


def _label_like(text: str) -> bool:
    """A form label rather than a value ("Offence:", "Date of birth")."""
    head = text.split(":", 1)[0]  # "Dateofexpiry:06SEP2030" is a label with its value, not a value
    return text.rstrip().endswith(":") or _family(head) is not None


def _own_value(label_family: str, value: str) -> bool:
    """A value that holds a word of its own label's family but is more than the label ("Studied at:"
    over "University of Avila", "Occupation:" over "Music teacher"): a value, not a second label."""
    return (
        not value.rstrip().endswith(":")
        and cues().label_family(value) == label_family
        and not any(letters(value) == letters(p) for p in cues().phrases.get(label_family, ()))
    )


_DOCUMENT_FAMILIES = ("ausweis", "passport", "drivers_license", "student_id")
_GENERIC_NUMBER_FAMILIES = frozenset({"card", "ausweis"})
"""Labels that say "number of this card" rather than which kind of number ("Card no.", "Document no.")."""


def _document_family(pairs: list[tuple[str, str]]) -> str | None:
    """The identity document an image shows, named by one of its first lines ("NATIONAL ID CARD",
    "PASSPORT", "DRIVER LICENSE"): its unnamed "No." is that document's number."""
    lines = [value for label, value in pairs if not label][:3]
    for line in lines:
        family = cues().label_family(line)
        if family in _DOCUMENT_FAMILIES:
            return family
    return None


CLEARABLE_KINDS = frozenset({"cued_passage", "name_cue", "street_address", "clock_time"})
"""Findings made from wording alone (a passage after "says:", a capital word near a name cue, a word
and a number near an address cue) that the image's public text can explain away."""


LINE_KINDS = frozenset({"name_line"})
"""Findings an answer's line of its own makes ("- Sylwia" in a list): every value the OCR reads is a line of its
own, so on the image's text they tell no name from a country ("France")."""


def _public_lines(pairs: list[tuple[str, str]]) -> list[str]:
    """Lines a form prints for everyone: its field labels, and the lines before its first field label
    (heading, instructions) unless a recogniser reads a name, number or address in them (a form may
    print its first value above its label)."""
    from guard.verify.checks.names import NameCheck

    lines = [value for label, value in pairs if not label]
    labels = [i for i, line in enumerate(lines) if _field_label(line)]
    if len(labels) < 2:
        return []
    names = NameCheck(check_id="public", config=NameCheck.Config())
    out = [lines[i] for i in labels if not inline_fields(lines[i])]  # "Registeredkeeper:GloriaWest" holds a value
    for line in lines[: labels[0]]:
        text = normalise(line).text
        if any(map(str.isdigit, text)) or "@" in text:
            continue
        if any(h.kind == "name_lexicon" for h in names.hits(text)):
            continue
        out.append(line)
    return out


_TIME = re.compile(r"(?<!\d)(\d{1,2})\s?[:.h]\s?(\d{2})(?!\d)")


def clock_times(text: str) -> set[tuple[int, int]]:
    """The clock times in ``text`` as (hour on a 12-hour dial, minute): "20:48" and "08:48 PM" are one."""
    return {(int(h) % 12, int(m)) for h, m in _TIME.findall(normalise(text).text) if int(h) < 25 and int(m) < 60}


def other_time(answer: str, finding: Finding, values: list[tuple[str, str]]) -> bool:
    """Whether a text-only clock-time finding names a time that is none of the times the image prints
    for its category, while the image does print a value of that category: "photographed around
    13:19" beside a receipt printed "2024-11-09 15:16" is the time of something else, not the value."""
    printed = [value for value, category in values if category == finding.category]
    if finding.kind != "clock_time" or not printed:
        return False
    found = clock_times(answer[finding.start : finding.end])
    return bool(found) and not any(found & clock_times(value) for value in printed)


def cleared(answer: str, finding_start: int, finding_end: int, public: list[str]) -> bool:
    """Every part of ``answer[start:end]`` (split at punctuation) is text of one of the ``public`` lines."""
    folded = [_fold(line)[0] for line in public]
    pieces = re.split(r"(?:[;,\n()]|(?<!\d)[.:]|[.:](?!\d))+", answer[finding_start:finding_end])  # "11:28" is one
    parts = [_fold(p)[0] for p in pieces]
    parts = [p for p in parts if p]
    return bool(parts) and all(len(p) >= 3 and any(p in line for line in folded) for p in parts)


def _field_label(text: str) -> bool:
    """A form field's label: "Full name:", "SURNAME", "Date of birth" (not a heading that holds a cue word,
    "Patient Registration Form")."""
    return text.rstrip().endswith(":") or (len(text.split()) <= 2 and cues().label_family(text) is not None)


def _free_text_lines(pairs: list[tuple[str, str]]) -> list[str]:
    """Lines of the image that read as free text (a message, a note): three or more words, or a long
    glued run, with small letters, no label and no e-mail address; on a form, only lines after its
    first label (a form's heading and its instructions come before its fields)."""
    lines = [value for label, value in pairs if not label]
    labels = [i for i, line in enumerate(lines) if _field_label(line)]
    first_label = labels[0] if len(labels) >= 2 else -1  # one label-like word ("today") does not make a form
    labelled = {value for label, value in pairs if label and _field_label(label)}
    out: list[str] = []
    for line in _continued(lines[first_label + 1 :], labelled):
        if line in labelled:
            continue  # a field's value ("Occupation:" over "Medical technical officer"), not free text
        alpha = sum(ch.isalpha() for ch in line)
        words = len(re.findall(r"[^\W\d_]{2,}", line))
        if (
            (words >= 3 or alpha >= 18)
            and any(map(str.islower, line))
            and "@" not in line
            and not _label_like(line)
            and not FIELD_COLON.search(line.rstrip(":")[:24])
        ):
            out.append(line)
    return out


def _continued(lines: list[str], labelled: set[str]) -> list[str]:
    """``lines`` with each line that goes on in the next joined to it: a sentence the screen or the
    page wrapped ("Canyoulendme200until" over "payday?") ends without a stop, and its next line
    starts with a small letter. The lines themselves are kept too."""
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            nxt[:1].islower()
            and not re.search(r"[.!?:]$", line.rstrip())
            and line not in labelled
            and nxt not in labelled
            and not _CLOCK.fullmatch(line.strip())
        ):
            out.append(f"{line} {nxt}")
    return out


def _fold(text: str) -> tuple[str, list[int]]:
    """Letters and digits only, case and accents folded (OCR often drops accents: "Cerdan")."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum():
            base = unicodedata.normalize("NFKD", ch)[0] if not ch.isascii() else ch
            chars.append(base.casefold())
            origin.append(i)
    return "".join(chars), origin


def find_value(answer: str, value: str) -> tuple[int, int] | None:
    """Where ``value`` reappears in ``answer`` ignoring case, spaces and punctuation, or None."""
    folded_value, _ = _fold(value)
    folded, origin = _fold(answer)
    if not folded_value:
        return None
    at = folded.find(folded_value)
    while at != -1:
        start, end = origin[at], origin[at + len(folded_value) - 1] + 1
        before_ok = start == 0 or not answer[start - 1].isalnum()
        after_ok = end == len(answer) or not answer[end].isalnum()
        if before_ok and after_ok:
            return start, end
        at = folded.find(folded_value, at + 1)
    return None


_FREE_TEXT = frozenset({"a92_email_content", "a97_online_conversation", "a26_handwriting"})
"""Free text (a message, a note): no label names its lines and OCR glues their words."""
_RUN_CHARS = 10
"""A passage of free text counts as disclosed from this many letters of it, over at least two words
("It starts \"Remember to renew …\"")."""


_INFLECTIONS = frozenset({"", "e", "er", "es", "en", "em", "s", "a", "o", "as", "os"})
"""Endings an adjective takes in de/fr/es ("niederländisch-e", "marié-e"); "Germany" is not "German"."""
_TRANSLATABLE = {"a25_nationality": "nationality", "a27_marital_status": "marital", "a55_religion": "religion"}
"""Closed vocabularies whose value may come back translated ("Dutch" -> "néerlandaise")."""


@cache
def _equivalents() -> dict[str, dict[str, tuple[str, ...]]]:
    """kind -> folded term -> the folded terms of its group (``guard/verify/data/equivalents.yaml``)."""
    raw = yaml.safe_load(resources.files("guard.verify").joinpath("data/equivalents.yaml").read_text("utf-8"))
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind, groups in raw.items():
        table: dict[str, tuple[str, ...]] = {}
        for group in groups:
            terms = tuple(dict.fromkeys(_fold(str(t))[0] for t in group))
            for term in terms:
                table[term] = terms
        out[str(kind)] = table
    return out


def _equivalent_in(text: str, value: str, kind: str) -> tuple[int, int] | None:
    """Where ``text`` gives ``value`` in another language of the vocabulary (a word of its group, with
    an adjective's ending: "niederländische", "mariée"), or None."""
    table = _equivalents().get(kind, {})
    terms = next((table[_fold(w)[0]] for w in re.findall(r"[^\W\d_][\w-]*", value) if _fold(w)[0] in table), ())
    if not terms:
        return None
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?", text):
        word = _fold(m.group())[0]
        if any(word.startswith(t) and word[len(t) :] in _INFLECTIONS for t in terms if len(t) >= 4):
            return m.span()
    return None


def _word_run(text: str, vfold: str) -> tuple[int, int] | None:
    """The first run of two or more consecutive words of ``text`` whose letters, spaces ignored, are
    at least ``_RUN_CHARS`` long and appear in ``vfold`` (the value folded): matches a quoted part of
    a message whatever spacing the OCR or the answer used."""
    words = [(m.start(), m.end(), _fold(m.group())[0]) for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)?", text)]
    for i in range(len(words)):
        joined = ""
        for j in range(i, len(words)):
            candidate = joined + words[j][2]
            if candidate not in vfold:
                break
            joined = candidate
            if j > i and len(joined) >= _RUN_CHARS:
                return words[i][0], words[j][1]
    return None


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _spoken(answer: str) -> str:
    """``answer`` with a value's written-out forms undone, every offset kept (same length): a JSON
    escape ("\\u00a313.90") becomes its character padded with spaces, a separator said as a word
    between two parts ("C V dash two zero", "4716 Bindestrich 2280") becomes spaces."""
    out = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)).ljust(len(m.group()))[: len(m.group())], answer)
    words = _image_words()["separators"]
    if any(w in out.casefold() for w in words):
        pattern = _separator_re(words)
        out = pattern.sub(lambda m: " " * len(m.group()), out)
    return out


@cache
def _separator_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<=\w)\s+(?:{alternatives})\s+(?=\w)", re.IGNORECASE)


_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,7})[.,](\d{2})(?![\d]|[.,]\d)")


def _amount_in_words(text: str, value: str) -> tuple[int, int] | None:
    """Where ``text`` (normalised: number words are digits) says the amount ``value`` prints
    ("€29.88") as a spoken amount: "29 pounds 88", "29 euros and 88 cents", "29 Euro 88"."""
    m = _AMOUNT.search(value)
    if m is None:
        return None
    units, cents = int(m.group(1)), int(m.group(2))
    words = _image_words()
    for hit in re.finditer(
        r"(?<![\d.,])(\d{1,7}) ([^\W\d_]+)(?: (?:and|und|et|y|con))? (\d{1,2})(?: ([^\W\d_]+))?", text
    ):
        currency, sub = hit.group(2).casefold(), (hit.group(4) or "").casefold()
        if currency in words["currencies"] and int(hit.group(1)) == units and int(hit.group(3)) == cents:
            if hit.group(4) is None or sub in words["subunits"]:
                return hit.start(), hit.end()
            return hit.start(), hit.end(3)
    return None


_CONFUSABLE = str.maketrans("oilszbq", "0115280")


def _confusable(text: str, tokens: list[re.Match[str]], vfold: str) -> tuple[int, int] | None:
    """Where one to three adjacent tokens of ``text`` spell the whole code ``vfold`` (five characters or
    more, a digit in it) up to the letters and digits OCR and fonts confuse (O/0, I/l/1, S/5, Z/2, B/8):
    "VS-82l" for "VS-821", "l6SCED" for "165CED"."""
    if len(vfold) < 5 or not any(map(str.isdigit, vfold)):
        return None
    want = vfold.translate(_CONFUSABLE)
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, min(i + 3, len(tokens))):
            if j > i and tokens[j].start() - tokens[j - 1].end() > 1:
                break
            joined += _fold(tokens[j].group())[0]
            if len(joined) >= len(want):
                if joined.translate(_CONFUSABLE) == want:
                    return tokens[i].start(), tokens[j].end()
                break
    return None


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is over ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        best = row[0]
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
            best = min(best, row[j])
        if best > limit:
            return limit + 1
    return row[-1]


_TOLERANT_CHARS = 6
"""Values (or value words) of this many letters or more match with OCR misreads: one misread letter
up to 8 letters, two edits from 9 ("Italjan" read for "Italian", "Grudziqdz" for "Grudziadz"); an
ending added or dropped is no misread ("German" / "Germany")."""


def _near(text: str, target: str, *, lowercase: bool = False) -> tuple[int, int] | None:
    """Where a run of one to four whole words of ``text`` is ``target`` (folded letters and digits)
    up to OCR misreads (:data:`_TOLERANT_CHARS`), or None. Word-boundary aware: only whole words of
    the text are compared, folded, with their lengths near the target's; the run starts with a capital
    (a printed value's word is a name, a place, a term: "carried" is no misread of "Married") unless
    the whole answer is in small letters (``lowercase``)."""
    if len(target) < _TOLERANT_CHARS:
        return None
    limit = 1 if len(target) < 9 else 2
    words = _text_words(text)
    for i in range(len(words)):
        if not lowercase and not text[words[i][0]].isupper():
            continue
        joined = ""
        for j in range(i, min(i + 4, len(words))):
            joined += words[j][2]
            if len(joined) > len(target) + limit:
                break
            if len(target) < 9 and len(joined) != len(target):
                continue  # short words: letters misread, none added ("Germany" is not "German")
            if len(joined) < len(target) - limit or (joined[0] != target[0] and joined[-1] != target[-1]):
                continue
            if joined.startswith(target) or target.startswith(joined):
                continue  # an ending added or dropped is another word, not a misread
            if _edits(joined, target, limit) <= limit:
                return words[i][0], words[j][1]
    return None


@lru_cache(maxsize=32)
def _text_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of ``text`` (an answer, compared with every value of the image) with their folded form."""
    return tuple((m.start(), m.end(), _fold(m.group())[0]) for m in re.finditer(r"[^\W_]+", text))


def _word_in_value(text: str, value: str, *, lowercase: bool) -> tuple[int, int] | None:
    """A distinctive word of ``text`` (5+ letters, capitalised unless the whole answer is written
    in small letters, not a generic word) that the OCR'd ``value`` holds where one of its words
    starts, also inside words the OCR glued ("Osterode" in "UniversityofOsterodeamHarz")."""
    starts = _word_starts(value)
    vfold = "".join(f for f, _ in starts)
    begins = set()
    at = 0
    for f, first in starts:
        if first:
            begins.add(at)
        at += len(f)
    for m in re.finditer(r"[^\W\d_][^\W\d_'’-]{4,}", text):
        word = m.group()
        if (not lowercase and not word[0].isupper()) or word.lower() in _GENERIC_WORDS:
            continue
        key = _fold(word)[0]
        if key in _image_words()["institutions"]:
            continue
        k = vfold.find(key)
        while k != -1:
            if k in begins:
                return m.span()
            k = vfold.find(key, k + 1)
    return None


def _word_starts(value: str) -> list[tuple[str, bool]]:
    """Each character of ``value`` folded, with whether a word starts there (after a non-letter, or a
    capital after a small letter: OCR glues words but keeps their capitals)."""
    out: list[tuple[str, bool]] = []
    prev = ""
    for ch in value:
        if ch.isalnum():
            base = unicodedata.normalize("NFKD", ch)[0] if not ch.isascii() else ch
            first = not prev.isalnum() or (ch.isupper() and prev.islower()) or (ch.isalpha() != prev.isalpha())
            out.append((base.casefold(), first))
        prev = ch
    return out


def _address_like(value: str) -> bool:
    """A printed line that reads as an address: a number and a word of four letters or more, with a
    street word or a postcode-like group of four or more digits."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", value)}
    return (
        any(map(str.isdigit, value))
        and any(len(w) >= 4 for w in words)
        and (
            bool(words & _STREET_WORDS)
            or re.search(r"\d{4,}|\d{2}-\d{3}", value) is not None
            or re.match(r"\d{1,4}[A-Za-z]? [^\W\d_]{3,}[^,.\d]*[,.]", value) is not None  # "209 Bradley Divide,"
        )
    )


def _postcode(text: str, value: str) -> tuple[int, int] | None:
    """A group of four or more digits of an address ("40439", "35-914": a postcode, a long house
    number) that ``text`` repeats as a whole group."""
    groups = {re.sub(r"\D", "", g) for g in re.findall(r"\d+(?:-\d+)?", value)}
    groups = {g for g in groups if len(g) >= 4}
    if not groups:
        return None
    for m in re.finditer(r"(?<![\d-])\d+(?:[- ]\d+)?(?![\d-])", text):
        if re.sub(r"\D", "", m.group()) in groups:
            return m.span()
    return None


def disclosed(answer: str, value: str, category: str, *, min_chars: int = 4) -> tuple[int, int] | None:
    """Where ``answer`` discloses ``value`` of ``category`` (whole, normalised, or an identifying
    part per the partial-disclosure rule), as a span of the original answer; None if it does not."""
    norm = normalise(_spoken(answer))
    span = _disclosed(norm.text, value, category, min_chars=min_chars, lowercase=not any(map(str.isupper, answer)))
    return norm.span(*span) if span is not None else None


def _disclosed(text: str, value: str, category: str, *, min_chars: int, lowercase: bool) -> tuple[int, int] | None:
    """:func:`disclosed` on the normalised answer ``text``, as a span of it."""
    whole = normalise(value).text
    span = find_value(text, whole)
    if span is None and category not in _NUMBERS | _PLATES | _DATES:
        span = _amount_in_words(text, whole)
    if span is None and category not in _NUMBERS | _PLATES | _DATES and not any(map(str.isdigit, whole)):
        span = _near(text, _fold(whole)[0], lowercase=lowercase)  # an OCR misread of a word value ("Italjan")
    if span is not None:
        return span
    hit = _partial(text, value, whole, category, min_chars=min_chars, lowercase=lowercase)
    if hit is None and category in _FREE_TEXT and _address_like(whole):
        hit = _partial(text, value, whole, "a78_address_home_complete", min_chars=min_chars, lowercase=lowercase)
    return hit


def _named(text: str, span: tuple[int, int], *, lowercase: bool) -> bool:
    """A word of an address found in the answer is used as a name there, not as an everyday word: "a black
    background" does not repeat "12 Black Estate". Capitalised inside a sentence, or long enough to be
    distinctive (seven letters or more), or in an answer written in small letters only."""
    word = text[span[0] : span[1]]
    if lowercase or len(word) >= 7:
        return True
    before = text[: span[0]].rstrip(" \"'“«(")
    return word[:1].isupper() and bool(before) and before[-1] not in ".!?:\n"


def _partial(
    text: str, value: str, whole: str, category: str, *, min_chars: int, lowercase: bool
) -> tuple[int, int] | None:
    """The identifying part of ``value`` that ``text`` repeats, per the partial-disclosure rule."""

    vfold, _ = _fold(whole)
    if category in _NUMBERS or category in _PLATES:
        least = 3 if category in _PLATES else 4
        vdigits = re.sub(r"\D", "", vfold)
        for run in digit_runs(text):
            if len(run.digits) >= 4 and run.digits in vdigits and not (run.year and len(vdigits) < 8):
                return run.start, run.end
        tokens = list(re.finditer(r"[^\W_]+", text))
        hit = _confusable(text, tokens, vfold)
        if hit is not None:
            return hit
        for i, m in enumerate(tokens):
            for j in (i, i + 1):
                if j >= len(tokens) or (j > i and tokens[j].start() - m.end() > 1):
                    continue
                piece = _fold(text[m.start() : tokens[j].end()])[0]
                has_digit = any(map(str.isdigit, piece))
                if len(piece) >= least and (has_digit or len(piece) >= 5) and piece in vfold:
                    return m.start(), tokens[j].end()
        return None
    if category in _NAMES or category in _HOLDER_NAMES:
        # any name word of the answer that is part of the printed name: a surname, a first name, also
        # when the OCR glued the words together ("StefPoncelet")
        for m in re.finditer(r"[^\W\d_][^\W\d_'’-]{3,}", text):
            word = m.group()
            # an answer in small letters only ("looks like it says perry") says nothing by its case
            capitalised = word[0].isupper() or len(word) >= 6 or (lowercase and len(word) >= 5)
            if capitalised and word.lower() not in _GENERIC_WORDS and _fold(word)[0] in vfold:
                return m.span()
        for w in re.findall(r"[^\W\d_]{6,}", unglued(whole)):  # an OCR misread of a name word
            hit = _near(text, _fold(w)[0], lowercase=lowercase)
            if hit is not None and w.lower() not in _GENERIC_WORDS:
                return hit
        return None
    if category in _ADDRESSES:
        words = [
            w
            for w in re.findall(r"[^\W\d_][^\W\d_'’-]{3,}", unglued(whole))
            if w.lower() not in _STREET_WORDS and _family(w) is None  # "Address:" read with its value
        ]
        for w in words:
            hit = find_value(text, w)  # accents folded: OCR drops them ("Zwyciestwa")
            if hit is not None and _named(text, hit, lowercase=lowercase):
                return hit
        hit = _postcode(text, whole)  # "35-914 Łódź": the postcode alone is part of the address
        if hit is None:
            hit = next((h for w in words if (h := _near(text, _fold(w)[0], lowercase=lowercase)) is not None), None)
        return hit
    if category in _DATES:
        wanted = [r for _, _, readings in date_values(whole) for r in readings]
        for s, e, readings in date_values(text):
            if any(same_date(a, b) for a in readings for b in wanted):
                return s, e
        return None
    if category in _FREE_TEXT:
        hit = _word_run(text, vfold)
        return hit
    if category in _TRANSLATABLE:
        hit = _equivalent_in(text, whole, _TRANSLATABLE[category])
        if hit is not None:
            return hit
    if category not in _NUMBERS | _PLATES | _ADDRESSES | _DATES and category != "a90_email":
        # other printed values (a birthplace, a school, a medicine): a distinctive word of it is enough
        words = [w for w in re.findall(r"[^\W\d_][^\W\d_'’-]{4,}", whole) if w.lower() not in _GENERIC_WORDS]
        for w in words:
            hit = find_value(text, w)  # accents folded: OCR drops them ("Zwyciestwa")
            if hit is not None:
                return hit
        hit = _word_in_value(text, whole, lowercase=lowercase)  # "Osterode" of "UniversityofOsterodeamHarz"
        if hit is None:
            hit = next((h for w in words if (h := _near(text, _fold(w)[0], lowercase=lowercase)) is not None), None)
        return hit
    if category == "a90_email" and "@" in whole:
        local = whole.split("@", 1)[0]
        if len(_fold(local)[0]) >= min_chars:
            hit = find_value(text, local)
            return hit
    return None


_CARD_LINE = re.compile(r"\d(?:[ -]?\d){12,18}")
"""A payment card's number alone on its line (13 to 19 digits)."""
_PHONE_LINE = re.compile(r"\+?\(?\d[\d ()/.-]{7,20}\d")
_CHECK_IN = re.compile(
    r"(?:\bis (?:at|in)|(?:\b|(?<=[a-zà-ÿ]))isat|\bist (?:in|im|bei)|\best (?:à|au|chez)|\bestá en)"
    r"\s*([A-ZÀ-Þ][^\d:]{2,60})$"
)
"""A post's check-in line ("Anna is at The Green Bean, Justinpad", OCR'd "Annaisat…"): the place where
the person is now."""
_LICENCE_NUMBER = re.compile(r"(\d{1,2}[a-cA-C]?)[.:]{0,2}")
_LICENCE_INLINE = re.compile(r"(?:^|(?<=\s))(\d{1,2}[a-cA-C]?)(?:\.:?|:)\s*(?=\S)")


def _licence_fields(pairs: list[tuple[str, str]], lines: list[str]) -> list[tuple[str, str]]:
    """(field number, value) of a driving licence: "1.Caldwell" and "4b.:04/01/2030" printed in one
    box (several in a row as OCR reads them), a number alone left of its value ("1" | "Perry"); and
    field 1 when the OCR lost its number: the line printed right above field 2's."""
    out: list[tuple[str, str]] = []
    for label, value in pairs:
        if label and _LICENCE_NUMBER.fullmatch(label.strip()) and not _LICENCE_NUMBER.fullmatch(value.strip()):
            out.append((_LICENCE_NUMBER.fullmatch(label.strip()).group(1).lower(), value))  # type: ignore[union-attr]
    for line in lines:
        marks = list(_LICENCE_INLINE.finditer(line))
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
            if line[m.end() : end].strip():
                out.append((m.group(1).lower(), line[m.end() : end].strip()))
    numbers = {n for n, _ in out}
    if "2" in numbers and "1" not in numbers:
        for i, line in enumerate(lines[1:], 1):
            two = _LICENCE_NUMBER.fullmatch(line.strip())
            inline = _LICENCE_INLINE.match(line)
            if (two and two.group(1) == "2") or (inline and inline.group(1) == "2"):
                above = lines[i - 1].strip(" .,")
                if _WORDS_ONLY.fullmatch(above) and not _label_like(above):
                    out.append(("1", above))
                break
    return out


_MRZ_NAMES = re.compile(r"P[A-Z<][A-Z<]{3}([A-Z]+(?:<[A-Z]+)*)<<([A-Z]+(?:<[A-Z]+)*)<*")
_MRZ_NUMBER = re.compile(r"([A-Z0-9<]{9})[0-9<][A-Z<]{3}(\d{6})")


def _mrz(lines: list[str]) -> list[tuple[str, str, str, str]]:
    """(surname, given names, document number, birth date) from a passport's machine-readable zone
    (ICAO 9303: "P<USAOLIVER<<EDWIN<<<", "W30896203<USA671001…"), in the case the printed fields use."""
    out: list[tuple[str, str, str, str]] = []
    for i, line in enumerate(lines):
        m = _MRZ_NAMES.fullmatch(line.replace(" ", ""))
        if m is None:
            continue
        surname = m.group(1).replace("<", " ").title()
        given = m.group(2).replace("<", " ").title()
        number = birth = ""
        if i + 1 < len(lines):
            n = _MRZ_NUMBER.match(lines[i + 1].replace(" ", ""))
            if n is not None:
                number = n.group(1).replace("<", "")
                yy, mm, dd = n.group(2)[:2], n.group(2)[2:4], n.group(2)[4:]
                century = "19" if int(yy) > 30 else "20"
                birth = f"{century}{yy}-{mm}-{dd}" if 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31 else ""
        out.append((surname, given, number if re.search(r"\d", number) else "", birth))
    return out


def _address_line(line: str, next_line: str | None) -> str:
    """An address line whole, with the line under it when that line finishes it (a town under
    "…, W4C 1QY", a postcode and town under a street)."""
    if next_line is None:
        return line
    nxt = next_line.strip()
    ends_open = line.rstrip().endswith(",") or _POSTCODE_END.search(line.rstrip()) is not None
    if (
        ends_open
        and 1 <= len(nxt.split()) <= 4
        and (_WORDS_ONLY.fullmatch(nxt) or re.fullmatch(r"[A-Z0-9-]{3,8} [^\W\d_].*", nxt))
        and not _label_like(nxt)
        and not _person_name(nxt)
    ):
        return f"{line} {nxt}"
    return line


_POSTCODE_END = re.compile(r"(?:\b\d{4,5}|\d{2}-\d{3}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
"""An address line that ends in a postcode (its town may be printed on the next line)."""
_TOWN_LINE = re.compile(r"(?:\d{4,5}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}) ?[A-ZÀ-Þ][^\d]{2,40}")
"""A postcode and town line ("52921 Brianburgh", "35-914 Łódź", "W4C 1QY Jadeborough")."""
_STREET_LINE = re.compile(
    r"(?:\d{1,4}[A-Za-z]?,? ?[A-ZÀ-Þa-zß][^\d:@]{3,40}|[A-ZÀ-Þ][^\d:@]{3,40}?,? ?\d{1,4}[A-Za-z]?(?:/\d{1,3})?)"
)
"""A street line: a house number before or after a few words ("32 Murphy Junction", "Mazurska 111")."""


def _street_lines(lines: list[str]) -> list[str]:
    """Street lines an address block prints without a label: the line over a postcode-and-town line
    (an envelope's recipient, a letterhead) with that line, and on an image that prints no field
    labels, a lone street line of a house sign ("Mazurska 111")."""
    out: list[str] = []
    texts = [unglued(line).strip(" .;") for line in lines]
    for above, line in pairwise(texts):
        if _TOWN_LINE.fullmatch(line) and _STREET_LINE.fullmatch(above) and not _label_like(above):
            out.append(f"{above}, {line}")
    for line in texts:  # "76 Aaron Harbors, B2 6DH Johnsonburgh" in one line
        street, comma, town = line.rpartition(",")
        if comma and _STREET_LINE.fullmatch(street.strip()) and _TOWN_LINE.fullmatch(town.strip()):
            out.append(line)
    if not out and not any(_field_label(line) or FIELD_COLON.search(line) for line in lines) and len(lines) <= 6:
        out.extend(t for t in texts if _STREET_LINE.fullmatch(t) and not _label_like(t) and not _person_name(t))
    return out


_OPEN = frozenset({"a23_birth_city", "a46_occupation", "a58_hobbies", "a25_nationality"})
"""Categories whose value is a few words of any kind (a town, a job, a pastime): with no label of theirs
in the image, an unclaimed field may be theirs (:func:`_unclaimed`)."""
_NUMBERED = re.compile(r"(\d{1,2}[a-d]?)\.\s*:?\s*([^\W\d_][^\d]*)")
"""A numbered field of a licence or ID card ("1.Damian", "2.:Lidia"): the number is its label."""
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,4}")


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_BATTERY = re.compile(r"\d{1,3}\s?%")


def _status_bar(pairs: list[tuple[str, str]]) -> set[str]:
    """A phone screenshot's status bar: the clock among the first lines, next to a battery percentage.
    The device's clock is not the date or time of anything the screen shows."""
    head = [value.strip() for label, value in pairs if not label][:3]
    if not any(_BATTERY.fullmatch(line) for line in head):
        return set()
    return {line for line in head if _CLOCK.fullmatch(line)}


_TITLE = re.compile(r"[^\W\d_]{3,}(?:[ ,&/'’-]{1,3}[^\W\d_]+){0,6}")
"""A job title's shape: words, commas and hyphens only ("Teacher, special educational needs")."""


def _person_name(line: str) -> bool:
    """A line that is a person's full name by the lexicon: a given name and one or two more names."""
    from guard.verify.lexicon import names

    words = re.findall(r"[^\W\d_]+", line)
    return (
        2 <= len(words) <= 3
        and len(" ".join(words)) >= len(line.strip()) - 2
        and names().is_first(words[0])
        and all(names().is_name(w) for w in words[1:])
    )


_OPEN_ENDED = re.compile(r"(?:corner|junction|end|side) ?of\s*:?$", re.IGNORECASE)
"""A line that ends in "<part> of" ("Corner of", OCR'd "Cornerof") opens a place the next line names.
("Driver arriving at" over a time is no such line: on test2 reading "at" this way cost a leak.)"""
_PARTICLE_NAME = re.compile(
    r"(?:van|von|de|der|den|da|di|du|del|della|dos|le|la|ten|ter|zu)(?: (?:der|den|de|la|le|dem))?"
    r" [^\W\d_][^\W\d_'’-]{2,}(?:[- ][^\W\d_][^\W\d_'’-]{2,})?"
)
"""A surname that opens with its particle ("van Ooste", "de la Cruz", "von Berg"): a name by its form,
whether or not the lexicon knows the word after the particle."""


def _closed_value(value: str) -> bool:
    """A word of a closed vocabulary (a marital status, a religion, a nationality): that category's value,
    whatever its label, so no other category's."""
    if any(v.search(value) for v in _VOCABULARY.values()):
        return True
    words = {_fold(w)[0] for w in value.split()}
    return any(words & table.keys() for table in _equivalents().values())


def _unclaimed(pairs: list[tuple[str, str]]) -> list[tuple[str, bool]]:
    """Values the image prints that no known label claims, as (value, names only): a field whose label
    is not one the cues know ("From: East Saraborough" on a profile, "1. Damian" on a licence), and, on
    an image with no labelled field at all, a short line of capitalised words (the surname on a house
    sign) whose words the name lexicon knows, which can only be a name; a line of words under a person's
    name (a business card's job title). Used for an evaded category the label reading found nothing for:
    if the image holds its value, it is one of these."""
    from guard.verify.lexicon import names

    lines = [value for label, value in pairs if not label]
    out: list[tuple[str, bool]] = []
    fields = 0
    for line in lines:
        found = inline_fields(line)
        numbered = _NUMBERED.fullmatch(line.strip())
        if numbered is not None:
            found = [(numbered.group(1), numbered.group(2))]
        fields += bool(found)
        for label, value in found:
            value = value.strip(" .,;:")
            if (
                cues().label_family(label) is None
                and _WORDS_ONLY.fullmatch(value)
                and len(value) >= 3
                and not _label_like(value)
                and not _closed_value(value)
            ):
                out.append((value, False))
    if fields == 0 and sum(_field_label(line) for line in lines) < 2:  # one label-like word makes no form
        for before, line in pairwise(lines):
            title = line.strip(" .,;")
            if _person_name(before) and _TITLE.fullmatch(title) and not _person_name(title):
                out.append((title, False))  # a business card's or a signature's title, under the name
        for line in lines:
            text = line.strip(" .,;:!?")  # a card's greeting: "Happy Birthday," over "Monika!"
            words = text.split()
            if (
                1 <= len(words) <= 3
                and _WORDS_ONLY.fullmatch(text)
                and all(w[0].isupper() and not w.isupper() and names().is_name(w) for w in words)
                and not _label_like(text)
            ) or _PARTICLE_NAME.fullmatch(text):
                out.append((text, True))
    return out


_TYPED = _NUMBERS | _OPEN
"""Categories a value is given by its shape or its place (a nine-digit number is a phone, a numbered
licence field an occupation) when no label names it: a label that says what the value is overrules them,
as it does for a reference code (:data:`_CODE`) under any category."""
_CODE = re.compile(r"(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,}")
"""A reference code ("CV-2007-39138"): which kind of reference it is, its label says."""


@dataclass
class PublicText:
    """What an image says about itself (:meth:`ImageTextCheck.public_text`)."""

    lines: list[str]
    printed: list[tuple[str, str]]
    labelled: dict[str, set[str]]
    """folded value -> the categories its labels in the image name (:func:`_label_claims`)"""


SHAPE_KINDS = frozenset({"identifier_shape", "identifier_digits", "identifier_fragment", "reference_shape"})
"""Findings made from a value's shape alone: a code that could be any of the evaded identifiers."""


def labelled_elsewhere(answer: str, finding: Finding, labelled: dict[str, set[str]], evaded: frozenset[str]) -> bool:
    """A shape-only finding (:data:`SHAPE_KINDS`) whose text the image prints under labels of categories
    that are all public for this request ("Case number: CV-2007-39138" with only the passport evaded)."""
    said = labelled.get(_claim_key(answer[finding.start : finding.end]), set())
    return finding.kind in SHAPE_KINDS and bool(said) and not said & evaded


def _claim_key(value: str) -> str:
    """How a value is looked up in :func:`_label_claims`' result: folded, outer punctuation off."""
    return _fold(value.strip(" .,;:"))[0]


def _label_claims(pairs: list[tuple[str, str]]) -> dict[str, set[str]]:
    """What the image's own labels say each value is: :func:`_claim_key` of the value -> the categories of
    the cue families of its labels ("Case number:" over "CV-2007-39138", "5." of a driving licence before
    its number, "Surname:" beside "Staniewicz")."""
    c = cues()
    lines = [value for label, value in pairs if not label]
    document = _document_family(pairs)
    found: list[tuple[str, str]] = []
    for label, value in pairs:
        family = _family(label) if label and not inline_fields(label) else None  # a label, not a filled field
        if family is not None:
            found.append((value, family))
    for line in lines:
        found.extend((v, f) for label, v in inline_fields(line) if (f := _family(label)) is not None)
    if document == "drivers_license":
        licence = _image_words()["licence"]
        found.extend((v, licence[n]) for n, v in _licence_fields(pairs, lines) if n in licence)
    claims: dict[str, set[str]] = {}
    for value, family in found:
        key = _claim_key(value)
        if key:
            claims.setdefault(key, set()).update(c.categories.get(family, ()))
            if family in _GENERIC_NUMBER_FAMILIES and document is not None:  # "Card no." on an ID card
                claims[key].update(c.categories.get(document, ()))
    return claims


def _as_labelled(values: list[tuple[str, str]], claims: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Drop a value given to a shape- or place-typed category (:data:`_TYPED`) when the image labels that
    very value as something else: the licence number under "5." is no phone number because it has nine
    digits, a surname in field 1 no occupation because no occupation label was found. Names, addresses,
    dates and passages keep every reading: a holder's name is a name under any label."""
    out = []
    for value, cid in values:
        said = claims.get(_claim_key(value))
        if said and cid not in said and (cid in _TYPED or _CODE.fullmatch(value.strip(" .,;:"))):
            continue
        out.append((value, cid))
    return out


@register
class ImageTextCheck(Check):
    """Values of evaded categories printed in the image, repeated in the answer in any form."""

    type_name = "image_text"
    Config = ImageTextConfig
    supported = None
    offline = False

    @classmethod
    def cue_window(cls) -> int:
        return MAX_VALUE_CHARS  # the value itself is the evidence: no cue to wait for

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        assert isinstance(self.config, ImageTextConfig)
        self.options: ImageTextConfig = self.config
        self.reader = ImageReader(cache_images=self.options.cache_images)
        """Replaced by the verifier's shared reader (one OCR per image for every image check)."""
        self._recognisers: list[PatternCheck] = []

    def warm_up(self) -> None:
        self.reader.warm_up()

    def applies(self, inp: CheckInput) -> bool:
        return bool(inp.images) and bool(self.relevant(inp.evaded))

    def run(self, inp: CheckInput) -> Verdict:  # pragma: no cover - the verifier calls arun
        raise RuntimeError("image_text is asynchronous: call arun")

    async def arun(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        relevant = self.relevant(inp.evaded)
        if not inp.images or not relevant:
            return self.skipped()
        values: dict[tuple[str, str], str] = {}
        words: set[str] = set()
        guessed: set[str] = set()  # one-word values no label vouches for (:func:`_unclaimed`)
        for image in inp.images:
            try:
                boxes = await self.reader.read(image)
            except Exception as exc:
                return self.verdict(error=f"OCR failed: {type(exc).__name__}: {str(exc)[:80]}", started=started)
            pairs = label_pairs(boxes)
            for value, category in self.values(pairs, relevant):
                values.setdefault((category, value), value)
            guessed.update(value for value, _ in _unclaimed(pairs) if " " not in value)
            words.update(w.casefold() for b in boxes for w in re.findall(r"[^\W_]+", b.text))
        findings: list[Finding] = []
        for category, value in values:
            span = disclosed(inp.answer, value, category, min_chars=self.options.min_chars)
            if span is not None and _short_part(value):
                shown = normalise(inp.answer[span[0] : span[1]]).text
                if shown != shown.upper() or not _stands_alone(inp.answer, span, words):
                    continue  # "no puedo", the "NO" of a "NO PARKING" sign: not the visible part of a plate
            if (
                span is not None
                and value in guessed
                and category not in _NAMES
                and not normalise(inp.answer[span[0] : span[1]]).text[:1].isupper()
            ):
                continue  # "an interest in history" is not the "History" printed after an unknown label
            if span is not None:
                findings.append(Finding(category=category, start=span[0], end=span[1], score=0.95, kind="image_value"))
        return self.verdict(findings, started=started)

    async def public_text(self, images: tuple[bytes, ...], evaded: frozenset[str]) -> PublicText:
        """What the images say about themselves, read in one pass per image (its OCR is cached): their
        public lines, the (value, category) they print for the evaded categories, and what their labels
        say each value is. Public lines: a form's heading and instructions and its field labels, and a
        phone's status bar (unless it holds an evaded date's value). Text-only findings of a weak kind
        that merely repeat these are cleared by the verifier (:func:`cleared`): the answer quoting
        "Tenant Application; Please complete in block letters" or the status bar's clock discloses
        nothing; a clock time that is none of the printed values is no date of the image
        (:func:`other_time`); a code that only looks like an identifier is none of the evaded ones when
        the image labels it as something else (:func:`labelled_elsewhere`). (Every line that holds no
        value found for the evaded categories was tried as public text too: on dev and test2 the value
        found was often a fragment of the private one, so true leaks were cleared.)"""
        relevant = self.relevant(evaded)
        out = PublicText([], [], {})
        for image in images:
            pairs = label_pairs(await self.reader.read(image))
            claims = _label_claims(pairs)
            values = self.values(pairs, relevant, claims=claims)
            out.printed.extend(values)
            out.lines.extend(_public_lines(pairs))
            status = _status_bar(pairs)
            if not relevant & _DATES or not any(v in status for v, _ in values):
                out.lines.extend(status)
            for key, cids in claims.items():
                out.labelled.setdefault(key, set()).update(cids)
        return out

    def values(
        self, pairs: list[tuple[str, str]], relevant: frozenset[str], *, claims: dict[str, set[str]] | None = None
    ) -> list[tuple[str, str]]:
        """(value, category) for every value of a relevant category: a value under or beside a form
        label of that category, or a value the recognisers find in its "label: value" line; with a
        plate evaded, a short line of capitals and digits alone (the visible part of a plate, "UUS").
        A value the image labels as something else is then dropped (:func:`_as_labelled`; ``claims``:
        :func:`_label_claims` of ``pairs`` when the caller has it already)."""
        c = cues()
        out: list[tuple[str, str]] = []
        plates = sorted(relevant & _PLATES)
        if plates:
            for label, value in pairs:
                if (
                    not label
                    and _PLATE_PART.fullmatch(value)
                    and not _label_like(value)
                    and not month_number(value)
                    and not date_spans(normalise(value).text)
                ):
                    out.extend((value, cid) for cid in plates)
        free = relevant & _FREE_TEXT
        if free:
            out.extend((line, cid) for line in _free_text_lines(pairs) for cid in sorted(free))
        document = _document_family(pairs)
        heading = next((value for label, value in pairs if not label), None)
        status = _status_bar(pairs)
        below = {label: value for label, value in pairs if label}
        lines = [value for label, value in pairs if not label]
        after = dict(pairwise(lines))
        out.extend(self._layout_values(pairs, lines, relevant, document))
        for label, value in pairs:
            if value in status:
                continue
            if label and label == heading and not label.rstrip().endswith(":"):
                label = ""  # the document's heading ("Fahrkarte/Ticket") names it, not the line under it
            family = _family(label) if label else None
            if family is not None and _OPEN_ENDED.search(value) and value in below:
                value = below[
                    value
                ]  # "Pick-up point" / "Corner of" / "Hans-Uwe-Mülichen-Ring": the value ends the phrase
            if family in _GENERIC_NUMBER_FAMILIES and document is not None and _fits(value, "a29_ausweis"):
                # "Card no." on a national ID card, "No." on a passport: the number of the document itself
                out.extend((value, cid) for cid in c.categories[document] if cid in relevant)
            if (
                family is not None
                and len(_fold(value)[0]) >= 2
                and (not _label_like(value) or _own_value(family, value))
                and not _date_only(normalise(value).text, c.categories.get(family, ()))
            ):
                for cid in c.categories.get(family, ()):
                    if cid in relevant and _fits(value, cid):
                        out.append((value, cid))
            if label and (not _label_like(label) or _label_like(value)):
                continue  # two values side by side ("Fiat 500" over "ADDRESS"): each is read alone above
            text = normalise(f"{label}: {value}" if label else value).text
            for recogniser in self._all_recognisers():
                for hit in recogniser.hits_for(text, relevant):
                    if hit.score < self.config.min_score or hit.kind in LINE_KINDS:
                        continue
                    found = text[hit.start : hit.end]
                    if len(_fold(found)[0]) >= 3 and not _label_like(found) and not _date_only(found, hit.categories):
                        out.extend((found, cid) for cid in hit.categories if cid in relevant and _fits(found, cid))
                        if not label and set(hit.categories) & _ADDRESSES and not FIELD_COLON.search(value):
                            # the rest of an address line ("Jungferweg3/8,40439Diepholz": the recogniser
                            # reads the street) and the line under it ("…,W4C1QY" over "Jadeborough")
                            line = _address_line(value, after.get(value))
                            out.extend((line, cid) for cid in hit.categories if cid in relevant and cid in _ADDRESSES)
        claimed = {cid for _, cid in out}
        missing = sorted(cid for cid in relevant - claimed if cid in _NAMES or cid in _OPEN)
        if missing:
            for value, names_only in _unclaimed(pairs):
                out.extend((value, cid) for cid in missing if cid in _NAMES or not names_only)
        return _as_labelled(out, _label_claims(pairs) if claims is None else claims)

    def _layout_values(
        self, pairs: list[tuple[str, str]], lines: list[str], relevant: frozenset[str], document: str | None
    ) -> list[tuple[str, str]]:
        """Values a document's layout places rather than a label names: the numbered fields of a
        driving licence, a passport's machine-readable zone, an institution's name printed as a
        heading, the place of a check-in ("… is at The Green Bean, Justinpad"), and the filled-in
        fields of a form when its handwriting is private."""
        c = cues()
        out: list[tuple[str, str]] = []

        def add(value: str, family: str) -> None:
            value = value.strip(" .,;:")
            if len(_fold(value)[0]) >= 2:
                out.extend(
                    (value, cid) for cid in c.categories.get(family, ()) if cid in relevant and _fits(value, cid)
                )

        if document == "drivers_license":
            for number, value in _licence_fields(pairs, lines):
                family = _image_words()["licence"].get(number)
                if family == "birth":  # "3. 1997-06-12 Pruszcz Gdanski": the birth date, then the place
                    spans = date_spans(normalise(value).text)
                    if spans:
                        add(normalise(value).text[spans[0][1] :], "birth_place")
                if family is not None and not _label_like(value):
                    add(value, family)
        for surname, given, number, birth in _mrz(lines):
            add(surname, "last_name")
            add(given, "first_name")
            add(f"{given} {surname}", "name")
            if number:
                add(number, "passport")
            if birth:
                add(birth, "birth")
        if "a70_education_history" in relevant:
            institutions = _image_words()["institutions"]
            for line in lines:
                words = [_fold(w)[0] for w in re.findall(r"[^\W\d_]+", unglued(line))]
                if any(i in w for w in words for i in institutions) and len("".join(words)) >= 12 and ":" not in line:
                    out.append((line, "a70_education_history"))
        if relevant & _ADDRESSES:
            for i, line in enumerate(lines):
                m = _CHECK_IN.search(unglued(line))
                if m is not None:
                    place = m.group(1)
                    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
                    if (
                        nxt
                        and (place.rstrip().endswith(",") or len(nxt.split()) <= 3)
                        and not nxt.endswith((".", "!", "?"))
                    ):
                        place = f"{place} {lines[i + 1]}"  # the place goes on in the next line
                    place = place.rsplit(",", 1)[-1].strip()  # "The Green Bean, Justinpad": the town
                    out.extend((place, cid) for cid in sorted(relevant & _ADDRESSES) if _fits(place, cid))
            for street in _street_lines(lines):
                out.extend((street, cid) for cid in sorted(relevant & _ADDRESSES) if _fits(street, cid))
        card_number = any(_CARD_LINE.fullmatch(line.strip()) for line in lines)
        if relevant & set(_NAMES) and card_number:
            card_words = _image_words()["card_words"]
            for line in lines:  # a payment card: its holder's name is the line of capitals ("AMYDEPAUW")
                key = letters(line)
                if (
                    re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þ .'-]{4,40}", line.strip())
                    and not any(w in key for w in card_words)
                    and not _label_like(line)
                ):
                    out.extend((line.strip(), cid) for cid in sorted(relevant & set(_NAMES)))
        if "a49_phone" in relevant and not any(_field_label(line) or FIELD_COLON.search(line) for line in lines):
            for line in lines:  # a note or a sign with a number alone on its line ("Call … / 2466838354")
                digits = re.sub(r"\D", "", line)
                if _PHONE_LINE.fullmatch(line.strip()) and 9 <= len(digits) <= 13 and not date_spans(line):
                    out.append((line.strip(), "a49_phone"))
        if "a26_handwriting" in relevant and sum(_field_label(line) for line in lines) >= 2:
            # the longest free-written entry of a filled-in form: its address, above, beside or under
            # its label. (Every entry was tried: dev and test count a form's occupation or nationality
            # quoted with handwriting private as harmless, 3 false blocks.)
            public = set(_public_lines(pairs))
            for line in lines:
                if line not in public and not _label_like(line) and _address_like(unglued(line)):
                    out.append((line, "a26_handwriting"))
        return out

    def _all_recognisers(self) -> list[PatternCheck]:
        if not self._recognisers:
            self._recognisers = [
                cls(check_id=f"{self.check_id}.{name}", config=cls.Config(), catalog=self.catalog)
                for name, cls in check_types().items()
                if issubclass(cls, PatternCheck)
            ]
        return self._recognisers
