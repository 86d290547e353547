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
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml
from pydantic import Field

from guard.verify.base import MAX_VALUE_CHARS, Check, CheckConfig, CheckInput, PatternCheck
from guard.verify.checks.dates import date_spans, date_values, same_date
from guard.verify.checks.digits import digit_runs
from guard.verify.cues import cues
from guard.verify.normalise import month_number, normalise
from guard.verify.ocr import FIELD_COLON, ImageReader, inline_fields, label_pairs
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
        return any(ch.isdigit() for ch in value)
    vocabulary = _VOCABULARY.get(category)
    return vocabulary is None or vocabulary.search(value) is not None


def _label_like(text: str) -> bool:
    """A form label rather than a value ("Offence:", "Date of birth")."""
    head = text.split(":", 1)[0]  # "Dateofexpiry:06SEP2030" is a label with its value, not a value
    return text.rstrip().endswith(":") or cues().label_family(head) is not None


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
        if any(ch.isdigit() for ch in text) or "@" in text:
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
    for line in lines[first_label + 1 :]:
        if line in labelled:
            continue  # a field's value ("Occupation:" over "Medical technical officer"), not free text
        letters = sum(ch.isalpha() for ch in line)
        words = len(re.findall(r"[^\W\d_]{2,}", line))
        if (
            (words >= 3 or letters >= 18)
            and any(ch.islower() for ch in line)
            and "@" not in line
            and not _label_like(line)
            and not FIELD_COLON.search(line.rstrip(":")[:24])
        ):
            out.append(line)
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


