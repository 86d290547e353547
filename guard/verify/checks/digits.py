"""Digit runs shared by the number recognisers (cards, phones, documents).

After normalisation a number written as words, with zero-width characters or fullwidth digits is
plain digits; what is left are separators. A run is digits joined by at most one separator each
(space, dot, comma, slash, hyphen), the forms models use to group long numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

_RUN = re.compile(r"(?<![\w])\d(?:(?:\s?[.,/-]\s?|\s)?\d)*(?!\w)")
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?$|(?i:\b(?:usd|eur|gbp|chf)\s?)$")
_MONEY_AFTER = re.compile(
    r"^\s?(?:[$€£¥%°]|[×x]\s?\d|(?i:usd|eur|gbp|chf|euro|dollars?|kg|km|mm|cm|ml|g\b|m\b|px\b|pixels?\b|dpi\b|"
    r"degrees?\b|grad\b|degrés?\b|grados?\b|[kmg]b\b))"
)
"""Money and measures: "€ 49", "1200 × 800 pixels", "300 dpi", "5 degrees"."""
_DIGITS_OF = re.compile(
    r"(?i)(?:\bends?\s+(?:in|with)|\bending(?:\s+(?:in|with))?|\b(?:starts?|begins?)\s+with|endet\s+(?:auf|mit)"
    r"|beginnt\s+mit|f[äa]ngt\s+mit|commence\s+par|empieza\s+(?:por|con)|comienza\s+(?:por|con)"
    r"|termin\w*\s+(?:par|en|con)|\b(?:last|first|final)\s+(?:four|five|six|4|5|6)\b[^.\n]{0,50}?)[\s:,]*$"
)
"""A partial phrase right before digits ("ends in", "beginnt mit", "termina en"): what follows is a number's
visible part, even when it reads like a year."""


def partial_phrase_before(text: str, start: int) -> bool:
    """A partial phrase (:data:`_DIGITS_OF`) right before the digits at ``start``."""
    return _DIGITS_OF.search(text, max(0, start - 70), start) is not None


_MASK_CHARS = "•*●■□◼▪∗·xX#"
_MASKED_BEFORE = re.compile(
    rf"(?:(?<![\w])\+\s?)?(?:[{re.escape(_MASK_CHARS)}]{{2,}}[ \t.\-/]?){{1,5}}$|(?:\.\.\.|…)[ \t]?$"
)
_ELIDED = 3
"""What an ellipsis right before the digits hides, counted as masked characters ("…18 0141": the number's start
left out): an unknown part, counted as a short mask is."""


@dataclass(frozen=True)
class DigitRun:
    start: int
    end: int
    raw: str
    digits: str
    mask: str = ""
    """The mask right before the run ("**** **** **** ", "+•• ••• "): the hidden rest of a number whose visible part
    the run is, as "ends in" says in words; with its "+", an international number's."""

    @property
    def elided(self) -> bool:
        """An ellipsis right before the digits: a fragment, the number's start left out ("…9058")."""
        return self.mask.endswith(("…", "...", "… ", "... "))

    @property
    def masked(self) -> int:
        """How many characters the mask hides."""
        return sum(ch in _MASK_CHARS for ch in self.mask) or (_ELIDED if self.elided else 0)

    @property
    def date_shaped(self) -> bool:
        """ "09/27", "03.05.1971", "2024-06-01": a date, not part of a number."""
        return _DATE_SHAPE.fullmatch(self.raw) is not None

    @property
    def year(self) -> bool:
        return _YEAR.fullmatch(self.raw) is not None


_TOKEN = re.compile(r"[^\W_]+")
_CODE_GAP = re.compile(r"\s?[.,/\-·_]?\s?")


@dataclass(frozen=True)
class Code:
    start: int
    end: int
    raw: str
    flat: str
    """Letters and digits only, upper-cased."""

    @property
    def digits(self) -> int:
        return sum(ch.isdigit() for ch in self.flat)


def codes(text: str, *, min_digits: int = 2) -> Iterator[Code]:
    """See :func:`_codes` (cached: several recognisers read the codes of one answer)."""
    return iter(_codes(text, min_digits))


@lru_cache(maxsize=32)
def _codes(text: str, min_digits: int) -> tuple[Code, ...]:
    return tuple(_scan_codes(text, min_digits))


