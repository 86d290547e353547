"""Does training teach the instruction? Held-out preference accuracy before/after SFT, DPO, NCA, NCA-P.

A small learnable task from the synthetic suite (``guard data synth``'s generator): a few categories,
the target statement only (no distractors), one conflict and one compatible scenario per item. Items
are split by image, so held-out prompts ask about unseen images, values and phrasings. Every method
is scored on the same held-out prompts (the five situations of docs/design.md#training-objectives): a
prompt counts when the chosen answer's summed log-prob is above the rejected one's, under the adapter.

    .venv/bin/python benchmarks/train_learning.py                    # all four methods, tiny model, CPU
    .venv/bin/python benchmarks/train_learning.py --methods ncap --seed 1       # another suite, split, base

"respond"/"reject" split the held-out accuracy by which answer is chosen: a prompt-blind adapter
scores ~100% on one side and ~0% on the other.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CATEGORIES = ("a24_birth_date", "a32_drivers_license", "a49_phone", "a103_license_plate_complete")

# Our LoRA starting points for the tiny random model (not the paper's full fine-tuning values).
# beta 0.01 (the paper's NCA value) matters: NCA raises the chosen answer only until
# r(y_w) = beta * (log pi - log pi_ref) = log 2, and its push on the rejected one, 0.5 sigmoid(r(y_l)),
# fades a few units of r below 0. At beta 0.1 both stop (~7 and ~30-50 nats) before the random base's
# own log-prob gap between the two ~25-token answers closes: rewards ranked 98% of held-out prompts
# right while raw log-probs stayed near chance (53%); at 0.01 the log-probs move far enough.
SETTINGS: dict[str, dict[str, Any]] = {
    "sft": {"learning_rate": 3e-3, "beta": 0.01},
    "dpo": {"learning_rate": 3e-3, "beta": 0.01},
    "nca": {"learning_rate": 3e-3, "beta": 0.01},
    "ncap": {"learning_rate": 3e-3, "beta": 0.01},
}
COMMON: dict[str, Any] = {"min_pixels": 784, "max_pixels": 3136, "lora_alpha": 16, "warmup_ratio": 0.05}
"""56x56-pixel images (4 image tokens) keep a CPU step well under a second."""


def heldout_accuracy(
    model: Any, collator: Any, examples: list[Any], batch: int = 8
) -> tuple[float, float, float, list[bool]]:
    """(preference accuracy, reward accuracy, mean log-prob margin, per-prompt wins) of chosen over rejected.

    Preference accuracy compares raw log-probs (what the issue asks for); reward accuracy compares
    log pi - log pi_ref, i.e. what the adapter changed, free of the random base's length bias.
    """
    import torch

    from guard.train.trainer import batch_logps, reference_logps

    wins: list[bool] = []
    rwins, margins = 0, []
    model.eval()
    with torch.no_grad():
        for i in range(0, len(examples), batch):
            b = collator(examples[i : i + batch])
            lp = batch_logps(model, b).view(-1, 2)
            r = lp - reference_logps(model, b).view(-1, 2)
            wins += (lp[:, 0] > lp[:, 1]).tolist()
            rwins += int((r[:, 0] > r[:, 1]).sum())
            margins += (lp[:, 0] - lp[:, 1]).tolist()
    return sum(wins) / len(examples), rwins / len(examples), sum(margins) / len(margins), wins


def split_accuracy(wins: list[bool], respond: list[bool]) -> tuple[float, float]:
    """Preference accuracy on prompts whose chosen answer is the respond one, and on the reject ones.

    A prompt-blind adapter (always favour one answer) scores ~100% on one side and ~0% on the other.
    """
    r = [w for w, x in zip(wins, respond, strict=True) if x]
    j = [w for w, x in zip(wins, respond, strict=True) if not x]
    return sum(r) / max(1, len(r)), sum(j) / max(1, len(j))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--methods", default="sft,dpo,nca,ncap")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--images", type=int, default=60, help="synthetic training+held-out images")
    ap.add_argument(
        "--prompts-per-step",
        type=int,
        default=8,
        help="prompts per optimiser step for every method (NCA-P: half as many p0/p1 pairs), so all see the same data",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scenarios", type=int, default=1, help="conflict and compatible scenarios per item")
    ap.add_argument("--lr", type=float, default=None, help="override every method's learning rate")
    ap.add_argument("--beta", type=float, default=None, help="override every method's beta")
    ap.add_argument("--init-std", type=float, default=0.02, help="tiny base's text init (0.02 = Qwen2's)")
    ap.add_argument("--head-std", type=float, default=0.2, help="tiny base's lm_head init (see tiny.py)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest for this tiny model)")
    ap.add_argument("--work", type=Path, default=None, help="keep the suite, model and adapters here")
    args = ap.parse_args()

    import torch
    from rich.console import Console
    from rich.table import Table

    from guard.synth import generate_suite
    from guard.train.data import build_examples, build_pairs, load_tune, split_items
    from guard.train.recipe import Recipe
    from guard.train.run import add_lora, load_base, make_trainer
    from guard.train.tiny import build_tiny_qwen2vl

    console = Console(stderr=True)
    torch.set_num_threads(args.threads)
    work = args.work or Path(tempfile.mkdtemp(prefix="guard-learn-"))
    suite = work / "suite"
    if not (suite / "tune.json").is_file():
        generate_suite(
            suite,
            n=1,
            tune_n=args.images,
            seed=args.seed,
            categories=CATEGORIES,
            facts_per_image=1,
            questions_per_fact=2,
            distractors=0,
            conflict_scenarios=args.scenarios,
            compatible_scenarios=args.scenarios,
        )
    base = work / f"tiny-init{args.init_std:g}-head{args.head_std:g}"
    if not (base / "config.json").is_file():
        build_tiny_qwen2vl(base, seed=args.seed, init_std=args.init_std, head_std=args.head_std)
    tune = load_tune(suite / "tune.json")
    train_tune, held_tune = split_items(tune, 0.25, args.seed)  # whole images held out
    held = build_examples(held_tune, distractors=False)
    respond_ans = {it.benchmark_id: it.question_item.respond_ans for it in held_tune.data_list}
    held_respond = [ex.chosen == respond_ans[ex.item_id] for ex in held]
    seen = {it.question_item.image_path for it in train_tune.data_list}
    assert not seen & {it.question_item.image_path for it in held_tune.data_list}, "held-out image in training"
    console.print(
        f"task: {len(train_tune.data_list)} train / {len(held_tune.data_list)} held-out items "
        f"({len(held)} held-out prompts), categories {', '.join(CATEGORIES)}"
    )

    rows: list[tuple[Any, ...]] = []
    for method in args.methods.split(","):
        torch.manual_seed(args.seed)
        per_step = max(1, args.prompts_per_step // 2) if method == "ncap" else args.prompts_per_step
        recipe = Recipe.model_validate(
            {"method": method, "max_steps": args.steps, "batch_size": per_step, "distractors": False}
            | {"eval_fraction": 0.0, "logging_steps": max(1, args.steps // 5), "seed": args.seed}
            | {"save_steps": 10**6}
            | COMMON
            | SETTINGS[method]
            | ({"learning_rate": args.lr} if args.lr else {})
            | ({"beta": args.beta} if args.beta else {})
        )
        build = build_pairs if method == "ncap" else build_examples
        train_items: list[Any] = list(build(train_tune, distractors=False))
        model, tok, proc = load_base(base)
        model = add_lora(model, recipe)
        trainer = make_trainer(recipe, model, tok, proc, suite, train_items, [], work / f"run-{method}", console)
        collator = trainer.eval_collator  # chosen and rejected, the same encoder training uses
        before, _, m0, _ = heldout_accuracy(model, collator, held)
        t0 = time.perf_counter()
        trainer.train()
        secs = time.perf_counter() - t0
        after, reward_acc, m1, wins = heldout_accuracy(model, collator, held)
        acc_respond, acc_reject = split_accuracy(wins, held_respond)
        train_acc, _, _, _ = heldout_accuracy(model, collator, build_examples(train_tune, distractors=False)[:200])
        row: tuple[Any, ...] = (method, args.steps, len(train_items), before, after, acc_respond, acc_reject)
        rows.append((*row, reward_acc, train_acc, m0, m1, secs))
        console.print(f"{method}: held-out preference accuracy {before:.1%} -> {after:.1%} in {secs:.0f}s")

    title = (
        f"held-out preference accuracy, tiny Qwen2-VL + LoRA r8, {args.steps} steps x {args.prompts_per_step} prompts"
    )
    table = Table(title=title + ", CPU")
    cols: tuple[str, ...] = (
        "method",
        "steps",
        "train items",
        "pref acc before",
        "after",
        "respond",
        "reject",
        "reward acc",
    )
    cols += ("train pref acc",)
    for col in (*cols, "logp margin", "train s"):
        table.add_column(col, justify="right")
    for method, steps, n, b, a, a_resp, a_rej, ra, ta, m0, m1, secs in rows:
        table.add_row(
            method,
            str(steps),
            str(n),
            f"{b:.1%}",
            f"{a:.1%}",
            f"{a_resp:.1%}",
            f"{a_rej:.1%}",
            f"{ra:.1%}",
            f"{ta:.1%}",
            f"{m0:+.1f} -> {m1:+.1f}",
            f"{secs:.0f}",
        )
    Console(width=200).print(table)
    keys: tuple[str, ...] = (
        "before",
        "after",
        "after_respond",
        "after_reject",
        "reward_acc",
        "train_acc",
        "margin_before",
        "margin_after",
        "seconds",
    )
    out = {r[0]: dict(zip(keys, r[3:], strict=True)) for r in rows}
    (work / "learning.json").write_text(json.dumps(out, indent=2))
    Console().print(f"results: {work / 'learning.json'}")


if __name__ == "__main__":
    main()
