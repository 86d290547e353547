"""Precheck: does a question (or the output schema it asks for) target one of the evaded categories?

Used before calling the model (``precheck`` enforcement mode) and by the refusal check. The work is
done by the one question classifier, :func:`guard.classify.questions.question_targets`: catalogue
names and aliases, en/de/fr/es phrasings, description paraphrases, folding of homoglyphs and
invisible characters, and the property names of a structured-output schema.
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from guard.classify.questions import question_targets
from guard.taxonomy import Catalog
from guard.verify.lru import Lru


class PrecheckDecision(BaseModel):
    """Which evaded categories the question targets; ``refuse`` if any (log-safe: ids and offsets)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    """Offsets of the first cue per target in the folded question text (then the schema's words)."""

    @property
    def refuse(self) -> bool:
        return bool(self.targets)


def precheck(
    question: str,
    evaded: frozenset[str],
    *,
    catalog: Catalog | None = None,
    schema: Mapping[str, Any] | None = None,
) -> PrecheckDecision:
    """The evaded categories ``question`` (and ``schema``, a JSON schema of the requested output) asks about.

    Read once per request (:data:`readings`): the proxy reads the question while the upstream answers, and the
    refusal check, the stream's probe and each choice of an ``n > 1`` answer find that reading again."""
    if not evaded:
        return PrecheckDecision()
    key = _reading_key(question, evaded, catalog, schema)
    hit = _kept(key, catalog)
    if hit is not None:
        return hit
    found = question_targets(question, catalog=catalog, candidates=evaded, schema=schema)
    decision = PrecheckDecision(targets=found.targets, spans=found.spans)
    readings.put(key, (None if catalog is None else weakref.ref(catalog), decision))
    return decision


_Key = tuple[bytes, frozenset[str], int]


def _reading_key(
    question: str, evaded: frozenset[str], catalog: Catalog | None, schema: Mapping[str, Any] | None
) -> _Key:
    """What a reading depends on, with a digest in place of the text: no request's words outlive the request."""
    digest = hashlib.blake2b(question.encode("utf-8", "surrogatepass"), digest_size=16)
    if schema is not None:
        digest.update(b"\0schema\0" + json.dumps(schema, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return digest.digest(), evaded, 0 if catalog is None else id(catalog)


def _kept(key: _Key, catalog: Catalog | None) -> PrecheckDecision | None:
    """The reading kept under ``key``, if it was made with this very catalogue: a custom catalogue is held by a weak
    reference and checked, so a new catalogue at a freed one's address never finds the old one's readings."""
    hit = readings.get(key)
    if hit is None or (catalog is not None and (hit[0] is None or hit[0]() is not catalog)):
        return None
    return hit[1]


readings: Lru[_Key, tuple[weakref.ref[Catalog] | None, PrecheckDecision]] = Lru(512)
"""This process's last question readings (ids and offsets only), keyed by :func:`_reading_key` (benchmarks clear it to
time a question's first reading)."""
