"""Payment card numbers: 13-19 digits that pass the Luhn checksum, and partial disclosures.

Partial rule (docs/verification.md): four or more digits of a card number count as disclosing it
when a card cue (en/de/fr/es, guard/verify/data/cues.yaml) is within the cue window, unless the
digits are an expiry date, a year or an amount, or an expiry/security-code cue is closer.
"""

from __future__ import annotations

from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck
from guard.verify.checks.digits import digit_runs, partial_phrase_before, product_code
from guard.verify.cues import IDENTIFIER_FAMILIES, cues
from guard.verify.registry import register

_CARD = ("a30_credit_card",)


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


def payment_card(digits: str, *, cued: bool = False) -> bool:
    """13-19 digits, not one digit repeated, that pass the Luhn check: a payment card's number; with no card cue
    (``cued``) near them, not an EAN-13/GTIN-14 barcode (16-digit cards are no EAN)."""
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and (cued or not product_code(digits)) and luhn_ok(digits)


@register
class CardNumberCheck(PatternCheck):
    """Luhn-valid card numbers; card-like numbers and 4+ digit fragments next to a card cue."""

    type_name = "card_number"
    supported = frozenset(_CARD)

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        for run in digit_runs(text):
            n = len(run.digits)
            if n < 4 or len(set(run.digits)) == 1 or run.date_shaped:
                continue
            card = c.nearest("card", text, run.start, run.end)
            if 13 <= n <= 19:
                if payment_card(run.digits, cued=card is not None):
                    yield Hit("luhn_card", run.start, run.end, 0.97 if card is not None else 0.9, _CARD)
                elif card is not None:
                    yield Hit("card_like_number", run.start, run.end, 0.7, _CARD)
                continue
            if card is None and run.masked >= 8 and n == 4:  # "**** **** **** 8622": a card's last four
                yield Hit("card_digits", run.start, run.end, 0.8, _CARD)
                continue
            if card is None and n in (4, 8) and not run.year and partial_phrase_before(text, run.start):
                # "It's the one ending 4509", "Die Nummer beginnt mit 5188 9534": a card's first or last group(s),
                # handed over with no document named (the identity documents' check reads the same for theirs)
                if c.closest(IDENTIFIER_FAMILIES, text, run.start, run.end) is None:
                    yield Hit("card_digits", run.start, run.end, 0.75, _CARD)
                continue
            if card is None or n > 19 or c.closest(IDENTIFIER_FAMILIES, text, run.start, run.end) != "card":
                continue
            partial = run.masked or c.near("partial", text, run.start, run.end, before=40, after=20)
            if run.year and not partial:
                continue
            yield Hit("card_digits", run.start, run.end, 0.85 if partial or n >= 6 else 0.7, _CARD)
