"""Typed results of output verification.

Verdicts and results hold category ids, character offsets and scores only, never answer text, so
they can be logged, audited and exported as metrics without leaking what they protect.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["pass", "violation", "error", "skipped"]
"""``pass``: ran, nothing found; ``violation``: found an evaded category; ``error``: could not decide
(the reason is in ``error``); ``skipped``: none of the request's evaded categories is this check's."""

Outcome = Literal["allowed", "blocked", "error"]
"""``blocked``: a check found a violation; ``error``: a check could not decide and the verifier fails
closed (the answer must not be released either); ``allowed``: release the answer."""


class Finding(BaseModel):
    """One piece of evidence: which evaded category, where in the answer (offsets), how sure."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float = Field(ge=0.0, le=1.0)
    kind: str = Field(description="What was recognised, e.g. 'luhn_card' (a label, not the text).")


class Verdict(BaseModel):
    """What one configured check concluded about one answer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    check_id: str
    check_type: str
    status: Status
    findings: tuple[Finding, ...] = ()
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    error: str | None = None
    duration_ms: float = 0.0

    @property
    def violation(self) -> bool:
        return self.status == "violation"

    @property
    def category(self) -> str | None:
        """The evaded category of the strongest finding, if any."""
        best = self.best
        return best.category if best else None

    @property
    def span(self) -> tuple[int, int] | None:
        """Offsets (start, end) of the strongest finding in the answer, if any."""
        best = self.best
        return (best.start, best.end) if best else None

    @property
    def best(self) -> Finding | None:
        return max(self.findings, key=lambda f: f.score) if self.findings else None


class Violation(BaseModel):
    """A finding together with the configured check that made it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    check_id: str
    finding: Finding


class VerifyResult(BaseModel):
    """The verifier's decision for one answer, with every check's verdict keyed by configured id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    outcome: Outcome
    verdicts: dict[str, Verdict]
    violations: tuple[Violation, ...] = ()
    reason: str = Field(default="", description="One log-safe line: why blocked or why an error blocks.")
    duration_ms: float = 0.0

    @property
    def allowed(self) -> bool:
        return self.outcome == "allowed"

    @property
    def categories(self) -> tuple[str, ...]:
        """Evaded category ids that were disclosed, in order of first finding, without repeats."""
        return tuple(dict.fromkeys(v.finding.category for v in self.violations))

    @property
    def timings_ms(self) -> dict[str, float]:
        return {cid: v.duration_ms for cid, v in self.verdicts.items()}

    @property
    def errors(self) -> dict[str, str]:
        return {cid: v.error or "unknown error" for cid, v in self.verdicts.items() if v.status == "error"}
