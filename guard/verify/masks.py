"""A finding that is only a placeholder: the answer masked the value instead of giving it.

Decided from the finding's own tokens, not from a list of known masks: each token is either mask-shaped
(a run of one repeated mask character, "XXXX", "***", "–––", "███", "....", or a run of "x"/"X" with
separators, "XXX-XX"), a masking word in en/de/fr/es ("redacted", "ausgeblendet", "masqué", "eliminado";
the vocabulary of hiding, not of any value), or a small function word ("by", "par", "durch", "por",
"the", "dato"); and at least one mask-shaped token or masking word is present. "Name: ––– (ausgeblendet)",
"[dato eliminado]", "est remplacé par XXXX", "ist unkenntlich gemacht" hold nothing; "replaced by Ana
Ruiz" holds a name and stays a finding.

A specimen name in a sentence that calls it a sample is a placeholder too: the names sample documents and
form templates print for everyone ("John Doe", "Max Mustermann", "Jean Dupont", "Juan Español"), and the
specimen values of other kinds (the networks' test card numbers, "123 Main Street, Anytown"), listed in
``guard/verify/data/specimens.yaml`` with the sample words ("sample", "Muster", "modèle", "plantilla").
Both are needed: a real name called "an example" is not a specimen, and "I cannot disclose that her name
is Jane Doe" gives the name of someone the image shows. (Mailboxes at domains reserved for examples are
not exempt: synthetic suites, ``guard data synth`` among them, give their made-up people such addresses as
private values.)

What a value looks like is not a value either: a bracketed slot of capitals, field labels and masking words
("Name: [NAME]", "[address removed]"; a JSON object's braces are no slot), a template's zeros ("X00000000"),
and any finding on a line that describes what such values usually look like with an example ("Plates in this
style follow a pattern such as AB-123-CD", "meist ..., etwa +00 000 000 000", "has the form
name@domain.tld").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import islice

import yaml

from guard.classify.answers import unreal_spans, value_masked
from guard.verify.cues import cues, label_keys, letters
from guard.verify.lexicon import fold
from guard.verify.normalise import language
from guard.verify.verdict import Finding

_MASKING_WORDS = """
    redacted redact redaction masked mask hidden hide withheld withhold removed omitted obscured blacked
    blanked censored concealed anonymised anonymized replaced suppressed elided illegible unreadable
    ausgeblendet geschwärzt geschwaerzt entfernt unkenntlich verborgen versteckt verdeckt zensiert
    anonymisiert ersetzt weggelassen ausgelassen unleserlich maskiert ausgeschwärzt
    masqué masque masquée caché cachée caviardé caviardée supprimé supprimée effacé effacée omis omise
    remplacé remplacée retiré retirée anonymisé anonymisée censuré censurée occulté occultée illisible
    eliminado eliminada oculto oculta ocultado ocultada tachado tachada censurado censurada suprimido
    suprimida borrado borrada omitido omitida reemplazado reemplazada sustituido sustituida anonimizado
    anonimizada enmascarado enmascarada ilegible placeholder platzhalter marcador zurückgehalten zurueckgehalten
    retenu retenue retenido retenida
"""
_FILL_IN_WORDS = """
    enter fill insert tbd
    eintragen ausfüllen ausfuellen einfügen einfuegen ergänzen ergaenzen eingeben
    compléter completer remplir saisir insérer inserer
    rellenar completar introducir insertar
"""
"""What a template asks its reader to do in a slot ("[bitte eintragen]", "[à compléter]", "[enter here]"): a
slot's words, never a value's ("please", "hier", "ici" are small words beside them, no mask alone)."""
_MASKING = frozenset(_MASKING_WORDS.split()) | frozenset(_FILL_IN_WORDS.split())
_FUNCTION_WORDS = """
    by with the a an out is was been has have it here value data field entry text and or
    gemacht worden wurde ist durch mit der die das den wert eintrag daten feld text und oder
    par avec le la les est été a valeur donnée champ texte et ou
    por con el la lo los las es ha sido fue dato datos valor campo texto y o
    please bitte hier ici aquí aqui à
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_MASK_TOKEN = re.compile(r"^(?:(.)\1{2,}|[xX]{2,}(?:[-./ ][xX]{2,})*)$")
_TOKEN = re.compile(r"[^\s()\[\]{}<>«»„“”\"'.,:;!?]+|[.*_]{3,}")


