"""Digit runs shared by the number recognisers (cards, phones, documents).

After normalisation a number written as words, with zero-width characters or fullwidth digits is
plain digits; what is left are separators. A run is digits joined by at most one separator each
(space, dot, comma, slash, hyphen), the forms models use to group long numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_RUN = re.compile(r"(?<![\w])\d(?:[ .,/-]?\d)*(?!\w)")
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?$|(?i:\b(?:usd|eur|gbp|chf)\s?)$")
_MONEY_AFTER = re.compile(r"^\s?(?:[$€£¥%]|(?i:usd|eur|gbp|chf|euro|dollars?|kg|km|mm|cm|ml|g\b|m\b))")


@dataclass(frozen=True)
class DigitRun:
    start: int
    end: int
    raw: str
    digits: str

    @property
    def date_shaped(self) -> bool:
        """ "09/27", "03.05.1971", "2024-06-01": a date, not part of a number."""
        return _DATE_SHAPE.fullmatch(self.raw) is not None

    @property
    def year(self) -> bool:
        return _YEAR.fullmatch(self.raw) is not None


def digit_runs(text: str) -> Iterator[DigitRun]:
    """Every digit run in ``text`` that is not an amount of money or a measure."""
    for m in _RUN.finditer(text):
        raw = m.group()
        end = m.end()
        while raw and not raw[-1].isdigit():  # pragma: no cover - the pattern ends on a digit
            raw, end = raw[:-1], end - 1
        if _MONEY_BEFORE.search(text, max(0, m.start() - 5), m.start()) or _MONEY_AFTER.match(text[end : end + 8]):
            continue
        yield DigitRun(m.start(), end, raw, re.sub(r"\D", "", raw))
