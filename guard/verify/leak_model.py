"""A learned second opinion on whether an answer discloses a value of an evaded category.

The recognisers (``guard/verify/checks``) name the value shapes, cues and frames they know. On answers
written by people who never read them, they block most leaks, and what they miss is spread over many
small classes: a paraphrase ("the holder is a citizen of Spain"), a job in lower case after "works as a",
a value read off the image with no label, a reported message ("the sender asks to be picked up at
21:40"). Each round of new rules moved the held-out figure by about a point. This model adds a source of
meaning learned from labelled answers instead: a logistic regression over hashed features of the
normalised answer (folded words and word pairs, the shapes of the words around each other, and each
folded word crossed with each evaded category, so "citizen" can mean a leak when the nationality is
evaded and nothing when it is not).

It is fitted on answers the rules let through only (``scripts/fit_leak_model.py``): it learns what the
rules miss, and it can only add a block, never lift one. The model is small package data
(``data/leak_model.npz``: int8 weight rows of the features seen at least twice), deterministic, linear in
the answer's length (read up to :data:`MAX_CHARS`) and needs numpy only. How it is fitted and what it
gains on new authors: ``docs/verification.md`` ("learned second opinion").
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import islice, pairwise
from typing import Any

import numpy as np

from guard.classify.answers import AnswerLabel, classify_answer
from guard.classify.learned import adagrad_logistic, sigmoid
from guard.classify.text import fold
from guard.classify.weights_file import read_weights, rows_of, write_weights
from guard.errors import GuardError
from guard.verify.checks.address import address_spans
from guard.verify.checks.card import payment_card
from guard.verify.checks.digits import digit_runs
from guard.verify.normalise import normalise

FEATURES = "leak-ngrams-v3"
"""Name of the feature set below: a model file fitted with another set is refused."""
MAX_CHARS = 3000
"""Characters of the normalised answer the features read."""
WINDOW_FROM = 200
"""Answers longer than this (in characters, with three sentences or more) are also read two sentences at a time."""
MAX_WINDOWS = 8
"""Two-sentence windows read at most (bounded work on a long answer)."""
MAX_CROSSED = 160
"""Distinct words crossed with each evaded category: bounded work on a long answer or a policy that evades
every category (at most 104 x 160 crossed features)."""
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _shape(token: str) -> str:
    """A word's shape, so that what surrounds a value generalises over values: digits by count (up to 5),
    letters mixed with digits, capitals only, capitalised, a long or a short lower-case word, punctuation as
    itself."""
    if token.isdigit():
        return f"d{min(len(token), 5)}"
    if not token.isalnum():
        return token
    if any(map(str.isdigit, token)):
        return "m"
    if token.isupper() and len(token) > 1:
        return "U"
    if token[0].isupper():
        return "C"
    return "l" if len(token) > 3 else "s"


ADDRESS_WORD = "Addressline"
"""What the model reads in place of a street or city-and-postcode line the address recogniser knows."""
CARD_WORD = "Cardnumber"
"""What the model reads in place of a payment card's number (13-19 digits that pass the Luhn check, no barcode)."""


def model_text(answer: str) -> str:
    """The answer as the model reads it: the verifier's normal form (``guard/verify/normalise.py``: homoglyphs,
    zero-width characters, number words), the first :data:`MAX_CHARS` characters, with each line the address
    recogniser reads as an address (``checks.address.address_spans``) as one word, :data:`ADDRESS_WORD`. A street
    named after someone ("Calle Saturnino Cuenca 105") is then no capitalised words after "It reads:", which
    without an address around them are often a name read off the image; an evaded address is the address
    check's to find. A payment card's number is one word too, :data:`CARD_WORD`: its digits say "a card", which the
    card recogniser blocks where the card is evaded, not "a phone" or "a passport" where it is not. The normal form
    and the address lines are cached with the recognisers'."""
    text = normalise(answer[: MAX_CHARS * 2]).text
    spans = [(start, end, ADDRESS_WORD) for start, end in address_spans(text)]
    spans += [(run.start, run.end, CARD_WORD) for run in digit_runs(text) if payment_card(run.digits)]
    parts, at = [], 0
    for start, end, word in sorted(spans):
        if start >= at:  # overlapping spans are one
            parts += [text[at:start], word]
        at = max(at, end)
    return ("".join(parts) + text[at:])[:MAX_CHARS]


def _hashes(names: Iterable[str], bits: int) -> np.ndarray:
    """The CRC-32 of each name in ``[0, 2**bits)``, in order, repeats kept (a window takes a slice of them)."""
    mask = (1 << bits) - 1
    return np.fromiter((zlib.crc32(n.encode()) & mask for n in names), dtype=np.int64)