def _scan_codes(text: str, min_digits: int) -> Iterator[Code]:
    """Letter-digit codes however they are grouped: "PN-34317221", "92T . D62 . 880 . 8", "pn 3431".

    A code is a run of tokens that have a digit, or are short letter groups (up to 3) next to one,
    joined by at most one separator (and a space either side).
    """
    tokens = [m for m in _TOKEN.finditer(text) if m.group().isascii()]
    run: list[re.Match[str]] = []

    def flush() -> Iterator[Code]:
        if run:
            flat = "".join(m.group() for m in run).upper()
            if sum(ch.isdigit() for ch in flat) >= min_digits:
                yield Code(run[0].start(), run[-1].end(), text[run[0].start() : run[-1].end()], flat)
        run.clear()

    has_digit = [any(map(str.isdigit, m.group())) for m in tokens]
    for i, m in enumerate(tokens):
        word = m.group()
        glued = (i > 0 and has_digit[i - 1] and text[tokens[i - 1].end() : m.start()] in ("", "-", "_")) or (
            i + 1 < len(tokens) and has_digit[i + 1] and text[m.end() : tokens[i + 1].start()] in ("", "-", "_")
        )
        codeish = has_digit[i] or _short(word) or (glued and len(word) <= 3 and word.isalpha())
        if not codeish:
            yield from flush()
            continue
        gap = text[run[-1].end() : m.start()] if run else ""
        if run and (not _CODE_GAP.fullmatch(gap) or _sentence_opens(gap, word, text, m.end())):
            yield from flush()
        run.append(m)
    yield from flush()


def _sentence_opens(gap: str, word: str, text: str, end: int) -> bool:
    """``word`` opens the next sentence, not a code's next group: a full stop and a space before it, prose after
    it ("... 71 49. I won't share ...")."""
    return "." in gap and " " in gap and word.isalpha() and _PROSE_AFTER.match(text, end) is not None


_PROSE_AFTER = re.compile(r"(?:['’][a-z]{1,2})?\s+[a-z]{2,}")


def _short(word: str) -> bool:
    return len(word) <= 3 and word.isalpha() and word.isupper()


def money_or_measure(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an amount of money or a measure: a currency or unit beside it ("€ 49", "49,90 EUR",
    "1200 × 900 pixels", "5 degrees")."""
    return bool(_MONEY_BEFORE.search(text, max(0, start - 5), start) or _MONEY_AFTER.match(text[end : end + 8]))


def digit_runs(text: str) -> Iterator[DigitRun]:
    """Every digit run in ``text`` that is not an amount of money or a measure."""
    for m in _RUN.finditer(text):
        raw = m.group()
        end = m.end()
        while raw and not raw[-1].isdigit():  # pragma: no cover - the pattern ends on a digit
            raw, end = raw[:-1], end - 1
        if money_or_measure(text, m.start(), end):
            continue
        mask = _MASKED_BEFORE.search(text, max(0, m.start() - 32), m.start())
        yield DigitRun(m.start(), end, raw, re.sub(r"\D", "", raw), mask.group() if mask else "")


def printed_product_code(raw: str) -> bool:
    """``raw`` (digits, maybe grouped) reads as a printed product code: its digits pass the check
    (:func:`product_code`) and it is not cut into three or more groups of one length, as a card, ticket or account
    number is printed ("4110 7395 4075", "411 073 954 075"), never a barcode's digits ("0 12345 67890 5")."""
    groups = re.findall(r"\d+", raw)
    if len(groups) >= 3 and len({len(g) for g in groups}) == 1 and len(groups[0]) in (3, 4):
        return False
    return product_code("".join(groups))


def product_code(digits: str) -> bool:
    """ISBN-10, or an EAN-8/UPC-A/EAN-13/ISBN-13/GTIN-14 with a valid check digit: a printed product code."""
    if len(digits) == 10 and digits[:9].isdigit():
        return sum((10 - i) * int(d) for i, d in enumerate(digits)) % 11 == 0
    if len(digits) in (8, 12, 13, 14) and digits.isdigit():
        body, check = digits[:-1], int(digits[-1])
        total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
        return (10 - total % 10) % 10 == check
    return False
