"""Image-grounded evidence: private values read from the image (OCR) that reappear in the answer.

The recognisers run over the image's text (each OCR line paired with the line above it, so a value
printed under its label, "PASSPORT NO" / "C03005988", keeps its cue); every value of an evaded
category found there is then looked for in the answer, ignoring case, spacing and punctuation. This
catches answers like "It reads: C03005988." that carry no cue of their own.

OCR is rapidocr-onnxruntime (offline, models ship in the wheel; extra ``ocr``), imported lazily. It
takes about 1-4 s per image on two CPU cores, so this check is not ``offline`` in the verifier's sense
(it runs in a worker thread under the per-check timeout) and results are cached per image.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections import OrderedDict
from functools import cache
from typing import Any

from pydantic import Field

from guard.verify.base import Check, CheckConfig, CheckInput, Hit, PatternCheck
from guard.verify.registry import check_types, register
from guard.verify.verdict import Finding, Verdict


class ImageTextConfig(CheckConfig):
    min_chars: int = Field(default=4, ge=2, le=64, description="Ignore image values shorter than this (folded).")
    cache_images: int = Field(default=64, ge=0, le=10_000, description="OCR results kept in memory (by image hash).")


@cache
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise RuntimeError("image_text needs the OCR extra: pip install 'spy-guard[ocr]'") from exc
    return RapidOCR()


def ocr_lines(image: bytes) -> list[str]:
    """Text lines the OCR engine reads in ``image`` (PNG/JPEG bytes), top to bottom."""
    result, _ = _engine()(image)
    return [str(item[1]) for item in (result or [])]


def _fold(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.casefold())
            origin.append(i)
    return "".join(chars), origin


def _value_like(value: str, min_chars: int) -> bool:
    """A private value, not a label word: has a digit or '@', or is two or more words (a name, a street)."""
    folded, _ = _fold(value)
    if len(folded) < min_chars:
        return False
    return any(ch.isdigit() or ch == "@" for ch in value) or len(value.split()) >= 2


def find_value(answer: str, value: str) -> tuple[int, int] | None:
    """Where ``value`` reappears in ``answer`` ignoring case, spaces and punctuation, or None."""
    folded_value, _ = _fold(value)
    folded, origin = _fold(answer)
    if not folded_value:
        return None
    at = folded.find(folded_value)
    while at != -1:
        start, end = origin[at], origin[at + len(folded_value) - 1] + 1
        before_ok = start == 0 or not answer[start - 1].isalnum()
        after_ok = end == len(answer) or not answer[end].isalnum()
        if before_ok and after_ok:
            return start, end
        at = folded.find(folded_value, at + 1)
    return None


@register
class ImageTextCheck(Check):
    """Values of evaded categories printed in the image (found by the recognisers) repeated in the answer."""

    type_name = "image_text"
    Config = ImageTextConfig
    supported = None
    incremental = False
    offline = False

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        assert isinstance(self.config, ImageTextConfig)
        self.options: ImageTextConfig = self.config
        self._cache: OrderedDict[str, list[str]] = OrderedDict()
        self._recognisers: list[PatternCheck] = []

    def warm_up(self) -> None:
        _engine()

    def applies(self, inp: CheckInput) -> bool:
        return inp.image is not None and bool(self.relevant(inp.evaded))

    def run(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        if inp.image is None or not self.relevant(inp.evaded):
            return self.skipped()
        try:
            lines = self._lines(inp.image)
        except Exception as exc:
            return self.verdict(error=f"OCR failed: {type(exc).__name__}: {str(exc)[:80]}", started=started)
        relevant = self.relevant(inp.evaded)
        # OCR order puts a label before or after its value: pair each line with both neighbours
        above = "\n".join(f"{prev} {cur}".strip() for prev, cur in zip(["", *lines], lines, strict=False))
        below = "\n".join(f"{nxt} {cur}".strip() for cur, nxt in zip(lines, [*lines[1:], ""], strict=False))
        findings: dict[tuple[str, int], Finding] = {}
        for recogniser in self._all_recognisers():
            for paired in (above, below):
                for hit in recogniser.hits(paired):
                    self._match(hit, paired, inp.answer, relevant, findings)
        return self.verdict(findings.values(), started=started)

    def _match(
        self, hit: Hit, paired: str, answer: str, relevant: frozenset[str], findings: dict[tuple[str, int], Finding]
    ) -> None:
        """Record ``hit`` if it is a value of an evaded category that the answer repeats."""
        cats = [c for c in hit.categories if c in relevant]
        value = paired[hit.start : hit.end]
        if not cats or hit.score < self.config.min_score or not _value_like(value, self.options.min_chars):
            return
        span = find_value(answer, value)
        if span is not None:
            findings.setdefault(
                (cats[0], span[0]),
                Finding(category=cats[0], start=span[0], end=span[1], score=0.95, kind=f"image_{hit.kind}"),
            )

    async def arun(self, inp: CheckInput) -> Verdict:
        return await asyncio.to_thread(self.run, inp)

    def _lines(self, image: bytes) -> list[str]:
        key = hashlib.sha256(image).hexdigest()
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        lines = [re.sub(r"\s+", " ", line).strip() for line in ocr_lines(image)]
        if self.options.cache_images:
            self._cache[key] = lines
            while len(self._cache) > self.options.cache_images:
                self._cache.popitem(last=False)
        return lines

    def _all_recognisers(self) -> list[PatternCheck]:
        if not self._recognisers:
            self._recognisers = [
                cls(check_id=f"{self.check_id}.{name}", config=cls.Config(), catalog=self.catalog)
                for name, cls in check_types().items()
                if issubclass(cls, PatternCheck)
            ]
        return self._recognisers
