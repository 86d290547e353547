"""Fit the question classifier's learned model (guard/classify/data/question_model.json) from eval/questions.

    python scripts/fit_question_model.py            # fit on the burned sets, write the model file
    python scripts/fit_question_model.py --folds    # leave-one-author-out estimate first (one line per set)
    python scripts/fit_question_model.py --check    # refit and compare with the shipped file (exit 1 if it differs)

Each labelled set in eval/questions was written by a different author who never read the rules. The
folds hold each set out in turn, fit on the others (and on the taxonomy's names, aliases and
descriptions), and score the held-out set exactly as ``guard bench targeting`` does
(``guard.bench.agreement.targeting``: recall = every target found, over targeted rows; false targets = any
category beyond ``targets`` and ``also_ok``, over all rows), for the rules alone, the model alone (fitted
without the rules' decision) and the combination the classifier ships.

The rules were tuned on every burned set, so on them today's rules are nearly always right; a model fitted
on that learns to trust them, and a fold's "rules" and "combination" figures overstate a new author. So
a set measured once as a held-out set is paired with the rules' decisions **as they were when it was
measured** (``MEASURED``: the commit; the rules of that commit are run from ``git archive``, so this needs
the repository's history): the model learns where the rules fail on a new author, and on those sets the
folds' rules and combination figures are honest. Sets without a measurement commit (dev..test6) get
today's rules (optimistic). The model alone is honest on every set. Only burned sets (already measured
once and tuned on) may be used: a held-out set is measured once, never fitted on. After a new set is
measured: add it to ``BURNED`` and its commit to ``MEASURED``, run ``--folds``, then refit.
Method and figures: docs/design-judge.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.bench.agreement import load_question_set  # noqa: E402
from guard.classify.question_model import Example, QuestionModel, fit  # noqa: E402
from guard.classify.questions import _split_key, question_targets, schema_text  # noqa: E402
from guard.taxonomy import Catalog, default_catalog  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions"
MODEL = ROOT / "guard" / "classify" / "data" / "question_model.json"
BURNED = (
    "dev",
    "test",
    "test2",
    "test3",
    "test4",
    "test5",
    "test6",
    "test7",
    "test8",
    "test9",
    "test10",
    "test11",
    "test12",
)
"""The sets the model is fitted on: each was measured once and then tuned on (eval/README.md)."""
MEASURED = {
    "test7": "9951ac2f9bffc7d98c0c7a9252bf537ff6cd30c3",
    "test8": "c29e19884cfc456d83bad020c7969019f3feaac0",
    "test9": "c2effe88c499206460d2c88016bd4a981df241f9",
    "test10": "fc271ebab1b02b65a875aa6309ff97b12aeaf1ee",
    "test11": "1fe7fca4c60cb6ec4538a5374c2c623da489423e",
    "test12": "1fe7fca4c60cb6ec4538a5374c2c623da489423e",
}
"""The commit whose question classifier each held-out set was measured with, once (docs/design-judge.md,
README): its rules' decisions are the ones the model learns from and the folds score for that set."""
_OLD_RULES = """
import json, sys
from guard.classify.questions import question_targets
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print(json.dumps({r["id"]: list(question_targets(r["question"], schema=r.get("schema")).targets) for r in rows}))
"""
THRESHOLD = 0.5
"""P(asks) at which the model adds a category the rules did not find (chosen on the folds)."""
KEEP_THRESHOLD = 0.02
"""P(asks) a category the rules found needs to stand (chosen on the folds; 0 would keep every rule target)."""
HYPER = {"l1": 1.0, "l2": 0.1, "alpha": 1.0, "epochs": 8}
"""FTRL settings (chosen on the folds)."""


def keys_of(schema: object) -> str:
    """The schema's words as the classifier gives them to the model."""
    return _split_key(schema_text(schema)) if schema is not None else ""


def rule_targets(question: str, schema: object, catalog: Catalog) -> tuple[str, ...]:
    return question_targets(question, catalog=catalog, schema=schema, learned=False).targets


def measured_rules(split: str) -> dict[str, tuple[str, ...]]:
    """Per row id, the targets the rules of ``MEASURED[split]`` found (run from ``git archive`` of that commit)."""
    commit = MEASURED[split]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "guard"], capture_output=True, check=False
        )
        if archive.returncode != 0:
            raise SystemExit(f"{split}: the rules of {commit[:10]} need the repository's history: {archive.stderr!r}")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": tmp, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
        out = subprocess.run(
            [sys.executable, "-c", _OLD_RULES, str(QUESTIONS / f"{split}.jsonl")],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"{split}: the rules of {commit[:10]} failed: {out.stderr[-500:]}")
    return {k: tuple(v) for k, v in json.loads(out.stdout).items()}


