"""Fit the verifier's learned leak model (guard/verify/data/leak_model.npz) from eval/leaks.

    python scripts/fit_leak_model.py            # fit on the burned sets, write the model file
    python scripts/fit_leak_model.py --folds    # leave-one-author-out estimate first (one line per set)
    python scripts/fit_leak_model.py --check    # refit and compare with the shipped file (exit 1 if it differs)

Each labelled set in eval/leaks was written by a different author who never read the recognisers. The
model is fitted only on the answers today's recognisers let through (offline checks, the answer text alone:
the innocuous question, as ``benchmarks/leak_eval.py --configs quick-text`` measures): the leaks they miss
and the harmless answers they pass, and each such leak's harmless twin with the value's sentences left out
(``leak_model.without_value``). It learns what they miss, and the check can only add a block. The
recognisers were tuned on these sets, so a fold credits them more than a new author's set will; the model's
lift and its extra false blocks are the figures to read. Only burned sets may be used: a held-out set is
measured once, never fitted on. Figures: docs/verification.md ("learned second opinion").

The harmless answers of ``eval/leaks/anchors.yaml`` (a year, a price, a barcode ...) are the fit's floor: a
model that gives one of them a P(leak) within ``ANCHOR_MARGIN`` of the bar is refitted with the anchors among its
training rows, and if one is still within the margin, or the recognisers block one, nothing is written. A refit
may move any weight, and a floor held only by luck (a test's pinned answer at 0.897 against a bar of 0.9) breaks
on the next unrelated change; the anchors are trained on only when needed, as each costs the model some of what
it learned from the authors (dev ... test57: 2,176 -> 2,119 of the 2,874 leaks the recognisers pass).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import yaml
from rich.progress import track

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.verify import Verifier  # noqa: E402
from guard.verify.leak_model import LeakExample, LeakModel, fit_leaks  # noqa: E402
from guard.verify.settings import VerifySettings, default_checks  # noqa: E402

LEAKS = ROOT / "eval" / "leaks"
ANCHORS = LEAKS / "anchors.yaml"
ANCHOR_MARGIN = 0.1
"""How far below the bar each anchor must stay (P(leak) < threshold - margin)."""
MODEL = ROOT / "guard" / "verify" / "data" / "leak_model.npz"
BURNED = ("dev", "test", *(f"test{n}" for n in range(2, 87)))
"""The sets the model is fitted on: each was measured once and then tuned on (eval/README.md)."""
THRESHOLD = 0.9
"""The bar to block. On the leave-one-author-out folds of dev ... test25 the model blocked, of the leaks the
recognisers missed and of the harmless answers they passed: at 0.95 357 / 12, 0.9 441 / 19, 0.8 562 / 26, 0.7
657 / 45, so 0.8 shipped first. Its one measurement on two new authors (test26, test27) found the step from 0.9 to
0.8 worth 16 leaks for 7 false blocks, not the folds' seventeen to one: 0.9 since (docs/verification.md)."""


def anchors(path: Path = ANCHORS) -> list[LeakExample]:
    """The harmless answers no model may block (a list of ``{evaded: [ids], answer: text}``)."""
    rows = yaml.safe_load(path.read_text("utf-8")) or []
    out: list[LeakExample] = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("answer"), str) or not row.get("evaded"):
            raise SystemExit(f"{path}: entry {i} needs 'answer' (text) and 'evaded' (a list of category ids)")
        out.append(LeakExample(row["answer"], tuple(sorted(row["evaded"])), False))
    return out


def broken_anchors(verifier: Verifier, model: LeakModel, floor: list[LeakExample]) -> list[str]:
    """The anchors the recognisers block or the model comes within the margin of blocking, one line each."""
    out = []
    for e in floor:
        result = verifier.verify_offline(frozenset(e.evaded), e.answer, question="Describe this image.")
        if not result.allowed:
            out.append(f"recognisers block {e.answer!r} ({result.reason})")
        elif (p := model.probability(e.answer, e.evaded)) >= model.threshold - ANCHOR_MARGIN:
            out.append(f"P(leak) {p:.3f} >= {model.threshold - ANCHOR_MARGIN:.2f} for {e.answer!r} {list(e.evaded)}")
    return out


def rules_verifier() -> Verifier:
    """The offline recognisers without the model (what the model is a second opinion on)."""
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


