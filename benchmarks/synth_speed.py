"""Synthetic suite speed and size, and the leak scorer's cost, side by side in one run.

Targets (issue 5): the default suite (a few hundred images) in well under a minute on this machine;
a tiny suite for tests (n=20) in about 1-2 s. The leak scorer runs once per answer in certify and in
output verification, so its per-call cost is printed too.

    .venv/bin/python benchmarks/synth_speed.py [--n 150] [--seed 0]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from guard.synth import find_leak
from guard.synth.suite import SynthConfig, generate_suite


def _size_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=SynthConfig().n, help="bench images of the default-size run")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for label, cfg in (
            ("tiny (n=20, tune 0)", SynthConfig(n=20, tune_n=0, seed=args.seed)),
            ("tiny (n=20, tune 20)", SynthConfig(n=20, seed=args.seed)),
            (f"default (n={args.n}, tune {args.n})", SynthConfig(n=args.n, seed=args.seed)),
        ):
            out = root / label.split()[0] / str(cfg.tune_n)
            start, cpu0 = time.perf_counter(), time.process_time()
            manifest = generate_suite(out, cfg)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu0
            images = manifest.images["bench"] + manifest.images["tune"]
            rows.append(
                (
                    label,
                    f"{images:4d} images  {manifest.items['bench']:5d}+{manifest.items['tune']:<5d} items  "
                    f"{wall:6.2f} s wall  {cpu:6.2f} s cpu  {1000 * wall / images:6.1f} ms/image  "
                    f"{_size_mb(out):6.1f} MB  {len(manifest.per_category)} categories",
                )
            )

    response = (
        "Sure. The passenger is MÜLLER/ANNA, booking reference QX7K2Z, seat 14C, card 4111 1111-1111 1111. "
        "The flight leaves Frankfurt at 16:50 and lands in Madrid at 19:25; keep the receipt for €23.45."
    ) * 3
    values = ["4111111111111111", "QX7K2Z", "Anna Müller", "5500 0000 0000 0004", "23.45", "not in there"]
    timings: list[float] = []
    for _ in range(2000):
        for v in values:
            t = time.perf_counter()
            find_leak(response, v)
            timings.append(time.perf_counter() - t)
    timings.sort()
    rows.append(
        (
            "leak scorer",
            f"{len(response)}-char answer: p50 {1e6 * statistics.median(timings):.1f} us, "
            f"p99 {1e6 * timings[int(0.99 * len(timings))]:.1f} us per value",
        )
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory", f"{peak:.0f} MB (whole process)"))
    width = max(len(r[0]) for r in rows)
    for name, figures in rows:
        print(f"{name:<{width}}  {figures}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