def set_examples(split: str, catalog: Catalog) -> tuple[list[Example], str]:
    """A set's examples with the rules' decisions (as measured when it was new, else today's) and their source."""
    rows = load_question_set(QUESTIONS / f"{split}.jsonl")
    if split in MEASURED:
        decided = measured_rules(split)
        source = f"rules of {MEASURED[split][:10]} (as measured)"
    else:
        decided = {r.id: rule_targets(r.question, r.schema, catalog) for r in rows}
        source = "today's rules"
    return [Example(r.question, keys_of(r.schema), decided[r.id], r.targets, r.also_ok) for r in rows], source


def taxonomy_examples(catalog: Catalog) -> list[Example]:
    """Each category's name, aliases and description as a question that asks for it."""
    out = []
    for cid, cat in sorted(catalog.categories.items()):
        texts = [cat.name, *(getattr(cat, "aliases", None) or ()), getattr(cat, "description", "") or ""]
        for text in dict.fromkeys(t for t in texts if t):
            out.append(Example(text, "", rule_targets(text, None, catalog), (cid,)))
    return out


def targeting(data: Sequence[Example], predicted: Sequence[set[str]]) -> tuple[int, int, int, int]:
    """(targeted rows, of them all found, rows, rows with a false target), scored as ``guard bench targeting``."""
    targeted = found = false = 0
    for e, got in zip(data, predicted, strict=True):
        if e.targets:
            targeted += 1
            found += set(e.targets) <= got
        false += bool(got - set(e.targets) - set(e.also_ok))
    return targeted, found, len(data), false


def blind(data: Sequence[Example]) -> list[Example]:
    """The examples without the rules' decision (for the model alone)."""
    return [Example(e.question, e.keys, (), e.targets, e.also_ok) for e in data]


def fit_on(data: Sequence[Example], catalog: Catalog, *, dropout: bool = True, **extra: object) -> QuestionModel:
    """Fit on ``data``; with ``dropout``, each example also once without the rules' decision.

    The rules were tuned on every burned set, so on them the rules' decision is nearly always right and a
    model fitted only with it learns to trust it and little else; on a new author's set the rules miss a
    fifth of the targets. Seen twice, once blind, the words must carry each target on their own too.
    """
    names = {cid: cat.name for cid, cat in catalog.categories.items()}
    rows = [*data, *blind(data)] if dropout else list(data)
    return fit(rows, sorted(catalog.categories), names=names, **HYPER, **extra)  # type: ignore[arg-type]


def folds(data: dict[str, list[Example]], taxonomy: list[Example], catalog: Catalog) -> None:
    """Leave one set out: fit on the others and the taxonomy; print rules / model alone / combination per set
    at the shipped bars, then totals (all sets; the sets with measured rules, the honest ones) over a grid."""
    adds = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    keeps = (0.0, 0.01, 0.02, 0.05, 0.1)
    sweep: dict[tuple[str, str, float, float], list[int]] = {}
    for held, test in data.items():
        train = [e for s in data if s != held for e in data[s]] + taxonomy
        with_rules = fit_on(train, catalog)
        without = fit_on(blind(train), catalog, dropout=False)
        probs = [with_rules.probabilities(e.question, e.keys, e.rule_targets) for e in test]
        blind_probs = [without.probabilities(e.question, e.keys, ()) for e in test]
        groups = ("all", "measured") if held in MEASURED else ("all",)
        shown = {"rules": targeting(test, [set(e.rule_targets) for e in test])}
        for t in adds:
            got = [{c for c, q in p.items() if q >= t} for p in blind_probs]
            shown[f"model {t}"] = targeting(test, got)
            for k in keeps:
                got = [_combine(e.rule_targets, p, t, k) for e, p in zip(test, probs, strict=True)]
                shown[f"combined {t} {k}"] = targeting(test, got)
        for key, counts in shown.items():
            kind, *bars = key.split()
            t, k = (float(bars[0]), float(bars[1]) if len(bars) > 1 else 0.0) if bars else (0.0, 0.0)
            for g in groups:
                _add(sweep, (g, kind, t, k), counts)
        print(
            f"  held out {held:7s} rules {_fmt(shown['rules'])}  model {_fmt(shown[f'model {THRESHOLD}'])}"
            f"  combined {_fmt(shown[f'combined {THRESHOLD} {KEEP_THRESHOLD}'])}",
            flush=True,
        )
    for g in ("all", "measured"):
        print(f"  all folds ({g} sets): recall / false targets")
        for (group, kind, t, k), total in sorted(sweep.items()):
            if group == g:
                bar = "" if kind == "rules" else f" add {t:.2f}" + (f" keep {k:.2f}" if kind == "combined" else "")
                print(f"    {kind:8s}{bar:20s} {_fmt(tuple(total))}")


