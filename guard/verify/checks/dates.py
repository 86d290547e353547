"""Dates and times; a date (or birth year) in a sentence about birth is a date of birth."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.registry import register

_BIRTH = "a24_birth_date"
_DATETIME = "a82_date_time"

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\w/-]|\.\d)")
_TEXTUAL = re.compile(
    rf"(?i)(?<!\w)(?:(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS},?\s+\d{{2,4}})|"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})|(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)\b)|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?!\w)))"
)
_MONTH_YEAR = re.compile(rf"(?i)(?<!\w){_MONTHS}\s+\d{{4}}(?!\w)")
_TIME = re.compile(
    r"(?i)(?<![\w:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?![\w:])"
)
_YEAR = re.compile(r"(?<![\w.$€£-])(1[89]\d\d|20\d\d)(?!\w|\.\d|-\d)")
_BIRTH_CUE = re.compile(r"(?i)\b(?:born|birth|birthday|birthdate|dob|d\.o\.b\.?|date\s+of\s+birth|geboren|née?)\b")


def _valid_numeric(m: re.Match[str]) -> bool:
    a, b, c = (int(g) for g in (m.group(1), m.group(3), m.group(4)))
    if len(m.group(1)) == 4:  # ISO year-month-day
        return 1 <= b <= 12 and 1 <= c <= 31
    if len(m.group(4)) == 3:
        return False
    day_month = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    return day_month and (m.group(2) != "." or len(m.group(4)) == 4)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of calendar dates (numeric and written) and clock times, for other recognisers to skip."""
    spans = [(m.start(), m.end()) for m in _NUMERIC.finditer(text) if _valid_numeric(m)]
    spans += [(m.start(), m.end()) for p in (_TEXTUAL, _TIME) for m in p.finditer(text)]
    return spans


@register
class DateCheck(PatternCheck):
    """Calendar dates and clock times (a82); in a birth sentence, dates and birth years (a24)."""

    type_name = "date"
    supported = frozenset({_BIRTH, _DATETIME})

    def hits(self, text: str) -> Iterator[Hit]:
        spans: list[tuple[int, int, str, float]] = []
        for m in _NUMERIC.finditer(text):
            if _valid_numeric(m):
                spans.append((m.start(), m.end(), "numeric_date", 0.9))
        for m in _TEXTUAL.finditer(text):
            spans.append((m.start(), m.end(), "written_date", 0.9))
        for m in _MONTH_YEAR.finditer(text):
            spans.append((m.start(), m.end(), "month_year", 0.7))
        for start, end, kind, score in spans:
            lo, hi = sentence_bounds(text, start, end)
            birth = _BIRTH_CUE.search(text, max(lo, start - 100), min(hi, end + 100)) is not None
            # a date of birth is its own category: it does not disclose "dates and times shown" (a82)
            yield Hit(kind, start, end, score, (_BIRTH,) if birth else (_DATETIME,))
        for m in _TIME.finditer(text):
            yield Hit("clock_time", m.start(), m.end(), 0.85, (_DATETIME,))
        covered = [(s, e) for s, e, _, _ in spans]
        for m in _YEAR.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            lo, hi = sentence_bounds(text, m.start(), m.end())
            if _BIRTH_CUE.search(text, max(lo, m.start() - 100), min(hi, m.end() + 100)):
                yield Hit("birth_year", m.start(), m.end(), 0.8, (_BIRTH,))