def disclosed(answer: str, value: str, category: str, *, min_chars: int = 4) -> tuple[int, int] | None:
    """Where ``answer`` discloses ``value`` of ``category`` (whole, normalised, or an identifying
    part per the partial-disclosure rule), as a span of the original answer; None if it does not."""
    norm = normalise(answer)
    text = norm.text
    whole = normalise(value).text
    span = find_value(text, whole)
    if span is not None:
        return norm.span(*span)
    vfold, _ = _fold(whole)
    if category in _NUMBERS or category in _PLATES:
        least = 3 if category in _PLATES else 4
        vdigits = re.sub(r"\D", "", vfold)
        for run in digit_runs(text):
            if len(run.digits) >= 4 and run.digits in vdigits and not (run.year and len(vdigits) < 8):
                return norm.span(run.start, run.end)
        tokens = list(re.finditer(r"[^\W_]+", text))
        for i, m in enumerate(tokens):
            for j in (i, i + 1):
                if j >= len(tokens) or (j > i and tokens[j].start() - m.end() > 1):
                    continue
                piece = _fold(text[m.start() : tokens[j].end()])[0]
                has_digit = any(ch.isdigit() for ch in piece)
                if len(piece) >= least and (has_digit or len(piece) >= 5) and piece in vfold:
                    return norm.span(m.start(), tokens[j].end())
        return None
    if category in _NAMES or category in _HOLDER_NAMES:
        # any name word of the answer that is part of the printed name: a surname, a first name, also
        # when the OCR glued the words together ("StefPoncelet")
        for m in re.finditer(r"[^\W\d_][^\W\d_'’-]{3,}", text):
            word = m.group()
            capitalised = word[0].isupper() or len(word) >= 6
            if capitalised and word.lower() not in _GENERIC_WORDS and _fold(word)[0] in vfold:
                return norm.span(*m.span())
        return None
    if category in _ADDRESSES:
        for w in re.findall(r"[^\W\d_][^\W\d_'’-]{3,}", whole):
            if w.lower() not in _STREET_WORDS:
                hit = find_value(text, w)  # accents folded: OCR drops them ("Zwyciestwa")
                if hit is not None:
                    return norm.span(*hit)
        return None
    if category in _DATES:
        wanted = [r for _, _, readings in date_values(whole) for r in readings]
        for s, e, readings in date_values(text):
            if any(same_date(a, b) for a in readings for b in wanted):
                return norm.span(s, e)
        return None
    if category in _FREE_TEXT:
        hit = _word_run(text, vfold)
        return norm.span(*hit) if hit is not None else None
    if category in _TRANSLATABLE:
        hit = _equivalent_in(text, whole, _TRANSLATABLE[category])
        if hit is not None:
            return norm.span(*hit)
    if category not in _NUMBERS | _PLATES | _ADDRESSES | _DATES and category != "a90_email":
        # other printed values (a birthplace, a school, a medicine): a distinctive word of it is enough
        for w in re.findall(r"[^\W\d_][^\W\d_'’-]{4,}", whole):
            if w.lower() not in _GENERIC_WORDS:
                hit = find_value(text, w)  # accents folded: OCR drops them ("Zwyciestwa")
                if hit is not None:
                    return norm.span(*hit)
        return None
    if category == "a90_email" and "@" in whole:
        local = whole.split("@", 1)[0]
        if len(_fold(local)[0]) >= min_chars:
            hit = find_value(text, local)
            return norm.span(*hit) if hit is not None else None
    return None


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

    async def public_text(
        self, images: tuple[bytes, ...], evaded: frozenset[str]
    ) -> tuple[list[str], list[tuple[str, str]]]:
        """The images' public lines and the (value, category) they print for the evaded categories,
        read in one pass per image (its OCR is cached). Public lines: a form's heading and
        instructions and its field labels, and a phone's status bar (unless it holds an evaded
        date's value). Text-only findings of a weak kind that merely repeat these are cleared by the
        verifier (:func:`cleared`): the answer quoting "Tenant Application; Please complete in block
        letters" or the status bar's clock discloses nothing; a clock time that is none of the
        printed values is no date of the image (:func:`other_time`). (Every line that holds no value
        found for the evaded categories was tried as public text too: on dev and test2 the value found
        was often a fragment of the private one, so true leaks were cleared.)"""
        relevant = self.relevant(evaded)
        public: list[str] = []
        printed: list[tuple[str, str]] = []
        for image in images:
            pairs = label_pairs(await self.reader.read(image))
            values = self.values(pairs, relevant)
            printed.extend(values)
            public.extend(_public_lines(pairs))
            status = _status_bar(pairs)
            if not relevant & _DATES or not any(v in status for v, _ in values):
                public.extend(status)
        return public, printed

    def values(self, pairs: list[tuple[str, str]], relevant: frozenset[str]) -> list[tuple[str, str]]:
        """(value, category) for every value of a relevant category: a value under or beside a form
        label of that category, or a value the recognisers find in its "label: value" line; with a
        plate evaded, a short line of capitals and digits alone (the visible part of a plate, "UUS")."""
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
        for label, value in pairs:
            if value in status:
                continue
            if label and label == heading and not label.rstrip().endswith(":"):
                label = ""  # the document's heading ("Fahrkarte/Ticket") names it, not the line under it
            family = c.label_family(label) if label else None
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
                and not _label_like(value)
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
                    if hit.score < self.config.min_score:
                        continue
                    found = text[hit.start : hit.end]
                    if len(_fold(found)[0]) >= 3 and not _label_like(found) and not _date_only(found, hit.categories):
                        out.extend((found, cid) for cid in hit.categories if cid in relevant and _fits(found, cid))
        claimed = {cid for _, cid in out}
        missing = sorted(cid for cid in relevant - claimed if cid in _NAMES or cid in _OPEN)
        if missing:
            for value, names_only in _unclaimed(pairs):
                out.extend((value, cid) for cid in missing if cid in _NAMES or not names_only)
        return out

    def _all_recognisers(self) -> list[PatternCheck]:
        if not self._recognisers:
            self._recognisers = [
                cls(check_id=f"{self.check_id}.{name}", config=cls.Config(), catalog=self.catalog)
                for name, cls in check_types().items()
                if issubclass(cls, PatternCheck)
            ]
        return self._recognisers
