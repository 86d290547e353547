"""The check interface: one class per check, keyword-only pydantic configuration, typed verdicts."""

from __future__ import annotations

import re
import time
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from guard.taxonomy import Catalog, default_catalog
from guard.verify.casing import cased
from guard.verify.cues import cues
from guard.verify.normalise import normalise
from guard.verify.verdict import Finding, Verdict


@dataclass(frozen=True)
class CheckInput:
    """What a check sees for one request: the evaded category ids, their names, the answer."""

    evaded: frozenset[str]
    answer: str
    names: Mapping[str, str] = field(default_factory=dict)
    question: str | None = None
    images: tuple[bytes, ...] = ()
    """The request's images (raw bytes), for checks grounded in what the image shows."""
    schema: Mapping[str, Any] | None = None
    """The request's structured-output schema, if any (the question classifier reads its keys)."""
    catalog: Catalog | None = None
    """The request's catalogue when the user's policy adds custom categories (else the verifier's)."""


class CheckConfig(BaseModel):
    """Options every check accepts; subclasses add their own (unknown keys are errors)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    categories: list[str] | None = Field(
        default=None,
        description="Restrict the check to these of the categories it supports (ids, names or aliases).",
    )
    min_score: float = Field(default=0.5, ge=0.0, le=1.0, description="Findings below this score are ignored.")

    @field_validator("categories")
    @classmethod
    def _known(cls, names: list[str] | None) -> list[str] | None:
        if names is None:
            return None
        if not names:  # a check restricted to nothing would start and silently check nothing
            raise ValueError("categories: empty list; name at least one category, or omit the key to use all")
        cat = default_catalog()
        out: list[str] = []
        for i, name in enumerate(names):
            try:
                out.append(cat.category(name).id)
            except LookupError as exc:
                raise ValueError(f"categories[{i}]: {exc}") from None
        return out


class Check(ABC):
    """One verification check. Subclasses set ``type_name``, ``Config`` and ``supported``."""

    type_name: ClassVar[str]
    Config: ClassVar[type[CheckConfig]] = CheckConfig
    supported: ClassVar[frozenset[str] | None] = frozenset()
    """Category ids this check can recognise; ``None``: any category (judge, refusal)."""
    incremental: ClassVar[bool] = True
    """True if a verdict on a prefix of the answer is meaningful (streaming hold-back may use it)."""
    offline: ClassVar[bool] = True
    """True if the check needs no network and runs in well under a millisecond or so."""

    def __init__(self, *, check_id: str, config: CheckConfig, catalog: Catalog | None = None) -> None:
        self.check_id = check_id
        self.config = config
        self.window = self.cue_window()
        """Characters a value may need after its first character before the check can decide on it
        (the longest value plus the longest distance at which a cue may follow it): sizes the hold-back."""
        self.catalog = catalog or default_catalog()
        if config.categories is None:
            self.categories: frozenset[str] | None = self.supported
        else:
            chosen = frozenset(config.categories)
            if self.supported is not None and not chosen <= self.supported:
                bad = sorted(chosen - self.supported)
                raise ValueError(
                    f"categories: {', '.join(bad)} not supported by {self.type_name!r}; "
                    f"valid: {', '.join(sorted(self.supported))}"
                )
            self.categories = chosen

    @classmethod
    def cue_window(cls) -> int:
        """See ``window``; 0 for checks that never judge a prefix."""
        return 0

    def relevant(self, evaded: frozenset[str]) -> frozenset[str]:
        """The request's evaded categories this check is responsible for."""
        return evaded if self.categories is None else evaded & self.categories

    def applies(self, inp: CheckInput) -> bool:
        return bool(self.relevant(inp.evaded))

    def warm_up(self) -> None:
        """Load what the check needs (heavy imports, models) so the first request does not pay for it."""
        return None

    def read_question(self, inp: CheckInput) -> None:
        """Read what the request asks (``inp.answer`` is empty) before the answer arrives, for checks that read
        the question: the proxy calls it while the upstream answers (:meth:`Verifier.read_question`)."""
        return None

    async def arun(self, inp: CheckInput) -> Verdict:
        """Run the check; the default runs :meth:`run` inline (offline checks are fast)."""
        return self.run(inp)

    @abstractmethod
    def run(self, inp: CheckInput) -> Verdict: ...

    def verdict(
        self, findings: Iterable[Finding] = (), *, error: str | None = None, started: float | None = None
    ) -> Verdict:
        kept = tuple(findings)
        duration = (time.perf_counter() - started) * 1000 if started is not None else 0.0
        if error is not None:
            return Verdict(
                check_id=self.check_id, check_type=self.type_name, status="error", error=error, duration_ms=duration
            )
        return Verdict(
            check_id=self.check_id,
            check_type=self.type_name,
            status="violation" if kept else "pass",
            findings=kept,
            score=max((f.score for f in kept), default=0.0),
            duration_ms=duration,
        )

    def skipped(self) -> Verdict:
        return Verdict(check_id=self.check_id, check_type=self.type_name, status="skipped")


