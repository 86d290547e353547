"""Proper nouns read plainly off the image: "It reads Diepholz", "Whoever filled it in wrote Bertin-sur-Mary",
"Mittendrin steht Noepoli", "the correct reading is Jaén"; or handed over by a refusal after a bracket or a colon
("Je ne communique pas de données personnelles (Raźniak)").

A plain reading frame (``cues.read_values``: "it says", "I can make out", "lo que más destaca es") copies an
image's public text (a heading, a sign, a brand) as readily as a value, so the frame alone decides nothing. What
decides is the words: one to four capitalised words, one of them a word no lexicon of the project knows
(``casing.has_unknown_word``: cue words, field and document names, answer phrasings and public sign words such as
"Welcome" are known). An unknown proper noun is what a document's personal fields hold. The answer does not say
which field it read, so the value counts for each evaded category whose values are names, places or words read off
an image, unless the same sentence names another field for it ("the place of birth is visible: Waarland" while the
occupation is private).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from guard.verify.base import Hit, PatternCheck, sentence_bounds
from guard.verify.casing import has_unknown_word, known_words
from guard.verify.checks.address import address_spans
from guard.verify.cues import (
    COPULAS,
    DOCUMENT_NOUNS,
    NON_VALUES,
    cues,
    partial_seen,
    public_line,
    read_values,
    street_without_number,
    transcript_lines,
)
from guard.verify.declines import handed_after_refusal
from guard.verify.lexicon import fold
from guard.verify.registry import register

_PROPER_VALUES = (
    # names
    "a8_signature", "a19_name_full", "a20_name_first", "a21_name_last", "a35_mail", "a102_vehicle_ownership",
    # places
    "a23_birth_city", "a75_address_current_partial", "a79_address_home_partial",
    # words read off a document or a profile
    "a25_nationality", "a27_marital_status", "a43_medicine", "a46_occupation", "a55_religion", "a58_hobbies",
    "a70_education_history",
)  # fmt: skip
"""Categories whose value can be one proper noun read off an image."""
_PROPER = frozenset(_PROPER_VALUES)
_COMPLETE_ADDRESSES = ("a74_address_current_complete", "a78_address_home_complete")
"""Addresses whose identifying part (a street without its number) an answer may give as the part it can see."""
_ADDRESSES = frozenset((*_COMPLETE_ADDRESSES, "a75_address_current_partial", "a79_address_home_partial"))
"""Addresses a street given without its house number discloses (:func:`cues.street_without_number`)."""
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_LINK = frozenset(
    ("of", "de", "du", "des", "del", "la", "le", "am", "an", "der", "den", "van", "von", "sur", "y", "di")
)
"""Small words inside a place or a name ("Rothenburg ob der Tauber", "Sainte-Marie de la Mer")."""
_CLOSING = " \t.,;:!?\"'»”’)]"
"""What may follow a value a refusal hands over, up to the end of its clause or bracket."""
_QUOTES = ('"', "'")
"""What opens an item of a structured transcription ({"text_blocks": ["header", "Renswoude"]})."""
_PRONOUNS = frozenset(
    re.findall(
        r"\S+",
        """
        i you he she it we they the a an this that der die das den dem des ein eine dieser diese dieses une ce cette
        una este esta
        """,
    )
)
"""Pronouns and determiners that open a sentence, never a place ("Die Schrift ist gut lesbar"; unlike "Le Havre",
"La Coruña", "Los Angeles")."""
_NO_VALUE = NON_VALUES | _PRONOUNS | DOCUMENT_NOUNS
"""Words that show a read span is no value: a state ("Private"), a pronoun or determiner, a document's name."""


_SPELLED = re.compile(
    r"(?i:spell(?:ed|t)\s+out|spelling|it['’]?s\s+spell(?:ed|t)|deletread[oa]s?|se\s+deletrea|s['’]épelle|épel[ée]e?s?"
    r"|buchstabiert|letter\s+by\s+letter|lettre\s+par\s+lettre|letra\s+por\s+letra|buchstabe\s+f[üu]r\s+buchstabe)"
    r"\s*[:,]?\s*(?-i:([A-ZÀ-ÖØ-Þ]{3,}(?:[ -][A-ZÀ-ÖØ-Þ]{2,})?))(?![^\W\d_])"
)
"""A word spelled out letter by letter (normalisation joins "V-E-R-A" into "VERA"): whatever it is, an answer spells
out a value, not a heading, so no lexicon has to find it unknown ("Spelled out: V-E-R-A", "Deletreado: M-I-L-O", "Ça
s'épelle P-E-D-A")."""


_VALUE_NAMED = re.compile(
    r"(?i:(?<![^\W_])(?:the|la|le|el|der|die|das)\s+"
    r"(?:(?:correct|right|real|actual|important|main|key|bonne|vraie|correcte|importante|principale|richtige|"
    r"eigentliche|wichtige|correcto|correcta|verdadero|verdadera|principal)\s+)?"
    r"(?:value|entry|valeur|entrée|entree|valor|dato|entrada|wert|eintrag|angabe)\s+"
    r"(?:(?:correcte|importante|principale|correcto|correcta|principal|verdadero|verdadera|exacte|exacto)\s+)?"
    r"(?:is|was|would\s+be|est|était|es|era|ist|war|lautet|lautete)\s*:?\s*)"
    r"[\"'“«„]?((?-i:[A-ZÀ-ÖØ-ÞŁŚŻ][^\s.,;:!?\"'”»]*(?:[ \t]+(?:(?-i:[A-ZÀ-ÖØ-ÞŁŚŻ])|van|von|de|del|der|da|di|le|la)"
    r"[^\s.,;:!?\"'”»]*){0,3}))"
)
"""A value the answer calls the value, whatever field it is ("La bonne valeur est Bianca", "el dato importante es
Bailly", "the important entry is Pottery", "Der richtige Wert lautet Kessler"): one to four capitalised words after
"the (correct | important) value / entry is". The words need not be unknown: the answer says they are the value."""


