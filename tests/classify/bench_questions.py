"""Benchmark (not a test): the question classifier's time on long questions of adversarial shapes.

    .venv/bin/python tests/classify/bench_questions.py [SHAPE ...]

Prints seconds for a 20 KB and a 200 KB question (the classifier's text budget) of the same shape, so
a quadratic step shows as a ratio near 100 instead of 10. Timings are never asserted in unit tests
(``test_questions_worstcase.py`` checks the results on these shapes).

A shape is a unit repeated to the size, or (prefix, unit): a prefix said once, then the unit repeated.
"""

from __future__ import annotations

import sys
import time

from guard.classify.questions import question_targets

SHAPES: dict[str, str | tuple[str, str]] = {
    "asks": "how old is she ",
    "values": "is the woman young, old or ",
    "things": "the dog's name and the age of the tree ",
    "languages": "Wie alt ist sie? ¿Es musulmán? Is she a lesbian or ",
    "senses": "plate ",
    "sentences": "a. ",
    "blanks": "\n",  # a run of blank characters: two optional space runs in a row once backtracked cubically
    "clauses": "is he hurt, and what is ",
    # blanks after a value word: "<value>\s*,?\s*or" backtracked quadratically (200 KB took 134 s)
    "either_blanks": ("the statue, christian", " \n"),
    "either_newlines": ("the statue, christian", "\n"),
    # one long word: "\w*[accented]\w*" tried at every letter of it (quadratic in the 4,000-char reading)
    "long_word": "a",
    "long_digits": "1",
    "spaces": " ",
    "words": "word ",
    "frame_words": "where live born year ",
    "punctuation": "?!.,;:",
    "commas": ", ",
    "zero_width": "a\u200b",
    "coordinated": "name and age and ",
    "coordinated_heads": "hair and eye colour ",
    "german_heads": "Haar- und ",
    "either": "young or old or ",
    "of_chain": "the name of the owner of ",
    "elisions": "l'",
    "hyphens": "a-",
    "leet": "ph0n3 ",
    "accents": "été ",
    "dashes": " - ",
    "line_words": "is \n",
    "blank_commas": "\n,\n",
    "which_city": "which city kommt ",
}


def question(shape: str | tuple[str, str], size: int) -> str:
    prefix, unit = shape if isinstance(shape, tuple) else ("", shape)
    return prefix + unit * ((size - len(prefix)) // len(unit))


def timed(text: str) -> float:
    started = time.perf_counter()
    question_targets(text)
    return time.perf_counter() - started


def main(names: list[str]) -> None:
    question_targets("How old is she?")  # the lexicon is built once, not inside a timing
    print(f"{'shape':<18} {'20 KB s':>8} {'200 KB s':>9} {'ratio':>6}")
    for name in names or list(SHAPES):
        a = timed(question(SHAPES[name], 20_000))
        b = timed(question(SHAPES[name], 200_000))
        print(f"{name:<18} {a:8.3f} {b:9.3f} {b / max(a, 1e-9):6.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
