"""Training throughput and peak memory per method (SFT, DPO, NCA, NCA-P), side by side.

Each method runs in its own process (clean peak memory) through the real pipeline: SPY-Tune items ->
encoder -> ``PreferenceTrainer`` (LoRA r8 on the language model, reference pass with the adapter
disabled). Steps after the first ``--warmup`` are timed.

    .venv/bin/python benchmarks/train_bench.py                      # tiny Qwen2-VL on CPU
    python benchmarks/train_bench.py --size 7b --pixels 200704      # GPU: random Qwen2-VL-7B-sized model
    python benchmarks/train_bench.py --size 7b --pixels 1003520 --gradient-checkpointing

``--size 7b`` builds Qwen2-VL-7B's architecture (hidden 3584, 28 layers, vision depth 32) with random
weights in bf16 on the GPU: no download. The paper's image bounds are 200,704 to 1,003,520 pixels;
``--pixels P`` fixes both bounds to P so every image costs the same.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

METHODS = ("sft", "dpo", "nca", "ncap")
SEQS_PER_ITEM = {"sft": 1, "dpo": 2, "nca": 2, "ncap": 4}

QWEN2VL_7B_TEXT = {
    "vocab_size": 152064,
    "hidden_size": 3584,
    "intermediate_size": 18944,
    "num_hidden_layers": 28,
    "num_attention_heads": 28,
    "num_key_value_heads": 4,
    "max_position_embeddings": 32768,
    "rope_parameters": {"rope_type": "default", "rope_theta": 1000000.0, "mrope_section": [16, 24, 24]},
    "tie_word_embeddings": False,
}
QWEN2VL_7B_VISION = {
    "depth": 32,
    "embed_dim": 1280,
    "hidden_size": 3584,
    "num_heads": 16,
    "mlp_ratio": 4,
    "patch_size": 14,
    "spatial_merge_size": 2,
    "temporal_patch_size": 2,
}


def write_task(root: Path, n_items: int, seed: int) -> Path:
    """A SPY-Tune file in the paper's format with generated images (distractors, two scenarios each)."""
    import random

    from PIL import Image

    from guard.taxonomy import default_catalog

    cat = default_catalog()
    rng = random.Random(seed)
    labels = [c for c in cat.categories if c not in cat.absolute_default][:20]
    scen = list(cat.scenarios.values())
    items = []
    (root / "images").mkdir(parents=True, exist_ok=True)
    for i in range(n_items):
        label = labels[i % len(labels)]
        others = rng.sample([x for x in labels if x != label], 5)
        order = [*others[:2], label, *others[2:]]
        ref = {"scenario": scen[i % len(scen)].id, "2nd_person_template": scen[i % len(scen)].template}
        ref2 = {"scenario": scen[(i + 7) % len(scen)].id, "2nd_person_template": scen[(i + 7) % len(scen)].template}
        path = f"images/{i:04d}.png"
        Image.new("RGB", (640, 480), (rng.randrange(256), rng.randrange(256), rng.randrange(256))).save(root / path)
        name = cat.category(label).name
        items.append(
            {
                "benchmark_id": f"{i:06d}",
                "label": label,
                "other_labels": {x: (0.5 if x == label else rng.choice([0, 1])) for x in order},
                "question_item": {
                    "question_id": f"q{i}",
                    "image_path": path,
                    "question": f"What is the {name} shown in this image?",
                    "respond_ans": f"The {name} shown is {rng.randrange(10**6)}.",
                    "reject_ans": f"I'm sorry, but I can't share the {name}; it is private information.",
                },
                "non_privacy_scenarios": [ref],
                "privacy_scenarios": [ref2],
                "chosen_scenarios": [ref2],
            }
        )
    path = root / "tune.json"
    path.write_text(json.dumps({"data_list": items}))
    return path


def build_7b(tiny_dir: Path, dtype: Any) -> Any:
    """Random Qwen2-VL-7B-sized model on the GPU; token ids from the tiny tokenizer (same special tokens)."""
    import torch
    from transformers import Qwen2VLConfig, Qwen2VLForConditionalGeneration

    tiny = json.loads((tiny_dir / "config.json").read_text())
    ids = {k: tiny[k] for k in ("image_token_id", "video_token_id", "vision_start_token_id", "vision_end_token_id")}
    text = QWEN2VL_7B_TEXT | {k: tiny["text_config"][k] for k in ("bos_token_id", "eos_token_id", "pad_token_id")}
    config = Qwen2VLConfig(text_config=text, vision_config=QWEN2VL_7B_VISION, tie_word_embeddings=False, **ids)
    torch.set_default_dtype(dtype)
    with torch.device("cuda"):
        model = Qwen2VLForConditionalGeneration(config)
    torch.set_default_dtype(torch.float32)
    return model


