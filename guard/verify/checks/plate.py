"""Vehicle licence plates, complete or partial.

Plates are short codes of capital letters and digits; with a plate cue ("plate", "registration",
"reads") in the same sentence any such code counts; without one, only the common national shapes count.
Disclosing a complete plate also discloses a partial one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.checks.address import address_spans, in_address
from guard.verify.checks.dates import date_mask
from guard.verify.checks.digits import codes, money_or_measure
from guard.verify.cues import DOCUMENT_NOUNS, NON_VALUES, cues, later_values, later_windows
from guard.verify.registry import register

_COMPLETE = "a103_license_plate_complete"
_PARTIAL = "a104_license_plate_partial"

_CODE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ0-9]{1,8}(?:[ \-·.][A-ZÄÖÜ0-9]{1,4}){0,2}|[a-zäöü0-9]{1,8}(?:[ \-·.][a-zäöü0-9]{1,4}){0,2})"
    r"(?![\w-])"
)
"""A plate's characters (German plates carry Ä, Ö, Ü: "RÜG-GN")."""
_SHAPES = re.compile(
    r"^(?:[A-Z]{3}[- ]?\d{3,4}|\d[A-Z]{3}\d{3}|[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2} ?\d{1,4}|"
    r"\d{1,3}[- ]?[A-Z]{2,3}[- ]?\d{1,4}|[A-Z]{2}-?\d{3}-?[A-Z]{2}|[A-Z]\d{2,3}[- ]?[A-Z]{2,3})$"
)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_DECIMAL = re.compile(r"\d{1,5}[.,]\d{1,2}")
"""A decimal number (a price, a measure): no plate is written so."""
_SLOT = re.compile(
    r"(?i)\s*(?:[:=]|\b(?:is|reads|lautet|ist|est|es|son|sont|sind|pone|dice|indique|zeigt)\b:?)\s*[«\"„“'*]*\s*$"
)
"""Between a plate label and the value it introduces, nothing but a colon or a copula: "plate: emy", "la matrícula
es th", "der lesbare Teil des Kennzeichens ist 40"."""
_CLAUSE_END = re.compile(r"\s*[»\"”'*]*\s*(?:[.,;:!?)\]]|\n|$)")
_SEEN = re.compile(r"(?i)\b(?:visible|readable|legible|sichtbar|lesbar|visibles?|legibles?)\b")
_VALUE_SLOT = re.compile(r"(?:\bis|\bare|reads|:|with|in|lists|shows|bears|carries)\s*$")
_CLOSE = 30
"""A plate cue this close to a short code (either side, in characters) names the code as the plate's."""
_ACRONYMS = frozenset(
    re.findall(
        r"\S+",
        "USA GBR DEU NLD FRA ESP ITA POL BEL AUT CHE SUV BMW VIN FIN DMV MOT LED TAX CAR VAN BUS OCR PDF JPG PNG QR ID",
    )
)
"""Capitals often next to a plate that are no part of it: country codes, makes, vehicle and file words."""


def _word_not_plate(letters: str) -> bool:
    """``letters`` is a word or acronym, not plate characters (a cue word, a document's noun as in "REGISTRATION
    FORM", a vehicle or country acronym)."""
    return letters in _ACRONYMS or letters.casefold() in DOCUMENT_NOUNS or cues().label_family(letters) is not None


_NOT_PLATE = re.compile(
    r"(?i)\b(?:flight|gate|seat|room|model|version|serial|order|invoice|passport|route|bus|train|apartment|apt|suite|unit)\b"
)


