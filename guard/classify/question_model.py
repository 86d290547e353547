"""A learned second opinion on which categories a question asks about.

The rules in :mod:`guard.classify.questions` know the phrasings, frames and word lists written from the
burned question sets; on sets by new authors they found 79-87% of the targets, and each round of new
lists lifted the sets it was written from, not the next author's. This module adds a source of meaning
learned from the labelled questions instead of written by hand: one logistic regression per category
(one-vs-rest) over hashed features of the folded question (words, word pairs, character n-grams within
words, which carry de/fr/es inflection, compounds and typos), of the words of its JSON schema's keys,
and of the rules' own decision (which categories they found), so it learns where to trust the rules.

The model is small (sparse weights shipped as package data, ``data/question_model.json``),
deterministic, linear in the question's length (the question is read up to :data:`MAX_CHARS` from its
end, the schema up to :data:`MAX_CHARS` from its start) and needs no download. It is fitted by
``scripts/fit_question_model.py`` from the burned sets in ``eval/questions``; how it is fitted, combined
with the rules and measured: ``docs/design-judge.md`` ("The learned question model").
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from guard.classify.text import fold
from guard.errors import GuardError

FEATURES = "question-ngrams-v1"
"""Name of the feature set below: a model file fitted with another set is refused."""
MAX_CHARS = 2000
"""Characters of the folded question (its end, where the question usually is) and of the schema's words
(their start) that the features read."""
MAX_WORD = 24
"""A longer word gives no character n-grams (a run of letters is no word a lexicon knows)."""
GRAMS = (3, 4, 5)
"""Lengths of the character n-grams taken inside each word (padded with ``<`` and ``>``)."""
_WORD = re.compile(r"\w+")


def _names(question: str, keys: str, rule_targets: Collection[str]) -> list[str]:
    text = fold(question)[-MAX_CHARS:]
    words = _WORD.findall(text.replace("_", " "))
    key_words = _WORD.findall(fold(keys)[:MAX_CHARS].replace("_", " ")) if keys else []
    names = ["bias", f"R#:{min(3, len(rule_targets))}"]
    names += [f"R:{c}" for c in rule_targets]
    names += [f"w:{w}" for w in words]
    names += [f"b:{a} {b}" for a, b in pairwise(words)]
    if key_words:
        names.append("schema")
        names += [f"k:{w}" for w in key_words]
        names += [f"kb:{a} {b}" for a, b in pairwise(key_words)]
    for w in {*words, *key_words}:
        if len(w) > MAX_WORD or w.isdigit():
            continue
        padded = f"<{w}>"
        names += [f"c:{padded[i : i + n]}" for n in GRAMS for i in range(len(padded) - n + 1)]
    return names


def question_features(question: str, keys: str, rule_targets: Collection[str], *, bits: int) -> list[int]:
    """Sorted distinct hashed feature indices in ``[0, 2**bits)`` of a question and the rules' decision.

    ``question`` is the question's text (folded here: homoglyphs, invisible characters, accents and case
    change nothing), ``keys`` the words of its schema (``questions.schema_text``, identifiers split),
    ``rule_targets`` the categories the rules found. Features: a bias; how many categories the rules found
    (0-3+) and each of them; the question's words and word pairs; the schema's words and word pairs; the
    character 3-, 4- and 5-grams of every word (question and schema). The hash is CRC-32 (stable across
    processes, unlike ``hash``).
    """
    mask = (1 << bits) - 1
    return sorted({zlib.crc32(n.encode()) & mask for n in _names(question, keys, sorted(rule_targets))})


def sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    return out


@dataclass(frozen=True)
class QuestionModel:
    """A fitted model: per category, sparse weights over ``2**bits`` hashed features, and the two bars.

    ``threshold``: the probability at which the model adds a category the rules did not find;
    ``keep_threshold``: the probability a category the rules found needs to stand (0 keeps them all).
    ``names``: each category's catalogue name when the model was fitted; a catalogue whose category of that
    id has another name (a custom catalogue reusing an id) gets nothing from the model for it.
    """

    bits: int
    categories: tuple[str, ...]
    threshold: float
    keep_threshold: float
    weights: Mapping[int, Mapping[int, float]]
    """Feature index -> {category position -> weight}."""
    names: Mapping[str, str] = field(default_factory=dict)
    provenance: Mapping[str, Any] = field(default_factory=dict)
    """What it was fitted on (sets, sizes, hashes, hyper-parameters): for the record, not read."""
    digest: str = ""
    """SHA-256 of the file it was read from (empty for a model fitted in memory)."""

    _rows: dict[int, int] = field(init=False, repr=False, compare=False)
    _matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the weights as one dense row per feature that has any: a question's logits are one row sum
        rows = {i: n for n, i in enumerate(sorted(self.weights))}
        matrix = np.zeros((len(rows), len(self.categories)))
        for i, row in self.weights.items():
            for c, w in row.items():
                matrix[rows[i], c] = w
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_matrix", matrix)

    def probabilities(self, question: str, keys: str, rule_targets: Collection[str]) -> dict[str, float]:
        """Per category of the model, the probability that the question asks about it."""
        rows, matrix = self._rows, self._matrix
        found = [rows[i] for i in question_features(question, keys, rule_targets, bits=self.bits) if i in rows]
        z = matrix[found].sum(axis=0) if found else np.zeros(len(self.categories))
        return dict(zip(self.categories, sigmoid(z).tolist(), strict=True))

    def decide(
        self,
        question: str,
        keys: str,
        rule_targets: Collection[str],
        allowed: Collection[str] | None = None,
    ) -> tuple[list[str], list[str]]:
        """``(added, vetoed)``: categories (of ``allowed``, default all of the model's) the model adds to the
        rules' targets, and rule targets it drops."""
        p = self.probabilities(question, keys, rule_targets)
        ok = set(self.categories) if allowed is None else set(allowed)
        added = [c for c in self.categories if c in ok and c not in rule_targets and p[c] >= self.threshold]
        vetoed = [c for c in rule_targets if c in p and c in ok and p[c] < self.keep_threshold]
        return added, vetoed

    def to_json(self) -> str:
        body = {
            "features": FEATURES,
            "bits": self.bits,
            "categories": list(self.categories),
            "names": dict(self.names),
            "threshold": self.threshold,
            "keep_threshold": self.keep_threshold,
            "provenance": dict(self.provenance),
            "weights": [
                [i, [[c, round(w, 4)] for c, w in sorted(row.items())]] for i, row in sorted(self.weights.items())
            ],
        }
        return json.dumps(body, separators=(",", ":"), sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str) -> QuestionModel:
        """Parse a model file; a file for another feature set or with a bad field is a one-line error naming it."""
        try:
            body = json.loads(text)
            if not isinstance(body, dict):
                raise ValueError("not a JSON object")
            if body.get("features") != FEATURES:
                raise ValueError(f"features is {body.get('features')!r}, this guard reads {FEATURES!r}")
            bits = int(body["bits"])
            threshold, keep = float(body["threshold"]), float(body["keep_threshold"])
            categories = tuple(str(c) for c in body["categories"])
            if not 8 <= bits <= 24 or not 0.0 < threshold < 1.0 or not 0.0 <= keep < 1.0:
                raise ValueError(f"bits {bits} (8-24), threshold {threshold} or keep_threshold {keep} out of range")
            weights: dict[int, dict[int, float]] = {}
            for i, row in body["weights"]:
                if not 0 <= int(i) < 1 << bits:
                    raise ValueError(f"feature index {i} out of range")
                weights[int(i)] = {int(c): float(w) for c, w in row if 0 <= int(c) < len(categories)}
            names = {str(k): str(v) for k, v in (body.get("names") or {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise GuardError(f"{source}: not a question model file: {exc}") from None
        return cls(
            bits=bits,
            categories=categories,
            threshold=threshold,
            keep_threshold=keep,
            weights=weights,
            names=names,
            provenance=body.get("provenance", {}),
            digest=hashlib.sha256(text.encode()).hexdigest(),
        )


MODEL_FILE = "guard/classify/data/question_model.json"


@cache
def shipped_model() -> QuestionModel:
    """The model shipped with the package (``guard/classify/data/question_model.json``), parsed once."""
    try:
        text = resources.files("guard.classify").joinpath("data", "question_model.json").read_text(encoding="utf-8")
    except OSError as exc:
        raise GuardError(f"{MODEL_FILE}: cannot read the question model: {exc}") from None
    return QuestionModel.from_json(text, source=MODEL_FILE)


@dataclass(frozen=True)
class Example:
    """One labelled question with the rules' decision on it."""

    question: str
    keys: str
    rule_targets: tuple[str, ...]
    targets: tuple[str, ...]
    also_ok: tuple[str, ...] = ()
    """Categories the label allows but does not require: no loss either way."""


def fit(
    examples: Sequence[Example],
    categories: Sequence[str],
    *,
    bits: int = 18,
    threshold: float = 0.5,
    keep_threshold: float = 0.0,
    l1: float = 0.5,
    l2: float = 1.0,
    alpha: float = 0.2,
    beta: float = 1.0,
    epochs: int = 6,
    seed: int = 0,
    names: Mapping[str, str] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> QuestionModel:
    """Fit one logistic regression per category by FTRL-proximal (per-coordinate rates, L1 and L2).

    The L1 term keeps most weights exactly zero, so the file stays small. Deterministic for a given
    ``seed`` (one shuffled pass per epoch). Labels of ``also_ok`` categories give no gradient.
    """
    if not examples:
        raise ValueError("no examples to fit")
    pos = {c: n for n, c in enumerate(categories)}
    rows = [np.asarray(question_features(e.question, e.keys, e.rule_targets, bits=bits)) for e in examples]
    vocab = np.unique(np.concatenate(rows))
    local = [np.searchsorted(vocab, r) for r in rows]
    k = len(categories)
    y = np.zeros((len(examples), k))
    mask = np.ones((len(examples), k))
    for n, e in enumerate(examples):
        for c in e.targets:
            if c in pos:
                y[n, pos[c]] = 1.0
        for c in e.also_ok:
            if c in pos and c not in e.targets:
                mask[n, pos[c]] = 0.0
    z = np.zeros((len(vocab), k))
    acc = np.zeros((len(vocab), k))
    w = np.zeros((len(vocab), k))
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for n in rng.permutation(len(local)):
            idx = local[n]
            zz, nn = z[idx], acc[idx]
            ww = np.where(np.abs(zz) <= l1, 0.0, -(zz - np.sign(zz) * l1) / ((beta + np.sqrt(nn)) / alpha + l2))
            w[idx] = ww
            g = (sigmoid(ww.sum(axis=0)) - y[n]) * mask[n]
            g2 = g * g
            sigma = (np.sqrt(nn + g2) - np.sqrt(nn)) / alpha
            z[idx] = zz + g - sigma * ww
            acc[idx] = nn + g2
    w = np.where(np.abs(z) <= l1, 0.0, -(z - np.sign(z) * l1) / ((beta + np.sqrt(acc)) / alpha + l2))
    weights: dict[int, dict[int, float]] = {}
    for r, c in zip(*np.nonzero(np.abs(w) >= 1e-3), strict=True):
        weights.setdefault(int(vocab[r]), {})[int(c)] = float(w[r, c])
    return QuestionModel(
        bits=bits,
        categories=tuple(categories),
        threshold=threshold,
        keep_threshold=keep_threshold,
        weights=weights,
        names=dict(names or {}),
        provenance={
            **(provenance or {}),
            "l1": l1,
            "l2": l2,
            "alpha": alpha,
            "beta": beta,
            "epochs": epochs,
            "seed": seed,
        },
    )


def mean_log_loss(model: QuestionModel, examples: Iterable[Example]) -> float:
    """Mean per-label log loss of ``model`` on ``examples`` (for the fitting script's report)."""
    total, count = 0.0, 0
    for e in examples:
        p = model.probabilities(e.question, e.keys, e.rule_targets)
        for c, q in p.items():
            if c in e.also_ok and c not in e.targets:
                continue
            q = min(1 - 1e-9, max(1e-9, q))
            total -= math.log(q if c in e.targets else 1 - q)
            count += 1
    return total / max(1, count)