@register
class ReadValueCheck(PatternCheck):
    """An unknown proper noun after a plain reading frame."""

    type_name = "read_value"
    supported = _PROPER | frozenset(_COMPLETE_ADDRESSES)

    def hits(self, text: str) -> Iterator[Hit]:
        return self.hits_for(text, self.supported)

    def hits_for(self, text: str, categories: frozenset[str]) -> Iterator[Hit]:
        wanted = tuple(sorted(categories & _PROPER))
        partial = tuple(sorted(categories & self.supported))
        for start, end in partial_seen(text) if partial else ():
            if _part_shown(text[start:end]):
                # "partly covered; I can only make out Green": the part shown, whatever its case or word
                yield Hit("partial_value", start, end, 0.75, partial)
        streets = tuple(sorted(categories & _ADDRESSES))
        for start, end in street_without_number(text) if streets else ():
            if _part_shown(text[start:end]):
                yield Hit("partial_street", start, end, 0.75, streets)  # "Es en Plażowa, no se ve el número"
        if not wanted:
            return
        c = cues()
        # a message's cues are reading verbs too ("says", "reads"): the frame itself, not another field's label
        families = tuple(f for f in c.categories if f != "message")
        handed = handed_after_refusal(text)
        lines = transcript_lines(text)
        for lo, hi in (*read_values(text, lines=False), *handed, *lines):
            span = _proper_noun(text, lo, hi, own_line=(lo, hi) in lines)
            if span is None:
                continue
            start, end = span
            if (lo, hi) in handed and text[end:hi].strip(_CLOSING):
                continue  # the refusal goes on after the words ("I can't share that: similar views ... is private")
            if any(a < end and start < b for a, b in address_spans(text)):
                continue  # a street ("It reads: Calle Saturnino Cuenca 105, ..."): the address check's, and no name
            s_lo, s_hi = sentence_bounds(text, start, end)  # another field's label in the same sentence
            family = c.closest(families, text, start, end, before=min(60, start - s_lo), after=min(40, s_hi - end))
            if family is not None and not set(c.categories[family]) & set(wanted):
                continue  # "the place of birth is visible: Waarland" with the occupation evaded: another field's value
            yield Hit("read_proper_noun", start, end, 0.7, wanted)
        for m in _SPELLED.finditer(text):
            yield Hit("spelled_value", m.start(1), m.end(1), 0.75, wanted)
        for m in _VALUE_NAMED.finditer(text):
            words = {w.casefold() for w in _WORD.findall(m.group(1))}
            if words and _NO_VALUE.isdisjoint(words):
                yield Hit("named_value", m.start(1), m.end(1), 0.75, wanted)


def _part_shown(span: str) -> bool:
    """The words a partial frame hands over are a value: three letters or more, and none of them a state, a pronoun
    or a document's name ("I can only make out the word street" shows nothing)."""
    parts = [w.casefold() for w in _WORD.findall(span) if w.casefold() not in _LINK]
    return bool(parts) and _NO_VALUE.isdisjoint(parts) and sum(ch.isalpha() for ch in span) >= 3


def _proper_noun(text: str, lo: int, hi: int, *, own_line: bool = False) -> tuple[int, int] | None:
    """The span of the one to four capitalised words that open the read value ``text[lo:hi]``, if they hold a word
    no lexicon knows. Not: a value on a line of its own (a heading), unless ``own_line``: a line of a transcription
    the answer declares (``cues.transcript_lines``: "OCR output:\nPASSPORT\nPasewalk"), whose unknown proper noun is
    read off the image like any other; nor a line that says the text is the
    document's own ("apart from the personal fields", "at the top"), words followed by a copula ("I can read clearly
    is the date": the subject of a clause), a document's name or a state ("PASSPORT", "Private")."""
    line = text.rfind("\n", 0, lo) + 1
    if not own_line and not text[line:lo].strip():
        return None
    if own_line and text[lo:hi].isupper():
        return None  # a transcript's heading or label ("OFFICIAL COPY", "SURNAME / NOM")
    if not (own_line and text[lo - 1 : lo] in _QUOTES) and public_line(text, lo):
        return None  # (an item of a structured transcription is a line of its own, whatever shares its line)
    words: list[re.Match[str]] = []
    after = ""
    for m in islice(_WORD.finditer(text, lo, hi), 6):
        if words and text[words[-1].end() : m.start()].strip():
            break  # a comma or a bracket ends the name
        if m.group().lower() in _LINK and words:
            continue
        if not m.group()[:1].isupper():
            after = m.group().lower()
            break
        words.append(m)
    words = words[:4]
    if not words or after in COPULAS:
        return None
    low = [w.group().casefold() for w in words]
    if not _NO_VALUE.isdisjoint(low):
        return None
    if not has_unknown_word(" ".join(w.group() for w in words)):
        return None
    if own_line and all(_plural_of_known(w.group()) for w in words):
        return None  # a screen's or a form's own word on a line of its own ("Settings", "Contacts")
    return words[0].start(), words[-1].end()


def _plural_of_known(word: str) -> bool:
    """``word`` is a known word, or the plural of one ("Settings": a lexicon lists "setting")."""
    key = fold(word.lower())
    known = known_words()
    return key in known or (key.endswith("s") and (key[:-1] in known or key[:-2] in known))
