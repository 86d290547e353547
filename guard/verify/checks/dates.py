"""Dates and times; a date (or a birth year) with a birth cue nearer than any other date cue is a
date of birth.

Reads the normalised answer, so written-out days and years are digits already ("the ninth of April,
twenty twenty-nine" -> "the 9 of April, 2029"). Month names come from the language data (en, de,
fr, es). Partial rule (docs/verification.md): month and year of a birth date disclose it; a birth
year alone with a birth cue in the same sentence does too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.cues import IDENTIFIER_FAMILIES, cues
from guard.verify.normalise import language, month_number
from guard.verify.registry import register

_BIRTH = "a24_birth_date"
_DATETIME = "a82_date_time"
_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,4})([./\- ])(\d{1,2})\2(\d{1,4})(?![\w/-]|[. ]\d(?!\d?:[0-5]\d))")
"""A numeric date, not followed by more digit groups (a phone number) unless they are a clock time."""
_TIME = re.compile(
    r"(?i)(?<![\w:.])(?:[01]?\d|2[0-3])(?:[:h][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?|\s?uhr)(?![\w:])"
)
_HOUR = r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?"
_RANGE_WORD = r"(?:\s*[–—-]\s*|\s+(?i:to|until|till|bis|à|a|au|hasta|-)\s+)"
_RANGE_BEFORE = re.compile(rf"(?<![\w:.]){_HOUR}\s*(?i:uhr|h)?{_RANGE_WORD}$")
_RANGE_AFTER = re.compile(rf"{_RANGE_WORD}{_HOUR}(?![\w:]|\.\d)")
"""Two clock times joined as a range ("9:00 to 18:00", "8–20 Uhr", "de 9h à 17h"): opening hours or a
schedule, the same for everyone who reads the document, not the moment a date-time field records."""
_MONTH_YEAR = re.compile(r"(?<![\w/-])(?<!\w[.])(0?[1-9]|1[0-2])([./-])(1[89]\d\d|20\d\d)(?![\w/-]|[.,]\d)")
"""A month and a four-digit year ("…07/1987", "10.1946"): the partial form of a date."""
_YEAR = re.compile(r"(?<![\w.$€£/-])(1[89]\d\d|20\d\d)(?!\w|\.\d|-\d|/\d)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(language().months, key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n) for n in names) + r")\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e|º|°|o|\.)?"
    link = r"(?:\s+(?:of|de|du|del|im)\s+|\s*[,./-]?\s*)"
    year = r"(?:\d{4}|'\d\d|\d\d)"
    textual = re.compile(
        rf"(?i)(?<![\w])(?:{day}{link}{month}(?:{link}{year})?|{month}\s+(?:the\s+)?{day}(?:,?\s+{year})?|{month}{link}\d{{4}})(?![\w])"
    )
    month_only = re.compile(rf"(?i)(?<![\w]){month}(?![\w])")
    return textual, month_only


def _valid_numeric(m: re.Match[str]) -> bool:
    a, b, c = (int(g) for g in (m.group(1), m.group(3), m.group(4)))
    if len(m.group(1)) == 4:  # year first: "1983-12-08", "1983/12/8"
        return 1 <= b <= 12 and 1 <= c <= 31 and len(m.group(4)) <= 2
    if len(m.group(4)) in (1, 3):
        return False
    day_month = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return day_month and (m.group(2) != "." or len(m.group(4)) in (2, 4))


@lru_cache(maxsize=32)
def _textual(text: str) -> tuple[tuple[int, int], ...]:
    """Written dates ("3 de mayo de 1971", "June 1984"); computed once per text (several checks ask)."""
    textual, _ = _patterns()
    # "may" alone is a verb: only a month next to a day or a year counts
    return tuple((m.start(), m.end()) for m in textual.finditer(text) if any(map(str.isdigit, m.group())))


def date_values(text: str) -> list[tuple[int, int, set[tuple[int | None, int, int | None]]]]:
    """Each date in (normalised) ``text`` with its possible (day, month, year) readings ("03/05/1971"
    reads two ways); years given with two digits are widened to 19xx/20xx by the caller's comparison."""
    out: list[tuple[int, int, set[tuple[int | None, int, int | None]]]] = []
    for m in _NUMERIC.finditer(text):
        if not _valid_numeric(m):
            continue
        a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
        readings: set[tuple[int | None, int, int | None]] = set()
        if len(m.group(1)) == 4:
            readings.add((c, b, a))
        else:
            if 1 <= b <= 12:
                readings.add((a, b, c))
            if 1 <= a <= 12:
                readings.add((b, a, c))
        out.append((m.start(), m.end(), readings))
    covered = [(s, e) for s, e, _ in out]
    for m in _MONTH_YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e in covered):
            out.append((m.start(), m.end(), {(None, int(m.group(1)), int(m.group(3)))}))
    for s, e in _textual(text):
        chunk = text[s:e]
        month = next((month_number(w) for w in re.findall(r"[^\W\d_]+\.?", chunk) if month_number(w)), None)
        if month is None:
            continue
        numbers = [int(n) for n in re.findall(r"\d+", chunk)]
        year = next((n for n in numbers if n >= 32 or len(str(n)) == 4), None)
        day = next((n for n in numbers if n != year and 1 <= n <= 31), None)
        out.append((s, e, {(day, month, year)}))
    return out