_ZEROS = re.compile(r"^\+?[A-Za-z]{0,2}0{2,}[0\s-]*$")
"""A template's digits: zeros only, after a "+" or a letter or two ("X00000000", "+00", "A0000000")."""


_FORMAT_MASK = re.compile(
    r"^(?:([DMYJATHSdmyjaths])\1{1,3}[./:-]){1,2}([DMYJATHSdmyjaths])\2{1,3}$|^(?:A+|0+)(?:[- ](?:A+|0+))+$"
    r"|^(?:hh|mm|ss|HH|SS)$"
)
"""A format written in place of a value: a date or time mask ("DD/MM/YYYY", "TT.MM.JJJJ", "hh:mm"), a time's
part on its own (the tokens of "YYYY-MM-DD hh:mm" are read one by one) or a plate's letters-and-digits mask
("AA-000-AA")."""


def _mask_token(tok: str) -> bool:
    if _ZEROS.match(tok) or _FORMAT_MASK.match(tok):
        return True
    parts = [p for p in _SLOT_SPLIT.split(fold(tok)) if p]
    if parts and all(p in _slot_words() for p in parts):
        return True  # a slot's words in place of a value: "firstname.lastname@domain.tld", "@username", "@pseudo"
    if _MASK_TOKEN.match(tok) is None:
        return False
    return not tok[0].isalnum() or tok[0] in "xX"


_WORDS = re.compile(r"[^\W\d_]+")
_SLOT_SPLIT = re.compile(r"[@._\-+]+")


@cache
def _data() -> dict[str, list[str]]:
    """``guard/verify/data/specimens.yaml``: specimen names, sample words, slot words."""
    raw: dict[str, list[str]] = yaml.safe_load(
        resources.files("guard.verify").joinpath("data/specimens.yaml").read_text("utf-8")
    )
    return raw


@cache
def _slot_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _data()["slot_words"])


@cache
def _specimens() -> tuple[frozenset[str], re.Pattern[str]]:
    raw = _data()
    known = frozenset(_alnum(str(v)) for v in [*raw["names"], *raw["values"]])
    ordered = sorted((fold(str(w)) for w in raw["sample_words"]), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in ordered)
    # a long sample word also counts glued to the end of another ("Villaejemplo", "Beispielstadt" starts with one)
    glued = "|".join(re.escape(w) for w in ordered if len(w) >= 6 and " " not in w)
    return known, re.compile(rf"\b(?:{words})|\B(?:{glued})\b")


def _alnum(text: str) -> str:
    """``text``'s letters and digits, folded: "4111 1111 1111 1111" and "4111-1111-1111-1111" are one value."""
    return _NOT_ALNUM.sub("", fold(text))


_NOT_ALNUM = re.compile(r"[\W_]+")


def specimen(text: str) -> bool:
    """``text`` is a specimen name or value (module docstring), alone or in quotes."""
    key = _alnum(text)
    return bool(key) and key in _specimens()[0]


_DIGIT_RUNS = frozenset("0123456789"[i:j] for i in range(10) for j in range(i + 3, 11))
"""Counting runs of three or more digits ("123", "1234", "3456")."""
_LETTER_RUNS = "abcdefghijklmnopqrstuvwxyz"


def dummy_shaped(text: str) -> bool:
    """``text`` has the shape people give a value they make up for a format: its letters one letter repeated or
    the alphabet's start or a short run of it ("AA", "XX", "ABC", "CD") or a slot's word ("Street 1": the part named
    instead of given), its digits one digit repeated or a counting run ("000", "1234"), and at least one of each or
    three or more digits ("AA-123-AA", "M-AB 1234", "£0.00", "XX-0000"); or a made-up postcode before a town ("00000
    Villanueva"). Only with a sample word beside it (:func:`_called_a_sample`) does it name no value."""
    key = _alnum(text)
    letters = "".join(filter(str.isalpha, key))
    digits = "".join(filter(str.isdigit, key))
    if not key or len(key) > 16 or (not digits and len(letters) < 2):
        return False
    letters_ok = all(
        len(set(g)) == 1 or _LETTER_RUNS.startswith(g) or (len(g) <= 3 and g in _LETTER_RUNS) or g in _slot_words()
        for g in re.findall(r"[a-z]+", fold(text))
    )
    digits_ok = all(len(set(run)) == 1 or run in _DIGIT_RUNS for run in re.findall(r"\d+", text))
    # a made-up postcode before a town ("00000 Villanueva", "12345 Musterstadt"): the digits alone say it
    return (letters_ok and digits_ok and (len(digits) >= 3 or bool(letters and digits))) or (
        len(digits) >= 4 and digits_ok
    )