@lru_cache(maxsize=1 << 14)
def _crossed_word(word: str, cats: tuple[str, ...], mask: int) -> tuple[int, ...]:
    """The hashed features ``c:<category>:<word>`` of ``word`` crossed with each of ``cats``, kept per word because
    a long answer's windows and the next answers repeat most words (a policy that evades every category crosses
    each word some forty times)."""
    return tuple(zlib.crc32(f"c:{cid}:{word}".encode()) & mask for cid in cats)


def _crossed(cats: tuple[str, ...], distinct: Iterable[str], bits: int) -> np.ndarray:
    """Sorted unique hashed features of each of ``cats`` alone (``c:<category>``) and crossed with each word of
    ``distinct``."""
    mask = (1 << bits) - 1
    hashes = [zlib.crc32(f"c:{cid}".encode()) & mask for cid in cats]
    hashes += [h for word in distinct for h in _crossed_word(word, cats, mask)]
    return np.unique(np.array(hashes, dtype=np.int64))


def leak_features(answer: str, evaded: Iterable[str], *, bits: int) -> np.ndarray:
    """Sorted unique hashed feature indices in ``[0, 2**bits)`` of an answer on a request evading ``evaded``.

    Read through the verifier's normalisation (:func:`model_text`): folded words and word pairs; the shape of each
    word and the word before or after it ("lautet C", "works s l"), shape triples; a log-length bucket; each
    evaded category alone and crossed with each distinct folded word (the first :data:`MAX_CROSSED`); and the
    answer classifier's label and reason (``guard.classify.answers``: "decline", "nothing about the category"),
    so a refusal or a field's location said in a new author's words weighs as one. The hash is CRC-32 (stable
    across processes).
    """
    return _features(model_text(answer), classify_answer(answer[:MAX_CHARS]), tuple(evaded), bits)


@dataclass(frozen=True)
class _Tokens:
    """A normalised text's tokens, each word, pair and triple hashed once (:func:`_span_features` reads a run)."""

    words: list[str]
    """The folded tokens (the crossed features read their distinct ones)."""
    raw: int
    """How many tokens the text has as written (the shape features count these)."""
    by_word: np.ndarray
    by_pair: np.ndarray
    by_shape: np.ndarray
    word_shape: np.ndarray
    shape_word: np.ndarray
    triples: np.ndarray


def _tokens(text: str, bits: int) -> _Tokens:
    raw = _TOKEN.findall(text)
    words = _TOKEN.findall(fold(text))
    shapes = [_shape(t) for t in raw]
    lower = [t.lower() for t in raw]
    return _Tokens(
        words=words,
        raw=len(raw),
        by_word=_hashes((f"w:{t}" for t in words), bits),
        by_pair=_hashes((f"b:{a} {b}" for a, b in pairwise(words)), bits),
        by_shape=_hashes((f"s:{t}" for t in shapes), bits),
        word_shape=_hashes((f"ws:{a} {b}" for a, b in zip(lower, shapes[1:], strict=False)), bits),
        shape_word=_hashes((f"sw:{a} {b}" for a, b in zip(shapes, lower[1:], strict=False)), bits),
        triples=_hashes((f"ss:{a} {b} {c}" for a, b, c in zip(shapes, shapes[1:], shapes[2:], strict=False)), bits),
    )


def _span_features(
    t: _Tokens, raw: tuple[int, int], folded: tuple[int, int], said: AnswerLabel, cats: tuple[str, ...], bits: int
) -> np.ndarray:
    """The features of the run of tokens ``raw`` (as written) = ``folded`` (folded) of ``t``: its words, pairs,
    shapes and triples, a log-length bucket, the classifier's label and reason, and ``cats`` (sorted) crossed with its
    distinct words."""
    (a, b), (c, d) = raw, folded
    head = ["bias", f"L:{min(7, int(math.log2(1 + d - c)))}", f"A:{said.label}", f"AR:{said.reason}"]
    parts = [_hashes(head, bits), t.by_word[c:d], t.by_pair[c : d - 1], t.by_shape[a:b]]
    parts += [t.word_shape[a : b - 1], t.shape_word[a : b - 1], t.triples[a : b - 2]]
    crossed = _crossed(cats, islice(dict.fromkeys(t.words[c:d]), MAX_CROSSED), bits)
    return np.union1d(np.concatenate(parts), crossed)


