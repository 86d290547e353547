"""Precheck: does a question (or the output schema it asks for) target one of the evaded categories?

Used before calling the model (``precheck`` enforcement mode) and by the refusal check. The work is
done by the one question classifier, :func:`guard.classify.questions.question_targets`: catalogue
names and aliases, en/de/fr/es phrasings, description paraphrases, folding of homoglyphs and
invisible characters, and the property names of a structured-output schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from guard.classify.questions import question_targets
from guard.taxonomy import Catalog


class PrecheckDecision(BaseModel):
    """Which evaded categories the question targets; ``refuse`` if any (log-safe: ids and offsets)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    """Offsets of the first cue per target in the folded question text (then the schema's words)."""

    @property
    def refuse(self) -> bool:
        return bool(self.targets)


def precheck(
    question: str,
    evaded: frozenset[str],
    *,
    catalog: Catalog | None = None,
    schema: Mapping[str, Any] | None = None,
) -> PrecheckDecision:
    """The evaded categories ``question`` (and ``schema``, a JSON schema of the requested output) asks about."""
    if not evaded:
        return PrecheckDecision()
    found = question_targets(question, catalog=catalog, candidates=evaded, schema=schema)
    return PrecheckDecision(targets=found.targets, spans=found.spans)