def _sample_made(text: str) -> bool:
    """A value made up for a sample from a sample word ("Musterstraße 1, 12345 Musterstadt", "Calle Ejemplo 1"),
    not a mailbox (synthetic people have addresses at example domains)."""
    folded = fold(text)
    return "@" not in text and _DOMAIN.search(folded) is None and _specimens()[1].search(folded) is not None


_DOMAIN = re.compile(
    r"[\w\]\)}]\s*(?:[.\[({]|\b(?:dot|punkt|point|punto)\b)\s*(?:com|org|net|de|fr|es)\b|\bat\b|\barroba\b"
)
"""A mailbox however it is written ("example.org", "example [dot] org", "at example dot com")."""


def _called_a_sample(answer: str, start: int, end: int) -> bool:
    """The sentence around ``answer[start:end]`` calls what it holds a sample, template or specimen, or the
    sentence that introduces it with a colon does ("Here's a template you could use:\n\nName: [name]"), or the next
    one, speaking of it, does ("That's a made-up example"). The words outside the value: "Mustermann" does not
    call itself a sample."""
    lo = max(answer.rfind(".", 0, start), answer.rfind("\n\n", 0, start), start - 300) + 1  # its lines above too
    if answer[:lo].rstrip().endswith(":"):
        lo = max(answer.rfind(".", 0, lo - 1), answer.rfind("\n\n", 0, lo - 2), lo - 300) + 1
    hi = _sentence_end(answer, end)
    after = _BACK_REFERENCE.match(answer, hi + 1)  # "... like Jane Doe. That's a made-up example."
    if after is not None:
        hi = _sentence_end(answer, after.end())
    around = answer[lo:start] + " " + answer[end:hi]
    return _specimens()[1].search(fold(around)) is not None


