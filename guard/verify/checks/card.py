"""Payment card numbers: 13-19 digits (spaces or hyphens allowed) that pass the Luhn checksum."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck, near
from guard.verify.registry import register

_CANDIDATE = re.compile(r"(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d]|[.,]\d)")
_PARTIAL = re.compile(
    r"(?i)\b(?:last|final|first|ending|ends)\s+(?:(?:four|4|few|two|six)\s+)?(?:digits|numbers)?\s*"
    r"(?:of\s+the\s+(?:card|number)\s+)?(?:are|is|in|with|:)?\s*(\d{4})(?!\d)"
)
_CARD_CUE = re.compile(r"(?i)\b(card|visa|mastercard|amex|credit|debit|pan)\b")


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) checksum every payment card number satisfies."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@register
class CardNumberCheck(PatternCheck):
    """Luhn-valid card numbers; a card-like number that fails Luhn only counts next to a card cue."""

    type_name = "card_number"
    supported = frozenset({"a30_credit_card"})

    def hits(self, text: str) -> Iterator[Hit]:
        for m in _CANDIDATE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
                continue
            cue = near(text, m.start(), m.end(), _CARD_CUE)
            if luhn_ok(digits):
                yield Hit("luhn_card", m.start(), m.end(), 0.97 if cue else 0.9, ("a30_credit_card",))
            elif cue:
                yield Hit("card_like_number", m.start(), m.end(), 0.6, ("a30_credit_card",))
        for m in _PARTIAL.finditer(text):
            if _CARD_CUE.search(text, max(0, m.start() - 40), m.end() + 40):
                yield Hit("card_digits", m.start(1), m.end(1), 0.8, ("a30_credit_card",))
