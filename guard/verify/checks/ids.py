"""Identity document numbers: national id, passport, driver's licence, student id.

Document numbers have no universal shape, so the cue decides the category: a code of 5-20 letters and
digits (at least 4 digits) right after "passport", "licence", "student", "ID"... is that document's
number. A bare code with no cue scores below the default threshold, and codes next to words that make
them something else (order, invoice, plate, flight, serial...) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.registry import register

_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9]|[- ](?=[A-Z0-9]*\d)){3,22}[A-Z0-9](?![\w-])")

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a31_passport", re.compile(r"(?i)\bpass(?:port)?(?:\s*(?:no|number|#|num))?\b")),
    (
        "a32_drivers_license",
        re.compile(
            r"(?i)\b(?:driv(?:er'?s?|ing)\s+licen[cs]e|licen[cs]e\s*(?:no|number|#|id)|dl\s*(?:no|#)?|licen[cs]e)\b"
        ),
    ),
    ("a33_student_id", re.compile(r"(?i)\b(?:student|matriculation|matric|enrol?lment)\b")),
    (
        "a29_ausweis",
        re.compile(
            r"(?i)\b(?:national\s+id(?:entity)?|identity\s+(?:card|number|document)|id\s*(?:card|no|number|#)|"
            r"ausweis|personalausweis|social\s+security|ssn|document\s+(?:no|number)|identification|id)\b"
        ),
    ),
)
_ALL = tuple(c for c, _ in _CUES)
_NOT_ID = re.compile(
    r"(?i)\b(?:plate|registration|order|invoice|receipt|tracking|serial|model|flight|booking|confirmation|"
    r"ticket|seat|room|page|isbn|sku|part|version|zip|postal|postcode|phone|tel|call|iban|account)\b"
)


@register
class IdNumberCheck(PatternCheck):
    """Document numbers after an identity-document cue (same sentence, at most ~50 characters before)."""

    type_name = "id_number"
    supported = frozenset(_ALL)

    def hits(self, text: str) -> Iterator[Hit]:
        for m in _CODE.finditer(text):
            code = m.group()
            digits = sum(ch.isdigit() for ch in code)
            if digits < 4 or len(code.replace(" ", "").replace("-", "")) < 5:
                continue
            lo, _ = sentence_bounds(text, m.start(), m.end())
            window = text[max(lo, m.start() - 50) : m.start()]
            negative = _NOT_ID.search(window)
            cued = [(cid, pat.search(window)) for cid, pat in _CUES]
            found = [(cid, mm.end()) for cid, mm in cued if mm is not None]
            # a negative cue closer to the code than any identity cue wins ("passport photo, order 12345")
            if negative and (not found or negative.end() >= max(e for _, e in found)):
                continue
            if found:
                # the cue nearest the code names the document first
                cats = tuple(cid for cid, _ in sorted(found, key=lambda item: -item[1]))
                yield Hit("document_number", m.start(), m.end(), 0.92, cats)
            elif re.search(r"[A-Z]", code) and digits >= 6:
                yield Hit("bare_document_code", m.start(), m.end(), 0.4, _ALL)
