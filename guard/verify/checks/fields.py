"""Structured answers: a field named for an evaded category that holds a value.

A model may answer in the shape of a form instead of a sentence: ``| place of birth | Tarragona |``,
``"surname": "de Pauw"``, ``- First name: Sara``, ``{"label": "surname", "value": "Bogumił"}``. The field
name is the cue, in any of the question classifier's languages (it reads a field name as it reads a
JSON-schema property: guard/classify/questions.py ``field_categories``), whatever the value looks like;
a value that is empty, masked or an evasion ("[REDACTED]", "nicht lesbar") gives nothing away
(guard/classify/answers.py ``value_withheld``). Fields are found where they stand, so a prefix of a
streamed answer is judged on the fields it already holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from guard.classify.answers import value_withheld
from guard.classify.fields import field_spans
from guard.classify.questions import field_categories
from guard.taxonomy import Catalog
from guard.verify.base import Hit, PatternCheck
from guard.verify.registry import register


@lru_cache(maxsize=4096)
def _named(key: str, catalog: Catalog) -> frozenset[str]:
    """The categories a field name names (field names repeat across answers: read each once)."""
    return frozenset(field_categories(key, catalog))


@register
class StructuredFieldCheck(PatternCheck):
    """Violation: a field of a table, a ``Key: value`` line or a JSON object is named for an evaded category
    and holds a value."""

    type_name = "structured_field"
    supported = None

    def warm_up(self) -> None:
        _named("name", self.catalog)  # the field reading's lexicon (~0.8 s) and the classifier's rules, built
        value_withheld("warm-up", self.catalog)  # at start-up rather than on the first answer with a field

    def hits(self, text: str) -> Iterator[Hit]:
        return iter(())  # see hits_for: what a field discloses depends on the request's categories

    def hits_for(self, text: str, categories: frozenset[str]) -> Iterator[Hit]:
        for key, value, start, end in field_spans(text):
            named = _named(key, self.catalog) & categories
            if named and not value_withheld(value, self.catalog):
                yield Hit("structured_field", start, end, 0.9, tuple(sorted(named)))
