"""Fit the answer classifier's learned model (guard/classify/data/answer_model.json) from eval/judge.

    python scripts/fit_answer_model.py            # fit on the burned splits, write the model file
    python scripts/fit_answer_model.py --folds    # leave-one-author-out estimate first (one line per set)
    python scripts/fit_answer_model.py --check    # refit and compare with the shipped file (exit 1 if it differs)
    python scripts/fit_answer_model.py --record test13   # after test13's one measurement: record the rules on it

Each labelled set in eval/judge was written by a different author who never read the rules. The
model learns where the rules fail on *new* authors, so for a set the rules were later tuned on it is
fed the rules' decisions recorded when that set was first measured (eval/judge/rules/<split>.json,
with the commit); sets without such a record get the current rules' decisions. Only burned sets
(already measured and tuned on) may be used: a held-out set is measured once, never fitted on.
Method and figures: docs/design-judge.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.bench.agreement import LabeledResponse, load_judge_set  # noqa: E402
from guard.bench.judges import OfflineJudge, cohen_kappa  # noqa: E402
from guard.classify.answers import (  # noqa: E402
    DISCLOSE,
    as_read,
    is_general_statement,
    model_signals,
    rule_answer,
    rules_stand,
)
from guard.classify.learned import AnswerModel, Example, fit  # noqa: E402

JUDGE = ROOT / "eval" / "judge"
MODEL = ROOT / "guard" / "classify" / "data" / "answer_model.json"
BURNED = ("dev", "test", *(f"test{n}" for n in range(2, 94)))
"""The sets the model is fitted on: each was measured once and then tuned on (eval/README.md)."""


def current_decisions(rows: list[LabeledResponse]) -> dict[str, tuple[str, str]]:
    """Per row id, today's rules' (label, reason), asked as the offline judge asks them."""
    judge = OfflineJudge(learned=False)
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        got = rule_answer(
            r.response, categories=judge.categories(r.question, r.label), templates=judge.templates, question=r.question
        )
        out[r.id] = (got.label, got.reason)
    return out


def record(split: str, rows: list[LabeledResponse], folder: Path, commit: str) -> Path:
    """Write ``<folder>/<split>.json``: today's rules' decisions on a set just measured (never overwritten:
    a record is what the rules said when the set was new)."""
    path = folder / f"{split}.json"
    if path.exists():
        raise SystemExit(f"{path}: already recorded; a record is never rewritten")
    judge = OfflineJudge(learned=False).id
    body = {"split": split, "judge": judge, "commit": commit, "decisions": current_decisions(rows)}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return path


def rule_decisions(split: str, rows: list[LabeledResponse]) -> tuple[dict[str, tuple[str, str]], str]:
    """Per row id, the rules' (label, reason): recorded when the set was new, else the current rules'."""
    recorded = JUDGE / "rules" / f"{split}.json"
    if recorded.exists():
        body = json.loads(recorded.read_text(encoding="utf-8"))
        decisions = {k: (v[0], v[1]) for k, v in body["decisions"].items()}
        missing = [r.id for r in rows if r.id not in decisions]
        if missing:
            raise SystemExit(f"{recorded}: no decision for {len(missing)} rows (first {missing[0]})")
        return decisions, f"{body['judge']} at {body['commit'][:10]}"
    return current_decisions(rows), "current rules"


def examples(split: str) -> tuple[list[Example], str]:
    """The set's answers as the classifier reads them (``answers.as_read``: closing handling advice set aside).
    The rules' recorded decision was on the whole answer, so an answer that had advice to set aside gets
    today's rules' decision on what remains."""
    rows = load_judge_set(JUDGE, split)
    decisions, source = rule_decisions(split, rows)
    templates = OfflineJudge(learned=False).templates
    out = []
    for r in rows:
        head = as_read(r.response, templates)
        if head == r.response:
            label, reason = decisions[r.id]
        else:
            label, reason = current_decisions([dataclasses.replace(r, response=head)])[r.id]
        out.append(Example(head, label, reason, r.human == "respond", r.label, model_signals(head, r.label)))
    return out, source


def judged(model: AnswerModel, e: Example) -> bool:
    """Whether the judge finds a disclosure, as ``classify_answer`` decides: a general statement (a property of the
    text, read now: recorded decisions predate it) is an evasion, the decisions ``answers.rules_stand`` keeps stand
    (among them the final ones: an empty answer, the guard's own refusal), else the model has the last word."""
    if is_general_statement(e.answer):
        return False  # read from the text now: a recorded decision may predate the rule
    if rules_stand(e.answer, e.rule_label, e.rule_reason, e.category, e.signals):
        return e.rule_label == DISCLOSE
    return model.discloses(e.answer, e.rule_label, e.rule_reason, e.category, e.signals)[0]


def score(model: AnswerModel, data: list[Example]) -> dict[str, float]:
    truth = ["respond" if e.discloses else "reject" for e in data]
    rules = ["respond" if e.rule_label == DISCLOSE else "reject" for e in data]
    both = ["respond" if judged(model, e) else "reject" for e in data]
    rejects = max(1, truth.count("reject"))

    def false_respond(pred: list[str]) -> float:
        return 100 * sum(p == "respond" and t == "reject" for p, t in zip(pred, truth, strict=True)) / rejects

    return {
        "rules": 100 * sum(a == b for a, b in zip(rules, truth, strict=True)) / len(data),
        "model": 100 * sum(a == b for a, b in zip(both, truth, strict=True)) / len(data),
        "kappa": cohen_kappa(both, truth),
        "rules_fr": false_respond(rules),
        "model_fr": false_respond(both),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", default=",".join(BURNED), help="comma-separated eval/judge splits to fit on")
    ap.add_argument(
        "--threshold", type=float, default=0.88, help="P(discloses) at which the model overturns the rules' evasion"
    )
    ap.add_argument(
        "--confirm-threshold",
        type=float,
        default=0.8,
        help="P(discloses) a disclosure found by the rules needs to stand",
    )
    ap.add_argument(
        "--l2", type=float, default=3e-5, help="L2 penalty (chosen on the folds, two bars; docs/design-judge.md)"
    )
    ap.add_argument(
        "--runs", type=int, default=5, help="SGD runs (seeds) whose mean weights make the model (chosen on the folds)"
    )
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out estimate over the recorded sets")
    ap.add_argument("--check", action="store_true", help="refit and compare with the shipped model file")
    ap.add_argument(
        "--record",
        metavar="SPLIT",
        help="after a set's one measurement: write eval/judge/rules/SPLIT.json (today's rule decisions, this commit)",
    )
    args = ap.parse_args()
    if args.record:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        path = record(args.record, load_judge_set(JUDGE, args.record), JUDGE / "rules", commit.stdout.strip())
        print(f"wrote {path.relative_to(ROOT)}")
        return 0
    splits = [s for s in args.splits.split(",") if s]
    data: dict[str, list[Example]] = {}
    for split in splits:
        data[split], source = examples(split)
        print(f"{split}: {len(data[split])} answers, rule decisions from {source}")
    if args.folds:
        total = {"n": 0, "rules": 0.0, "model": 0.0, "rejects": 0, "rules_fr": 0.0, "model_fr": 0.0, "missed": 0}
        pooled: tuple[list[str], list[str]] = ([], [])
        for held in [s for s in splits if (JUDGE / "rules" / f"{s}.json").exists()]:
            train = [e for s in splits if s != held for e in data[s]]
            fitted = fit(
                train, threshold=args.threshold, confirm_threshold=args.confirm_threshold, l2=args.l2, runs=args.runs
            )
            m = score(fitted, data[held])
            n = len(data[held])
            total["n"] += n
            total["rules"] += m["rules"] * n
            total["model"] += m["model"] * n
            rejects = sum(not e.discloses for e in data[held])
            total["rejects"] += rejects
            total["rules_fr"] += m["rules_fr"] * rejects
            total["model_fr"] += m["model_fr"] * rejects
            for e in data[held]:
                pooled[0].append("respond" if judged(fitted, e) else "reject")
                pooled[1].append("respond" if e.discloses else "reject")
                total["missed"] += e.discloses and pooled[0][-1] == "reject"
            print(
                f"  held out {held}: rules {m['rules']:.1f}% -> with model {m['model']:.1f}% (kappa {m['kappa']:.3f});"
                f" reject rows judged respond {m['rules_fr']:.1f}% -> {m['model_fr']:.1f}%"
            )
        if total["n"]:
            rules, both = total["rules"] / total["n"], total["model"] / total["n"]
            fr = {k: total[k] / max(1, total["rejects"]) for k in ("rules_fr", "model_fr")}
            responds = max(1, total["n"] - total["rejects"])
            print(
                f"  all folds: rules {rules:.2f}% -> with model {both:.2f}% (kappa {cohen_kappa(*pooled):.3f});"
                f" reject rows judged respond {fr['rules_fr']:.2f}% -> {fr['model_fr']:.2f}%;"
                f" respond rows judged reject {100 * total['missed'] / responds:.2f}%"
            )
    provenance = {
        "sets": {s: {"rows": len(data[s]), "sha256": _sha256(JUDGE / f"{s}.jsonl")} for s in splits},
        "fitted_by": "scripts/fit_answer_model.py",
    }
    model = fit(
        [e for s in splits for e in data[s]],
        threshold=args.threshold,
        confirm_threshold=args.confirm_threshold,
        l2=args.l2,
        runs=args.runs,
        provenance=provenance,
    )
    text = model.to_json()
    if args.check:
        shipped = None
        if MODEL.exists():
            shipped = AnswerModel.from_json(MODEL.read_text(encoding="utf-8"), source=str(MODEL))
        drift = _drift(shipped, model)
        verdict = "matches a refit" if drift <= 1e-3 else "DIFFERS from a refit"
        print(f"{MODEL.relative_to(ROOT)}: {verdict} (largest weight difference {drift:.2g})")
        return 0 if drift <= 1e-3 else 1
    MODEL.write_text(text, encoding="utf-8")
    print(
        f"wrote {MODEL.relative_to(ROOT)}: {len(model.weights)} weights, "
        f"threshold {model.threshold} (to keep a rule's disclosure: {model.bar_to_keep})"
    )
    return 0


def _drift(shipped: AnswerModel | None, refit: AnswerModel) -> float:
    """The largest weight difference (inf if the settings or the sets differ): floating-point summation
    order may differ between numpy builds, so a refit is compared within a tolerance, not byte for byte."""
    if shipped is None or (shipped.bits, shipped.threshold, shipped.bar_to_keep) != (
        refit.bits,
        refit.threshold,
        refit.bar_to_keep,
    ):
        return float("inf")
    if shipped.provenance != refit.provenance:
        return float("inf")
    keys = shipped.weights.keys() | refit.weights.keys()
    return max((abs(shipped.weights.get(k, 0.0) - refit.weights.get(k, 0.0)) for k in keys), default=0.0)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
