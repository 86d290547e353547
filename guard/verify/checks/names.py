"""People's names after (or before) a naming cue: "name is", "Mr.", "cardholder", "Nachname:", "se llama".

Without a named-entity model we do not guess names from capital letters alone (that blocks "Eiffel
Tower"); a name needs a cue (en/de/fr/es phrases in guard/verify/data/cues.yaml; JSON keys, table
headers and "LABEL:" forms count). After an explicit "is"/":" a lower-case name counts too. Which
name category it discloses follows from the cue and the number of words: "first name ..." -> first
name; "surname ...", "Mr. X" -> last name; two or more words -> all three. Partial rule
(docs/verification.md): a surname alone discloses the full name; reordered ("Doe, Jane") and
abbreviated ("J. Doe") forms are names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from guard.verify.base import Hit, PatternCheck
from guard.verify.casing import known_words
from guard.verify.checks.address import address_spans, in_address
from guard.verify.checks.dates import DateMask, date_mask
from guard.verify.cues import (
    AS_VALUE,
    DOCUMENT_NOUNS,
    NAMELY,
    RESUMPTIVE_COPULA,
    Led,
    cues,
    each_match,
    label_keys,
    later_windows,
    led,
    letters,
    only_state,
    read_values,
    word_key,
)
from guard.verify.lexicon import NameLexicon, fold, names
from guard.verify.registry import register

_FULL, _FIRST, _LAST = "a19_name_full", "a20_name_first", "a21_name_last"
_HOLDERS = ("a8_signature", "a102_vehicle_ownership", "a35_mail")
"""A person's name on a document is also the signature's, the keeper's or the addressee's."""
_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃĘĄČŠŽŐŰ"
_LO = "a-zß-öø-ÿłśżźćńęąčšžőű"
_CAP_WORD = (
    rf"(?:[{_UP}][{_LO}'’]++(?:-[{_UP}][{_LO}'’]++)?|[{_UP}]{{2,}}+(?:-[{_UP}]{{2,}}+)?|[{_UP}]\.(?=\s*[{_UP}]))"
)
_PARTICLE = r"(?:van|von|de|del|della|di|da|du|le|la|der|den|ten|ter|y|dos|das)"
_NEXT_WORD = rf"(?:(?:\s+|\s*[,/]\s*|(?<=\.)){_CAP_WORD}|(?:\s+{_PARTICLE}){{1,2}}\s+{_CAP_WORD})"
_CAP_NAME = rf"(?<![^\W_])((?:{_PARTICLE}\s+){{0,2}}{_CAP_WORD}{_NEXT_WORD}{{0,3}})"
# a lower-case name ends its clause; a participle ("the guest is staying.") is not one
_LOW_NAME = rf"(?![{_LO}]+ing\b)([{_LO}]{{2,}}+(?:(?:\s+|/)[{_LO}]{{2,}}+){{0,2}})(?=[\"'”’»]*\s*(?:[.,;:!?)\]}}\n]|$))"
_QUOTE = r"[\"'`*“‘«]*"
_VERB = (
    rf"(?i:{NAMELY}|is|was|reads|read|shows|says|appears\s+to\s+be|seems\s+to\s+be|spelled|spelt|given\s+as|written\s+as|"
    + RESUMPTIVE_COPULA  # "le nom de famille, c'est X"
    + r"|"
    r"listed\s+as|"
    + AS_VALUE
    + r"|ist|lautet|war|est|es|era|to|by|indique|mentionne|porte|indica|dice|pone|aparece|figura|"
    # a correction, before a capitalised name ("the registered keeper should be Anastazja Drobny"), not a state
    # ("the surname should be kept private")
    r"(?:should\s+(?:be|read)|devrait\s+être|debería\s+ser|deberia\s+ser)(?=\s+[\"'“«]?(?-i:[A-ZÀ-ÖØ-Þ]))|"
    r"steht(?:\s+(?:dort|da|hier))?|zeigt|heißt|"
    # hedged: "the surname looks like it could be X", "könnte X sein", "semble être X"
    r"(?:looks\s+like\s+(?:it\s+)?)?(?:could|might|may|would)\s+be|looks\s+like|seems\s+to\s+read|"
    r"könnte|dürfte|semble\s+être|pourrait\s+être|parece\s+ser|podría\s+ser|"
    # a reading frame after the label: "à la ligne « signature », on lit X", "im Feld Name den Eintrag X"
    r"on\s+(?:y\s+)?lit|on\s+peut\s+(?:y\s+)?lire|se\s+lee|se\s+puede\s+leer|(?:den|der)\s+eintrag|"
    # the first part of a name split over two sentences (joined in normalisation): "beginnt mit X. Danach folgt Y"
    r"(?:begins|starts)\s+with|beginnt\s+mit|fängt\s+mit|commence\s+par|empieza\s+(?:por|con)|comienza\s+(?:por|con))"
)
_GAP = r"(?:\s+[a-zà-ÿ']{1,12}){0,3}?"
_SETTLED = (
    r"(?:(?i:actually|really|correctly|in\s+fact|richtig|eigentlich|tatsächlich|korrekt|en\s+fait|vraiment|"
    r"correctement|en\s+realidad|realmente|correctamente)\s+)?"
)
"""An adverb after the verb that settles the value, as a correction does: "Der Name lautet richtig NIGEL HILL",
"the surname is actually Brandt"."""
_SETTLED_CAP = (
    r"(?:(?:(?i:in\s+fact|en\s+fait|en\s+realidad|de\s+hecho|sin\s+duda|sans\s+doute|most|bien|donc|wohl|doch|"
    r"also|sicher|wirklich|tatsächlich|eigentlich|richtig|korrekt|vermutlich|wahrscheinlich|offenbar|anscheinend|"
    r"indeed|vraiment|realmente)|[a-zà-ÿ]{2,}(?:ly|ment|mente))\s+){0,2}"
)
"""Before a capitalised name, any adverb or two may settle or hedge it ("le prénom est bien Leah", "the first name
is most likely Leah", "el nombre es efectivamente Leah"): a capital after them is the name. Before a lower-case
name only :data:`_SETTLED` ("is barely legible" is no name)."""
_COLON_GAP = r"(?:\s+[a-zà-ÿ']{1,12}){0,6}?"
"""Before a colon a few more words may say how the name is shown ("El nombre completo solo se lee en parte: Putz",
"Le nom complet n'est lisible qu'en partie : de Heer")."""
_MID = (
    # where the name is printed: "on the card", "on the driver's licence", "auf dem Ausweis", "sur la carte", also after
    # a participle or a relative verb ("shown on the passport", "inscrit sur le passeport", "que aparece en el
    # documento de identidad") and with a contracted preposition ("im Reisepass", "au dos", "del carné")
    r"(?:\s+(?:(?i:that|which|que|qui|der|die|das)\s+)?(?:[a-zà-ÿ]{2,14}\s+){0,2}?"
    r"(?i:on|of|in|auf|sur|en|de|del|im|am|au|al|vom|aus|dans|from)\s+"
    r"(?:(?i:the|this|that|his|her|their|der|dem|den|des|la|le|les|el|los|las|l')\s*)?[^\W\d_]+"
    r"(?:['’]s\s+[^\W\d_]+|\s+(?i:de|d'|of)\s*[^\W\d_]+)?)?"
    r"(?:\s*\([^()\n]{1,40}\))?"  # a remark in brackets after the cue: "Name (surname first): ..."
)
# a few small words may sit between the cue and its verb or colon ("last name only: Thomas",
# "the surname clearly: Jourdan", "the first name shown is Eugene")
_CLOSE = r"(?:\s*[\"'`*”’»)])*"


def _sep(settled: str) -> str:
    """Between a name's cue and the name: a verb (then ``settled``), a colon, a comma or a dash."""
    return (
        rf"{_MID}{_CLOSE}(?:\s*(?:{_GAP}\s+{_VERB}\s+{settled}|{_GAP},\s*{_VERB}\s+{settled}|{_COLON_GAP}\s*[:=]\s*|"
        rf",\s*|-\s+)|\s+){_QUOTE}\s*"
    )


_SEP = _sep(_SETTLED)
_NEXT_SENTENCE = (
    rf"{_GAP}\s*(?:[.!;?]|…|\.\.\.)\s*(?i:{RESUMPTIVE_COPULA}|es\s+ist|es\s+lautet|es|c['’]était)\s+"
    rf"{_SETTLED}{_QUOTE}\s*"
)
"""A field named in one sentence and its value given as "it" in the next, as a correction or an aside does: "I had
the first name wrong. It's Jente.", "I shouldn't read out the surname… it's Bailey". Only before a capitalised
name (:data:`_CAP_NAME`)."""
_STRONG_SEP = (
    rf"{_MID}{_CLOSE}(?:{_GAP}\s+{_VERB}\s+{_SETTLED}|{_COLON_GAP}\s*[:=]\s*|\s+-\s+|(?<=to|by)\s+){_QUOTE}\s*"
)
_STILL_SHOWN = (
    r"\s+(?i:is|ist|est|es|está|remains|bleibt|reste|sigue)\s+(?i:(?:still|noch|encore|todavía|aún|clearly|gut|bien)\s+)?"
    r"(?i:visible|legible|readable|sichtbar|lesbar|zu\s+(?:sehen|lesen)|lisible|legible)(?![^\W_])"
)
_TITLE = re.compile(
    rf"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Don|Doña|"
    r"(?i:mister|herrn?|monsieur|madame|mademoiselle|señora?|senora?|señorita|senorita)(?=\s))\.?\s+"
    rf"(?:(?:de|del|de la|van|van der|von|du|da|di|le|la)\s+)?{_CAP_NAME}"
)
"""A name after a title or a form of address, any case for the spelled-out ones ("an Frau oder Herrn Aubry",
"al señor o la señora de Marduras")."""
_STOP = frozenset(
    re.findall(
        r"\S+",
        """the a an this that it not no unknown unclear visible hidden redacted none private street road avenue
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july
        august september october november december i you we they he she card passport license licence id
        der die das ein eine nicht kein keine sichtbar unbekannt le la les un une pas non visible inconnu
        el los las una no desconocido is are was were be of and or on in at to for with tag badge field
        shown printed written given listed also only just here there what which who can cannot can't
        field fields feld felder champ champs campo campos entry entries eintrag einträge date datum fecha
        ist sind est es está son her his their its our my your sein seine ihr ihre son sa ses su sus
        person people woman man there here one judging overall nothing everything something too small
        blurry partly partially cut off obscured illegible unreadable
        marked considered treated withheld masked covered private privat privé privée privado privada
        confidential vertraulich confidentiel confidencial sensitive personal persönlich personnel these those
        esa ese esta este esto eso esas esos estas estos aquel aquella cette cet ce ces celle celui dieser diese
        dieses jene jener""",
    )
)


@cache
def _lower_after_cue() -> tuple[tuple[Led, str], ...]:
    """A lower-case name right after its cue without a verb or colon ("a card - name fenne de hoog."): the
    cue vouches for the place, the name lists for the words (:func:`_listed_name`)."""
    src = cues().sources
    families = (("first_name", "first"), ("last_name", "last"), ("name", "cue"))
    return tuple((led(src[family], rf"{_SEP}{_LOW_NAME}"), kind) for family, kind in families)


@cache
def _patterns() -> tuple[tuple[Led | re.Pattern[str], str], ...]:
    src = cues().sources
    out: list[tuple[Led | re.Pattern[str], str]] = []
    for family, kind in (("first_name", "first"), ("last_name", "last"), ("name", "cue")):
        out.append((led(src[family], rf"{_sep(_SETTLED_CAP)}{_CAP_NAME}"), kind))
        out.append((led(src[family], rf"{_NEXT_SENTENCE}{_CAP_NAME}"), kind))
        out.append((led(src[family], rf"{_STRONG_SEP}{_LOW_NAME}"), kind))
        # the name in brackets right after its label: "details such as the registered keeper (Róża Majos)"
        out.append((led(src[family], rf"\s*\(\s*{_QUOTE}{_CAP_NAME}{_QUOTE}\s*\)"), kind))
        # the field partly hidden, the part that shows named: "The full name is partly covered, but Moore is visible"
        out.append((led(src[family], rf"[^.!?\n]{{0,40}}?\s(?i:but|aber|mais|pero)\s+{_CAP_NAME}{_STILL_SHOWN}"), kind))
    out.append((_TITLE, "title"))
    out.append((_CLOSING, "closing"))
    # postfix: "shows Jeanne Brown as the student's name", "JANE DOE is the cardholder"
    post = rf"{_CAP_NAME}(?:\s*[,(-]\s*(?i:is\s+|as\s+)?|\s+(?i:is|as|ist|est|es)\s+)"
    post += r"(?i:the\s+|his\s+|her\s+|their\s+|der\s+|le\s+|el\s+)?"
    post += r"(?:[\w'’]+\s+){0,2}?"
    out.append((re.compile(post + rf"(?:{src['last_name']})"), "last"))
    out.append((re.compile(post + rf"(?:{src['first_name']})"), "first"))
    out.append(
        (
            re.compile(
                post
                + r"(?<![^\W_])(?i:(?:full\s+)?name|card\s*holder|holder|owner|inhaber(?:in)?|titulaire|titular"
                + r"|signature)\b"
            ),
            "cue",
        )
    )
    return tuple(out)


def _label_word(word: str) -> bool:
    """``word`` is exactly a field label of the cue lists ("DATE", "Aktenzeichen"), letters only, any case."""
    return letters(word) in label_keys()


_DATA_NOUNS = frozenset(
    re.findall(
        r"\S+",
        "data daten angaben details detail information informations informationen infos données donnees datos "
        "foto photo fotos photos bild contact contacts kontakt kontaktdaten number numbers nummer nummern numéro "
        "numéros numero numeros número números date dates datum fecha fechas",
    )
)
"""Nouns of a form's content that no one is named: "fields for name, document number, data and a photo", "(Namen,
Nummern, Adressen, Daten)"."""
_COMPOUND_HEADS = ("nummer", "number", "numero", "daten", "adresse", "address", "datum", "name", "namen")
"""German compounds ending in a field's word are field labels too ("Dokumentnummer", "Kontaktdaten")."""


def _labels_only(run: str) -> bool:
    """Each comma-separated part of ``run`` is a field label, singular or plural ("SURNAME, Given names", "NOM,
    Prénoms", "NACHNAME, Vornamen"), a word for a form's content ("Daten", "données") or a compound ending in a
    field's word ("Dokumentnummer", "Kontaktdaten"): a name's format or a form's layout, not a name."""
    parts = [letters(p) for p in re.split(r"\s*(?:[,/]|\b(?:and|und|et|y)\b)\s*", run) if p.strip()]
    labels = label_keys()
    return bool(parts) and all(
        p in labels
        or p.removesuffix("s") in labels
        or p.removesuffix("n") in labels
        or p in _DATA_NOUNS
        or (len(p) > 8 and p.endswith(_COMPOUND_HEADS))
        for p in parts
    )


_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """zu zwar auch noch schon nur sehr gut hier dort leider klar deutlich nicht mehr aber und oder y et or que
        qui pour avec dans sur tres très bien aussi ici mais ou para con por muy tambien también aqui aquí pero to be
        as so very well also too into from by clearly just only in on at of the im am auf dans del
        solo sólo nur seulement parte partie teilweise among amongst them darunter parmi entre ellos""",
    )
)
"""Words of prose that a lower-case name right after its cue never holds ("Der Nachname ist zwar zu sehen")."""
_CONNECTORS = frozenset({"as", "als", "comme", "como"})


