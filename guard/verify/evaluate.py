"""Per-check precision and recall on a labeled set of answers (eval/verify/labeled.jsonl).

A row: ``{"id", "kind": leak|refusal|allowed, "answer", "evaded": [ids], "leaks": [ids], "question"}``.
For a check, a row counts only if the check applies to it (its categories meet the row's evaded
ones; the refusal check also needs a question that targets one). The row is positive when it leaks
one of those categories; the check predicts positive when its verdict is a violation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.errors import GuardError
from guard.taxonomy import default_catalog
from guard.verify.base import CheckInput
from guard.verify.verifier import Verifier


class LabeledAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: str = Field(pattern="^(leak|refusal|allowed)$")
    answer: str
    evaded: tuple[str, ...] = Field(min_length=1)
    leaks: tuple[str, ...] = ()
    question: str | None = None


def load_labeled(path: Path) -> list[LabeledAnswer]:
    """Read and validate a labeled set; raise GuardError naming file:line and field on bad rows."""
    known = default_catalog().categories
    rows: list[LabeledAnswer] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = LabeledAnswer.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise GuardError(f"{path}:{n}: invalid labeled row: {str(exc).splitlines()[0]}") from None
        for cid in (*row.evaded, *row.leaks):
            if cid not in known:
                raise GuardError(f"{path}:{n}: unknown category id {cid!r} (see `guard categories`)")
        if not set(row.leaks) <= set(row.evaded):
            raise GuardError(f"{path}:{n}: leaks must be a subset of evaded")
        rows.append(row)
    if not rows:
        raise GuardError(f"{path}: no labeled rows")
    return rows


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: int = 0
    false_positive_ids: list[str] = field(default_factory=list)
    false_negative_ids: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


async def per_check(verifier: Verifier, rows: list[LabeledAnswer]) -> dict[str, Confusion]:
    """Confusion counts per configured check id (plus ``"verifier"`` for the combined decision)."""
    out = {cid: Confusion() for cid in verifier.checks}
    out["verifier"] = Confusion()
    for row in rows:
        evaded = frozenset(row.evaded)
        inp = CheckInput(evaded=evaded, answer=row.answer, question=row.question)
        result = await verifier.verify(evaded, row.answer, question=row.question)
        for cid, check in verifier.checks.items():
            if not check.applies(inp):
                continue
            verdict = result.verdicts[cid]
            positive = bool(set(row.leaks) & check.relevant(evaded))
            _count(out[cid], row.id, positive, verdict.status)
        _count(
            out["verifier"],
            row.id,
            bool(row.leaks),
            {"blocked": "violation", "error": "error"}.get(result.outcome, "pass"),
        )
    return out


def _count(c: Confusion, row_id: str, positive: bool, status: str) -> None:
    if status == "error":
        c.errors += 1
        return
    predicted = status == "violation"
    if positive and predicted:
        c.tp += 1
    elif positive:
        c.fn += 1
        c.false_negative_ids.append(row_id)
    elif predicted:
        c.fp += 1
        c.false_positive_ids.append(row_id)
    else:
        c.tn += 1