def _combine(rule_targets: Sequence[str], p: dict[str, float], threshold: float, keep: float) -> set[str]:
    return {c for c in rule_targets if p.get(c, 1.0) >= keep} | {c for c, q in p.items() if q >= threshold}


def _add(sweep: dict[Any, list[int]], key: Any, m: tuple[int, ...]) -> None:
    _add_into(sweep.setdefault(key, [0, 0, 0, 0]), m)


def _add_into(total: list[int], m: tuple[int, ...]) -> None:
    for i, v in enumerate(m):
        total[i] += v


def _fmt(m: tuple[int, ...]) -> str:
    targeted, found, n, false = m
    return f"{100 * found / max(1, targeted):5.1f}% / {100 * false / max(1, n):4.1f}%"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--splits", default=",".join(BURNED), help="comma-separated eval/questions splits to fit on")
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out estimate first")
    ap.add_argument("--check", action="store_true", help="refit and compare with the shipped model file")
    args = ap.parse_args()
    catalog = default_catalog()
    splits = [s for s in args.splits.split(",") if s]
    start = time.perf_counter()
    data: dict[str, list[Example]] = {}
    for split in splits:
        data[split], source = set_examples(split, catalog)
        print(f"{split}: {len(data[split])} questions, {source}", flush=True)
    taxonomy = taxonomy_examples(catalog)
    print(f"{len(taxonomy)} taxonomy texts; rules read in {time.perf_counter() - start:.0f} s")
    if args.folds:
        folds(data, taxonomy, catalog)
    provenance = {
        "sets": {s: {"rows": len(data[s]), "sha256": _sha256(QUESTIONS / f"{s}.jsonl")} for s in splits},
        "taxonomy_texts": len(taxonomy),
        "fitted_by": "scripts/fit_question_model.py",
    }
    model = fit_on(
        [e for s in splits for e in data[s]] + taxonomy,
        catalog,
        threshold=THRESHOLD,
        keep_threshold=KEEP_THRESHOLD,
        provenance=provenance,
    )
    if args.check:
        shipped = (
            QuestionModel.from_json(MODEL.read_text(encoding="utf-8"), source=str(MODEL)) if MODEL.exists() else None
        )
        drift = _drift(shipped, model)
        verdict = "matches a refit" if drift <= 1e-3 else "DIFFERS from a refit"
        print(f"{MODEL.relative_to(ROOT)}: {verdict} (largest weight difference {drift:.2g})")
        return 0 if drift <= 1e-3 else 1
    text = model.to_json()
    MODEL.write_text(text, encoding="utf-8")
    count = sum(len(r) for r in model.weights.values())
    print(
        f"wrote {MODEL.relative_to(ROOT)}: {count} weights over {len(model.weights)} features,"
        f" {len(text) / 1e6:.2f} MB, threshold {model.threshold}, keep {model.keep_threshold}"
    )
    return 0


def _drift(shipped: QuestionModel | None, refit: QuestionModel) -> float:
    """The largest weight difference (inf if the settings or the sets differ): floating-point summation
    order may differ between numpy builds, so a refit is compared within a tolerance, not byte for byte."""
    if shipped is None:
        return float("inf")
    settings = ("bits", "categories", "threshold", "keep_threshold", "provenance")
    if any(getattr(shipped, a) != getattr(refit, a) for a in settings):
        return float("inf")
    keys = shipped.weights.keys() | refit.weights.keys()
    diff = 0.0
    for i in keys:
        a, b = shipped.weights.get(i, {}), refit.weights.get(i, {})
        diff = max(diff, *(abs(a.get(c, 0.0) - b.get(c, 0.0)) for c in a.keys() | b.keys()))
    return diff


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