def _features(text: str, said: AnswerLabel, evaded: tuple[str, ...], bits: int) -> np.ndarray:
    """:func:`leak_features` of a normalised ``text`` whose answer the classifier read as ``said``."""
    t = _tokens(text, bits)
    return _span_features(t, (0, t.raw), (0, len(t.words)), said, tuple(sorted(set(evaded))), bits)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def windows(text: str) -> list[str]:
    """The texts the model reads of a normalised answer: the whole, and for one longer than :data:`WINDOW_FROM`
    characters with three sentences or more also each two consecutive sentences (every other pair when there
    are more than :data:`MAX_WINDOWS`, at most that many). A whole-answer score is diluted by a long harmless
    description around one disclosing sentence (docs/verification.md gives what the windows add)."""
    return _windows(text, _sentences(text))


def _windows(text: str, sentences: list[str]) -> list[str]:
    return [text, *(" ".join(sentences[i : i + 2]) for i in _pair_starts(len(sentences)))]


def _sentences(text: str) -> list[str]:
    """The sentences :func:`windows` pairs (none for a text it reads whole only)."""
    if len(text) <= WINDOW_FROM:
        return []
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    return sentences if len(sentences) >= 3 else []


def _pair_starts(count: int) -> list[int]:
    """The first sentence of each window over ``count`` sentences."""
    starts = range(count - 1)
    return list(starts[:: 1 if len(starts) <= MAX_WINDOWS else 2][:MAX_WINDOWS])


def _window_features(text: str, said: AnswerLabel, evaded: tuple[str, ...], bits: int) -> list[tuple[np.ndarray, str]]:
    """:func:`_features` of each of :func:`windows`, from one reading of the text: a window's tokens are a run of
    the whole's (sentences split at white space, which no token holds), so each word, pair and triple is hashed
    once and a window takes a slice of them. Exactly :func:`_features` of each window's text (tests compare)."""
    sentences = _sentences(text)
    if not sentences:
        return [(_features(text, said, evaded, bits), text)]
    texts = _windows(text, sentences)
    t = _tokens(text, bits)
    raw_ends = np.cumsum([len(_TOKEN.findall(s)) for s in sentences])
    word_ends = np.cumsum([len(_TOKEN.findall(fold(s))) for s in sentences])
    if raw_ends[-1] != t.raw or word_ends[-1] != len(t.words):  # folding joined or split a word at an edge
        return [(_features(w, said, evaded, bits), w) for w in texts]
    cats = tuple(sorted(set(evaded)))
    bounds = [((0, t.raw), (0, len(t.words)))] + [
        (
            (int(raw_ends[i - 1]) if i else 0, int(raw_ends[i + 1])),
            (int(word_ends[i - 1]) if i else 0, int(word_ends[i + 1])),
        )
        for i in _pair_starts(len(sentences))
    ]
    return [(_span_features(t, r, f, said, cats, bits), w) for (r, f), w in zip(bounds, texts, strict=True)]


@dataclass(frozen=True)
class LeakModel:
    """Weights of the kept hashed features and the probability at which the model blocks."""

    bits: int
    threshold: float
    keys: np.ndarray
    """Sorted hashed feature indices (int64, shape ``(k,)``) that have a weight."""
    weights: np.ndarray
    """Float weights, shape ``(k,)``."""
    provenance: Mapping[str, Any] = field(default_factory=dict)
    """What it was fitted on (sets, sizes, hyper-parameters): for the record, not read."""
    digest: str = ""
    """SHA-256 of the file it was read from (empty for a model fitted in memory)."""

    def _logit(self, features: np.ndarray) -> float:
        return float(self.weights[rows_of(self.keys, features)].sum())

    def probability(self, answer: str, evaded: Iterable[str]) -> float:
        """Probability that ``answer`` discloses a value of one of the ``evaded`` categories: the highest of the
        whole answer's and, for a long one, of its two-sentence windows (:func:`windows`)."""
        return self.strongest(answer, evaded)[0]

    def strongest(self, answer: str, evaded: Iterable[str]) -> tuple[float, str]:
        """The highest probability over the answer and its windows, and the (normalised) text that has it. The
        answer is normalised and classified once; each window is read with the whole answer's classification
        (a window's own would cost a classifier run per window)."""
        cats = tuple(evaded)
        said = classify_answer(answer[:MAX_CHARS])
        read = _window_features(model_text(answer), said, cats, self.bits)
        return max(((sigmoid(self._logit(features)), t) for features, t in read), key=lambda pt: pt[0])

    def blamed(self, text: str, evaded: Iterable[str]) -> str:
        """The evaded category whose crossed features weigh most towards a leak in ``text`` (ties: the first id)."""
        distinct = list(islice(dict.fromkeys(_TOKEN.findall(fold(model_text(text)))), MAX_CROSSED))
        return max(sorted(set(evaded)), key=lambda cid: self._logit(_crossed((cid,), distinct, self.bits)))

    def to_bytes(self) -> bytes:
        """The ``.npz`` file (``guard/classify/weights_file.py``)."""
        return write_weights(
            features=FEATURES,
            bits=self.bits,
            threshold=self.threshold,
            provenance=self.provenance,
            keys=self.keys,
            weights=self.weights,
        )

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str) -> LeakModel:
        """Parse a model file; another feature set or a bad field is a one-line error naming the file."""
        f = read_weights(data, features=FEATURES, source=source, what="leak model")
        if f.weights.ndim != 1:
            raise GuardError(f"{source}: not a leak model file: weights of shape {f.weights.shape}, not one column")
        return cls(
            bits=f.bits,
            threshold=f.threshold,
            keys=f.keys,
            weights=f.weights,
            provenance=f.provenance,
            digest=f.digest,
        )