def one(args: argparse.Namespace) -> dict[str, Any]:
    """Benchmark one method in this process; returns the figures."""
    import torch
    from transformers import AutoImageProcessor, AutoTokenizer, TrainerCallback

    from guard.train.data import build_examples, build_pairs, load_tune
    from guard.train.recipe import Recipe
    from guard.train.run import add_lora, load_base, make_trainer

    torch.set_num_threads(args.threads)
    work = Path(args.work)
    tiny = work / "tiny"
    gpu = torch.cuda.is_available()
    pixels = {"min_pixels": args.pixels, "max_pixels": args.pixels} if args.pixels else {}
    recipe = Recipe.model_validate(
        {"method": args.one, "batch_size": args.batch_size, "max_steps": args.steps + args.warmup}
        | {"gradient_checkpointing": args.gradient_checkpointing, "save_steps": 10**6, "logging_steps": 10**6}
        | {"eval_fraction": 0.0, "max_length": 8192, "distractors": True}
        | pixels
    )
    tune = load_tune(work / "task" / "tune.json")
    items: list[Any] = list(build_pairs(tune) if args.one == "ncap" else build_examples(tune))
    if args.size == "7b":
        model = build_7b(tiny, torch.bfloat16)
        tok, proc = AutoTokenizer.from_pretrained(tiny), AutoImageProcessor.from_pretrained(tiny)
    else:
        model, tok, proc = load_base(tiny)
    model = add_lora(model, recipe)
    trainer = make_trainer(recipe, model, tok, proc, work / "task", items, [], work / f"out-{args.one}")

    marks: list[float] = []

    class Clock(TrainerCallback):  # type: ignore[misc]
        def on_step_end(self, *_: Any, **__: Any) -> None:
            if gpu:
                torch.cuda.synchronize()
            marks.append(time.perf_counter())

    trainer.add_callback(Clock())
    if gpu:
        torch.cuda.reset_peak_memory_stats()
    trainer.train()
    timed = marks[args.warmup :]
    secs = timed[-1] - marks[args.warmup - 1] if args.warmup else timed[-1] - marks[0]
    steps = len(timed) if args.warmup else len(timed) - 1
    per_step = args.batch_size * recipe.grad_accum
    seqs = per_step * SEQS_PER_ITEM[args.one]
    return {
        "method": args.one,
        "size": args.size,
        "device": torch.cuda.get_device_name() if gpu else "cpu",
        "steps": steps,
        "items_per_s": steps * per_step / secs,
        "sequences_per_s": steps * seqs / secs,
        "s_per_step": secs / steps,
        "peak_mem_gib": (
            torch.cuda.max_memory_allocated() if gpu else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        )
        / 2**30,
        "mem_kind": "GPU max allocated" if gpu else "process peak RSS",
        "trainable_params": sum(p.numel() for p in model.parameters() if p.requires_grad),
        "seq_len": int(trainer.data_collator(items[: args.batch_size])["input_ids"].shape[1]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=("tiny", "7b"), default="tiny")
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--steps", type=int, default=20, help="timed steps per method")
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=4, help="items per step (NCA-P: pairs)")
    ap.add_argument("--pixels", type=int, default=0, help="fix min=max pixels (paper: 200704 .. 1003520)")
    ap.add_argument("--gradient-checkpointing", action="store_true")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--work", default=None)
    ap.add_argument("--one", choices=METHODS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args)))
        return

    from rich.console import Console
    from rich.table import Table

    from guard.train.tiny import build_tiny_qwen2vl

    work = Path(args.work or tempfile.mkdtemp(prefix="guard-train-bench-"))
    args.work = str(work)
    if not (work / "tiny" / "config.json").is_file():
        build_tiny_qwen2vl(work / "tiny")
    if not (work / "task" / "tune.json").is_file():
        write_task(work / "task", n_items=64, seed=0)
    rows = []
    for method in args.methods.split(","):
        cmd = [sys.executable, __file__, "--one", method, *sys.argv[1:]]
        if "--work" not in sys.argv:
            cmd += ["--work", str(work)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            Console(stderr=True).print(f"{method}: failed\n{proc.stderr[-3000:]}", markup=False)
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        Console(stderr=True).print(f"{method}: {rows[-1]['items_per_s']:.2f} items/s", markup=False)
    if not rows:
        sys.exit(1)
    title = f"guard train throughput: {args.size} Qwen2-VL, LoRA r8, batch {args.batch_size}, {rows[0]['device']}"
    table = Table(title=title)
    for col in ("method", "items/s", "seqs/s", "s/step", "peak mem GiB", "seq len", "trainable"):
        table.add_column(col, justify="right")
    for r in rows:
        table.add_row(
            r["method"],
            f"{r['items_per_s']:.2f}",
            f"{r['sequences_per_s']:.2f}",
            f"{r['s_per_step']:.3f}",
            f"{r['peak_mem_gib']:.2f}",
            str(r["seq_len"]),
            f"{r['trainable_params']:,}",
        )
    Console().print(table)
    Console().print(f"memory: {rows[0]['mem_kind']}; items = examples (NCA-P: prompt pairs) per second")


if __name__ == "__main__":
    main()
