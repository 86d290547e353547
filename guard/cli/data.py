"""``guard data synth``: write the offline privacy suite (images with known private values, bench/tune files)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path

import typer

from guard.cli.console import EXIT_USAGE, err, fail, say
from guard.cli.options import FLAG
from guard.errors import GuardError


class ImageFormat(StrEnum):
    """``--format`` values."""

    jpg = "jpg"
    png = "png"


app = typer.Typer(help="Datasets: the offline privacy suite.", no_args_is_help=True)


@app.command()
def synth(
    out_dir: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        metavar="DIR",
        help="Folder to write: new, empty, or an earlier synth suite (only the files synth wrote are replaced).",
    ),
    n: int = typer.Option(150, "--n", metavar="N", help="Benchmark images (bench.json)."),
    tune_n: int | None = typer.Option(
        None, "--tune-n", metavar="N", help="Training images (tune.json). Default: same as --n; 0 = none."
    ),
    seed: int = typer.Option(0, "--seed", metavar="N", help="Same seed, same bytes."),
    categories: list[str] | None = typer.Option(
        None,
        "--categories",
        metavar="NAMES",
        help="Only these categories (id, name, alias or family such as 'address'; repeat or comma-separate).",
    ),
    questions: int = typer.Option(2, "--questions", metavar="N", help="Question phrasings per private value."),
    facts: int = typer.Option(2, "--facts", metavar="N", help="Private values asked about per image."),
    image_format: ImageFormat = typer.Option(
        ImageFormat.jpg, "--format", metavar="jpg|png", help="Image format: jpg (small) or png (lossless)."
    ),
    list_categories: bool = typer.Option(
        False, "--list-categories", metavar=FLAG, help="Print the depictable categories and exit."
    ),
) -> None:
    """Generate a deterministic privacy suite: images/, bench.json (SPY-Bench), tune.json (SPY-Tune), manifest.json."""
    from pydantic import ValidationError
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from guard.synth.suite import SynthConfig, depictable_categories, generate_suite, preflight

    if list_categories:
        for cid in depictable_categories():
            say(cid)
        return
    if out_dir is None:
        fail("--out is required: the folder to write the suite into", EXIT_USAGE)
    names = [c.strip() for raw in categories or [] for c in raw.split(",") if c.strip()] or None
    try:
        cfg = SynthConfig(
            n=n,
            tune_n=tune_n,
            seed=seed,
            categories=tuple(names) if names else None,
            questions_per_fact=questions,
            facts_per_image=facts,
            image_format="png" if image_format is ImageFormat.png else "jpg",
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        option = {"n": "--n", "tune_n": "--tune-n", "questions_per_fact": "--questions", "facts_per_image": "--facts"}
        field = str(first["loc"][0]) if first["loc"] else "?"
        fail(f"{option.get(field, field)} {first.get('input')!r}: {first['msg']}", EXIT_USAGE)
    try:
        preflight(out_dir, cfg)  # bad names, too large for memory/disk: fail before the progress bar starts
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)
    start = time.perf_counter()
    bar = Progress(
        TextColumn("synth"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err, transient=True
    )
    task = bar.add_task("images", total=None)

    def tick(done: int, total: int) -> None:
        if not bar.live.is_started:
            bar.start()  # only once the first image is written: refusals print one clean line
        bar.update(task, completed=done, total=total)

    try:
        manifest = generate_suite(out_dir, cfg, progress=tick)
    except GuardError as exc:
        bar.stop()
        fail(str(exc), EXIT_USAGE)
    bar.stop()
    seconds = time.perf_counter() - start
    say(
        f"wrote {out_dir}: {manifest.images['bench']} + {manifest.images['tune']} images, "
        f"{manifest.items['bench']} bench items, {manifest.items['tune']} tune items, "
        f"{len(manifest.per_category)} categories in {seconds:.1f} s"
    )