@dataclass(frozen=True)
class Hit:
    """A recogniser match before it is tied to an evaded category."""

    kind: str
    start: int
    end: int
    score: float
    categories: tuple[str, ...]
    """Category ids this match discloses, most specific first."""


MAX_VALUE_CHARS = 64
"""The longest value a recogniser reports (a full address line); part of every check's window."""


class PatternCheck(Check):
    """Base for recognisers: find shaped strings in the normalised answer, keep those that disclose an
    evaded category, and report them at their offsets in the original answer."""

    @classmethod
    def cue_window(cls) -> int:
        return cues().after + MAX_VALUE_CHARS

    def warm_up(self) -> None:
        # the lexicons' words and the labels' pattern every recogniser reads a lower-case answer through (casing.py)
        cased("The name on it is anna.")

    @abstractmethod
    def hits(self, text: str) -> Iterable[Hit]:
        """Matches in ``text``, which is already normalised (see guard/verify/normalise.py)."""

    def hits_for(self, text: str, categories: frozenset[str]) -> Iterable[Hit]:
        """Matches that may disclose ``categories`` (checks with per-category patterns narrow here)."""
        return self.hits(text)

    def run(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        relevant = self.relevant(inp.evaded)
        norm = normalise(inp.answer)
        findings: dict[tuple[str, int, int], Finding] = {}
        texts = dict.fromkeys((norm.text, cased(norm.text)))  # a value written in lower case: see casing.py
        for text in texts:
            for hit in self.hits_for(text, relevant):
                if hit.score < self.config.min_score:
                    continue
                for cid in hit.categories:
                    if cid in relevant:
                        start, end = norm.span(hit.start, hit.end)
                        found = Finding(category=cid, start=start, end=end, score=hit.score, kind=hit.kind)
                        findings.setdefault((cid, start, end), found)
        return self.verdict(findings.values(), started=started)


def near(text: str, start: int, end: int, pattern: re.Pattern[str], *, before: int = 60, after: int = 0) -> bool:
    """True if ``pattern`` occurs in the window around ``text[start:end]`` (context cue)."""
    lo = max(0, start - before)
    return pattern.search(text, lo, start) is not None or (
        after > 0 and pattern.search(text, end, min(len(text), end + after)) is not None
    )


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_ABBREVIATIONS = frozenset(
    re.findall(r"\S+", "no nr num mr mrs ms dr prof st str ave rd tel ref approx vs etc e.g i.e jr sr co inc ltd dob")
)


def _is_sentence_end(text: str, i: int) -> bool:
    if text[i] == "\n":
        return True
    if text.startswith("...", i - 2) and text[i + 1 : i + 3].strip()[:1].islower():
        return False  # a value cut short goes on in the same sentence: "Seul JV5... est visible sur la plaque"
    word = re.search(r"([\w.]+)$", text[max(0, i - 12) : i])
    return not (word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS)


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _SENTENCE_END.finditer(text) if _is_sentence_end(text, m.start()))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span ("No." or "Mr." do not end one): cues only count inside it.

    Sentence ends are computed once per text (cached), so recognisers stay linear on long answers.
    """
    ends = _sentence_ends(text)
    i = bisect_left(ends, start)
    lo = ends[i - 1] + 1 if i > 0 else 0
    j = bisect_left(ends, end)
    hi = ends[j] if j < len(ends) else len(text)
    return lo, hi
