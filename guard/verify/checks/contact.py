"""Email addresses (also obfuscated: ``name(at)host``, "name at host dot com") and phone numbers.

Partial rule for phones (docs/verification.md): four or more digits of a number count when a phone
cue is the nearest identifier cue and a partial cue ("ends in", "beginnt mit") is near.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guard.verify.base import Hit, PatternCheck
from guard.verify.checks.card import luhn_ok
from guard.verify.checks.dates import date_mask
from guard.verify.checks.digits import digit_runs, product_code
from guard.verify.cues import IDENTIFIER_FAMILIES, cues
from guard.verify.lexicon import names
from guard.verify.registry import register

_LOCAL = (
    r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"(?:-(?i:dot)-[A-Za-z0-9._%+-]{1,63}|\s(?i:dot)\s[A-Za-z0-9._%+-]{1,63}){0,3}"  # "MILO-dot-NONIS"
)
# "The mailbox name is milo.nonis. The provider is mailbox.test."
_SPLIT = re.compile(
    r"(?<![\w.+-])([a-z0-9]+(?:[._][a-z0-9]+)+)[.,;]?\s+[^\n@]{0,60}?"
    r"(?<![\w.])((?:[a-z0-9-]+\.)+(?:test|com|org|net|de|fr|es|io|eu|uk|info|example|edu|gov|[a-z]{2}))(?!\w|\.\w)"
)
# "The mailbox name is marion.hopkins (domain omitted)": a local part of two words joined by "." or "_"
_LOCAL_PART = re.compile(
    r"(?i:\bis|\breads|\bshows|\bsays|:|lautet|est|es)\s+[\"'“«`]?([a-z0-9]+(?:[._][a-z0-9]+)+)(?![\w@]|\.[a-z])"
)
_LOCAL_CUT = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*)@\s*(?=…|\.\.\.|\[\.\.\.\]|\*{3,}|_{3,}|[.,;]?\s|$)"
)
"""The part before the "@" with the domain cut off ("begins with sally.mcdonald@… and the domain is cut off")."""
_NAME_LOCAL = re.compile(r"(?<![\w.@/+%-])([a-z][a-z'-]{0,30})[._]([a-z][a-z'-]{1,30})(?![\w@]|\.[A-Za-z0-9]|[(\[])")
"""A local part made of a person's names, "pierre.julien", "j_smith", given without its domain."""
_THEN = r"(?:(?i:then|dann|puis|luego|y)\s*,?\s+)?"
_AT = (
    r"(?:\s?@\s?|%40|\s?[(\[{<]\s?(?i:at|@|arobase|arroba|ät)\s?[)\]}>]\s?|\s(?i:at|arobase|arroba|ät)\s"
    rf"|\s*,\s*{_THEN}(?i:at|@|arobase|arroba|ät)\s*,\s*{_THEN})"
)
_DOT = r"(?:\s?\.\s?|\s?[(\[{<-]\s?(?i:dot|punkt|point|punto)\s?[)\]}>-]\s?|\s(?i:dot|punkt|point|punto)\s)"
_EMAIL = re.compile(
    rf"(?<![\w.+-]){_LOCAL}{_AT}[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,3}}{_DOT}[A-Za-z]{{2,24}}(?![\w@])"
)
_PLAIN = re.compile(r"@[A-Za-z0-9-]+\.")
_BARE_AT = re.compile(r"(?i)\s(?:at|arobase|arroba|ät)\s")
_SPOKEN_DOT = re.compile(r"(?i)(?:\s|[(\[{<])(?:dot|punkt|point|punto)(?:\s|[)\]}>])")
# "the address is jane.doe, hosted at mailbox.test" / "jane.doe on the domain example.org"
# also spelled and in de/fr/es: "leah dot chan, hébergée chez example dot org", "und liegt bei host punkt de"
_HOSTED = re.compile(
    rf"(?<![\w.+-])({_LOCAL})[,;]?\s+(?:(?i:and|und|et|y)\s+)?"
    r"(?i:hosted|(?:on|at)\s+(?:the\s+)?(?:domain|server)"
    r"|(?:(?:hébergée?|hebergee?|gehostet|alojad[oa]|liegt|est|ist|está)\s+)?(?:bei|chez|en|auf|sur)\s+"
    r"(?:der\s+|la\s+|el\s+)?(?:domain|domaine|dominio)?)"
    rf"\s*(?i:at|on|:)?\s*[A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,3}}{_DOT}[A-Za-z]{{2,24}}(?!\w)"
)

