"""Identity document numbers: national id, passport, driver's licence, student id.

Document numbers have no universal shape, so the cue decides the category: a code of 5-20 letters and
digits (at least 4 digits) with a document cue (en/de/fr/es, guard/verify/data/cues.yaml) as the
nearest identifier cue, before or after it, names that document. A bare code with no cue scores below
the default threshold. Partial rule (docs/verification.md): four or more digits of a document number
count when the document cue is the nearest one ("the passport number ends in 5988", "the licence number is
•••••4907").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck
from guard.verify.checks.address import address_spans, in_address
from guard.verify.checks.dates import date_mask
from guard.verify.checks.digits import codes, digit_runs, partial_phrase_before
from guard.verify.cues import IDENTIFIER_FAMILIES, cues
from guard.verify.registry import register

_CODE = re.compile(
    r"(?<![\w-])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[- ](?=[A-Za-z0-9]*\d)){3,22}[A-Za-z0-9](?![\w-])"
)
_SLOT = re.compile(r"(?:[:=]|\b(?:is|are|reads?|ist|lautet|lauten|est|sont|es|son)\b)[\s\"'«“]*$")
"""Right before digits, the slot of a label's value ("... passport number are legible: 7281", "... ist 4471"):
digits there are what the label names, not a price or a count that happens to stand near it."""
_FAMILIES = {
    "passport": "a31_passport",
    "drivers_license": "a32_drivers_license",
    "student_id": "a33_student_id",
    "ausweis": "a29_ausweis",
}
_ALL = tuple(_FAMILIES.values())


@register
class IdNumberCheck(PatternCheck):
    """Document numbers whose nearest identifier cue is an identity-document cue."""

    type_name = "id_number"
    supported = frozenset(_ALL)

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        dates = date_mask(text)
        seen: list[tuple[int, int]] = []
        for code in codes(text, min_digits=4):
            short = len(code.flat) < 5 and not (code.digits >= 4 and partial_phrase_before(text, code.start))
            if short or re.fullmatch(r"(?:19|20)\d\d", code.flat) or dates.overlaps(code.start, code.end):
                # a year or a date ("the date of birth is listed as 27 MAR 1954"): no document number; four grouped
                # digits a partial phrase hands over are its visible part ("beginnt mit 91-77")
                continue
            if in_address(address_spans(text), code.start, code.end):
                continue  # a postcode or house number ("home address: 95 boulevard de Poirier, 47959 Hernandez")
            label = c.closest(IDENTIFIER_FAMILIES, text, code.start, code.end)
            if label == "card" and (re.search(r"[A-Za-z]", code.flat) or code.digits < 12):
                # a payment card number has no letters and twelve digits or more: "card number B50U43005" on a
                # national ID card, "a student ID card showing 73-8223-41" are that document's number (the
                # nearest document cue says which)
                label = c.closest(tuple(_FAMILIES), text, code.start, code.end, before=160, after=80) or label
            if label in _FAMILIES:
                seen.append((code.start, code.end))
                yield Hit("document_number", code.start, code.end, 0.92, self._order(text, code.start, code.end, label))
            elif label is None and re.search(r"[A-Z]", code.flat) and code.digits >= 6:
                yield Hit("bare_document_code", code.start, code.end, 0.4, _ALL)
        for run in digit_runs(text):  # fragments: "the passport number ends in 5988"
            # "ends in 5988", or a mask before the digits ("*****0974", "•••••4907"): the number's visible part
            handed = run.masked >= 3 or partial_phrase_before(text, run.start)
            if run.year and not handed:
                continue  # a year, unless it is what a partial phrase hands over ("ends in 1902")
            if len(run.digits) < 4 or run.date_shaped or any(s <= run.start < e for s, e in seen):
                continue
            if in_address(address_spans(text), run.start, run.end):
                continue
            label = c.closest(IDENTIFIER_FAMILIES, text, run.start, run.end)
            if label in _FAMILIES and (
                handed
                or c.near("partial", text, run.start, run.end, before=60, after=20)
                or (
                    _SLOT.search(text, max(0, run.start - 60), run.start) is not None
                    and (c.nearest(label, text, run.start, run.end, after=0) or 99) <= 60
                )
            ):
                yield Hit("document_digits", run.start, run.end, 0.8, self._order(text, run.start, run.end, label))
            elif label is None and handed and not run.year and len(run.digits) >= 4:
                # "It's the one ending 0279": a document's visible part with no document named; each evaded one's
                yield Hit("document_digits", run.start, run.end, 0.75, _ALL)

    @staticmethod
    def _order(text: str, start: int, end: int, first: str) -> tuple[str, ...]:
        """The nearest document first, then every other document whose cue is also in the window."""
        c = cues()
        others = [
            cid for fam, cid in _FAMILIES.items() if fam != first and c.near(fam, text, start, end, before=70, after=50)
        ]
        return (_FAMILIES[first], *others)
