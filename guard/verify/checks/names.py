"""People's names after a naming cue ("name is", "Mr.", "signed by", "cardholder", "Dear" ...).

Without a named-entity model we do not guess names from capital letters alone (that blocks "Eiffel
Tower"); a name needs a cue. Which name category it discloses follows from the cue and the number of
words: "first name ..." -> first name; "surname ...", "Mr. X" -> last name; two or more words -> all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck
from guard.verify.registry import register

_FULL, _FIRST, _LAST = "a19_name_full", "a20_name_first", "a21_name_last"
_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃĘĄČŠŽŐŰ"
_LOW = "a-zß-öø-ÿłśżźćńęąčšžőű"
_NAME_WORD = rf"(?:[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+)?|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?|[{_UP}]\.)"
_NAME = rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
_SEP = (
    r"(?:\s+(?:on|of|in)\s+(?:the|this|that|his|her|their)\s+[a-z]+)?"  # "name on the card"
    r"(?:\s+(?:is|was|reads|shows|appears\s+to\s+be|seems\s+to\s+be))?\s*[:=]?\s*[\"'“‘]?"
)

_FIRST_CUE = re.compile(rf"(?i:\b(?:first|given|fore)\s*name){_SEP}{_NAME}")
_LAST_CUE = re.compile(rf"(?i:\b(?:last|family|sur)\s*name|\bsurname){_SEP}{_NAME}")
_TITLE_CUE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau)\.?\s+{_NAME}")
_GENERIC_CUE = re.compile(
    rf"(?i:\b(?:full\s+name|name|named|called|signed\s+by|signature\s+of|belongs\s+to|issued\s+to|"
    rf"card\s*holder|holder|addressed\s+to|dear|sender|recipient|patient|passenger|student|driver|"
    rf"this\s+is|identified\s+as|known\s+as)){_SEP}{_NAME}"
)
# postfix cue: "shows Jeanne Brown as the student's name"
_AS_NAME = re.compile(
    rf"{_NAME}\s+as\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’]+\s+){{0,3}}?(?i:(full\s+|first\s+|last\s+|family\s+)?name)\b"
)
_STOP = frozenset(
    re.findall(
        r"\S+",
        "The A An This That It Not No Unknown Unclear Visible Hidden Redacted None Private Street Road Avenue "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
        "August September October November December I You We They He She Card Passport License Licence ID",
    )
)


def _words(name: str) -> list[str]:
    words = name.split()
    while words and words[0].strip(".") in _STOP:
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if w.strip(".") in _STOP), len(words))
    return words[:cut]


@register
class NameCheck(PatternCheck):
    """Names after a naming cue; the cue and the word count say which name categories are disclosed."""

    type_name = "person_name"
    supported = frozenset({_FULL, _FIRST, _LAST})

    def hits(self, text: str) -> Iterator[Hit]:
        seen: set[int] = set()
        cues = (
            (_FIRST_CUE, "first"),
            (_LAST_CUE, "last"),
            (_TITLE_CUE, "title"),
            (_GENERIC_CUE, "cue"),
            (_AS_NAME, "as"),
        )
        for pattern, kind in cues:
            for m in pattern.finditer(text):
                start = m.start(1)
                words = _words(m.group(1))
                if not words or start in seen or all(len(w.strip(".")) <= 1 for w in words):
                    continue
                seen.add(start)
                offset = text.find(words[0], start)
                end = offset + len(" ".join(words))
                if kind == "as":
                    kind = {"first": "first", "last": "last", "family": "last"}.get(
                        (m.group(2) or "").split(" ")[0].lower(), "cue"
                    )
                if kind == "first":
                    cats: tuple[str, ...] = (_FIRST, _FULL) if len(words) > 1 else (_FIRST,)
                elif kind in {"last", "title"}:
                    cats = (_LAST, _FULL, _FIRST) if len(words) > 1 else (_LAST,)
                elif len(words) > 1:
                    cats = (_FULL, _FIRST, _LAST)
                else:
                    cats = (_FIRST, _FULL)
                score = 0.9 if kind != "cue" else (0.85 if len(words) > 1 else 0.6)
                yield Hit(f"name_{kind}", offset, end, score, cats)
