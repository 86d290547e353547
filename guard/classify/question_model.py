"""A learned second reading of which categories a question asks about.

The rules in :mod:`guard.classify.questions` name the phrasings they know; each new author's questions
brought phrasings none of them knew ("wie heißt die kleine?", "tiene novio o q", "what digits are on the
government-issued document?"), and recall on a new author's set stayed 80-88% however many rounds of rules
came before. This model learns the words of asks from all the labelled question sets instead: a one-vs-rest
logistic regression, one output per category, over hashed features of the folded question (and schema
words): words, word pairs, five-letter word prefixes (so "geburtsdatum", "geburtstag" and "naissance",
"naissances" share a feature) and the rules' own targets (a rules target is strong evidence, and the rules'
neighbouring category often points at the asked one: the full address found where the home address was
asked).

It only **adds**: a category the rules did not find is added when its probability reaches
:attr:`QuestionModel.threshold`; what the rules found always stands. Leave-one-author-out folds over the
burned question sets chose the features and the bar (``scripts/fit_question_model.py --folds``; figures in
``docs/design-judge.md``).

The model ships as package data (``data/question_model.npz``): the weight rows of the features seen at
least twice in training, int8 with one scale, so the file stays small and loading needs numpy only (no
pickle). One question costs a few hundred hashed features and one small matrix sum.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from guard.classify.text import fold
from guard.classify.weights_file import read_weights, rows_of, write_weights
from guard.errors import GuardError

FEATURES = "question-words-v1"
"""Name of the feature set below: a model file fitted with another set is refused."""
MAX_TOKENS = 200
"""Words of the (folded) question and schema the features read: a long prompt decides on its opening."""
PREFIX = 5
"""Length of the word prefixes (words longer than this only)."""
_TOKEN = re.compile(r"\w+")


def question_features(text: str, rule_targets: Iterable[str], *, bits: int) -> np.ndarray:
    """Sorted unique hashed feature indices in ``[0, 2**bits)`` of a question's text and the rules' targets.

    ``text`` is the question with the schema's words after it (``questions.schema_text``); it is folded
    (:func:`guard.classify.text.fold`), so homoglyphs, zero-width characters, accents and case change nothing.
    The hash is CRC-32 (stable across processes).
    """
    tokens = _TOKEN.findall(fold(text))[:MAX_TOKENS]
    names = ["bias"]
    names += [f"w:{t}" for t in tokens]
    names += [f"b:{a} {b}" for a, b in pairwise(tokens)]
    names += [f"p:{t[:PREFIX]}" for t in tokens if len(t) > PREFIX]
    names += [f"R:{c}" for c in rule_targets]
    mask = (1 << bits) - 1
    return np.unique(np.fromiter((zlib.crc32(n.encode()) & mask for n in names), dtype=np.int64))


def sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    return out


@dataclass(frozen=True)
class QuestionModel:
    """Weight rows (one per kept hashed feature, one column per category) and the bar to add a category."""

    bits: int
    threshold: float
    categories: tuple[str, ...]
    keys: np.ndarray
    """Sorted hashed feature indices (int64, shape ``(k,)``) that have a weight row."""
    weights: np.ndarray
    """Float weights, shape ``(k, len(categories))``."""
    provenance: Mapping[str, Any] = field(default_factory=dict)
    digest: str = ""
    """SHA-256 of the file it was read from (empty for a model fitted in memory)."""

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Probability per category (shape ``(len(categories),)``) for sorted unique feature indices."""
        return sigmoid(self.weights[rows_of(self.keys, features)].sum(axis=0))

    def added(self, text: str, rule_targets: Sequence[str], candidates: Iterable[str]) -> list[str]:
        """The ``candidates`` the rules did not find that the model adds for ``text``, in its category order."""
        return list(self.proposals(text, rule_targets, candidates))

    def proposals(self, text: str, rule_targets: Sequence[str], candidates: Iterable[str]) -> dict[str, float]:
        """:meth:`added` with each category's probability (at least :attr:`threshold`), in category order."""
        wanted = set(candidates) - set(rule_targets)
        if not wanted:
            return {}
        p = self.probabilities(question_features(text, rule_targets, bits=self.bits))
        return {c: float(pc) for c, pc in zip(self.categories, p, strict=True) if c in wanted and pc >= self.threshold}

    def to_bytes(self) -> bytes:
        """The ``.npz`` file (``guard/classify/weights_file.py``), with the category of each weight column."""
        return write_weights(
            features=FEATURES,
            bits=self.bits,
            threshold=self.threshold,
            provenance=self.provenance,
            keys=self.keys,
            weights=self.weights,
            categories=np.array(self.categories),
        )

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str) -> QuestionModel:
        """Parse a model file; another feature set or a bad field is a one-line error naming the file."""
        what = "question model"
        f = read_weights(data, features=FEATURES, source=source, what=what)
        categories = tuple(str(c) for c in f.extras.get("categories", ()))
        if f.weights.shape != (len(f.keys), len(categories)):
            raise GuardError(
                f"{source}: not a {what} file: weights {f.weights.shape} do not match {len(f.keys)} keys x "
                f"{len(categories)} categories"
            )
        return cls(
            bits=f.bits,
            threshold=f.threshold,
            categories=categories,
            keys=f.keys,
            weights=f.weights,
            provenance=f.provenance,
            digest=f.digest,
        )


