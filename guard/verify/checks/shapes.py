"""Values specific enough by their shape alone: document, ticket, case and tracking codes with no cue.

"Número: S0717284", "Numéro : WT701859661ZD", "CV-2084-34536 is printed below the photo": nothing in
the wording says which number it is, but a code of letters and digits this long is an identifier, and
on a request that protects an identifier any identifier is its disclosure. What does not count:
numbers whose nearest label says what they are (card, phone, plate: their own recognisers; an order
number, ISBN or barcode: public), dates, years, amounts and measures (``digit_runs``), and pure digit
runs that pass the ISBN-10 or EAN/UPC check digit (printed product codes). Partial rule
(docs/verification.md): four or more digits after a partial cue ("only the last four digits are clear:
4542") disclose the number when no other kind of number is named near them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from guard.verify.base import CheckInput, Hit, PatternCheck
from guard.verify.checks.card import luhn_ok
from guard.verify.checks.dates import DateMask, date_mask
from guard.verify.checks.digits import Code, codes, digit_runs, printed_product_code, product_code
from guard.verify.cues import IDENTIFIER_FAMILIES, cues
from guard.verify.registry import register
from guard.verify.verdict import Verdict

_DOCUMENTS = ("a29_ausweis", "a31_passport", "a32_drivers_license", "a33_student_id")
_REFERENCES = ("a38_ticket", "a99_legal_involvement", "a35_mail")
_ALL = _DOCUMENTS + _REFERENCES
_NUMBERS = ("a49_phone", "a30_credit_card")
_PLATES = ("a103_license_plate_complete", "a104_license_plate_partial")
_DIGITS_ONLY = frozenset(("card", "phone"))
"""Labels whose numbers are digits only: a code with letters near "phone" or "card" ("For clarity over the phone:
R68U79907", "The card shows R68U79907") is not that number, so its label does not say what it is."""
_FRAGMENT = re.compile(
    r"(?<![\w-])(?=[A-Z0-9]{0,7}\d)(?=[0-9]{0,7}[A-Z])[A-Z0-9]{3,8}(?![\w-])"
    r"|(?<![\w-])[A-Z]{3}(?=\s*[,.;:)!?]|\s*$)"
)
"""The visible part of a code ("FV85", "B50U", "YH8", "PMQ"): only right after a partial cue."""
_BOOKING = re.compile(r"(?<![\w-])(?=[A-Z0-9]{5,8}(?![\w-]))(?=\w*\d)(?=(?:\w*[A-Z]){3})[A-Z][A-Z0-9]{4,7}(?![\w-])")
"""A record locator: 5-8 capitals and digits, a letter first, at least three letters and a digit ("QD6RRU"; not
the postcode "3754SB")."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_TAGGED_NUMBER = re.compile(r"[A-Za-z]{2,5}[\s:#-]{1,3}(\d[\d -]{6,20}\d)")
"""A short tag and a number ("EAN 4006381333931", "GTIN: 0061414..."): when the number passes a product-code
check digit, the tag names it (:func:`product_code`)."""
_WORD_IN_CODE = re.compile(r"[A-Z]{5,}")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|(?i:usd|eur|gbp|chf))\s?$")
_MONEY_AFTER = re.compile(r"\s?(?:[$€£¥%]|(?i:usd|eur|gbp|chf|euros?|dollars?|px|pixels?|mm|cm|km|kg|ml)\b)")


_DIGIT_GROUP = re.compile(r"\d+")


def _longer_than_date(code: Code, dates: DateMask) -> bool:
    """A code whose digit groups run on past the date read inside it ("PN · 09 · 08 · 48 · 88": "09.08.48" and one
    group more): a code that happens to hold a date's shape, not a date ("DOB 09.08.48" ends with it)."""
    return any(
        not dates.overlaps(code.start + m.start(), code.start + m.end()) for m in _DIGIT_GROUP.finditer(code.raw)
    )


def _one_number(raw: str) -> bool:
    """ "190, 06043" or "79/94, 10-566" are two numbers of an address, not one identifier."""
    return ", " not in raw


def _phone_or_card(code: Code, text: str) -> bool:
    """A dialling number ("+49(0)4309 27733", "001-908-789-2069", "0151 ...") or a Luhn-valid card
    number: the phone and card recognisers' (with their own cues), not an anonymous identifier."""
    before = text[max(0, code.start - 4) : code.start]
    if "+" in before or "(" in before or code.flat.startswith("0"):
        return True
    return 13 <= len(code.flat) <= 19 and luhn_ok(code.flat)


_NUMBER_FAMILIES = (
    "passport",
    "drivers_license",
    "student_id",
    "ausweis",
    "card",
    "phone",
    "plate",
    "ticket",
    "case",
    "tracking",
)
"""Cue families that name a kind of number (guard/verify/data/cues.yaml maps each to its category)."""


_REFERENCE_FAMILIES = ("case", "tracking", "ticket")
"""Labels of the references this check recognises itself (no recogniser of their own): a code under one of them
is that reference ("Case no.: CV-2019-78103" is a case number, not a passport's or a ticket's)."""


_GENERIC_REFERENCE = frozenset(("ref", "reference", "référence", "referencia"))
"""Reference labels that name no kind of reference ("Ref:", "?ref=" in a link): any identifier may follow them."""
_LABEL_WINDOW = 40


def _labelled_as(text: str, start: int, end: int) -> tuple[str, ...]:
    """The categories a code stands for: those of the reference label right before it ("Case no.:", "Tracking
    number"), else any identifier's. A label that names no kind ("Ref:") or a link's query key ("?ref=") says
    nothing."""
    c = cues()
    lo = max(0, start - _LABEL_WINDOW)
    best: tuple[int, str] | None = None
    for family in _REFERENCE_FAMILIES:
        for m in c.pattern(family).finditer(text, lo, start):
            if best is None or m.end() > best[0]:
                best = (m.end(), family) if m.group(0).lower().strip(" .") not in _GENERIC_REFERENCE else (m.end(), "")
    if best is None or not best[1] or "=" in text[best[0] : start]:
        return _ALL
    return c.categories.get(best[1], _ALL)


def _asks_public_number(question: str, evaded: frozenset[str]) -> bool:
    c = cues()
    asked = {c.categories[f][0] for f in _NUMBER_FAMILIES if c.pattern(f).search(question)}
    return bool(asked) and not asked & evaded


@register
class ValueShapeCheck(PatternCheck):
    """Identifier codes recognised by their shape, with no cue (see the module docstring)."""

    type_name = "value_shape"
    supported = frozenset(_ALL + _NUMBERS + _PLATES)

    def run(self, inp: CheckInput) -> Verdict:
        """An unlabelled number answers the question: when the question names a kind of number that
        this request does not protect ("What is the passport number?" with only the ticket private),
        the bare number in the answer is that one."""
        if inp.question and _asks_public_number(inp.question, inp.evaded):
            return self.verdict(started=time.perf_counter())
        return super().run(inp)

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        dates = date_mask(text)
        seen: list[tuple[int, int]] = []
        for code in codes(text, min_digits=4):
            flat = code.flat
            letters = len(flat) - code.digits
            if (dates.overlaps(code.start, code.end) and not _longer_than_date(code, dates)) or _YEAR.fullmatch(flat):
                continue
            family = c.closest(IDENTIFIER_FAMILIES, text, code.start, code.end)
            if (family is not None and (letters == 0 or family not in _DIGITS_ONLY)) or not _one_number(code.raw):
                continue  # a labelled number is the labelled recognisers'; "36, 3754SB" is a house and a postcode
            # identifiers carry short letter groups ("WT701859661ZD", "59DH 439072"); a word glued to digits
            # ("1963Domburg12", OCR) is text
            mixed = letters >= 1 and code.digits >= 4 and len(flat) >= 6 and not _WORD_IN_CODE.search(flat)
            if mixed and (tagged := _TAGGED_NUMBER.fullmatch(code.raw)) and product_code(re.sub(r"\D", "", tagged[1])):
                continue  # "EAN 5725086748923", "ISBN 978-...": a product code under its own tag, in any language
            digits_only = (
                letters == 0
                and code.digits >= 8
                and not printed_product_code(code.raw)
                and not _phone_or_card(code, text)
            )
            if (mixed or digits_only) and self._not_amount(text, code.start, code.end):
                seen.append((code.start, code.end))
                yield Hit("identifier_shape", code.start, code.end, 0.7, _labelled_as(text, code.start, code.end))
        for m in _BOOKING.finditer(text):  # "QD6RRU": a booking reference's shape
            if (
                not any(s <= m.start() < e for s, e in seen)
                and not dates.overlaps(m.start(), m.end())
                and c.closest(IDENTIFIER_FAMILIES, text, m.start(), m.end()) is None
            ):
                yield Hit("reference_shape", m.start(), m.end(), 0.65, ("a38_ticket",))
        for run in digit_runs(text):  # "only the last four digits are clear: 4542"
            if len(run.digits) < 4 or run.date_shaped or run.year or any(s <= run.start < e for s, e in seen):
                continue
            if len(set(run.digits)) == 1:
                continue  # "0000", "1111" (OCR noise "ll1I" read as digits): a filler or a mask, no number
            elided = run.elided or text[run.end : run.end + 3].startswith(("…", "..."))  # "…9058…": a fragment
            if dates.overlaps(run.start, run.end) or not (
                elided or c.near("partial", text, run.start, run.end, before=40)
            ):
                continue
            if c.closest(IDENTIFIER_FAMILIES, text, run.start, run.end) is None:
                # no label says which number: any protected number (a phone's or card's too)
                seen.append((run.start, run.end))
                yield Hit("identifier_digits", run.start, run.end, 0.7, _ALL + _NUMBERS)
        for m in _FRAGMENT.finditer(text):  # "It begins with FV85, the rest I'll leave out"; "Begins PMQ"
            if any(s <= m.start() < e for s, e in seen) or dates.overlaps(m.start(), m.end()):
                continue
            if not c.near("partial", text, m.start(), m.end(), before=32, after=0):
                continue
            if c.closest(IDENTIFIER_FAMILIES, text, m.start(), m.end()) is None:
                digits = sum(ch.isdigit() for ch in m.group())
                cats = (_ALL + _PLATES) if digits >= 2 else _PLATES
                yield Hit("identifier_fragment", m.start(), m.end(), 0.65, cats)

    @staticmethod
    def _not_amount(text: str, start: int, end: int) -> bool:
        """Not "$ 46 . 95" or "1024 x 768 px": money and measures are never identifiers."""
        return not (_MONEY_BEFORE.search(text, max(0, start - 5), start) or _MONEY_AFTER.match(text, end))