_THING_NAMED = re.compile(
    r"(?i)(?:\b(?:drug|medicine|medication|product|brand|company|firm|street|road|file|app|shop|store|hotel|"
    r"restaurant|pet|dog|cat|ship|boat|band|song|book|wi-?fi|network|team|club|bank)\s+name"
    r"|\bname\s+of\s+the\s+(?:drug|medicine|medication|product|brand|company|street|file|app|shop|store|hotel|"
    r"restaurant|pet|dog|cat|ship|boat|band|song|book|network|team|club|bank)"
    r"|\b(?:medikamentenname|produktname|markenname|firmenname|straßenname|dateiname)"
    r"|\bnom\s+du\s+(?:médicament|produit|magasin|fichier)|\bnombre\s+del\s+(?:medicamento|producto|archivo))"
    r"\s*(?:is|ist|lautet|est|es|:)\s*[\"'“«]?\s*$"
)
"""A name cue that belongs to a thing: what follows is the thing's name."""
_CLOSING = re.compile(
    r"(?:^|(?<=[\n.!…:]))\s*(?i:best\s+regards|kind\s+regards|warm\s+regards|regards|sincerely|yours\s+(?:sincerely|"
    r"faithfully|truly)|best\s+wishes|mit\s+freundlichen\s+grüßen|freundliche\s+grüße|viele\s+grüße|liebe\s+grüße|"
    r"beste\s+grüße|herzliche\s+grüße|bien\s+cordialement|cordialement|bien\s+à\s+vous|amicalement|salutations"
    r"(?:\s+distinguées)?|un\s+saludo|saludos(?:\s+cordiales)?|atentamente|un\s+abrazo|cordialmente)\s*[,.!]?"
    rf"[ \t]*(?:[/|\n][ \t]*|[-–—]+[ \t]*)?{_CAP_NAME}(?=[ \t]*(?:[.!\n]|$))"
)
"""A letter's closing, then the name under it ("…Best regards, / Sobkiewicz", "Un saludo,\nMarta Gil"): the
sender's name, whatever label the answer gives it."""
_FAMILY = re.compile(
    rf"(?i:the)\s+([{_UP}][^\W\d_]+(?:-[{_UP}][^\W\d_]+)?)\s+(?i:family|household|residence|home)\b"
    rf"|(?i:family|familie|famille|familia)\s+([{_UP}][^\W\d_]+(?:-[{_UP}][^\W\d_]+)?)\b"
)
"""A surname named as a household's ("the Cueto household", "Familie Bloch", "la familia Lloyd")."""
_ELIDED = re.compile(r"-\s+(?:und|oder|bzw\.|sowie)\s")
_AN_INITIAL = re.compile(r"[A-Z]\.$")