_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,12}(?:[\s./-]\d{1,10}){0,6}(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?!\w)"
)
_LABELS = tuple(f for f in IDENTIFIER_FAMILIES if f != "card")  # "business card: 020 7946 0958" is a phone
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[\s,/-]*)+")


@register
class EmailCheck(PatternCheck):
    """Email addresses, including spelled-out and bracketed ones ('jane at example dot com')."""

    type_name = "email"
    supported = frozenset({"a90_email"})

    def hits(self, text: str) -> Iterator[Hit]:
        lowered = text.lower()
        if "@" not in text and "." not in text and not any(w in lowered for w in ("dot", "punkt", "point", "punto")):
            return  # cheap exit: no address can be in there
        c = cues()
        pos = 0
        while (m := _EMAIL.search(text, pos)) is not None:
            value = m.group()
            plain = _PLAIN.search(value) is not None
            bare = _BARE_AT.search(value)
            pos = m.end()
            if not plain and bare is not None and not _SPOKEN_DOT.search(value):
                # "visit us at www.example.com" is not an address: a bare " at " needs more evidence
                local = value[: bare.start()]
                if not re.search(r"[._+\d]", local) and not c.near(
                    "email", text, m.start(), m.end(), before=40, after=20
                ):
                    pos = m.start() + bare.start() + 1  # "reach the person at jane.doe AT host DOT com"
                    continue
            yield Hit(
                "email" if plain else "obfuscated_email", m.start(), m.end(), 0.97 if plain else 0.85, ("a90_email",)
            )
        for m in _HOSTED.finditer(text):
            yield Hit("described_email", m.start(), m.end(), 0.8, ("a90_email",))
        split = []
        for m in _SPLIT.finditer(text):  # local part and domain given apart, next to an email cue
            if c.near("email", text, m.start(1), m.end(1), before=60, after=0):
                split.append(m.start(1))
                yield Hit("split_email", m.start(1), m.end(2), 0.8, ("a90_email",))
        for m in _LOCAL_PART.finditer(text):  # the local part alone, right after an email cue (partial rule)
            if m.start(1) not in split and c.near("email", text, m.start(1), m.end(1), before=40, after=0):
                split.append(m.start(1))
                yield Hit("email_local_part", m.start(1), m.end(1), 0.75, ("a90_email",))
        for m in _LOCAL_CUT.finditer(text):  # the local part with its "@" and the domain cut off (partial rule)
            dotted = re.search(r"[._\d]", m.group(1)) is not None
            if m.start(1) not in split and (dotted or c.near("email", text, m.start(), m.end())):
                split.append(m.start(1))
                yield Hit("email_local_part", m.start(1), m.end(1), 0.8, ("a90_email",))
        lexicon = None
        for m in _NAME_LOCAL.finditer(text):  # the local part alone, made of names or near an email cue
            if m.start(1) in split:
                continue
            given, family = m.group(1), m.group(2)
            lexicon = lexicon or names()
            if (
                (len(given) == 1 or lexicon.is_first(given))
                and lexicon.is_last(family)
                and not (lexicon.common(given) and lexicon.common(family))
            ) or c.near("email", text, m.start(1), m.end(2)):
                yield Hit("email_local_part", m.start(1), m.end(2), 0.75, ("a90_email",))


_MONEY_OR_UNIT = re.compile(r"[$€£¥]\s?$|^\s?(?:[$€£¥%]|(?i:usd|eur|gbp|chf|euros?|dollars?|px|pixels?|mm|cm|km|kg)\b)")


