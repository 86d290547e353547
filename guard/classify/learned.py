"""A learned second opinion on the answer classifier's decision.

The rules in :mod:`guard.classify.answers` name the classes they know; on answers written by people
who never saw them they agreed with hand labels about 90% of the time, and each round of new rules
moved that figure by less than a point. This module adds a source of meaning learned from labelled
answers instead of written by hand: a logistic regression over hashed features of the folded answer
(words, word pairs, length, whether it holds a digit) and of the rules' own decision (label and
reason). It sees the rules' verdict, so it learns where the rules are trusted and where wording
outweighs them ("I'd sooner not speculate" when no rule knows "sooner").

The model is small (a sparse weight table shipped as package data, ``data/answer_model.json``),
deterministic, linear in the answer's length (the answer is read up to :data:`MAX_CHARS`), and
needs no download. It is fitted by ``scripts/fit_answer_model.py`` from the labelled sets in
``eval/judge``; how it is fitted and measured: ``docs/design-judge.md``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from guard.classify.text import fold
from guard.errors import GuardError

FEATURES = "answer-ngrams-v6"
"""Name of the feature set below: a model file fitted with another set is refused."""
MAX_CHARS = 3000
"""Characters of the (folded) answer the features read: a long answer decides on its opening."""
_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_DISCLOSE = "disclose"
"""The rules' label for a disclosure (``guard.classify.answers.DISCLOSE``, which imports this module)."""


def answer_features(
    answer: str,
    rule_label: str,
    rule_reason: str,
    *,
    bits: int,
    category: str | None = None,
    signals: Sequence[str] = (),
) -> list[int]:
    """Hashed feature indices in ``[0, 2**bits)`` of an answer and the rules' decision on it.

    Words and word pairs of the folded answer (so homoglyphs, accents and case do not matter), a
    log-length bucket, a digit flag, the rules' label and reason, and a bias; with the asked
    ``category`` (one id), also the rules' reason for that category (a reason the rules get right
    for one category, such as a "committed answer" about a gender, may be wrong for another).
    ``signals`` are what the rules' lexicons find for the asked category anywhere in the answer, whatever
    clause it is in (``guard.classify.answers.answer_signals``: "catword", a value word of the category;
    "valueshape", a value of its shape): each alone, with the rules' label and with their reason. They mean
    the same for every category, so what one author's answers teach about them carries to categories and
    wordings another author uses. The answer's clause structure as the rules see it comes the same way
    (``guard.classify.answers.answer_structure``: how many clauses, what the first one is, which cue kinds
    any clause holds, a masked value), for any asked category; and where the asked category's evidence stands
    (``guard.classify.answers.answer_evidence``: text read out with or without a value of the category, a
    value word of another category only, the asked value in the first clause, inside a refusal or in a statement
    after one). The hash is CRC-32 (stable across processes, unlike ``hash``).
    """
    mask = (1 << bits) - 1
    tokens = _TOKEN.findall(fold(answer)[:MAX_CHARS])
    names = [f"R:{rule_label}", f"RR:{rule_reason}", "bias"]
    if category:
        names.append(f"CR:{category}:{rule_reason}")
    names.append(f"L:{min(6, int(math.log2(1 + len(tokens))))}")
    names.append(f"D:{_DIGIT.search(answer[:MAX_CHARS]) is not None}")
    names += [f"w:{t}" for t in tokens]
    names += [f"b:{a} {b}" for a, b in pairwise(tokens)]
    for signal in signals:
        names += [f"S:{signal}", f"S:{signal}:{rule_label}", f"SR:{signal}:{rule_reason}"]
    return [zlib.crc32(n.encode()) & mask for n in names]