def _words(name: str) -> list[str]:
    words = name.replace(",", " , ").replace("/", " , ").split()  # "SURNAME/GIVEN": two words
    if only_state(words):
        return []  # "the first name is private data": the field's state, before any stop word is dropped
    while words and (
        (word_key(words[0]) in _STOP and not _AN_INITIAL.match(words[0])) or words[0] == "," or words[0] in _PARTICLES
    ):
        words.pop(0)  # a leading particle too: "van der Berg" is found by "Berg", where a name starts with a capital
    # an initial ("A. Nóżka", "I. Kowal") is no article or pronoun
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if word_key(w) in _STOP and not _AN_INITIAL.match(w) and not _inner_particle(words, i)
        ),
        len(words),
    )
    words = words[:cut]
    while words and words[-1] == ",":
        words.pop()
    words = [w for w in words if w != ","]
    return [] if only_state(words) else words


def _inner_particle(words: list[str], i: int) -> bool:
    """``words[i]`` is a lower-case particle inside a name, after a word of it and before a capitalised word ("van
    der Berg", "Jan van de Ven"): part of the name, though "der" and "de" are articles elsewhere."""
    return (
        0 < i < len(words) - 1
        and words[i] in _PARTICLES
        and (words[i - 1] in _PARTICLES or words[i - 1][:1].isupper())
        and words[i + 1][:1].isupper()
    )