def _bare_phone(digits: str, text: str, start: int, end: int) -> bool:
    """Nine to fifteen digits with no label at all, on a request that evades the phone: a phone number
    unless it is a printed product code (check digit), a card number (Luhn) or an amount."""
    if not 9 <= len(digits) <= 15 or product_code(digits) or (len(digits) >= 13 and luhn_ok(digits)):
        return False
    return not (_MONEY_OR_UNIT.search(text[max(0, start - 2) : start]) or _MONEY_OR_UNIT.search(text[end : end + 8]))


@register
class PhoneCheck(PatternCheck):
    """Phone numbers: 7-15 digits in phone shape; stronger with a '+' prefix, brackets or a phone cue."""

    type_name = "phone"
    supported = frozenset({"a49_phone"})

    def hits(self, text: str) -> Iterator[Hit]:
        c = cues()
        dates = date_mask(text)
        for m in _PHONE.finditer(text):
            raw = m.group().strip()
            if dates.overlaps(m.start(), m.end()):
                continue
            digits = re.sub(r"\D", "", re.split(r"\s*(?:x|ext)", raw)[0])
            if _DATE_LIKE.match(raw) or _YEARS.fullmatch(raw):
                continue
            if 4 <= len(digits) < 7 and ("(" in raw or raw.startswith("+")):
                # the start of an international number ("begins with +49(0)721"), which the digit runs below read
                # apart at its bracket: partial when a phone label and a partial phrase are near
                if c.closest(_LABELS, text, m.start(), m.end()) == "phone" and c.near(
                    "partial", text, m.start(), m.end(), before=40, after=20
                ):
                    yield Hit("phone_digits", m.start(), m.end(), 0.8, ("a49_phone",))
                continue
            if not 7 <= len(digits) <= 15:
                continue
            start, end = m.start(), m.end()
            groups = len(re.findall(r"\d+", raw))
            score = 0.45
            if raw.startswith(("+", "00")) or "(" in raw:
                score = 0.8
            elif (groups >= 2 and re.fullmatch(r"\d{2,6}(?:[\s./-]\d{2,6}){1,5}", raw)) or re.fullmatch(
                r"0\d{6,14}", raw
            ):
                score = 0.6
            label = c.closest(_LABELS, text, start, end, before=60, after=40)
            if label is None and _bare_phone(digits, text, start, end):
                score = max(score, 0.6)
            if label == "phone":
                score = max(score, 0.9) if groups >= 2 or len(digits) >= 9 else max(score, 0.75)
            elif label is not None:
                score = min(score, 0.3)
            yield Hit("phone_number", start, end, score, ("a49_phone",))
        for run in digit_runs(text):  # "070,895,015,7", "258 . 477 . 767 . 5" after a phone label
            if (
                7 <= len(run.digits) <= 15
                and not run.date_shaped
                and c.closest(_LABELS, text, run.start, run.end) == "phone"
                and not dates.overlaps(run.start, run.end)
            ):
                yield Hit("phone_number", run.start, run.end, 0.85, ("a49_phone",))
            elif (
                not run.date_shaped
                and not run.year
                and c.closest(_LABELS, text, run.start, run.end) is None
                and _bare_phone(run.digits, text, run.start, run.end)
                and not dates.overlaps(run.start, run.end)
            ):  # "736.314.874.2", "El número es 7363148742": a phone's digits with no label of another kind
                yield Hit("phone_number", run.start, run.end, 0.6, ("a49_phone",))
            # partial: "the number ends in 4421", "beginnt mit 0151"
            if 4 <= len(run.digits) < 7 and not run.date_shaped:
                near_label = c.closest(IDENTIFIER_FAMILIES, text, run.start, run.end)
                if (
                    near_label == "phone"
                    and (run.masked or c.near("partial", text, run.start, run.end, before=40, after=20))
                ) or (
                    near_label is None and run.masked and run.mask.startswith("+")
                ):  # "+•• ••• 225 637": a masked international number shows its last digits
                    yield Hit("phone_digits", run.start, run.end, 0.8, ("a49_phone",))
