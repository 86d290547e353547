"""Judge agreement with human labels on the calibration set (``eval/judge_set.jsonl``).

Each line: ``id``, ``label`` (category id), ``question``, ``response``, ``kind``, ``human``
(``respond``/``reject``) and ``split`` (``dev``: used while writing the offline rules; ``test``: held out).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guard.bench.judges import EXCEPTION, Judge, cohen_kappa
from guard.errors import GuardError
from guard.taxonomy import Catalog, default_catalog


@dataclass(frozen=True)
class LabeledResponse:
    id: str
    label: str
    question: str
    response: str
    kind: str
    human: str
    split: str


def load_judge_set(path: str | Path) -> list[LabeledResponse]:
    path = Path(path)
    rows: list[LabeledResponse] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            row = LabeledResponse(**{k: str(obj[k]) for k in LabeledResponse.__dataclass_fields__})
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GuardError(
                f"{path}:{n}: bad judge-set line ({exc}); expected {list(LabeledResponse.__dataclass_fields__)}"
            ) from None
        if row.human not in ("respond", "reject"):
            raise GuardError(f"{path}:{n}: human: bad value {row.human!r}; expected respond or reject")
        rows.append(row)
    return rows


async def agreement(judge: Judge, rows: Sequence[LabeledResponse], catalog: Catalog | None = None) -> dict[str, Any]:
    """Accuracy and Cohen's kappa of ``judge`` against the human labels (exceptions count as wrong)."""
    catalog = catalog or default_catalog()
    preds = [
        (
            await judge.judge(
                r.question, catalog.categories[r.label].name if r.label in catalog.categories else r.label, r.response
            )
        ).label
        for r in rows
    ]
    human = [r.human for r in rows]
    wrong = [r.id for r, p in zip(rows, preds, strict=True) if p != r.human]
    by_kind: dict[str, list[int]] = {}
    for r, p in zip(rows, preds, strict=True):
        by_kind.setdefault(r.kind, [0, 0])
        by_kind[r.kind][0] += p == r.human
        by_kind[r.kind][1] += 1
    return {
        "judge": judge.id,
        "n": len(rows),
        "accuracy": sum(p == h for p, h in zip(preds, human, strict=True)) / len(rows) if rows else 0.0,
        "kappa": cohen_kappa(preds, human) if rows else 0.0,
        "exceptions": sum(p == EXCEPTION for p in preds),
        "predicted": dict(Counter(preds)),
        "by_kind": {k: {"correct": c, "n": n} for k, (c, n) in sorted(by_kind.items())},
        "disagreements": wrong,
    }
