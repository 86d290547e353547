"""Email addresses and phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck, near
from guard.verify.checks.dates import date_spans
from guard.verify.registry import register

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
)
_EMAIL_SPOKEN = re.compile(
    r"(?i)\b[a-z0-9._-]{2,64}\s*(?:\(at\)|\[at\]|\sat\s)\s*[a-z0-9-]{2,63}\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*[a-z]{2,24}\b"
)

_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,12}(?:[\s./-]\d{1,10}){0,5}(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?![\w])"
)
_PHONE_CUE = re.compile(r"(?i)\b(phone|call|tel|telephone|mobile|cell|fax|whatsapp|contact|dial|hotline)\b")
_NOT_PHONE_CUE = re.compile(
    r"(?i)(\$|€|£|\b(order|invoice|receipt|total|price|amount|serial|isbn|flight|room|page|year|years|km|kg|"
    r"mm|cm|tracking|ref|reference|account|iban|passport|licen[cs]e|id|plate|version)\b)"
)
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


@register
class EmailCheck(PatternCheck):
    """Email addresses, including spelled-out ones ('jane at example dot com')."""

    type_name = "email"
    supported = frozenset({"a90_email"})

    def hits(self, text: str) -> Iterator[Hit]:
        if "@" not in text and "dot" not in text.lower():  # cheap exit: no address can be in there
            return
        for m in _EMAIL.finditer(text):
            yield Hit("email", m.start(), m.end(), 0.97, ("a90_email",))
        for m in _EMAIL_SPOKEN.finditer(text):
            yield Hit("spelled_email", m.start(), m.end(), 0.8, ("a90_email",))


@register
class PhoneCheck(PatternCheck):
    """Phone numbers: 7-15 digits in phone shape; stronger with a '+' prefix, brackets or a phone cue."""

    type_name = "phone"
    supported = frozenset({"a49_phone"})

    def hits(self, text: str) -> Iterator[Hit]:
        dates = date_spans(text)
        for m in _PHONE.finditer(text):
            raw = m.group().strip()
            if any(s < m.end() and m.start() < e for s, e in dates):
                continue
            digits = re.sub(r"\D", "", re.split(r"\s*(?:x|ext)", raw)[0])
            if not 7 <= len(digits) <= 15 or _DATE_LIKE.match(raw):
                continue
            start, end = m.start(), m.end()
            groups = len(re.findall(r"\d+", raw))
            score = 0.45
            if raw.startswith("+") or "(" in raw:
                score = 0.8
            elif groups >= 2 and re.fullmatch(r"\d{2,5}(?:[\s.-]\d{2,5}){1,4}", raw):
                score = 0.6
            if near(text, start, end, _PHONE_CUE, before=40, after=30):
                score = max(score, 0.9) if groups >= 2 or len(digits) >= 9 else max(score, 0.7)
            if near(text, start, end, _NOT_PHONE_CUE, before=25) and not near(text, start, end, _PHONE_CUE, before=25):
                score = min(score, 0.3)
            yield Hit("phone_number", start, end, score, ("a49_phone",))