_NAME_RE = re.compile(_CAP_NAME)
_MRZ = re.compile(
    r"(?<![A-Z0-9<])(?:[PIACV][A-Z<][A-Z<]{3})?([A-Z]{2,}(?:<[A-Z]+){0,3})<<([A-Z]{2,}(?:<[A-Z]+){0,3})(?:<|(?![A-Z]))"
)
"""The name line of a passport or ID card's machine-readable zone ("P<UTOKOWALSKA<<ANNA<MARIA<<<<"): the surname,
two fillers, the given names (an optional document type and issuing state first)."""


_TOO_HARD_TO = re.compile(
    r"(?i:\b(?:too|hard|difficult|impossible|enough|trop|demasiado|zu)\b[^.;:!?\n]{0,30}?\b(?:to|pour|para|um)"
    r"(?:\s+(?:be|être|ser|zu))?)\s+$"
)
"""A lower-case word after "too blurry to", "hard to", "trop flou pour", "demasiado borroso para": the verb of
seeing or reading the value could not be read with ("The name is too blurry to read"), not the value."""


_LITERALS = frozenset(("true", "false", "null", "none", "nil", "undefined", "nan"))
"""JSON, YAML and Python literals: what a structured answer writes where it has no value."""


@register
class NameCheck(PatternCheck):
    """Names next to a naming cue; the cue and the word count say which name categories are disclosed."""

    type_name = "person_name"
    supported = frozenset({_FULL, _FIRST, _LAST, *_HOLDERS})

    def warm_up(self) -> None:
        names()

    def hits(self, text: str) -> Iterator[Hit]:
        for hit in self._hits(text):
            if in_address(address_spans(text), hit.start, hit.end):
                continue  # a street named after someone ("224 Alexander Plaza") names no one in the image
            if _ELIDED.match(text, hit.end):
                continue  # "Vor- und Nachname": the first half of an elided compound, no name
            if text[hit.end : hit.end + 1].isdigit() or text[hit.start - 1 : hit.start].isdigit():
                continue  # the letters of a code ("WR" of "WR789664Y8")
            if _THING_NAMED.search(text, max(0, hit.start - 60), hit.start):
                continue  # "The drug name is Amlodipine": a thing's name, no person's
            if text[hit.start : hit.end].lower() in _LITERALS:
                continue  # a structured answer's literal ("contains_personal_data": true), no one's name
            yield hit

    def _hits(self, text: str) -> Iterator[Hit]:
        seen: set[int] = set()
        lexicon = names()
        for start, end, count in _lexicon_names(text):
            seen.add(start)
            order = (_FULL, _FIRST, _LAST) if count > 1 else (_LAST, _FULL, _FIRST)
            yield Hit("name_lexicon", start, end, 0.8, order + _HOLDERS)
        for start, end, count in _read_names(text, lines=False):  # "It says Edwin on it", "looks like it says perry"
            if start not in seen:
                seen.add(start)
                order = (_FULL, _FIRST, _LAST) if count > 1 else (_LAST, _FIRST, _FULL)
                yield Hit("name_read", start, end, 0.75, order + _HOLDERS)
        for start, end, abbr in _abbreviated(text):  # "L. de Koning", "J. Smith", "Graham P."
            if start not in seen:
                seen.add(start)
                yield Hit("name_abbreviated", start, end, 0.8, abbr + _HOLDERS)
        for m in _FAMILY.finditer(text):  # "Addressed to the Cueto household", "la familia Lloyd"
            start, end = m.span(m.lastindex or 1)
            word = text[start:end]
            # the household names the surname, known or not; an everyday word or a field's label is no surname
            if start not in seen and not lexicon.common(word) and not _label_word(word) and word_key(word) not in _STOP:
                seen.add(start)
                yield Hit("name_family", start, end, 0.8, (_LAST, _FULL, *_HOLDERS))
        for start, end, count in _possessors(text):  # "That's Tom's wallet", "der Reisepass von Roland"
            if start not in seen:
                seen.add(start)
                first = count == 1 and lexicon.is_first(text[start:end]) and not lexicon.is_last(text[start:end])
                held: tuple[str, ...] = (_FULL, _FIRST, _LAST) if count > 1 else (_FIRST, _FULL)
                if count == 1 and not first:
                    held += (_LAST,)  # one word that may be a surname as much as a given name
                yield Hit("name_possessor", start, end, 0.8, held + _HOLDERS)
        for m in _MRZ.finditer(text):  # a machine-readable zone's name line: SURNAME<<GIVEN<NAMES
            if m.start() in seen:
                continue
            seen.add(m.start())
            yield Hit("name_mrz", m.start(1), m.end(2), 0.9, (_FULL, _LAST, _FIRST, *_HOLDERS))
        for m, kind in self._matches(text):
            start = m.start(1)
            words = _words(m.group(1))
            if not words or start in seen or all(len(w.strip(".")) <= 1 for w in words):
                continue
            if word_key(words[0]) in _INDEFINITE:
                continue  # "it belongs to someone else", "gehört jemand anderem": nobody's name
            if kind == "closing" and word_key(m.group(1).split()[0]) in _ARTICLES:
                continue  # "Best regards, The Management": a body signs, no person
            if words[0].islower():
                if word_key(words[0]) in _CONNECTORS:
                    words = words[1:]  # "the first name is given as lorraine"
                popped = m.group(1).split()[: max(0, len(m.group(1).split()) - len(words))]
                if not words or any(word_key(w) in _ARTICLES for w in popped):
                    continue  # "le prénom est une information privée": a noun with its article, not a name
                if any(word_key(w) in _FUNCTION_WORDS for w in words):
                    continue  # "Der Nachname ist zwar zu sehen": prose, not a lower-case name
                if _TOO_HARD_TO.search(text, max(0, start - 40), text.find(words[0], start)):
                    continue  # "The surname is too blurry to read": a verb of seeing, no lower-case name
                if all(fold(word_key(w)) in known_words() and not lexicon.is_name(w) for w in words):
                    continue  # "The signed lease is attached": everyday prose after a cue, no lower-case name
            if _labels_only(m.group(1)) or _labels_only(", ".join(words)):
                continue  # "headings such as NAME, DATE and SIGNATURE", "written as SURNAME, Given names": labels
            if any(w.casefold() in DOCUMENT_NOUNS for w in words) and not any(lexicon.is_name(w) for w in words):
                continue  # "Patient Registration Form", "the template itself": a heading or the form, no name
            offset = text.find(words[0], start)
            lone = kind == "cue" and len(words) == 1 and not lexicon.is_name(words[0])
            if lone and (_sentence_start(text, offset) or _after_stop_word(text, offset)):
                continue  # "I'd rather not (full name...)", "ein Dokument (patient...)": not a name
            seen.add(start)
            end = text.find(words[-1], offset) + len(words[-1])
            # a first name alone is counted for the full name too (the stricter reading)
            if kind == "first":
                cats: tuple[str, ...] = (_FIRST, _FULL)
            elif kind in {"last", "title"}:
                cats = (_LAST, _FULL, _FIRST) if len(words) > 1 else (_LAST, _FULL)
            elif len(words) > 1:
                cats = (_FULL, _FIRST, _LAST)
            elif lexicon.is_first(words[0]) and not lexicon.is_last(words[0]):
                cats = (_FIRST, _FULL)
            else:  # one word under a generic name cue: a surname as much as a given name
                cats = (_FIRST, _FULL, _LAST)
            cats += _HOLDERS
            score = 0.9 if kind != "cue" else (0.85 if len(words) > 1 else 0.6)
            yield Hit(f"name_{kind}", offset, end, score, cats)
        for start, end, count in _read_names(text, lines=True):  # a line of its own: "- Identity card\n- Sylwia"
            if start not in seen:
                seen.add(start)
                order = (_FULL, _FIRST, _LAST) if count > 1 else (_LAST, _FIRST, _FULL)
                yield Hit("name_line", start, end, 0.7, order + _HOLDERS)

    @staticmethod
    def _matches(text: str) -> Iterator[tuple[re.Match[str], str]]:
        for pattern, kind in _patterns():
            for m in each_match(pattern, text):
                yield m, kind
        for lower_led, kind in _lower_after_cue():
            for m in lower_led.at_each_lead(text):
                if _listed_name(m.group(1).split(), leading=True):
                    yield m, kind
        # the cue names the value later: "Isaías Mas is printed near the bottom. ... this is the name.",
        # "I can see Rinaldi Manuel written there (signature)", "It reads de Vrome Lieke in the keeper field"
        for family, kind in (("last_name", "last"), ("first_name", "first"), ("name", "cue")):
            for lo, hi in later_windows(family, text):
                for m in _NAME_RE.finditer(text, lo, hi):
                    yield m, kind
                low = _lower_name(text, lo, hi)
                if low is not None:
                    yield low, kind


