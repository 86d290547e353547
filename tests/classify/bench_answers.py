"""Benchmark (not a test): the answer classifier's time on 1 MB answers of adversarial shapes.

    .venv/bin/python tests/classify/bench_answers.py

Prints seconds per shape and category next to a 100 KB run of the same shape, so a quadratic
pattern shows as a ratio near 100 instead of 10. Timings are never asserted in unit tests.
"""

from __future__ import annotations

import time

from guard.classify.answers import classify_answer

SHAPES = {
    "refusals": "I'm sorry, I can't help with that. ",
    "a-a-a": "a-",
    "digits": "1-",
    "letters": "a",
    "no no": "no ",
    "whether": "I cannot determine whether ",
    "names": "Anna ",
    "quotes": '"',
    "at signs": "@a",
    "mixed": "Wie alt ist sie? Je ne peux pas. ÄÖÜ ß \u200b sorry, ",
    "fields": "- Clothing: red coat\n",
    "colons": "a:",
    "tables": "| x |",
    "json": '{"k": [',
}
CATEGORIES = ("a19_name_full", "a1_age_approx", "a78_address_home_complete", "a24_birth_date")


def timed(text: str, category: str) -> float:
    started = time.perf_counter()
    classify_answer(text, categories=(category,))
    return time.perf_counter() - started


def main() -> None:
    print(f"{'shape':<10} {'category':<28} {'100 KB s':>9} {'1 MB s':>8} {'ratio':>6}")
    for name, unit in SHAPES.items():
        small = unit * (100_000 // len(unit))
        large = unit * (1_000_000 // len(unit))
        for category in CATEGORIES:
            a, b = timed(small, category), timed(large, category)
            print(f"{name:<10} {category:<28} {a:9.3f} {b:8.3f} {b / max(a, 1e-9):6.1f}")


if __name__ == "__main__":
    main()
