"""``guard train`` and ``guard adapters``; torch and friends load inside commands."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

import typer

from guard.cli.console import EXIT_USAGE, err, fail, out, row, say, warn
from guard.cli.options import FLAG
from guard.errors import GuardError

adapters_app = typer.Typer(help="Trained LoRA adapters registered in adapters/registry.yaml.", no_args_is_help=True)


class MethodChoice(StrEnum):
    """``--method`` values: the training objectives."""

    sft = "sft"
    dpo = "dpo"
    nca = "nca"
    ncap = "ncap"


def main_process() -> bool:
    """False on the non-zero ranks of a distributed launch (accelerate/torchrun set RANK and LOCAL_RANK)."""
    return all(os.environ.get(var, "0") in ("", "0") for var in ("RANK", "LOCAL_RANK"))


def train(
    method: MethodChoice = typer.Option(
        ..., "--method", metavar="sft|dpo|nca|ncap", help="Training objective: sft, dpo, nca or ncap."
    ),
    base: Path = typer.Option(
        ..., "--base", metavar="DIR", help="Base model directory (Qwen2-VL, saved with save_pretrained)."
    ),
    data: Path = typer.Option(..., "--data", metavar="FILE", help="SPY-Tune JSON file (data_list)."),
    images: Path = typer.Option(
        ..., "--images", metavar="DIR", help="Directory the items' image_path values are relative to (and confined to)."
    ),
    out_dir: Path = typer.Option(
        ..., "--out", "-o", metavar="DIR", help="Output directory for the adapter and its manifest."
    ),
    recipe: Path | None = typer.Option(
        None, "--recipe", metavar="FILE", help="Recipe YAML (default: train/METHOD.yaml if present)."
    ),
    max_steps: int | None = typer.Option(
        None, "--max-steps", min=1, metavar="N", help="Stop after N optimisation steps."
    ),
    name: str | None = typer.Option(None, "--name", metavar="NAME", help="Register the adapter under this name."),
    registry: Path = typer.Option(
        Path("adapters/registry.yaml"), "--registry", metavar="FILE", help="Adapter registry file."
    ),
    resume: bool = typer.Option(
        False,
        "--resume",
        metavar=FLAG,
        help="Resume from the last checkpoint in --out (same method, base, data and LoRA shape).",
    ),
) -> None:
    """Train a LoRA adapter for Qwen2-VL on SPY-Tune data (SFT, DPO, NCA or NCA-P).

    Recipe, data and images are checked before the base model loads; a run whose loss or weights
    stop being finite stops with exit 2 and nothing is saved or registered.
    """
    from guard.train.recipe import default_recipe_path, load_recipe
    from guard.train.run import run_training

    try:
        recipe_path = recipe if recipe is not None else default_recipe_path(method.value)
        cfg = load_recipe(recipe_path, method.value)
        if main_process():  # one line per launch, not one per worker
            warn(f"recipe: {recipe_path or 'built-in defaults'}")
        if max_steps is not None:
            cfg = cfg.model_copy(update={"max_steps": max_steps})
        result = run_training(
            cfg,
            base=base,
            data=data,
            images=images,
            out_dir=out_dir,
            resume=resume,
            register_as=name,
            registry=registry,
            console=err,
        )
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)
    say(f"adapter written to {result.adapter_dir}")
    for key, value in sorted(result.metrics.items()):
        say(f"  {key}: {value:.4f}")
    if result.registered_as:
        say(f"registered as {result.registered_as!r} in {registry}")


@adapters_app.command("list")
def list_adapters(
    registry: Path = typer.Option(
        Path("adapters/registry.yaml"), "--registry", metavar="FILE", help="Adapter registry file."
    ),
) -> None:
    """List registered adapters: name, method, base model, path and final eval metrics."""
    from rich.table import Table

    from guard.train.registry import load_registry

    try:
        entries = load_registry(registry)
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)
    if not entries:
        say(f"no adapters registered in {registry}")
        return
    table = Table("name", "method", "base", "path", "pref acc", "created")
    for name, entry in sorted(entries.items()):
        m = entry.manifest
        acc = m.final_metrics.get("eval_pref_accuracy") if m else None
        table.add_row(
            *row(
                [
                    name,
                    m.method if m else "?",
                    m.base_model if m else "?",
                    entry.path,
                    f"{acc:.3f}" if acc is not None else "-",
                    m.created if m else "-",
                ]
            )
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    """Attach ``train`` and ``adapters`` to the root app (one line in app.py)."""
    app.command("train")(train)
    app.add_typer(adapters_app, name="adapters")
