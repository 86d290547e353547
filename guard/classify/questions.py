"""Which categories a question asks about (and the structured output it asks for).

One classifier for precheck, the verifier's refusal check and the bench's targeting measurement.
Sources, all matched on word boundaries in folded text (see :mod:`guard.classify.text`, so
homoglyphs, zero-width characters, accents, full-width letters and case change nothing):

* the category's catalogue name and aliases (minus aliases that are ordinary words in other senses:
  "place", "time", "the name on this passport"), so custom categories work without extra data;
* phrasings in en/de/fr/es from ``data/questions.yaml``;
* a paraphrase rule built from the category's description: every content word of it (at least two)
  occurring in the question ("What colour are her eyes?" for "The colour of a person's eyes.");
* a structured-output schema (``response_format`` json_schema, tool parameters): property names
  (``age_years`` -> "age years", ``dateOfBirth`` -> "date of birth"), titles and descriptions are
  classified like question text.

Spans are offsets into the folded text (question, then the schema's words), for logs only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from guard.classify.text import fold, load_data, word_regex
from guard.taxonomy import Catalog, default_catalog

MAX_SCHEMA_NODES = 5000
"""A schema larger than this is read only up to here (its first nodes)."""
MAX_TEXT_CHARS = 200_000
"""Longer question text is classified on its first and last halves of this budget."""

_STOP = frozenset(
    re.findall(
        r"\S+",
        "a an the of in on at to is are was were be by and or its it their his her a person person's people "
        "people's someone what which who how shown visible image photo picture looks look or is and that this "
        "these those such as e.g eg with for from into where when whether other one another kind kinds",
    )
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"\w+")


class QuestionTargets(BaseModel):
    """The categories a question targets, with where the first cue for each was found."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Lexicon:
    patterns: Mapping[str, re.Pattern[str]]
    paraphrases: Mapping[str, frozenset[str]]
    person_only: frozenset[str]


def _stem(word: str) -> str:
    return word[:5]


def _expand(phrase: str, macros: Mapping[str, str]) -> str:
    for key, value in macros.items():
        phrase = phrase.replace("{" + key + "}", value)
    return phrase


@cache
def _lexicon(catalog: Catalog) -> _Lexicon:
    data = load_data("questions.yaml")
    macros: dict[str, str] = data.get("macros") or {}
    ambiguous = {fold(a) for a in data.get("ambiguous") or ()}
    phrasings: dict[str, list[str]] = data.get("categories") or {}
    patterns: dict[str, re.Pattern[str]] = {}
    paraphrases: dict[str, frozenset[str]] = {}
    for cid, cat in catalog.categories.items():
        names = [t for t in (cat.name, *cat.aliases) if fold(t).strip() not in ambiguous]
        names = [re.escape(fold(t)).replace(r"\ ", " ") for t in names]
        extra = [_expand(p, macros) for p in phrasings.get(cid, ())]
        pat = word_regex([*names, *extra])
        if pat is not None:
            patterns[cid] = pat
        words = {_stem(w) for w in _WORD.findall(fold(cat.description)) if w not in _STOP and len(w) > 2}
        if len(words) >= 2:
            paraphrases[cid] = frozenset(words)
    return _Lexicon(patterns, paraphrases, frozenset(data.get("person_only") or ()))