_LOWER_RUNS = tuple(
    re.compile(rf"(?<![\w'’-])((?:[a-zß-ÿ][a-zß-ÿ'’-]*\s+){{{k}}}[a-zß-ÿ][a-zß-ÿ'’-]+)\s*[,(]?\s*$")
    for k in (3, 2, 1, 0)
)
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "'t", "’t", "ten", "ter"]
)


_INDEFINITE = frozenset(
    re.findall(
        r"\S+",
        """
        someone somebody anyone anybody everyone everybody nobody noone jemand jemandem jemanden niemand niemandem
        quelqu'un quelqu’un personne alguien nadie
        """,
    )
)
"""Indefinite pronouns, en/de/fr/es: in lower case after a name cue they name nobody."""


def _listed_name(words: list[str], *, leading: bool = False) -> bool:
    """Lower-case words that can only be read as a name: each a name or a particle, at least one a name the
    lists do not also hold as an everyday word ("karina", "de hoog"; not "the form", "rose"). With ``leading``
    (right after a cue), the first word must be such a name and the others may be any word but a stop word
    ("fenne de hoog": a surname the lists lack)."""
    if words[0] in _PARTICLES and len(words) > 1 and words[0] not in {"van", "von", "de", "di", "da"}:
        return False
    if any(w in _INDEFINITE for w in words):
        return False  # "it belongs to someone else": nobody's name, though "Someone" and "Else" are in the lists
    lexicon = names()
    core = [w for w in words if w not in _PARTICLES]
    if not core:
        return False
    if leading:
        head, *rest = core
        return lexicon.is_name(head) and not lexicon.common(head) and not any(w in _STOP for w in rest)
    return all(lexicon.is_name(w) for w in core) and any(not lexicon.common(w) for w in core)