@register
class LicensePlateCheck(PatternCheck):
    """Licence plate codes (complete, or a fragment after a 'starts with' style cue)."""

    type_name = "license_plate"
    supported = frozenset({_COMPLETE, _PARTIAL})

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        dates = date_mask(text)
        later = later_windows("plate", text)
        named_later = later_values("plate", text)  # read once per answer, not once per code
        spans = [(m.start(), m.end(), m.group()) for m in _CODE.finditer(text)]
        seen = {(s, e) for s, e, _ in spans}
        # codes however grouped ("AZ . 30 . 99", "SO-27-33-UX")
        spans += [
            (k.start, k.end, k.flat)
            for k in codes(text, min_digits=1)
            if (k.start, k.end) not in seen and k.raw != k.flat
        ]
        spans.sort()
        for m_start, m_end, code in spans:
            start = m_start
            if in_address(address_spans(text), m_start, m_end):
                continue  # a house number or postcode ("Lisia 232, 32-966 Tczew", "7485 DL Nieuwland")
            if money_or_measure(text, m_start, m_end) or _DECIMAL.fullmatch(text, m_start, m_end):
                continue  # "4.99 €", "1200 × 900 pixels", "85.60 × 53.98 mm", a price sticker's "4.99"
            head, _, rest = code.partition(" ")
            while rest and head.isalpha() and (len(head) >= 4 or head.islower()):  # "reads 7xk 4421"
                start += len(head) + 1
                code = rest
                head, _, rest = code.partition(" ")
            if not code.isupper() and not any(map(str.isdigit, code)) and not _slot(text, start, m_end):
                continue  # an ordinary word; a lower-case plate has digits ("7xk 4421") or follows its label
            if dates.overlaps(start, m_end):
                continue  # "26 SEP 2018" is a date, not a plate
            flat = re.sub(r"[ \-·.]", "", code)
            has_digit = any(map(str.isdigit, flat))
            has_alpha = any(map(str.isalpha, flat))
            lo = max(0, start - 80)  # cues sit close to the plate (also in the sentence before)
            before = text[lo:start]
            after = text[m_end : m_end + 60]
            cue = c.near("plate", text, start, m_end, before=80, after=40) or any(
                m_end <= hi and lo <= start for lo, hi in later
            )
            if not code.isupper() and not code.isdigit():
                if not cue:
                    continue
                code = code.upper()
            negative = _NOT_PLATE.search(text[max(lo, start - 25) : start]) is not None
            if negative and not cue:
                continue
            as_the = re.match(r"\s+as\s+the\b", after) is not None  # "shows EI59 as the visible part of the plate"
            if as_the and c.near("plate", text, start, m_end, before=0, after=60):
                cue = True
            value_slot = _VALUE_SLOT.search(text, lo, start) is not None
            gap = c.nearest("plate", text, start, m_end, before=40, after=0)
            labelled = gap is not None and gap <= 3  # right after its label: "matrícula 029", "plate: 029"
            acronym = has_alpha and not has_digit and _word_not_plate(flat)  # "immatriculation, VIN, ..." lists fields
            short = cue and (labelled or value_slot) and 2 <= len(flat) <= 3 and (has_digit or code.isupper())
            short = short and not acronym
            seen_after = as_the and _SEEN.search(after[:40]) is not None  # "lists OL as the visible plate characters"
            short = short or (cue and as_the and 2 <= len(flat) <= 3 and (has_digit or code.isupper()) and not acronym)
            if short and (
                labelled or c.near("partial", text, start, m_end, before=80) or _SEEN.search(before) or seen_after
            ):
                # the visible characters of a partly hidden plate: all there is to disclose
                yield Hit("partial_plate", start, m_end, 0.8, (_PARTIAL, _COMPLETE))
                continue
            if (
                cue
                and (
                    c.near("partial", text, start, m_end, before=80, after=60 if as_the else 0)
                    or _SEEN.search(before) is not None
                )
                and 3 <= len(flat) <= 5
                and (has_digit or len(flat) >= 3 or value_slot)
            ):
                # three or more characters of a plate disclose it (docs/verification.md)
                yield Hit("partial_plate", start, m_end, 0.85, (_PARTIAL, _COMPLETE))
                continue
            if 2 <= len(flat) <= 8 and _named_in_sentence(
                text, start, m_end, code, has_digit, has_alpha, flat, named_later
            ):
                # the sentence says the code is a plate's: "La plaque commence par CS.", "I can make out 9-SU at the
                # start of the plate", "the plate on it: 7Q", "la parte visible de la matrícula es th"
                yield Hit("plate_part", start, m_end, 0.75, (_PARTIAL, _COMPLETE))
                continue
            close = c.nearest("plate", text, start, m_end, before=_CLOSE, after=_CLOSE)
            if (
                close is not None
                and close <= _CLOSE
                and 3 <= len(flat) <= 5
                and (code.isupper() or has_digit)
                and not (has_alpha and not has_digit and _word_not_plate(flat))
            ):
                # the characters of a plate, named as its own in the same breath ("a car, UUS on its plate", "on y
                # lit FLN comme plaque"): on a partly hidden plate they are all there is (the visible part)
                yield Hit("plate_part", start, m_end, 0.75, (_PARTIAL, _COMPLETE))
                continue
            if not (has_digit and has_alpha) or not 4 <= len(flat) <= 10:
                if cue and has_digit and 4 <= len(flat) <= 8 and (labelled or not _YEAR.fullmatch(flat)):
                    # all-digit plates exist; a year ("in use since 1887") is one only right after its label
                    yield Hit("plate", start, m_end, 0.7, (_COMPLETE, _PARTIAL))
                continue
            if cue:
                yield Hit("plate", start, m_end, 0.95, (_COMPLETE, _PARTIAL))
            elif _SHAPES.match(code):
                yield Hit("plate_shape", start, m_end, 0.6, (_COMPLETE, _PARTIAL))


def _named_in_sentence(
    text: str,
    start: int,
    end: int,
    code: str,
    has_digit: bool,
    has_alpha: bool,
    flat: str,
    later: Sequence[tuple[int, int]],
) -> bool:
    """``text[start:end]`` is a plate's characters by its sentence: a plate label stands in the same sentence (or a
    later label names the code, one of ``later``: "AW. In case it helps: this is the visible part of the plate"), and
    the code is no
    word, acronym or number of another kind. Lower-case letters alone ("emy") count only right after the label and a
    colon or copula, closing the clause: in running text they are words."""
    c = cues()
    lo, hi = sentence_bounds(text, start, end)
    if _slot(text, start, end):
        return True
    if not (code.isupper() or has_digit):
        return False
    if has_alpha and not has_digit and (len(flat) > 3 or _word_not_plate(flat.upper())):
        return False  # a word in capitals ("VEHICLE REGISTRATION"), not a plate's few visible letters
    named_later = any(a <= start and end <= b for a, b in later)
    if not has_alpha:
        # digits alone are a plate's only where the answer says so: a house number or a phone number's last group
        # stands in a sentence about the plate too ("the home address is 127 ..., but I won't share the plate")
        return named_later or c.near("partial", text, start, end, before=start - lo, after=0)
    return named_later or c.near("plate", text, start, end, before=start - lo, after=hi - end)


def _slot(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` closes a clause right after a plate label and a colon or copula ("plate: emy"). Lower-case
    letters there are a plate's only when few and no state ("the visible part of the plate is visible, but ...")."""
    word = text[start:end]
    if word.isalpha() and word.islower() and (len(word) > 3 or word in NON_VALUES):
        return False
    lo, _ = sentence_bounds(text, start, end)
    gap = cues().nearest("plate", text, start, end, before=start - lo, after=0)
    return (
        gap is not None
        and _SLOT.fullmatch(text, start - gap, start) is not None
        and _CLAUSE_END.match(text, end) is not None
    )
