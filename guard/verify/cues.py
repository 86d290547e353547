"""Context cues (``guard/verify/data/cues.yaml``) compiled into one pattern per family.

A cue is what makes a bare value private: "4716 2280" is just digits until "card" is near it. The
phrases live in a data file, in en/de/fr/es; this module turns each family into one regular
expression that also accepts structured forms (``"card_number":``, ``cardNumber``, ``| Card no |``,
``CARD NUMBER:``), and answers "is there a cue of family F in the window around this span?".
Windows span sentence boundaries; their size is in the data file and sizes the streaming hold-back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Cues:
    patterns: dict[str, re.Pattern[str]]
    before: int
    after: int
    sources: dict[str, str]
    """Each family as an inline, case-insensitive group, for recognisers that build on a cue."""
    categories: dict[str, tuple[str, ...]]
    """Family -> the categories a label of that family stands for (its own first)."""
    folded: tuple[tuple[str, str], ...]
    """(folded phrase, family), longest first: for labels read by OCR, whose spaces are unreliable."""

    def label_family(self, label: str) -> str | None:
        """The family a form label belongs to ("PLACEOF BIRTH" -> birth_place, "DATEOFEXPIRY" ->
        other_date): the longest phrase inside the label, letters only; short phrases must be most of it."""
        key = "".join(ch for ch in label.casefold() if ch.isalpha())
        if not key:
            return None
        for phrase, family in self.folded:
            if phrase in key and (len(phrase) >= 5 or len(key) <= len(phrase) + 2):
                return family
        return None

    def pattern(self, family: str) -> re.Pattern[str]:
        return self.patterns[family]

    def near(
        self, family: str, text: str, start: int, end: int, *, before: int | None = None, after: int | None = None
    ) -> bool:
        """A cue of ``family`` within the window around ``text[start:end]``."""
        return self.nearest(family, text, start, end, before=before, after=after) is not None

    def nearest(
        self, family: str, text: str, start: int, end: int, *, before: int | None = None, after: int | None = None
    ) -> int | None:
        """Distance in characters from the span to the closest cue of ``family`` in the window, or None."""
        pat = self.patterns[family]
        b = self.before if before is None else before
        a = self.after if after is None else after
        best: int | None = None
        for m in pat.finditer(text, max(0, start - b), start):
            best = start - m.end()  # the last match before the span is the closest
        if a > 0:
            m2 = pat.search(text, end, min(len(text), end + a))
            if m2 is not None:
                d = m2.start() - end
                best = d if best is None else min(best, d)
        return best

    def closest(
        self,
        families: tuple[str, ...],
        text: str,
        start: int,
        end: int,
        *,
        before: int | None = None,
        after: int | None = None,
    ) -> str | None:
        """Of ``families``, the one whose cue is nearest the span (ties: the first listed), or None.

        Overlapping cues are read leftmost-longest, so the modifier names the thing: in "ID card
        number" the cue is "ID card" (not "card number"), in "driver's licence number" it is
        "driver's licence", in "licence plate" it is "licence plate".
        """
        b = self.before if before is None else before
        a = self.after if after is None else after
        found: list[tuple[int, int, int]] = []  # start, -end, rank
        lo, hi = max(0, start - b), min(len(text), end + a)
        for rank, family in enumerate(families):
            pat = self.patterns[family]
            found.extend((m.start(), -m.end(), rank) for m in pat.finditer(text, lo, start))
            if a > 0:
                found.extend((m.start(), -m.end(), rank) for m in pat.finditer(text, end, hi))
        found.sort()
        best: tuple[int, int] | None = None
        reach = -1
        for s, neg_e, rank in found:
            e = -neg_e
            if s < reach:
                continue  # inside a longer cue that started earlier
            reach = e
            d = start - e if e <= start else 2 * (s - end) + 5  # a label usually precedes its value
            if best is None or (d, rank) < best:
                best = (d, rank)
        return None if best is None else families[best[1]]


NAMED_LATER = (
    r"[^\n]{0,110}?(?:(?i:this|that|it)\s*(?:is|'s|was)\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"|\(\s*|(?i:in\s+the)\s+(?:[\w'’-]+\s+){0,2}?)"
)
"""What lies between a value and a later cue that names it: "<value> is printed near the bottom. ...
Judging by the layout, this is the <cue>", "<value> written there (<cue>)", "<value> in the <cue> field"."""

IDENTIFIER_FAMILIES = (
    "card",
    "phone",
    "passport",
    "drivers_license",
    "student_id",
    "ausweis",
    "plate",
    "expiry",
    "not_identifier",
)
"""Families that label a number: the nearest one says what the number is."""


def _phrase(phrase: str) -> str:
    parts = [re.escape(w) for w in phrase.split()]
    body = r"[\s_\-]*".join(parts).replace("'", "['’]?")
    return body


def family_source(phrases: list[str]) -> str:
    """One case-insensitive, word-bounded group for a list of phrases (longest phrase first)."""
    ordered = sorted({str(p).lower() for p in phrases}, key=len, reverse=True)
    alternatives = "|".join(_phrase(p) for p in ordered)
    return rf"(?i:(?<![^\W_])(?:{alternatives})(?![^\W_]))"


def compile_family(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(family_source(phrases))


@cache
def cues() -> Cues:
    """The cue patterns, compiled once."""
    raw: dict[str, Any] = yaml.safe_load(resources.files("guard.verify").joinpath("data/cues.yaml").read_text("utf-8"))
    window = raw.get("window") or {}
    folded = sorted(
        {("".join(ch for ch in str(p).casefold() if ch.isalpha()), fam) for fam, ps in raw["cues"].items() for p in ps},
        key=lambda item: -len(item[0]),
    )
    return Cues(
        categories={fam: tuple(ids) for fam, ids in (raw.get("categories") or {}).items()},
        folded=tuple((p, f) for p, f in folded if len(p) >= 2),
        sources={family: family_source(list(phrases)) for family, phrases in raw["cues"].items()},
        patterns={family: compile_family(list(phrases)) for family, phrases in raw["cues"].items()},
        before=int(window.get("before", 110)),
        after=int(window.get("after", 90)),
    )