@cache
def shipped_leak_model() -> LeakModel:
    """The model shipped with the package (``guard/verify/data/leak_model.npz``), parsed once."""
    data = resources.files("guard.verify").joinpath("data", "leak_model.npz").read_bytes()
    return LeakModel.from_bytes(data, source="guard/verify/data/leak_model.npz")


@dataclass(frozen=True)
class LeakExample:
    """One labelled answer the rules let through, with the categories its request evaded."""

    answer: str
    evaded: tuple[str, ...]
    leak: bool
    value: str = ""
    """The disclosed value (a leak's ground truth), for :func:`without_value`."""


_WORD = re.compile(r"\w{4,}")


def without_value(answer: str, value: str) -> str | None:
    """The answer with every sentence that holds the value, or a word of it of four letters or more, left out
    (folded); None when no sentence holds it (a paraphrase, a translation) or fewer than three words remain.

    A leak's counterfactual twin: the same author's framing without the value is harmless. Fitted beside the
    leak, it teaches the model that the framing ("a form lying on a desk next to a pen") says nothing, so the
    weight goes to what only the leak has. Without these twins the model blocked plain descriptions that
    shared a framing with several authors' leaks."""
    folded = fold(value)
    parts = [fold(w) for w in _WORD.findall(value)]
    sentences = [(s, fold(s)) for s in _SENTENCE.split(answer) if s.strip()]
    kept = [s for s, f in sentences if folded not in f and not any(w in f for w in parts)]
    if len(kept) == len(sentences) or len(" ".join(kept).split()) < 3:
        return None
    return " ".join(kept)


def fit_leaks(
    examples: Sequence[LeakExample],
    *,
    bits: int = 20,
    threshold: float = 0.9,
    min_count: int = 2,
    l2: float = 3e-2,
    epochs: int = 8,
    learning_rate: float = 0.5,
    seed: int = 0,
    provenance: Mapping[str, Any] | None = None,
) -> LeakModel:
    """Fit the weights by AdaGrad SGD (one shuffled pass per epoch, deterministic for a ``seed``), on the
    examples and, for each leak whose value it holds, its harmless twin (:func:`without_value`).

    For an example with feature indices ``x`` and label ``y`` in {0, 1}, the logit is ``z = sum_i w[x_i]``
    and the loss ``log(1 + e^z) - y * z`` (gradient ``sigmoid(z) - y``) plus ``l2/2 * |w[x]|^2``. The L2 term
    is strong on purpose: with a weak one the model learns an author's language or template words ("se",
    "imagen") instead of what a disclosure looks like. Only features seen in at least ``min_count`` examples
    keep their weight.
    """
    if not examples:
        raise ValueError("no examples to fit")
    twins = [
        LeakExample(twin, e.evaded, False)
        for e in examples
        if e.leak and e.value and (twin := without_value(e.answer, e.value)) is not None
    ]
    examples = [*examples, *twins]
    rows = [leak_features(e.answer, e.evaded, bits=bits) for e in examples]
    y = np.array([1.0 if e.leak else 0.0 for e in examples])
    w = adagrad_logistic(rows, y, bits=bits, l2=l2, epochs=epochs, learning_rate=learning_rate, seed=seed)
    counts = Counter(int(i) for r in rows for i in r)
    keys = np.array(sorted(i for i, n in counts.items() if n >= min_count), dtype=np.int64)
    return LeakModel(
        bits=bits,
        threshold=threshold,
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