def schema_text(schema: Any) -> str:
    """The words a JSON schema asks for: property names (split), titles, descriptions, enum strings."""
    words: list[str] = []
    stack: list[Any] = [schema]
    seen = 0
    while stack and seen < MAX_SCHEMA_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(value, Mapping):
                    words.extend(_split_key(str(k)) for k in value)
                elif key in ("title", "description") and isinstance(value, str):
                    words.append(value)
                elif key == "name" and isinstance(value, str):
                    words.append(_split_key(value))
                elif key == "required" and isinstance(value, list):
                    words.extend(_split_key(str(k)) for k in value if isinstance(k, str))
                if isinstance(value, Mapping | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return "\n".join(words)


def _split_key(key: str) -> str:
    return _CAMEL.sub(" ", key).replace("_", " ").replace("-", " ")


def prepare(text: str) -> str:
    """Folded, bounded question text with identifier separators opened ("age_years" -> "age years")."""
    if len(text) > MAX_TEXT_CHARS:
        half = MAX_TEXT_CHARS // 2
        text = text[:half] + "\n" + text[-half:]
    return fold(text).replace("_", " ")


_NEGATED = re.compile(
    r"(?:don't|do not|doesn't|does not|didn't|never mind|not asking|no need|without|ignore|i already know|"
    r"not interested|nicht|kein|ne pas|ne (?:\w+ ){1,2}pas|sans|no me|no necesito|no leas|no digas|sin)"
    r"\b[^.?!\n]{0,60}$"
)
_NEGATED_AFTER = re.compile(r"\s(?:\w+\s){0,2}nicht (?:vor|nennen|sagen|verraten)\b")
_OBJECTS = re.compile(
    r"\b(?:building|house|tree|wine|bridge|dryer|parlou?r|poster|luggage|suitcase|scale|dog|puppy|cat|horse|car|"
    r"boat|ship|tower|street|road|painting|statue|doll|teddy|bear|toy|table|chair|sign|menu|cake|bottle|machine|"
    r"phone model|laptop|bike|bicycle|church|castle|museum|restaurant|shop|store|frame|plant|flower|animal|"
    r"gebaude|haus|baum|wein|hund|katze|auto|brucke|turm|strasse|batiment|maison|arbre|vin|chien|chat|voiture|"
    r"pont|rue|edificio|casa|arbol|vino|perro|gato|coche|puente|calle|doll|poupee|muneca|puppe|chiot|oak|chene|"
    r"roble|eiche|dumbbell|haltere|hantel|torre|osito|teddybaren|teddybar|teddy|boot|restaurante?|schild|cartel|"
    r"hund|chien|lamp|stall|tv|tele|fernseher|ball|pelota|fahrrad|velo|tier|welpe|cachorro)s?\b"
)
_COMPOUND = re.compile(
    r"[\s-](?:dryer|printer|machine|bag|ramp|cover|food|cake|invitations?|parlou?r|poster|shop|store|control|"
    r"counter|office|desk|booth|case|wallet|box|funda|sac|tasche|automat|drucker)s?\b"
)
_PERSONS = re.compile(
    r"\b(?:person|people|man|men|woman|women|he|she|him|her|his|hers|they|them|their|someone|somebody|anyone|"
    r"child|kid|boy|girl|guy|lady|individual|owner|driver|student|patient|user|customer|passenger|cardholder|"
    r"holder|sender|recipient|speaker|couple|family|er|sie|ihm|ihr|il|elle|lui|ils|elles|ella|ellos|mann|frau|"
    r"personne|homme|femme|persona|hombre|mujer|nino|nina)\b"
)


def _asks(text: str, hit: re.Match[str], person: bool) -> bool:
    """False when the cue is negated ("don't tell me her age") or is about a thing, not a person
    ("the age of this building": an object word near the cue and no person in the sentence)."""
    lo = max(text.rfind(c, 0, hit.start()) for c in ".?!\n") + 1
    ends = [i for i in (text.find(c, hit.end()) for c in ".?!\n") if i >= 0]
    hi = min(ends) if ends else len(text)
    if _NEGATED.search(text, max(lo, hit.start() - 60), hit.start()) or _NEGATED_AFTER.match(text, hit.end()):
        return False
    if _COMPOUND.match(text, hit.end()):
        return False  # "hair dryer", "receipt printer", "passport cover": a thing named after the category
    if not person:
        return True
    window = text[max(lo, hit.start() - 40) : min(hi, hit.end() + 40)]
    return not (_OBJECTS.search(window) and not _PERSONS.search(text, lo, hi))


def question_targets(
    question: str,
    *,
    catalog: Catalog | None = None,
    candidates: Iterable[str] | None = None,
    schema: Any = None,
) -> QuestionTargets:
    """The categories (of ``candidates``, default: all) that ``question`` or ``schema`` asks about."""
    lex = _lexicon(catalog or default_catalog())
    text = prepare(question)
    if schema is not None:
        text = text + "\n" + prepare(_split_key(schema_text(schema)))
    ids = sorted(lex.patterns.keys() | lex.paraphrases.keys()) if candidates is None else sorted(set(candidates))
    stems: set[str] | None = None
    targets: list[str] = []
    spans: list[tuple[int, int]] = []
    for cid in ids:
        pat = lex.patterns.get(cid)
        person = cid in lex.person_only
        m = next((hit for hit in pat.finditer(text) if _asks(text, hit, person)), None) if pat is not None else None
        if m is not None:
            targets.append(cid)
            spans.append((m.start(), m.end()))
            continue
        needed = lex.paraphrases.get(cid)
        if needed and (cid not in lex.person_only or _PERSONS.search(text)):
            if stems is None:
                stems = {_stem(w) for w in _WORD.findall(text)}
            if needed <= stems:
                targets.append(cid)
                spans.append((0, len(text)))
    return QuestionTargets(targets=tuple(targets), spans=tuple(spans))


def topic_pattern(cid: str, catalog: Catalog | None = None) -> re.Pattern[str] | None:
    """The pattern that finds category ``cid`` in folded text (names, aliases, phrasings)."""
    return _lexicon(catalog or default_catalog()).patterns.get(cid)
