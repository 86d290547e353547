"""Benchmark (not a test): the question classifier's time on long questions of adversarial shapes.

    .venv/bin/python tests/classify/bench_questions.py

Prints seconds for a 20 KB and a 200 KB question (the classifier's text budget) of the same shape, so
a quadratic step shows as a ratio near 100 instead of 10. Timings are never asserted in unit tests.
"""

from __future__ import annotations

import time

from guard.classify.questions import question_targets

SHAPES = {
    "asks": "how old is she ",
    "values": "is the woman young, old or ",
    "things": "the dog's name and the age of the tree ",
    "languages": "Wie alt ist sie? ¿Es musulmán? Is she a lesbian or ",
    "senses": "plate ",
    "sentences": "a. ",
    "blanks": "\n",  # a run of blank characters: two optional space runs in a row once backtracked cubically
    "clauses": "is he hurt, and what is ",
}


def timed(text: str) -> float:
    started = time.perf_counter()
    question_targets(text)
    return time.perf_counter() - started


def main() -> None:
    print(f"{'shape':<10} {'20 KB s':>8} {'200 KB s':>9} {'ratio':>6}")
    for name, unit in SHAPES.items():
        a = timed(unit * (20_000 // len(unit)))
        b = timed(unit * (200_000 // len(unit)))
        print(f"{name:<10} {a:8.3f} {b:9.3f} {b / max(a, 1e-9):6.1f}")


if __name__ == "__main__":
    main()
