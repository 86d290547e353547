"""Measuring the classifiers against independent labeled sets.

* Judge agreement: responses labeled ``respond``/``reject`` by hand. Two formats are read:
  ``eval/judge/{dev,test}.jsonl`` (``category``, ``label``, ``kind``, ...: the independent set) and the
  older single file ``eval/judge_set.jsonl`` (``label`` = category, ``human`` = the label).
  Besides accuracy and Cohen's kappa, the verifier's refusal check is run on the same rows: a
  ``reject`` row it blocks is a false block.
* Question targeting: ``eval/questions/{dev,test}.jsonl`` (``question``, ``schema``, ``targets``,
  ``also_ok``): recall (every target found) and the false-target rate (a predicted category that is
  neither a target nor ``also_ok``).
"""

from __future__ import annotations

import json
import re
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
    """The asked category id."""
    question: str
    response: str
    kind: str
    human: str
    split: str
    language: str = "en"


@dataclass(frozen=True)
class LabeledQuestion:
    id: str
    question: str
    schema: Any
    targets: tuple[str, ...]
    also_ok: tuple[str, ...]
    kind: str
    language: str
    split: str


def _jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows: list[tuple[int, dict[str, Any]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GuardError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise GuardError(f"{path}:{n}: expected a JSON object")
        rows.append((n, obj))
    return rows


SPLIT_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")
"""A split is a file ``<split>.jsonl`` in the set's folder (dev, test, test2, ...)."""


def check_split(split: str) -> str:
    """``split`` if it is a plain split name (no path tricks), else a one-line error."""
    if not SPLIT_NAME.fullmatch(split):
        raise GuardError(
            f"--split: bad value {split!r}; expected a split name such as dev, test or test2 (a file "
            "<split>.jsonl in the set's folder), or all"
        )
    return split


def _split_files(path: Path, split: str) -> list[Path]:
    """The files of ``split``: ``<split>.jsonl`` in a folder (``all``: dev and test), or the one file."""
    if not path.is_dir():
        return [path]
    names = ["dev", "test"] if split == "all" else [check_split(split)]
    files = [path / f"{name}.jsonl" for name in names]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise GuardError(
            f"--split: bad value {split!r}: missing {', '.join(missing)}; expected a split with a file there "
            "(dev, test, test2, ...) or all"
        )
    return files


def _keep(row_split: str, split: str, folder: bool) -> bool:
    """In a folder the file is the split (a row's own ``split`` field is not trusted to match the file
    name: a later held-out file may label its rows ``test``); in one file the row's field decides."""
    return folder or split == "all" or row_split == split


def load_judge_set(path: str | Path, split: str = "all") -> list[LabeledResponse]:
    """Labeled responses of ``split`` (dev | test | test2 | all) from a folder of split files or one file."""
    out: list[LabeledResponse] = []
    folder = Path(path).is_dir()
    for file in _split_files(Path(path), split):
        for n, obj in _jsonl(file):
            try:
                if "category" in obj:  # eval/judge/*.jsonl
                    row = LabeledResponse(
                        id=str(obj["id"]),
                        label=str(obj["category"]),
                        question=str(obj["question"]),
                        response=str(obj["response"]),
                        kind=str(obj.get("kind", "")),
                        human=str(obj["label"]),
                        split=str(obj.get("split", file.stem)),
                        language=str(obj.get("language", "en")),
                    )
                else:  # eval/judge_set.jsonl
                    row = LabeledResponse(
                        **{k: str(obj[k]) for k in ("id", "label", "question", "response", "kind", "human", "split")}
                    )
            except KeyError as exc:
                raise GuardError(f"{file}:{n}: missing field {exc}") from None
            if row.human not in ("respond", "reject"):
                raise GuardError(f"{file}:{n}: label: bad value {row.human!r}; expected respond or reject")
            if _keep(row.split, split, folder):
                out.append(row)
    return out


def load_question_set(path: str | Path, split: str = "all") -> list[LabeledQuestion]:
    out: list[LabeledQuestion] = []
    folder = Path(path).is_dir()
    for file in _split_files(Path(path), split):
        for n, obj in _jsonl(file):
            try:
                row = LabeledQuestion(
                    id=str(obj["id"]),
                    question=str(obj["question"]),
                    schema=obj.get("schema"),
                    targets=tuple(obj["targets"]),
                    also_ok=tuple(obj.get("also_ok") or ()),
                    kind=str(obj.get("kind", "")),
                    language=str(obj.get("language", "en")),
                    split=str(obj.get("split", file.stem)),
                )
            except (KeyError, TypeError) as exc:
                raise GuardError(f"{file}:{n}: bad question row ({exc})") from None
            if _keep(row.split, split, folder):
                out.append(row)
    return out


def _groups(rows: Sequence[Any], ok: Sequence[bool], key: str) -> dict[str, dict[str, int]]:
    out: dict[str, list[int]] = {}
    for r, good in zip(rows, ok, strict=True):
        slot = out.setdefault(getattr(r, key), [0, 0])
        slot[0] += good
        slot[1] += 1
    return {k: {"correct": c, "n": n} for k, (c, n) in sorted(out.items())}


async def agreement(judge: Judge, rows: Sequence[LabeledResponse], catalog: Catalog | None = None) -> dict[str, Any]:
    """Accuracy and Cohen's kappa of ``judge`` against the human labels (exceptions count as wrong),
    plus the verifier's refusal check on the same rows (false blocks on ``reject`` rows)."""
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
    ok = [p == h for p, h in zip(preds, human, strict=True)]
    return {
        "judge": judge.id,
        "n": len(rows),
        "accuracy": sum(ok) / len(rows) if rows else 0.0,
        "kappa": cohen_kappa(preds, human) if rows else 0.0,
        "exceptions": sum(p == EXCEPTION for p in preds),
        "predicted": dict(Counter(preds)),
        "by_kind": _groups(rows, ok, "kind"),
        "by_language": _groups(rows, ok, "language"),
        "disagreements": [r.id for r, good in zip(rows, ok, strict=True) if not good],
        "refusal_check": refusal_check_rates(rows, catalog),
    }


def refusal_check_rates(rows: Sequence[LabeledResponse], catalog: Catalog | None = None) -> dict[str, Any]:
    """Run the verifier's refusal check on each row (the asked category evaded): false blocks are
    ``reject`` rows it blocks; misses are ``respond`` rows it lets through (other checks may still
    catch those)."""
    from guard.verify.base import CheckInput
    from guard.verify.registry import build_check

    check = build_check("refusal", {"type": "refusal"}, catalog=catalog)
    blocked: list[bool] = []
    for r in rows:
        inp = CheckInput(evaded=frozenset({r.label}), answer=r.response, question=r.question, catalog=catalog)
        blocked.append(check.run(inp).status == "violation")
    rejects = [b for r, b in zip(rows, blocked, strict=True) if r.human == "reject"]
    responds = [b for r, b in zip(rows, blocked, strict=True) if r.human == "respond"]
    return {
        "false_blocks": sum(rejects),
        "reject_rows": len(rejects),
        "false_block_rate": sum(rejects) / len(rejects) if rejects else 0.0,
        "blocked_disclosures": sum(responds),
        "respond_rows": len(responds),
        "false_blocked_ids": [r.id for r, b in zip(rows, blocked, strict=True) if b and r.human == "reject"],
    }


def targeting(
    rows: Sequence[LabeledQuestion], catalog: Catalog | None = None, *, learned: bool = True
) -> dict[str, Any]:
    """Recall (every target found) and false-target rate of the question classifier (``learned``: with the
    learned model's additions, as the guard runs it)."""
    from guard.classify.questions import question_targets

    catalog = catalog or default_catalog()
    found_all: list[bool] = []
    false_any: list[bool] = []
    missed: list[str] = []
    false_ids: list[str] = []
    for r in rows:
        got = set(question_targets(r.question, catalog=catalog, schema=r.schema, learned=learned).targets)
        found = set(r.targets) <= got
        extra = got - set(r.targets) - set(r.also_ok)
        found_all.append(found)
        false_any.append(bool(extra))
        if r.targets and not found:
            missed.append(r.id)
        if extra:
            false_ids.append(r.id)
    targeted = [f for r, f in zip(rows, found_all, strict=True) if r.targets]
    untargeted = [x for r, x in zip(rows, false_any, strict=True) if not r.targets]
    return {
        "n": len(rows),
        "targeted": len(targeted),
        "recall": sum(targeted) / len(targeted) if targeted else 0.0,
        "false_target_rate": sum(false_any) / len(rows) if rows else 0.0,
        "false_target_rate_untargeted": sum(untargeted) / len(untargeted) if untargeted else 0.0,
        "untargeted": len(untargeted),
        "by_kind_recall": _groups([r for r in rows if r.targets], targeted, "kind"),
        "missed": missed,
        "false_targets": false_ids,
    }