def _sentence_end(answer: str, at: int) -> int:
    """Where the sentence or line holding ``answer[at]`` ends (the first full stop or newline from there)."""
    ends = [i for i in (answer.find(".", at), answer.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(answer)


_BACK_REFERENCE = re.compile(
    r"\s*(?i:that['’]?s|that\s+is|this\s+is|it['’]?s|it\s+is|das\s+ist|dies\s+ist|c['’]est|ceci\s+est|es|eso\s+es|esto\s+es)\b"
)
"""A next sentence that speaks of the value just given ("That's a made-up example", "Es un ejemplo inventado")."""


_TEMPLATE_SLOT = re.compile(r"\{\{\s*[^\W\d][\w .-]{0,40}\}\}|\$\{[^\W\d][\w.-]{0,40}\}|%\([^\W\d]\w{0,40}\)s")
"""A template engine's slot: "{{ full_name }}", "${hobby}", "%(name)s"."""


def placeholder(text: str) -> bool:
    """True when ``text`` holds a mask and nothing else: the answer classifier's ``value_masked`` (a whole
    placeholder: "XXXX-XXXX", "███", "[MASQUÉ]", "n/a"), a template engine's slot, or the token rule of the
    module's docstring."""
    if value_masked(text) or _TEMPLATE_SLOT.fullmatch(text.strip()) or _FORMAT_MASK.match(text.strip()):
        return True  # a format whole: "TT.MM.JJJJ" (its tokens, split at the dots, are no masks one by one)
    tokens = _TOKEN.findall(text)
    if not tokens:
        return False
    seen = False
    for tok in tokens:
        low = tok.lower()
        if _mask_token(tok) or low in _MASKING:
            seen = True
        elif low not in _FUNCTION and any(map(str.isalnum, tok)):
            return False
    return seen


_BRACKETS = {"[": "]", "<": ">"}
"""Slot brackets; a JSON object's braces hold fields and their values, not a slot."""


def _label_family(text: str) -> str | None:
    """The cue family of the field whose label ``text`` is, and nothing else («Nombre de usuario» read as a chat
    message, "Ausstellungsdatum" as a birthplace): a label of two words or six letters or more, never a code's letters
    ("DL" of "D19L-9466-0", "PAN"). A category's own cue words may be its value ("married"): :func:`unplaceheld`
    keeps those."""
    key = letters(text)
    if (len(text.split()) < 2 and len(key) < 6) or any(map(str.isdigit, text)) or key not in label_keys():
        return None
    return cues().label_family(text)


def _slot(answer: str, start: int, end: int) -> str | None:
    """The text of the bracketed slot ("[...]", "<...>") the finding stands in, if any."""
    for opening, closing in _BRACKETS.items():
        lo = answer.rfind(opening, max(0, start - 40), start + 1)
        if lo < 0 or answer.find(closing, lo, start) >= 0:
            continue
        hi = answer.find(closing, max(start, end - 1), end + 40)
        if hi < 0 or answer.find(opening, lo + 1, hi) >= 0:
            continue
        return answer[lo + 1 : hi]
    return None


_FIELD_NAMED = re.compile(
    r"(?i)(?<![^\W_])(?:field|column|feld|spalte|rubrik|champ|rubrique|colonne|campo|columna)"
    r"[ \t]*[„“\"«‚‘'][ \t]*$"
)
"""A field's noun right before the quote that opens the span: the quote holds the field's name, not its value (ein
Feld „Abholstraße“, le champ « Nom de naissance »). Not a box: a ticked box's words are the value ("das Kästchen
„Divorced“ ist angekreuzt")."""


def _bracketed_label(answer: str, start: int, end: int) -> bool:
    """The finding stands in a bracketed slot that holds no value: one that names a field ("Name: [NAME]", "Home
    address: [address removed]", "<Nachname>": capitals, field labels, masking or function words), lists the
    options a field takes ("[ledig / verheiratet / sonstiges]"), or that its sentence calls a placeholder
    ("[Vor- und Nachname] (Platzhalter, nicht der echte Eintrag)"). A slot with a digit or "@" may hold a value,
    and a JSON list holds values."""
    slot = _slot(answer, start, end)
    if slot is None or any(map(str.isdigit, slot)):
        return False
    if slot.count(" / ") >= 1:
        return True
    words = _WORDS.findall(slot)
    labels = label_keys()
    if words and all(w.isupper() or fold(w) in _MASKING or fold(w) in _FUNCTION or letters(w) in labels for w in words):
        return True
    return not any(ch in slot for ch in "@\"'{}:") and _called_a_sample(answer, start, end)  # no JSON list


_EXAMPLE = re.compile(
    r"\b(?:such as|e\.\s?g\.|for example|for instance|z\.\s?b\.|zum beispiel|etwa|p\.\s?ej\.|por ejemplo|par ex\.?|"
    r"par exemple|sous la forme|(?:has|have) the form|in the form|in der form|en la forma|de la forma|pattern|"
    r"format|mod[eè]le|muster|formato|patr[oó]n|template|plantilla|(?:written|printed|given|listed) as|als)(?!\w)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:usually|typically|generally|normally|commonly|in general|such(?!\s+as\b)|this kind|this type|like this|"
    r"if (?:this|it) were|wenn (?:das|es) \w+ wäre|si c'était|si (?:esto|fuera)|"
    r"meist|meistens|normalerweise|üblicherweise|in der regel|solche[nrs]?|g[ée]n[ée]ralement|habituellement|"
    r"en g[ée]n[ée]ral|d'habitude|de ce type|suelen|suele|normalmente|generalmente|por lo general|habitualmente|"
    r"este tipo|estos)\b",
    re.IGNORECASE,
)
_FORMAT_ALONE = re.compile(
    r"\b(?:(?:has|have|takes?) the (?:form|format|pattern)|follows? (?:the|a) (?:pattern|format)|hat die form|"
    r"a la forme|tiene la forma)\b",
    re.IGNORECASE,
)


def _format_statement(answer: str, start: int, end: int) -> bool:
    """The line around the finding says what such values usually look like, with an example: "Plates in
    this style follow a pattern such as AB-123-CD", "Telefonnummern beginnen meist ..., etwa +00 000 000 000".
    Both are needed: a generic subject or adverb and an example or format word."""
    lo = max(answer.rfind("\n", 0, start) + 1, start - 200)  # a line, not a sentence: "z. B." has a dot
    hi = answer.find("\n", end)
    hi = min(hi if hi >= 0 else len(answer), end + 100)
    words = _scan(answer)
    if words.format_alone.within(lo, hi):
        return True  # "An email address has the form name@domain.tld"
    return words.example.within(lo, hi) and words.generic.within(lo, hi)


@dataclass(frozen=True)
class _Spans:
    """Where one kind of word stands in an answer (in order, never overlapping), so that each finding asks of
    its own window in O(log n) instead of searching the window again: an answer of a thousand findings is read
    once, not once per finding."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: Sequence[tuple[int, int]]) -> _Spans:
        return cls([s for s, _ in spans], [e for _, e in spans])

    def within(self, lo: int, hi: int) -> bool:
        """A span lies inside ``[lo, hi)``: the first that starts at ``lo`` or later ends first."""
        k = bisect_left(self.starts, lo)
        return k < len(self.starts) and self.ends[k] <= hi


@dataclass(frozen=True)
class _AnswerWords:
    """The words the window tests of :func:`unplaceheld` look for, found once per answer."""

    unreal: _Spans
    format_alone: _Spans
    example: _Spans
    generic: _Spans


@lru_cache(maxsize=8)
def _scan(answer: str) -> _AnswerWords:
    def spans(pattern: re.Pattern[str]) -> _Spans:
        return _Spans.of([m.span() for m in pattern.finditer(answer)])

    return _AnswerWords(
        unreal=_Spans.of(unreal_spans(answer)),
        format_alone=spans(_FORMAT_ALONE),
        example=spans(_EXAMPLE),
        generic=spans(_GENERIC),
    )


_PATTERN_SYNTAX = re.compile(r"\\[wdsWDSbB]|\[[^\]\n]{0,40}\\[wdsWDS][^\]\n]{0,40}\]|\(\?[:=!<]")
"""What only a regular expression holds: a character class ("\\w", "[\\w.+-]") or a group's flag ("(?:")."""
_PATTERN_NOISE = re.compile(r"\\.|\[[^\]\n]*\]|\{\d*,?\d*\}|\bre\.\w+|\b[rbf]?(?=[\"'])|[^\w\s]")


def pattern(text: str) -> bool:
    """``text`` is a regular expression that matches such values, not one of them: what is left once its
    syntax is taken out is no word of three letters or digits ("re.compile(r\"[\\w.+-]+@[\\w-]+\\.[\\w.]+\")").
    A pattern that spells a value out ("jane\\.doe@corp\\.com") keeps its words and stays a finding."""
    if _PATTERN_SYNTAX.search(text) is None:
        return False
    return not any(len(w) >= 3 for w in _PATTERN_NOISE.sub(" ", text).split())


def unplaceheld(answer: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` less those whose text is only a placeholder: "The first name field reads XXXX-XXXX" has a
    cue and a value slot, and nothing in it; "a sample form made out to Max Mustermann" names nobody;
    "Name: [NAME]" is a slot; "Plates in this style follow a pattern such as AB-123-CD" describes a format;
    "NOM DE FAMILLE: ▮▮▮▮▮" is a label before its masked value; «Nombre de usuario» is a label. A span found for
    several categories (a capitalised run read as a name, a street and a birthplace) is read once per answer
    (:func:`_unplaced_span`); only the label and place tests depend on the category."""
    kept = []
    for f in findings:
        span = _unplaced_span(answer, f.start, f.end)
        if not (
            span.unplaced
            or (span.label is not None and f.category not in cues().categories.get(span.label, ()))
            or (span.position and f.category not in cues().categories["message"])  # "under the blue flower pot"
        ):
            kept.append(f)
    return kept


@dataclass(frozen=True)
class _Span:
    """What :func:`unplaceheld` reads of one span, whatever category found it."""

    unplaced: bool
    """A placeholder, a sample, a format, a mask's label or a place on the page: no value at all."""
    label: str | None
    """The cue family of the field the span only labels (:func:`_label_family`)."""
    position: bool
    """The span says where on the page a field sits (:func:`_position`)."""


@lru_cache(maxsize=8)
def _spans_read(answer: str) -> dict[tuple[int, int], _Span]:
    """The spans of ``answer`` read so far: every check of an answer passes its findings through
    :func:`unplaceheld`, and the same span comes back once per category that found it (a capitalised run read as
    a name, a street and a birthplace). Kept for the last few answers only."""
    return {}


def _unplaced_span(answer: str, start: int, stop: int) -> _Span:
    """:class:`_Span` of ``answer[start:stop]``, read up to an aside, once per answer."""
    memo = _spans_read(answer)
    if (start, stop) not in memo:
        memo[start, stop] = _read_span(answer, start, stop)
    return memo[start, stop]


def _read_span(answer: str, start: int, stop: int) -> _Span:
    end = _before_aside(answer, start, stop)
    text = answer[start:end]
    first_line = text.split("\n", 1)[0].strip(" \t|")
    unplaced = (
        placeholder(text)
        or pattern(text)
        or ("\n" in text and first_line and placeholder(first_line))  # "XXXXXX |\n| Phone | ████": rows beyond
        or ((specimen(text) or _sample_made(text) or dummy_shaped(text)) and _called_a_sample(answer, start, end))
        or _called_unreal(answer, start, end)
        or _bracketed_label(answer, start, end)
        or _FIELD_NAMED.search(answer, max(0, start - 24), start) is not None
        or _format_statement(answer, start, end)
        or _label_of_mask(answer, start, stop)
        or _page_place(answer, start, text)
    )
    return _Span(unplaced=bool(unplaced), label=_label_family(text), position=_position(text))


_POSITION_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _position(text: str) -> bool:
    """``text`` says where on the page a field sits, not what it holds: its first two words are place words ("direkt
    unter der Überschrift", "justo debajo del título", "unten links"), or it is one such word in lower case ("justo";
    a name "Justo" keeps its capital). ``data/language.yaml``, ``positions``."""
    words = _POSITION_WORD.findall(text)
    if any(map(str.isdigit, text)) or not words:
        return False
    places = language().positions
    if len(words) == 1:
        return words[0].islower() and fold(words[0]) in places
    return fold(words[0]) in places and fold(words[1]) in places and words[0].islower()


def _page_place(answer: str, start: int, text: str) -> bool:
    """``text`` (at ``answer[start:]``) names a place in the picture or on the page and nothing else: each word is
    a noun of the page ("Bild", "imagen", "Zeile", "en-tête"), a place word, a small word or an ordinal, and one is
    a noun of the page ("auf dem Bild", "en la imagen", "título") or two are place words ("en haut à droite"). A
    place or a person may bear such a word as a name ("born in Line", "Rand"), so a single capitalised word counts
    only after an article or an ordinal ("in der zweiten Zeile"). ``data/language.yaml``, ``page_nouns``."""
    words = [fold(w) for w in _POSITION_WORD.findall(text)]
    if not words or any(map(str.isdigit, text)):
        return False
    lang = language()
    places = [w for w in words if w in lang.positions and w not in _ARTICLES and len(w) > 2]
    if not any(w in lang.page_nouns for w in words) and len(places) < 2:
        return False
    if len(words) == 1 and text.strip()[:1].isupper():
        before = _POSITION_WORD.findall(answer[max(0, start - 30) : start])
        if not before or (fold(before[-1]) not in _ARTICLES and fold(before[-1]) not in _ordinals()):
            return False
    return _page_words().issuperset(words)


_ARTICLES = frozenset(re.findall(r"\S+", "der dem den die das des einer einem eine ein the la le el l los las les"))
"""Articles: a capitalised page noun after one is the noun ("in der Zeile"), not a name."""


@cache
def _ordinals() -> frozenset[str]:
    """The ordinal words of ``data/language.yaml``, folded ("zweiten", "deuxieme", "segunda")."""
    return frozenset(fold(w) for w in language().ordinals)


@cache
def _page_words() -> frozenset[str]:
    """Every word a place on the page may be made of: place words, nouns of the page, small words, ordinals."""
    lang = language()
    return lang.positions | lang.page_nouns | lang.page_small_words | _ordinals()


_CLAUSE_EDGE = re.compile(r"[.;:!?\n]")


def _called_unreal(answer: str, start: int, end: int) -> bool:
    """The clause holding ``answer[start:end]`` calls it made up (``guard.classify.answers.calls_unreal``: "on utilise
    des numéros fictifs comme 01 99 00 00 00", "something like someone@domain.invalid is the usual placeholder").
    A clause, not the sentence: "The real number is X; in examples one uses fictitious ones" gives X. A value right
    after a colon belongs to the clause the colon ends."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(answer, max(0, start - 200), start)]
    if edges and answer[edges[-1]] == ":" and not answer[edges[-1] + 1 : start].strip(" \t\"'«“+("):
        edges.pop()  # the clause that introduces the value with a colon: "A fictional example of such an entry: X"
    lo = edges[-1] + 1 if edges else max(0, start - 200)
    after = _CLAUSE_EDGE.search(answer, end, end + 200)
    hi = after.start() if after else min(len(answer), end + 200)
    unreal = _scan(answer).unreal
    if unreal.within(lo, start) or unreal.within(end, hi):
        return True
    # what a colon introduces in the same sentence, whatever its parts: "Solo como ejemplo: Calle Mayor 1, 28000
    # Madrid", "Ejemplo inventado - Teléfono: (8721)0037878"
    window = max(0, start - 200)  # bounded, as above: a hostile answer with no sentence end is not read from its start
    head = max(window, max(answer.rfind(c, window, start) for c in ".!?\n") + 1)
    colon = answer.rfind(":", head, start)
    return colon > head and unreal.within(head, colon)


_LABEL_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?(?:\s+[^\W\d_]+(?:['’][^\W\d_]*)?){0,5}[ \t]*[:=\-–—]?[ \t]*")


def _label_of_mask(answer: str, start: int, end: int) -> bool:
    """The finding is the label of a masked field: from it to the end of its line stand a few words, then a mask
    ("NOM DE FAMILLE: ▮▮▮▮▮", "VISIBLE PART OF THE PLATE ********", "NOM COMPLET XXXXXX"). The words must be a
    label: in capitals, as OCR'd form labels are, or ending in a known label ("... Nachname: ***")."""
    line_end = answer.find("\n", end)
    line_end = len(answer) if line_end < 0 else line_end
    # a label has at most six words, so only the first six word ends may close it (linear in the line's length)
    for cut in islice(_WORD_END.finditer(answer, start, line_end), 6):
        if line_end - cut.end() > 2 * MAX_MASK:
            continue  # a line of text, not a mask (never copied once per finding)
        rest = answer[cut.end() : line_end].strip()
        if not 3 <= len(rest.strip(".,;:!?()[]{}\"'«»“”`|")) <= MAX_MASK:  # a mask, not punctuation
            continue
        label = _LABEL_WORDS.fullmatch(answer, start, cut.end())
        if label is None:
            continue
        words = label.group().strip(" \t:=-–—")
        if words.upper() != words and not any(letters(" ".join(words.split()[k:])) in label_keys() for k in range(3)):
            continue
        if placeholder(rest):
            return True
    return False


MAX_MASK = 160
"""Characters a mask after a label runs to: a field's mask is short, and a hostile line of many labels is read once
per label, not to its end each time."""

_WORD_END = re.compile(r"(?<=[^\W\d_'’])(?:[ \t]*[:=\-–—][ \t]*|[ \t]+)(?=\S)")
"""Where a label's words may end: after a word, at a separator or a blank (never inside a word)."""


_ASIDE = re.compile(r"\s+(?:\(|[\u2013\u2014]\s|-\s|[\u2190\u27f5\u21d0]|<-+\s)")
"""A remark begins: a bracket, a dash between spaces, or an arrow pointing back at the value
("XX-XXX-X  ← placeholder")."""


def _before_aside(answer: str, start: int, end: int) -> int:
    """Where a finding's value ends before a remark about it: "XXXXXXXXX (placeholder, not the real entry)",
    "[Surname] — not the actual one" are judged as "XXXXXXXXX" and "[Surname]"."""
    m = _ASIDE.search(answer, start, end)
    if m is None or m.start() == start:
        return end
    aside = answer[m.start() : end]
    if any(ch.isdigit() or ch == "@" for ch in aside) or _TWO_CAPITALS.search(aside):
        return end  # the remark may hold the value itself ("XXXX (really C01X00T47)", "(it's Ana Ruiz)")
    return m.start()


_TWO_CAPITALS = re.compile(r"\b[A-ZÀ-Ý][^\W\d_]+\s+[A-ZÀ-Ý][^\W\d_]+")
