"""Field names read as a person writes them short: "dob", "pob", "mar_status", "occ", "addr", "strasse",
"fecha_nac", "lieu_naissance", "Tel.-Nr." -> the categories they name.

The question classifier's reading (guard/classify/questions.py ``field_categories``) names a field by the
category's own words; a field a model writes as an abbreviation, an initialism or a glued or transliterated
word of another language is not one of them. This resolver reads the same field name against the phrases the
verifier already knows for each category (the cue lists of ``data/cues.yaml`` in en/de/fr/es, whose families
say which categories they stand for, and the taxonomy's own names and aliases), matched four ways, most
specific first:

1. the same words, small words and number words aside ("lieu_naissance" ~ "lieu de naissance",
   "licence_nr" ~ "licence number");
2. the same letters glued ("placeofbirth", "strasse" ~ "straße");
3. each word of the key the start (3+ letters) of the phrase's word in the same place ("mar_status" ~
   "marital status", "occ" ~ "occupation", "addr" ~ "address", "nat" ~ "nationality");
4. an initialism of a phrase of three or more words ("dob" ~ "date of birth", "pob" ~ "place of birth").

A key that fits phrases of several families at the most specific level that matches names nothing (no
guess between two readings). It is read only when the classifier's reading names nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import yaml

from guard.taxonomy import Catalog
from guard.verify.casing import known_words
from guard.verify.cues import cues, letters

_SMALL = frozenset(
    re.findall(r"\S+", "of the a an de du des la le l d del der die das den dem y and et und e en von van di da for")
)
"""Words a field name drops ("date_naissance" for "date de naissance")."""
_NUMBER = frozenset(re.findall(r"\S+", "no nr num nb nbr nro number nummer numero n"))
"""Words that say "number" ("licence_no", "Ausweis-Nr", "num_tel")."""
_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])|[^A-Za-z]+")
MIN_PREFIX = 3


def _fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    """A field name or phrase as lower-case words (camel case, ``_``, ``-``, ``.`` split; accents off)."""
    raw = [w.lower() for w in _SPLIT.split(_fold(text)) if w]
    return ["#" if w in _NUMBER else w for w in raw]


_Entry = tuple[tuple[str, ...], str, str, frozenset[str]]


@cache
def _index(catalog: Catalog) -> tuple[_Entry, ...]:
    """(content words, glued letters, initials, categories) of every phrase that stands for categories."""
    c = cues()
    out: list[_Entry] = []
    seen: set[tuple[tuple[str, ...], frozenset[str]]] = set()

    def add(phrase: str, cats: frozenset[str]) -> None:
        words = _words(phrase)
        content = tuple(w for w in words if w not in _SMALL)
        if not content or (content, cats) in seen:
            return
        seen.add((content, cats))
        initials = "".join(w[0] for w in words) if len(words) >= 3 else ""
        out.append((content, "".join(words), initials, cats))

    for family, phrases in c.phrases.items():
        # a family that stands for no category (expiry, order, flight...) is still a reading: a key that
        # fits it and a private family alike names nothing
        cats = frozenset(c.categories.get(family, ())) or frozenset({"-" + family})
        for phrase in phrases:
            add(phrase, cats)
    for cid, cat in catalog.categories.items():
        for name in (cat.name, *cat.aliases):
            add(name, frozenset({cid}))
    return tuple(out)


_VERB_ENDING = re.compile(r"(?:ed|ing|ar|ir)$")
"""A cue that is a verb form ("photographed", "contactar") is no field name a key abbreviates."""
_SHORT_FOR_OTHER = frozenset(re.findall(r"\S+", "doc dest photo pic img info desc dept dep arr org ref sub"))
"""Short keys that abbreviate something the cue lists do not hold (a document, a destination, a department)."""
MAX_PREFIX = 6


def _prefix(key: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    return len(key) == len(phrase) and all(
        k == p
        or (
            MIN_PREFIX <= len(k) <= MAX_PREFIX
            and len(p) >= len(k) + 2
            and p.startswith(k)
            and k not in _SHORT_FOR_OTHER
            and not _VERB_ENDING.search(p)
        )
        for k, p in zip(key, phrase, strict=True)
    )


@cache
def key_categories(key: str, catalog: Catalog) -> frozenset[str]:
    """The categories an abbreviated, glued or transliterated field name names (empty when none or several)."""
    words = _words(key)
    content = tuple(w for w in words if w not in _SMALL)
    if not content or len(content) > 4 or len(key) > 40:
        return frozenset()
    glued = "".join(words)
    index = _index(catalog)

    def matches(level: int, e: _Entry) -> bool:
        if level == 0:
            return e[0] == content
        if level == 1:
            return len(glued) >= 5 and e[1] == glued
        if level == 2:
            return _prefix(content, e[0])
        return len(words) == 1 and len(glued) >= 3 and e[2] == glued

    for level in range(4):
        hits = {e[0]: e[3] for e in index if matches(level, e)}
        found = set(hits.values())
        private = {f for f in found if not any(c.startswith("-") for c in f)}
        if level < 2 and len(private) == 1:  # the same phrase in a private and another family ("total")
            return next(iter(private))
        if len(found) == 1:
            return next(iter(private)) if private else frozenset()
        if level == 2 and len(found) > 1:  # "addr": "address" before "addressee" (one completes the other)
            shortest = min(hits, key=lambda w: sum(map(len, w)))
            if all(all(o.startswith(s) for o, s in zip(w, shortest, strict=True)) for w in hits):
                return frozenset(c for c in hits[shortest] if not c.startswith("-"))
        if found:  # several readings: no guess
            return frozenset()
    if len(glued) < 5 or (len(words) == 1 and glued in known_words()):
        return frozenset()  # an everyday word holds no label glued inside it: "Template" is no "plate"
    family = cues().label_family(key)  # glued with more: "geburtsdat", "telnr"
    return frozenset(cues().categories.get(family, ())) if family else frozenset()


_EVERYDAY_LABELS = frozenset(re.findall(r"\S+", "position relation"))
"""Profile labels that are as often a layout word in a description ("position": "top left")."""


@cache
def _profile_labels() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(resources.files("guard.verify").joinpath("data/image_labels.yaml").read_text("utf-8"))
    c = cues()
    out: dict[str, frozenset[str]] = {}
    for family, phrases in raw["labels"].items():
        for phrase in phrases:
            key = letters(str(phrase))
            if (" " in str(phrase).strip() or len(key) >= 8) and key not in _EVERYDAY_LABELS:
                out[key] = frozenset(c.categories.get(str(family), ()))
    return out


def profile_categories(key: str) -> frozenset[str]:
    """The categories of a field named exactly as a profile label ("location", "relationship status",
    "religious views", "interests": ``data/image_labels.yaml``, too common to be cues in prose, but a field's
    whole name here). Labels of one short word ("from", "work", "role") name nothing: they are as often a
    description's own keys. Read alongside the classifier's reading: "location" is also a landmark's."""
    return _profile_labels().get(letters(key), frozenset())