def same_date(a: tuple[int | None, int, int | None], b: tuple[int | None, int, int | None]) -> bool:
    """Month and year agree (two-digit years compare modulo 100); days agree where both are known."""
    if a[1] != b[1] or a[2] is None or b[2] is None or a[2] % 100 != b[2] % 100:
        return False
    return a[0] is None or b[0] is None or a[0] == b[0]


@lru_cache(maxsize=32)
def date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of calendar dates (numeric and written) and clock times, for other recognisers to skip."""
    spans = [(m.start(), m.end()) for m in _NUMERIC.finditer(text) if _valid_numeric(m)]
    spans += list(_textual(text))
    spans += [(m.start(), m.end()) for m in _TIME.finditer(text)]
    return tuple(spans)


class DateMask:
    """Which characters of a text belong to a date or a time; O(1) overlap queries (prefix sums), so a
    recogniser can skip dates among many candidates without a quadratic scan."""

    def __init__(self, text: str) -> None:
        marks = [0] * (len(text) + 1)
        for s, e in date_spans(text):
            marks[s] += 1
            marks[e] -= 1
        covered = accumulate(marks[:-1])  # how many date spans cover each character
        self._prefix = [0, *accumulate(int(c > 0) for c in covered)]

    def overlaps(self, start: int, end: int) -> bool:
        return self._prefix[end] - self._prefix[start] > 0


@lru_cache(maxsize=32)
def date_mask(text: str) -> DateMask:
    """The :class:`DateMask` of ``text``, built once for all the recognisers that read it."""
    return DateMask(text)


_ADULT_YEARS = 14
"""A full date at least this many years old with no label is likely a birth date (no other event on an
identity document or a form is that old and unnamed)."""


def _old_full_date(chunk: str) -> bool:
    for _, _, readings in date_values(chunk):
        for day, _month, year in readings:
            if day is None or year is None:
                continue
            full = year if year >= 100 else (1900 + year if year > (date.today().year % 100) else 2000 + year)
            if full <= date.today().year - _ADULT_YEARS:
                return True
    return False


_COMPACT = re.compile(r"(?<![\w.,/-])\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w.,/-]|[.,]\d)")
"""Six digits that read as YYMMDD, the form a machine-readable zone writes dates in."""
_DAY_WITHHELD = re.compile(r"(?i)(?<!\w)(?:the\s+day|der\s+tag|le\s+jour|el\s+d[ií]a)(?!\w)")
"""The sentence says the day is what is missing ("the day is hard to read", "der Tag ist nicht lesbar")."""


def _old_month_year(text: str, start: int, end: int) -> bool:
    """A month and year at least ``_ADULT_YEARS`` old, no day, in a sentence that withholds the day: the
    partial form of a date no label names, read as the birth date (partial rule: month + year)."""
    for _, _, readings in date_values(text[start:end]):
        for day, _month, year in readings:
            if day is None and year is not None and 1900 <= year <= date.today().year - _ADULT_YEARS:
                lo, hi = sentence_bounds(text, start, end)
                return _DAY_WITHHELD.search(text, lo, min(len(text), hi + 80)) is not None
    return False


_REGROUPED = re.compile(r"(?<![^\W_])(?<!\d[./·_-])\d(?:(?:[ ./_·-]{1,3})?\d){5,13}(?![^\W_]|[./·-]?\d)")
"""Six to fourteen digits with any separators between them ("2028.0225", "202/708/13", "03_05_20_23_06_12")."""


_DATE_WORD = re.compile(r"(?i)\b(?:dates?|dated|datum|fechas?|fechad[oa])\b")
"""A plain date word in the sentence: no cue family holds it (it labels every kind of date)."""


def _regrouped_date(run: str) -> bool:
    """``run``'s digits, read without their grouping, are a date: DDMMYYYY, MMDDYYYY or YYYYMMDD (years 1900-2099),
    maybe followed by a clock time (HHMM or HHMMSS), or six digits alone, DDMMYY / MMDDYY / YYMMDD."""
    digits = "".join(filter(str.isdigit, run))
    head, tail = digits[:8], digits[8:]
    eight = len(head) == 8 and (not tail or _clock(tail))
    if eight and any(19 <= int(y[:2]) <= 20 and _calendar(int(y), int(mo), int(d)) for y, mo, d in _orders(head, 4)):
        return True
    if len(digits) == 6:
        return any(_calendar(2000 + int(y), int(mo), int(d)) for y, mo, d in _orders(digits, 2))
    return False


def _orders(digits: str, year: int) -> tuple[tuple[str, str, str], ...]:
    """(year, month, day) of ``digits`` read day-month-year, month-day-year and year-month-day, the year ``year``
    digits long."""
    d, k = digits, year
    return ((d[-k:], d[2:4], d[:2]), (d[-k:], d[:2], d[2:4]), (d[:k], d[k : k + 2], d[k + 2 :]))


def _clock(digits: str) -> bool:
    """HHMM or HHMMSS."""
    pairs = [int(digits[i : i + 2]) for i in range(0, len(digits), 2)]
    return len(digits) in (4, 6) and pairs[0] < 24 and all(p < 60 for p in pairs[1:])


def _calendar(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


@register
class DateCheck(PatternCheck):
    """Calendar dates and clock times (a82); with a birth cue nearest, dates and birth years (a24)."""

    type_name = "date"
    supported = frozenset({_BIRTH, _DATETIME})

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        spans: list[tuple[int, int, str]] = []
        for m in _NUMERIC.finditer(text):
            if _valid_numeric(m):
                spans.append((m.start(), m.end(), "numeric_date"))
        for s, e in _textual(text):
            spans.append((s, e, "written_date"))
        for start, end, kind in spans:
            label = c.closest(("birth", "other_date"), text, start, end)
            if label == "birth":
                yield Hit(kind, start, end, 0.9, (_BIRTH,))
            elif label is None and _old_full_date(text[start:end]):
                # "Date : 20.07.1967": a full date decades old that no label names is read as the birth date
                yield Hit(kind, start, end, 0.7, (_DATETIME, _BIRTH))
            elif label is None and _old_month_year(text, start, end):
                # "The date is in March 1965; the day is hard to read": an old date given but for its day
                yield Hit(kind, start, end, 0.7, (_DATETIME, _BIRTH))
            else:
                yield Hit(kind, start, end, 0.9, (_DATETIME,))
        for m in _TIME.finditer(text):
            if _RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _RANGE_AFTER.match(text, m.end()):
                continue  # "open 9:00 to 18:00", "Mo–Sa 8–20 Uhr": a schedule's hours, not a moment
            yield Hit("clock_time", m.start(), m.end(), 0.85, (_DATETIME,))
        for m in _COMPACT.finditer(text):
            # a machine-readable zone's date (YYMMDD) under a birth label: "the birth date field 540429"
            if c.closest(("birth", "other_date", *IDENTIFIER_FAMILIES), text, m.start(), m.end()) == "birth":
                yield Hit("compact_birth_date", m.start(), m.end(), 0.8, (_BIRTH,))
        covered = [(s, e) for s, e, _ in spans]
        for m in _REGROUPED.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered) or not _regrouped_date(m.group()):
                continue
            # "the date is 2028.0225", "082  619  72 (date of birth)": a date's digits regrouped, under a date label
            label = c.closest(("birth", "other_date", *IDENTIFIER_FAMILIES), text, m.start(), m.end())
            if label is None and _DATE_WORD.search(text, *sentence_bounds(text, m.start(), m.end())):
                label = "other_date"
            if label in ("birth", "other_date"):
                yield Hit("regrouped_date", m.start(), m.end(), 0.8, (_BIRTH,) if label == "birth" else (_DATETIME,))
                covered.append((m.start(), m.end()))
        for m in _MONTH_YEAR.finditer(text):
            # month and year only ("ends in …07/1987"): a birth date's partial form, only under a birth label
            if not any(s <= m.start() < e for s, e in covered):
                if c.closest(("birth", "other_date"), text, m.start(), m.end()) == "birth":
                    yield Hit("birth_month_year", m.start(), m.end(), 0.8, (_BIRTH,))
                covered.append((m.start(), m.end()))
        for m in _YEAR.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            lo, hi = sentence_bounds(text, m.start(), m.end())
            near = c.closest(
                ("birth", "other_date"),
                text,
                m.start(),
                m.end(),
                before=min(80, m.start() - lo + 40),
                after=min(80, hi - m.end() + 40),
            )
            if near == "birth":
                yield Hit("birth_year", m.start(), m.end(), 0.8, (_BIRTH,))