@cache
def shipped_question_model() -> QuestionModel:
    """The model shipped with the package (``guard/classify/data/question_model.npz``), parsed once."""
    data = resources.files("guard.classify").joinpath("data", "question_model.npz").read_bytes()
    return QuestionModel.from_bytes(data, source="guard/classify/data/question_model.npz")


@dataclass(frozen=True)
class QuestionExample:
    """One labelled question: its text (and schema words), the rules' targets on it, and its labels."""

    text: str
    rule_targets: tuple[str, ...]
    targets: frozenset[str]
    also_ok: frozenset[str] = frozenset()
    """Categories a reader would also accept: neither pushed up nor down in training."""


def fit_questions(
    examples: Sequence[QuestionExample],
    *,
    bits: int = 17,
    threshold: float = 0.5,
    min_count: int = 2,
    l2: float = 1e-4,
    epochs: int = 10,
    learning_rate: float = 0.3,
    seed: int = 0,
    categories: Sequence[str] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> QuestionModel:
    """Fit one logistic output per category by AdaGrad SGD (one shuffled pass per epoch, deterministic).

    For an example with feature rows ``x`` (indices) and labels ``y`` (one per category), the logits are
    ``z = sum_i W[x_i]`` (shape ``(C,)``) and the loss per category ``log(1 + e^z) - y * z`` (its gradient
    ``sigmoid(z) - y``), masked to zero for the example's ``also_ok`` categories, plus ``l2/2 * |W[x]|^2``.
    Only features seen in at least ``min_count`` examples keep their row.
    """
    if not examples:
        raise ValueError("no examples to fit")
    cats = tuple(categories) if categories is not None else tuple(sorted({c for e in examples for c in e.targets}))
    index = {c: j for j, c in enumerate(cats)}
    rows = [question_features(e.text, e.rule_targets, bits=bits) for e in examples]
    y = np.zeros((len(examples), len(cats)))
    mask = np.ones((len(examples), len(cats)))
    for k, e in enumerate(examples):
        for c in e.targets:
            if c in index:
                y[k, index[c]] = 1.0
        for c in e.also_ok - e.targets:
            if c in index:
                mask[k, index[c]] = 0.0
    w = np.zeros((1 << bits, len(cats)))
    g2 = np.full((1 << bits, len(cats)), 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for k in rng.permutation(len(rows)):
            idx = rows[k]
            grad = ((sigmoid(w[idx].sum(axis=0)) - y[k]) * mask[k])[None, :] + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= learning_rate * grad / np.sqrt(g2[idx])
    counts = Counter(int(i) for r in rows for i in r)
    keys = np.array(sorted(i for i, n in counts.items() if n >= min_count), dtype=np.int64)
    return QuestionModel(
        bits=bits,
        threshold=threshold,
        categories=cats,
        keys=keys,
        weights=w[keys],
        provenance={
            **(provenance or {}),
            "l2": l2,
            "epochs": epochs,
            "learning_rate": learning_rate,
            "min_count": min_count,
            "seed": seed,
        },
    )
