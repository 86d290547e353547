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

import re
from collections.abc import Iterator
from functools import lru_cache

from guard.classify.answers import value_withheld
from guard.classify.fields import field_spans
from guard.classify.questions import field_categories
from guard.taxonomy import Catalog
from guard.verify.base import Hit, PatternCheck
from guard.verify.keys import key_categories, profile_categories
from guard.verify.registry import register


@lru_cache(maxsize=4096)
def _named(key: str, catalog: Catalog) -> frozenset[str]:
    """The categories a field name names (field names repeat across answers: read each once): the question
    classifier's reading, else the same name read short ("dob", "mar_status", "strasse": guard/verify/keys.py)."""
    named = frozenset(field_categories(key, catalog)) or key_categories(key, catalog)
    return named | profile_categories(key)


_ASSIGNMENT = re.compile(
    r"(?m)^[ \t]*(?:(?:export|const|let|var|set)[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{1,39})[ \t]*:?=[ \t]*"
    r"(?:(?P<o>[\"'`])(?P<q>[^\n]{1,300}?)(?P=o)|(?P<b>[^\s\"'`=][^\n]{0,300}?))[ \t]*[;,]?[ \t]*$"
)
"""A value assigned to a name on a line of its own, as code or a config file writes it (``EMAIL_TEXT=...``,
``place_of_birth = "Ca' Pasquali"``, ``STREET=Denis Center``): the name is the field's."""


_CODE_PAIR = re.compile(
    r"(?:(?<=[{,(\s])|^)(?:(?P<k1>[A-Za-z_][A-Za-z0-9_.-]{1,39})"
    r"|(?P<kq>['\"])(?P<k2>[A-Za-z_][A-Za-z0-9_. -]{1,39})(?P=kq))"
    r"[ \t]*(?::|=>?)[ \t]*(?P<vq>['\"])(?P<v>[^\n]{1,300}?)(?P=vq)[ \t]*(?=[,}\])\n;]|$)"
    r"|(?<![\w=?&/.#-])(?P<k3>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)=(?P<v3>[^\W_][^\s,;=&]{0,60}?)(?=[.,;]?(?:\s|$))",
    re.MULTILINE,
)
"""Fields as code writes them where the JSON reading does not reach: a quoted value under a bare or single-quoted
key (``{'pob': 'Valdemoro'}``, ``{dob: "1961-04-12"}``, ``name => "X"``) and ``key=value`` inside prose
("the record shows pob=Valdemoro")."""


_HTML_FIELD = re.compile(
    r"<(?i:input|output|data|option|param|meta)\b[^<>]{0,200}?"
    r"(?:\b(?i:name|id)\s*=\s*[\"'](?P<k>[^\"'<>\n]{1,40})[\"'][^<>]{0,200}?"
    r"\b(?i:value|content)\s*=\s*[\"'](?P<v>[^\"'<>\n]{1,200})[\"']"
    r"|\b(?i:value|content)\s*=\s*[\"'](?P<v2>[^\"'<>\n]{1,200})[\"'][^<>]{0,200}?"
    r"\b(?i:name|id)\s*=\s*[\"'](?P<k2>[^\"'<>\n]{1,40})[\"'])"
)
"""A form field as HTML writes it (``<input type="text" name="total" value="€24.07">``): the name is the field's."""


def _assignments(text: str) -> Iterator[tuple[str, str, int, int]]:
    if "=" not in text and "'" not in text and "{" not in text:
        return
    if "<" in text:
        for found, m in enumerate(_HTML_FIELD.finditer(text)):
            if found >= _MAX_FIELDS:
                break
            group = "v" if m.group("v") is not None else "v2"
            yield m.group("k") or m.group("k2"), m.group(group), m.start(group), m.end(group)
    if "=" in text:
        for m in _ASSIGNMENT.finditer(text):
            group = "q" if m.group("q") is not None else "b"
            value = m.group(group).strip()
            if value:
                yield m.group(1), value, m.start(group), m.start(group) + len(m.group(group).rstrip())
    for found, m in enumerate(_CODE_PAIR.finditer(text)):
        if found >= _MAX_FIELDS:
            break
        key = m.group("k1") or m.group("k2") or m.group("k3")
        group = "v" if m.group("v") is not None else "v3"
        if m.group(group).strip():
            yield key, m.group(group), m.start(group), m.end(group)


_MAX_FIELDS = 40
_MASK_THEN_SENTENCE = re.compile(
    r"\s*(\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}|[*•#X_]{3,})[ \t]*(?:[.,;]?[ \t]+(?=[A-Z])|[\"”’'»`])"
)
"""A field's mask followed by a sentence of the answer's own on the same line, or by the quote that closes an example
field ('Write it like "Hobbies: <hobbies>" and fill in ...'): the mask is the whole value."""

_NEXT_KEY = re.compile(r"(?<=[.;|])[ \t]+(?=([^\W\d_][^\W\d_ '’-]*(?: [^\W\d_'’-]+){0,3})[ \t]*:[ \t])")
"""Where a value ends because a sentence (or cell) ends and the next ``Key:`` begins on the same line."""


def _split_line(key: str, value: str, start: int) -> Iterator[tuple[str, str, int, int]]:
    """Several ``Key: value`` fields written on one line, each ending its sentence ("Name: [REDACTED]. Date
    of birth: [REDACTED].", "Nombre: X. Profesión: Y."): each key holds only its own value, up to the next
    key, so a masked value stays masked and the next key is a cue of its own. A key/value table's cell that the
    normaliser wrote as ``Key: value`` (``| Phone | Phone: present (withheld) |``) holds what follows its key."""
    at = 0
    if value.startswith(f"{key}:"):
        rest = value[len(key) + 1 :]
        at = len(key) + 1 + len(rest) - len(rest.lstrip())
    for m in _NEXT_KEY.finditer(value, at):
        yield key, value[at : m.start()], start + at, start + m.start()
        key = m.group(1)
        colon = value.index(":", m.end())
        at = colon + 1 + (len(value[colon + 1 :]) - len(value[colon + 1 :].lstrip()))
    yield key, value[at:], start + at, start + len(value)


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
        for key, value, start, end in (
            *(f for k, v, a, _ in field_spans(text) for f in _split_line(k, v, a)),
            *_assignments(text),
        ):
            named = _named(key, self.catalog) & categories
            if not named:
                continue
            masked = _MASK_THEN_SENTENCE.match(value)
            if masked is not None:  # "Card number: [CARD_NUMBER] That's everything I can make out."
                value = masked.group(1)
            if _restates(key, value):
                continue  # {"passport": "passport"}, {"boarding_pass": "boarding pass"}: the field's own name
            if not value_withheld(value, self.catalog):
                yield Hit("structured_field", start, end, 0.9, tuple(sorted(named)))


_WORD = re.compile(r"[^\W\d_]+")


def _restates(key: str, value: str) -> bool:
    """True when ``value`` is only words of its own field name ({"student_id_card": "student id card"}): a redacted
    record names the document a field belongs to, no one's value."""
    words = _WORD.findall(value.casefold())
    return bool(words) and set(words) <= set(_WORD.findall(key.casefold().replace("_", " ")))