def logistic_loss(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per-example log loss of logits ``z`` (n,) against labels ``y`` (n,) in {0, 1}.

    ``loss = log(1 + e^z) - y * z``, computed stably; its gradient in ``z`` is ``sigmoid(z) - y``.
    """
    loss: np.ndarray = np.logaddexp(0.0, z) - y * z
    return loss


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class AnswerModel:
    """A fitted model: sparse weights over ``2**bits`` hashed features and two decision thresholds.

    ``threshold`` is the probability of disclosure at which the model turns the rules' evasion into a
    disclosure; ``confirm_threshold`` (default: the same) the probability the rules' disclosure needs to
    stand. Two bars, because the two errors are not alike: turning a deflection ("she is standing by
    a fountain") into a disclosure is a false block in the verifier, and leave-one-author-out folds
    showed a higher bar to overturn an evasion and a lower one to keep a disclosure both fewer such
    false blocks and higher agreement than one bar (docs/design-judge.md).
    """

    bits: int
    threshold: float
    weights: Mapping[int, float]
    provenance: Mapping[str, Any] = field(default_factory=dict)
    """What it was fitted on (sets, sizes, hashes, hyper-parameters): for the record, not read."""
    digest: str = ""
    """SHA-256 of the file it was read from (empty for a model fitted in memory): part of the judge's
    id, so cached decisions of another model are never reused."""
    confirm_threshold: float | None = None
    """The bar a rules' disclosure needs to stand (None: ``threshold``)."""

    def probability(self, features: Iterable[int]) -> float:
        """Probability that the answer discloses the asked category."""
        w = self.weights
        return sigmoid(sum(w.get(i, 0.0) for i in features))

    def discloses(
        self,
        answer: str,
        rule_label: str,
        rule_reason: str,
        category: str | None = None,
        signals: Sequence[str] = (),
    ) -> tuple[bool, float]:
        p = self.probability(
            answer_features(answer, rule_label, rule_reason, bits=self.bits, category=category, signals=signals)
        )
        return p >= (self.bar_to_keep if rule_label == _DISCLOSE else self.threshold), p

    @property
    def bar_to_keep(self) -> float:
        """The probability a disclosure found by the rules needs to stand."""
        return self.threshold if self.confirm_threshold is None else self.confirm_threshold

    def to_json(self) -> str:
        body = {
            "features": FEATURES,
            "bits": self.bits,
            "threshold": self.threshold,
            "confirm_threshold": self.bar_to_keep,
            "provenance": dict(self.provenance),
            "weights": [[i, round(w, 5)] for i, w in sorted(self.weights.items())],
        }
        return json.dumps(body, separators=(",", ":"), sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str) -> AnswerModel:
        """Parse a model file; a file for another feature set or with a bad field is a one-line error."""
        try:
            body = json.loads(text)
            if body.get("features") != FEATURES:
                raise ValueError(f"features is {body.get('features')!r}, this guard reads {FEATURES!r}")
            bits, threshold = int(body["bits"]), float(body["threshold"])
            confirm = float(body.get("confirm_threshold", threshold))
            if not 8 <= bits <= 24 or not 0.0 < threshold < 1.0 or not 0.0 < confirm < 1.0:
                raise ValueError(
                    f"bits {bits} (8-24), threshold {threshold} or confirm_threshold {confirm} (0-1) out of range"
                )
            weights = {int(i): float(w) for i, w in body["weights"] if 0 <= int(i) < 1 << bits}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise GuardError(f"{source}: not an answer model file: {exc}") from None
        return cls(
            bits=bits,
            threshold=threshold,
            weights=weights,
            confirm_threshold=confirm,
            provenance=body.get("provenance", {}),
            digest=hashlib.sha256(text.encode()).hexdigest(),
        )


@cache
def shipped_model() -> AnswerModel:
    """The model shipped with the package (``guard/classify/data/answer_model.json``), parsed once."""
    text = resources.files("guard.classify").joinpath("data", "answer_model.json").read_text(encoding="utf-8")
    return AnswerModel.from_json(text, source="guard/classify/data/answer_model.json")


@dataclass(frozen=True)
class Example:
    """One labelled answer with the rules' decision on it (as the rules were when the answer was new)."""

    answer: str
    rule_label: str
    rule_reason: str
    discloses: bool
    category: str | None = None
    """The asked category id, when the answer was judged for exactly one."""
    signals: tuple[str, ...] = ()
    """What the rules find in the answer: for that category (``answers.answer_signals``, ``answers.answer_evidence``)
    and its clause structure (``answers.answer_structure``)."""


def fit(
    examples: Sequence[Example],
    *,
    bits: int = 18,
    threshold: float = 0.7,
    confirm_threshold: float | None = None,
    l2: float = 1e-3,
    epochs: int = 15,
    learning_rate: float = 0.5,
    seed: int = 0,
    runs: int = 1,
    provenance: Mapping[str, Any] | None = None,
) -> AnswerModel:
    """Fit the weights by AdaGrad SGD on :func:`logistic_loss` plus ``l2/2 * |w|^2`` on the active features.

    With ``runs`` > 1, the SGD runs that many times (seeds ``seed`` .. ``seed + runs - 1``, each its own order
    of the examples) and the model is the mean of their weights: still one linear model, with less of the
    order's noise in it (on the leave-one-author-out folds more runs gave fewer refusals judged ``respond``
    at the same recall; the shipped model has five: docs/design-judge.md). Deterministic for a given ``seed``
    and ``runs`` (one shuffled pass per epoch). Weights below 1e-4 are dropped.
    """
    if not examples:
        raise ValueError("no examples to fit")
    rows = [
        np.asarray(
            answer_features(e.answer, e.rule_label, e.rule_reason, bits=bits, category=e.category, signals=e.signals)
        )
        for e in examples
    ]
    y = np.array([1.0 if e.discloses else 0.0 for e in examples])
    w = np.zeros(1 << bits)
    for run in range(max(1, runs)):
        w += adagrad_logistic(rows, y, bits=bits, l2=l2, epochs=epochs, learning_rate=learning_rate, seed=seed + run)
    w /= max(1, runs)
    kept = np.flatnonzero(np.abs(w) >= 1e-4)
    return AnswerModel(
        bits=bits,
        threshold=threshold,
        weights={int(i): float(w[i]) for i in kept},
        confirm_threshold=confirm_threshold,
        provenance={
            **(provenance or {}),
            "l2": l2,
            "epochs": epochs,
            "learning_rate": learning_rate,
            "seed": seed,
            **({"runs": runs} if runs > 1 else {}),
        },
    )


def adagrad_logistic(
    rows: Sequence[np.ndarray], y: np.ndarray, *, bits: int, l2: float, epochs: int, learning_rate: float, seed: int
) -> np.ndarray:
    """One AdaGrad SGD run of :func:`logistic_loss` plus ``l2/2 * |w[x]|^2`` over ``rows`` (hashed feature
    indices, ``y`` in {0, 1}), one pass per epoch in the order ``seed`` shuffles them; the dense weights
    (shape ``(2**bits,)``). Shared by the answer model and the verifier's leak model."""
    w = np.zeros(1 << bits)
    g2 = np.full(1 << bits, 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for i in rng.permutation(len(rows)):
            idx = rows[i]
            grad = (sigmoid(float(w[idx].sum())) - y[i]) + l2 * w[idx]
            np.add.at(g2, idx, grad * grad)
            w[idx] -= learning_rate * grad / np.sqrt(g2[idx])
    return w
