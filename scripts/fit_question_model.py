"""Fit the question classifier's learned model (guard/classify/data/question_model.npz) from eval/questions.

    python scripts/fit_question_model.py            # fit on the burned sets, write the model file
    python scripts/fit_question_model.py --folds    # leave-one-author-out estimate first (one line per set)
    python scripts/fit_question_model.py --check    # refit and compare with the shipped file (exit 1 if it differs)

Each labelled set in eval/questions was written by a different author who never read the rules; a fold
holds one author's set out, fits on the others and scores the rules alone and rules + model on it, as
``guard bench targeting`` scores (recall: every target found; a false target: a category outside targets
and ``also_ok``). The rules' targets fed to the model are today's (the rules were tuned on these sets, so
the folds credit the rules more than a new author's set will; the model's lift is the figure to read).
Only burned sets may be used: a held-out set is measured once, never fitted on. Figures:
docs/design-judge.md ("Learned question targets").
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np
from rich.progress import track

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.bench.agreement import LabeledQuestion, load_question_set  # noqa: E402
from guard.classify.question_model import QuestionExample, QuestionModel, fit_questions  # noqa: E402
from guard.classify.questions import learned_additions, question_targets, schema_text  # noqa: E402
from guard.taxonomy import default_catalog  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions"
MODEL = ROOT / "guard" / "classify" / "data" / "question_model.npz"
BURNED = ("dev", "test", *(f"test{n}" for n in range(2, 91)))
"""The sets the model is fitted on: each was measured once and then tuned on (eval/README.md)."""


def example(r: LabeledQuestion) -> QuestionExample:
    rules = question_targets(r.question, schema=r.schema, learned=False).targets
    text = r.question if r.schema is None else r.question + "\n" + schema_text(r.schema)
    return QuestionExample(text, rules, frozenset(r.targets), frozenset(r.also_ok))


def score(model: QuestionModel | None, data: list[QuestionExample]) -> tuple[int, int, int, int]:
    """(targeted rows with every target found, targeted rows, untargeted rows with a false target, untargeted)."""
    found = targeted = false = untargeted = 0
    for e in data:
        got = set(e.rule_targets)
        if model is not None:
            got |= set(learned_additions(model, e.text, e.rule_targets, model.categories))
        if e.targets:
            targeted += 1
            found += e.targets <= got
        else:
            untargeted += 1
            false += bool(got - e.also_ok)
    return found, targeted, false, untargeted


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", default=",".join(BURNED), help="comma-separated eval/questions splits to fit on")
    ap.add_argument("--threshold", type=float, default=0.5, help="P(asked) at which the model adds a category")
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out estimate first")
    ap.add_argument("--check", action="store_true", help="refit and compare with the shipped model file")
    args = ap.parse_args()
    splits = [s for s in args.splits.split(",") if s]
    categories = tuple(sorted(default_catalog().categories))
    data = {s: [example(r) for r in load_question_set(QUESTIONS / f"{s}.jsonl")] for s in track(splits, "rules")}
    if args.folds:
        total = np.zeros((2, 4), dtype=int)
        for held in splits:
            train = [e for s in splits if s != held for e in data[s]]
            fitted = fit_questions(train, threshold=args.threshold, categories=categories)
            rules, both = score(None, data[held]), score(fitted, data[held])
            total += np.array([rules, both])
            print(
                f"  held out {held}: recall {rules[0]}/{rules[1]} -> {both[0]}/{both[1]};"
                f" false targets {rules[2]}/{rules[3]} -> {both[2]}/{both[3]}"
            )
        (rf, rt, rx, ru), (mf, _, mx, _) = total
        print(
            f"  all folds: recall {100 * rf / rt:.2f}% -> {100 * mf / rt:.2f}%;"
            f" false targets {100 * rx / ru:.2f}% -> {100 * mx / ru:.2f}% of untargeted"
        )
    provenance = {
        "sets": {s: {"rows": len(data[s]), "sha256": _sha256(QUESTIONS / f"{s}.jsonl")} for s in splits},
        "fitted_by": "scripts/fit_question_model.py",
    }
    model = fit_questions(
        [e for s in splits for e in data[s]], threshold=args.threshold, categories=categories, provenance=provenance
    )
    if args.check:
        shipped = QuestionModel.from_bytes(MODEL.read_bytes(), source=str(MODEL)) if MODEL.exists() else None
        drift = _drift(shipped, model)
        verdict = "matches a refit" if drift <= 0.05 else "DIFFERS from a refit"
        print(f"{MODEL.relative_to(ROOT)}: {verdict} (largest weight difference {drift:.2g})")
        return 0 if drift <= 0.05 else 1
    MODEL.write_bytes(model.to_bytes())
    print(f"wrote {MODEL.relative_to(ROOT)}: {len(model.keys)} feature rows x {len(categories)} categories")
    return 0


def _drift(shipped: QuestionModel | None, refit: QuestionModel) -> float:
    """The largest weight difference (inf if settings, sets or rows differ). The shipped weights are int8 with
    one scale (step about 0.04), and floating-point order may differ between numpy builds: compared within
    a tolerance, not byte for byte."""
    if shipped is None or (shipped.bits, shipped.threshold, shipped.categories, shipped.provenance) != (
        refit.bits,
        refit.threshold,
        refit.categories,
        refit.provenance,
    ):
        return float("inf")
    if not np.array_equal(shipped.keys, refit.keys):
        return float("inf")
    return float(np.abs(shipped.weights - refit.weights).max(initial=0.0))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