def _lower_name(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A name written in lower case right before a later name cue ("It lists karina as the first name",
    "sofie van 't riet eingetragen ... Das ist das Feld Name"): the cue vouches for the case, the name lists
    for the words. The longest run of up to four words ending at the cue whose words are all names or
    particles, with at least one name the lists do not also hold as an everyday word."""
    for pattern in _LOWER_RUNS:
        m = pattern.search(text, lo, hi)
        if m is not None and _listed_name(m.group(1).split()):
            return m
    return None


_TOKEN = re.compile(r"[^\W\d_]+(?:['-](?![sS]\b)[^\W\d_]+)*")  # "Leoncavallo's" -> "Leoncavallo"
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]}\"]|'s\b|$)")
_PAIR_GAP = re.compile(r"\s+|\s*[,/]\s*|\.\s*")
_GENERIC_VALUE = re.compile(
    # a value under a key that says nothing about it ("value", "text", "line_2", "field_3", "| item |")
    r"(?im)(?:^|[{,\s])[\"']?(?:value|values|text|content|line|field|item|entry|data|string|result|label|cell)"
    r"(?:[ _-]?\d{1,2})?[\"']?\s*[:=]\s*[\"']?([^\W\d_][^\n\"',{}]{1,60}?)[\"']?\s*(?:,|}|$)"
)


def _shape(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[0].isupper() and not word[1:].isupper():
        return "title"
    return "lower" if word.islower() else "mixed"


_HELD = (
    r"(?:(?:birthday |greeting |business |id |identity |boarding |library |loyalty |membership |credit |debit |bank )?"
    r"(?:card|cards|licence|license|passport|permit|receipt|ticket|letter|envelope|certificate|diploma|badge|wallet|"
    r"reisepass|pass|ausweis|personalausweis|führerschein|fuehrerschein|karte|geburtstagskarte|brief|umschlag|"
    r"passeport|permis(?: de conduire)?|carte(?: d'identité| d'identite| bancaire| de visite)?|lettre|enveloppe|"
    r"pasaporte|carn[ée]t?(?: de conducir| de identidad)?|permiso(?: de conducir)?|tarjeta|carta|sobre|"
    r"licencia(?: de conducir)?))"
)
_POSSESSOR = re.compile(
    # "Tom's wallet", "Roland’s passport"
    rf"(?<![^\W_])([{_UP}][{_LO}]+(?:\s+[{_UP}][{_LO}]+)?)(?:'s|’s)\s+(?:[a-z]+\s+)?{_HELD}(?![^\W_])"
    # "der Reisepass von Roland", "le passeport de Marie Dubois", "el carné de conducir de Amanda"
    rf"|(?<![^\W_]){_HELD}\s+(?:of|von|de|del|du|d'|d’)\s*({_CAP_WORD}(?:\s+{_CAP_WORD})?)(?![^\W_])"
    # "The card belongs to Hornich", "Das Dokument gehört Róża", "La carte appartient à Edwin", "pertenece a Ana"
    rf"|(?<![^\W_])(?:{_HELD}|document|dokument|documento)\s+(?:belongs\s+to|belonged\s+to|is\s+(?:owned\s+by|issued\s+to|"
    r"registered\s+to|made\s+out\s+to)|gehört|gehörte|appartient\s+à|est\s+au\s+nom\s+de|pertenece\s+a|"
    rf"está\s+a\s+nombre\s+de)\s+({_CAP_WORD}(?:\s+{_CAP_WORD})?)(?![^\W_])",
    re.IGNORECASE,
)
"""A person named as a document's holder, by the possessive, by "of/von/de" after it or as whom it belongs to ("Das
Dokument gehört Róża"): the holder's name, with no name cue ("That's Tom's wallet."). Only a word of the name lists
counts, and no everyday word: a country's or a firm's document names no person ("Germany's passport", "the ticket of
Lufthansa")."""


def _possessors(text: str) -> Iterator[tuple[int, int, int]]:
    """Holders' names of documents (see ``_POSSESSOR``), as (start, end, words)."""
    lex = names()
    for m in _POSSESSOR.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        name = m.group(group)
        words = name.split()
        if not words or not all(w[:1].isupper() for w in words):
            continue  # IGNORECASE reads the document words in any case; the name keeps its capital
        if not any(lex.is_name(w) for w in words) or any(lex.common(w) for w in words):
            continue
        yield m.start(group), m.end(group), len(words)


def _lexicon_names(text: str) -> Iterator[tuple[int, int, int]]:
    """Person names known by their words, with no cue: a given name next to a surname ("Milo Leoncavallo",
    "jenaro escrivá", "LEÓN/JOSE ANTONIO", "Rubben, Thijs"), written alike (capitals or all lower case); and
    a lone name that is the whole value of a generic structured key ("line_2: Klein"). Everyday words
    that are also names ("Will", "May") never make a pair on their own. Yields (start, end, words)."""
    lex = names()
    tokens = [m for m in _TOKEN.finditer(text) if len(m.group()) >= 2]
    i = 0
    while i + 1 < len(tokens):
        a, b = tokens[i], tokens[i + 1]
        if _pair(lex, text, a, b) and not _street_named(text, a.start(), b.end()):
            j = i + 1
            while j + 1 < len(tokens) and _joins(text, tokens[j], tokens[j + 1]) and lex.is_name(tokens[j + 1].group()):
                if _shape(tokens[j + 1].group()) != _shape(a.group()):
                    break
                j += 1
            yield a.start(), tokens[j].end(), j - i + 1
            i = j + 1
            continue
        end = _particle_surname(lex, text, tokens, i)
        if end is not None:
            yield a.start(), tokens[end].end(), end - i + 1
            i = end + 1
            continue
        i += 1
    for m in tokens:
        after = _INITIAL_AFTER.match(text, m.end())
        if (
            after is not None
            and len(m.group()) >= 3
            and _shape(m.group()) in {"title", "upper"}
            and (lex.is_last(m.group()) or (_sentence_start(text, m.start()) and _CLAUSE_END.match(text, after.end())))
        ):
            yield m.start(), after.end(), 2
    for m in _GENERIC_VALUE.finditer(text):
        words = m.group(1).split()
        if 1 <= len(words) <= 3 and all(
            lex.is_name(w) and not lex.common(w) and _shape(w) in {"title", "upper"} for w in words
        ):
            yield m.start(1), m.end(1), len(words)


def _particle_surname(lex: NameLexicon, text: str, tokens: list[re.Match[str]], i: int) -> int | None:
    """A given name of the lexicon, one or two particles, then a capitalised surname: "Rowan de Jonge", "Nadine van
    der Berg", "ANA DE LA TORRE". The particles are the evidence the lexicon's surname list would otherwise give, so the
    surname may be one it lacks; not an everyday word, not a street or a firm named after someone. Returns the
    surname's token index."""
    first = tokens[i].group()
    shape = _shape(first)
    if shape not in {"title", "upper"} or not lex.is_first(first) or lex.common(first) or _label_word(first):
        return None
    j = i + 1
    while j < len(tokens) and j - i <= 2 and tokens[j].group().lower() in _PARTICLES:
        if _SPACE.fullmatch(text, tokens[j - 1].end(), tokens[j].start()) is None:
            return None
        j += 1
    if j == i + 1 or j >= len(tokens) or _SPACE.fullmatch(text, tokens[j - 1].end(), tokens[j].start()) is None:
        return None
    if shape == "title" and any(not t.group().islower() for t in tokens[i + 1 : j]):
        return None  # "Rowan De Jonge" is read by the pair rule when the lexicon knows it
    surname = tokens[j].group()
    if _shape(surname) != shape or len(surname) < 3 or lex.common(surname) or _label_word(surname):
        return None
    if j == i + 2 and tokens[i + 1].group().lower() in _ARTICLE_PARTICLES and not lex.is_last(surname):
        return None  # German's "am Rand der Schatten": an article between nouns, unless the lexicon knows the surname
    if _street_named(text, tokens[i].start(), tokens[j].end()):
        return None
    return j


_ARTICLE_PARTICLES = frozenset({"der", "den"})


_SPACE = re.compile(r"[ \t]+")


def _surname_word(word: str) -> bool:
    """A capitalised word that may be a surname the lexicon lacks: no everyday word, field label or document noun."""
    return (
        len(word) >= 3
        and not names().common(word)
        and not _label_word(word)
        and word.casefold() not in DOCUMENT_NOUNS
        and word_key(word) not in _STOP
    )


def _sentence_start(text: str, at: int) -> bool:
    """``text[at]`` begins the answer, a line or a sentence (its capital says nothing about a name)."""
    before = text[max(0, at - 3) : at].rstrip(" \"'“«*-")
    return not before or before[-1] in ".!?\n"


def _after_stop_word(text: str, at: int) -> bool:
    """``text[at]`` follows an article or a function word ("das Bild", "for SALE"): a noun, not a name."""
    m = re.search(r"([^\W\d_]+)[\s\-]*$", text[max(0, at - 16) : at])
    return m is not None and m.group(1).lower() in _ARTICLES


_ARTICLES = frozenset(
    re.findall(
        r"\S+",
        """the a an this that these those der die das dem den des ein eine einen einem le la les un une el los las
        una uno for für pour para dieser diese dieses diesem diesen jene jener jenes cette cet ce ces este esta
        estos estas ese esa esos esas""",
    )
)


_INITIAL_AFTER = re.compile(r",\s*[A-ZÀ-Þ]\.(?=\s|$|[,;)\]])")
_INITIAL_FIRST = re.compile(
    rf"(?<![\w.])[{_UP}]\.[ \t]?((?:{_PARTICLE}[ \t]+){{0,2}})"
    rf"([{_UP}][{_LO}'’]{{2,}}(?:-[{_UP}][{_LO}'’]+)?|[{_UP}]{{3,}})(?!\w|\.\w)"
)
"""An initial before a surname, "J. Smith", "L. de Koning", "D. de la Fleche": a person's name abbreviated."""
_INITIAL_LAST = re.compile(rf"(?<![\w.])([{_UP}][{_LO}]{{2,}})[ \t]+[{_UP}]\.(?=\s|$|[,;)\]])")
"""A given name before the surname's initial, "Graham P.", "Jesús R.": a person's name abbreviated."""


def _abbreviated(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """A name with a part cut to its initial: "J. Smith" / "L. de Koning" (an initial, then particles and a
    surname: a particle is evidence enough, else the surname is one of the lexicon's and no everyday word),
    "Graham P." (a given name of the lexicon, no everyday word, then an initial). Yields (start, end,
    categories): the surname discloses the last and the full name, the given name the first and the full name."""
    if "." not in text:
        return
    lex = names()
    for m in _INITIAL_FIRST.finditer(text):
        word = m.group(2)
        if m.group(1) or (lex.is_last(word) and not lex.common(word) and not _label_word(word)):
            yield m.start(), m.end(), (_LAST, _FULL)
            continue
        # the whole of a value read off the image ("The text says “A. Sass”"): a surname the lexicon may lack
        read = read_values(text, lines=False)  # cached per answer
        whole = any(lo <= m.start() and not text[m.end() : hi].strip(" \"'”’»*.") for lo, hi in read)
        if whole and _surname_word(word):
            yield m.start(), m.end(), (_LAST, _FULL)
    for m in _INITIAL_LAST.finditer(text):
        word = m.group(1)
        if lex.is_first(word) and not lex.common(word) and not _label_word(word):
            yield m.start(), m.end(), (_FIRST, _FULL)


"""A surname followed by an initial, "Huet, T.", "FRANCIS, K.": the index form of a person's name."""


_STREET_BEFORE = re.compile(
    r"(?i)(?:avenue|av|avenida|avda|calle|callejón|cañada|glorieta|via|viale|piazza|largo|vicolo|corso|strada|rotonda|"
    r"rue|allée|chemin|impasse|quai|place|boulevard|bd|plaza|paseo|camino|carrer|ronda|rambla|pasaje|travesía|rua|"
    r"aleja|ulica|ul|street|st|road|rd|square|platz|straße)\.?\s+(?:(?:de|del|di|della|de\s+la|du|des|van|von|der)\s+)?$"
)
_NUMBER_AFTER = re.compile(r"\s*\d{1,4}[a-zA-Z]?(?:\s*[,/-]|\s|$)")


_COMPANY_AFTER = re.compile(
    r"\s*,?\s*(?:&\s*(?:Co|Sons|Partners)\b|(?:and|und|et|y)\s+(?:Sons|Söhne|Fils|Hijos)\b|"
    r"(?:S\.?A\.?R\.?L|S\.?A\.?S|S\.?A|S\.?L|S\.?L\.?U|GmbH|AG|KG|OHG|e\.?K|Ltd|LLC|LLP|Inc|Corp|PLC|B\.?V|N\.?V|"
    r"S\.?p\.?A|S\.?r\.?l|Sp\.?\s?z\s?o\.?o|Group|Gruppe|Groupe|Grupo|Partners|Associates|Holdings?)(?![^\W_]))"
)
"""A legal form after a name ("Mary Hebert S.A.R.L.", "Müller GmbH"): a company named after its founder."""


def _street_named(text: str, start: int, end: int) -> bool:
    """ "Calle Saturnino Cuenca 105", "avenue Suzanne Besnard": a street named after someone, not a person;
    "Mary Hebert S.A.R.L.": a company."""
    return (
        bool(_STREET_BEFORE.search(text[max(0, start - 24) : start]))
        or bool(_NUMBER_AFTER.match(text, end))
        or bool(_COMPANY_AFTER.match(text, end))
    )


def _joins(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return _PAIR_GAP.fullmatch(text, a.end(), b.start()) is not None and "\n" not in text[a.end() : b.start()]


def _pair(lex: NameLexicon, text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    wa, wb = a.group(), b.group()
    shape = _shape(wa)
    if shape != _shape(wb) or shape == "mixed" or not _joins(text, a, b):
        return False
    if lex.common(wa) or lex.common(wb):
        return False
    if shape == "lower" and (len(wa) < 4 or len(wb) < 4 or not _CLAUSE_END.match(text, b.end())):
        return False  # lower case: only as a clause's last words ("signed by jenaro escrivá.")
    gap = text[a.end() : b.start()].strip()
    if gap == ".":  # "J. Doe" is the cued recognisers' (an initial); a full stop ends a sentence here
        return False
    if gap in {",", "/"}:  # "Rubben, Thijs", "LEÓN/JOSE": surname first
        if lex.is_last(wa) and lex.is_first(wb):
            return True
        # a surname the lexicon lacks before a given name it knows, as the clause's last words ("Listed as
        # Kniaź, Sonia."), not opening a sentence and no label or everyday word ("Thanks, Anna" opens one)
        return (
            gap == ","
            and lex.is_first(wb)
            and len(wa) >= 3
            and _CLAUSE_END.match(text, b.end()) is not None
            and not _sentence_start(text, a.start())
            and not _after_stop_word(text, a.start())
            and not _label_word(wa)
            and word_key(wa) not in _STOP
            # "Nairobi, Kenya", "Adelaide, Victoria": a place and its region read the same way; a name cue
            # before it or a surname written with letters no English place name has tells them apart
            and (not wa.isascii() or cues().near("name", text, a.start(), b.end(), before=60, after=0))
        )
    return lex.is_first(wa) and lex.is_last(wb)


_READ_STOP = frozenset(
    re.findall(
        r"\S+",
        """on in at near next by sur en auf an am im près cerca junto as comme als como and und et y or oder ou o
        written printed shown visible which that below above under beside neben unter über unterhalb oberhalb
        bei vor hinter sous dessous dessus au à debajo bajo encima sobre aus""",
    )
)
_MANNER = frozenset(
    re.findall(
        r"\S+",
        "well fine clearly easily bien mal gut schlecht deutlich klar clairement facilement claramente fácilmente",
    )
)
"""A word alone after a reading verb that says how the text reads, not what ("se lee bien": it reads well)."""


def _read_names(text: str, *, lines: bool) -> Iterator[tuple[int, int, int]]:
    """A name the answer reads off the image with no naming cue ("It says Edwin on the licence", "looks like it
    says perry", "Il s'agit de Róża"): the first one to three words of a read value (``read_values``), every
    one a name of the lexicon and not all of them everyday words, alike in case, and nothing but the name before the
    clause ends or a preposition follows; with ``lines``, also a line that holds only the name ("- Sylwia" under "-
    Identity card", an OCR line), not a heading that names the document or a field. Yields (start, end, words)."""
    lex = names()
    dates: DateMask | None = None
    for lo, hi in read_values(text, lines=lines):
        words = list(_TOKEN.finditer(text, lo, hi))
        while words and _label_word(words[0].group()):
            words = words[1:]  # "SURNAME Galán" on a line of its own: the field's label, then the name
        cut = next((i for i, w in enumerate(words) if w.group().lower() in _READ_STOP), len(words))
        words = words[:cut]
        if len(words) == 1 and words[0].group().lower() in _MANNER:
            continue
        if words and words[-1].group().lower() in _PARTICLES:
            continue
        # (in lower case only: "PAGE DE PROFIL", "BILLETE DE TREN" are a heading's words once the label word is off)
        lead = next((i for i, w in enumerate(words) if w.group() not in _PARTICLES), len(words))
        if lead:  # "It reads: “van Bergen”": particles before a capitalised word are a surname, known or not
            rest = [w.group() for w in words[lead:]]
            if len(rest) == 1 and _shape(rest[0]) in {"title", "upper"} and _surname_word(rest[0]):
                yield words[0].start(), words[-1].end(), 1
            continue
        # particles inside a name ("Benthe de Gratie", "Danique van Dam") are read past; the name's own words decide
        words = [w for i, w in enumerate(words) if i == 0 or w.group().lower() not in _PARTICLES]
        # the official order, the surname in capitals first ("GREGORI Niccolò", "TEXTOR Ahmad")
        official = (
            len(words) == 2
            and _shape(words[0].group()) == "upper"
            and _shape(words[1].group()) == "title"
            and lex.is_first(words[1].group())
        )
        if not 1 <= len(words) <= 3 or (len({_shape(w.group()) for w in words}) != 1 and not official):
            continue
        if _shape(words[0].group()) == "mixed" or any(len(w.group()) < 3 for w in words):
            continue
        if any(w.group().casefold() in DOCUMENT_NOUNS or _label_word(w.group()) for w in words):
            continue  # "PAGE DE PROFIL", "HOUSE PHOTO": a heading that names the document or a field
        first, rest = words[0].group(), [w.group() for w in words[1:]]
        # a known first name may carry a surname the lexicon lacks ("It says: “Sonia Szajek”"), capitalised like it
        surname = official or (
            len(rest) == 1 and lex.is_name(first) and rest[0][:1].isupper() and _shape(first) == _shape(rest[0])
        )
        if (all(lex.is_name(w.group()) for w in words) or surname) and not all(lex.common(w.group()) for w in words):
            dates = dates or date_mask(text)
            if dates.overlaps(words[0].start(), words[-1].end()):
                continue  # "It reads: 22 Mar 2025": a month, not a name
            yield words[0].start(), words[-1].end(), len(words)