def passed(verifier: Verifier, split: str) -> list[LeakExample]:
    """The textual rows of ``split`` that the recognisers let through from the answer text alone."""
    out: list[LeakExample] = []
    rows = [json.loads(line) for line in (LEAKS / f"{split}.jsonl").read_text("utf-8").splitlines() if line.strip()]
    for row in rows:
        if not row.get("textual", True):
            continue
        evaded = frozenset(row["evaded"])
        if not verifier.verify_offline(evaded, row["answer"], question=row["question_innocuous"]).allowed:
            continue
        leak = row["label"] == "leak"
        out.append(LeakExample(row["answer"], tuple(sorted(evaded)), leak, row["value"] if leak else ""))
    return out


BARS = (0.7, 0.8, 0.9, 0.95)
"""The bars a fold is scored at (the shipped one is ``--threshold``)."""


def score(model: LeakModel, data: list[LeakExample]) -> np.ndarray:
    """Per bar of :data:`BARS`: (leaks the model blocks, leaks, harmless answers it blocks, harmless answers)
    among what the rules pass; shape ``(len(BARS), 4)``."""
    p = np.array([model.probability(e.answer, e.evaded) for e in data])
    leak = np.array([e.leak for e in data], dtype=bool)
    return np.array([[(p[leak] >= b).sum(), leak.sum(), (p[~leak] >= b).sum(), (~leak).sum()] for b in BARS])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", default=",".join(BURNED), help="comma-separated eval/leaks splits to fit on")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help="P(leak) at which the check blocks")
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out estimate first")
    ap.add_argument("--check", action="store_true", help="refit and compare with the shipped model file")
    args = ap.parse_args()
    splits = [s for s in args.splits.split(",") if s]
    verifier = rules_verifier()
    data = {s: passed(verifier, s) for s in track(splits, "recognisers")}
    if args.folds:
        total = np.zeros((len(BARS), 4), dtype=int)
        at = BARS.index(args.threshold) if args.threshold in BARS else 0
        for held in splits:
            train = [e for s in splits if s != held for e in data[s]]
            counts = score(fit_leaks(train, threshold=args.threshold), data[held])
            total += counts
            k = counts[at]
            print(
                f"  held out {held} (bar {BARS[at]}): leaks the rules missed, blocked {k[0]}/{k[1]};"
                f" harmless they passed, blocked {k[2]}/{k[3]}"
            )
        for bar, k in zip(BARS, total, strict=True):
            print(f"  all folds, bar {bar}: {k[0]}/{k[1]} missed leaks blocked, {k[2]}/{k[3]} passed harmless blocked")
    floor = anchors()
    rows = [e for s in splits for e in data[s]]
    provenance = {
        "sets": {s: {"rows": len(data[s]), "sha256": _sha256(LEAKS / f"{s}.jsonl")} for s in splits},
        "anchors": {"rows": len(floor), "sha256": _sha256(ANCHORS), "trained_on": False},
        "fitted_by": "scripts/fit_leak_model.py",
    }
    model = fit_leaks(rows, threshold=args.threshold, provenance=provenance)
    if broken_anchors(verifier, model, floor):
        # trained on only when needed: each anchor row costs the model some of what it learned from the authors
        provenance["anchors"]["trained_on"] = True
        model = fit_leaks(rows + floor, threshold=args.threshold, provenance=provenance)
    if broken := broken_anchors(verifier, model, floor):
        print(f"{ANCHORS.relative_to(ROOT)}: the refit would block harmless anchors; model not written:")
        for line in broken:
            print(f"  {line}")
        return 1
    if args.check:
        shipped = LeakModel.from_bytes(MODEL.read_bytes(), source=str(MODEL)) if MODEL.exists() else None
        drift = _drift(shipped, model)
        verdict = "matches a refit" if drift <= 0.05 else "DIFFERS from a refit"
        print(f"{MODEL.relative_to(ROOT)}: {verdict} (largest weight difference {drift:.2g})")
        return 0 if drift <= 0.05 else 1
    MODEL.write_bytes(model.to_bytes())
    print(
        f"wrote {MODEL.relative_to(ROOT)}: {len(model.keys)} weights from {sum(len(d) for d in data.values())} answers"
    )
    return 0


def _drift(shipped: LeakModel | None, refit: LeakModel) -> float:
    """The largest weight difference (inf if settings, sets or rows differ). The shipped weights are int8 with
    one scale, and floating-point order may differ between numpy builds: compared within a tolerance."""
    if shipped is None or (shipped.bits, shipped.threshold, shipped.provenance) != (
        refit.bits,
        refit.threshold,
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
