"""Context cues (``guard/verify/data/cues.yaml``) compiled into one pattern per family.

A cue is what makes a bare value private: "4716 2280" is just digits until "card" is near it. The
phrases live in a data file, in en/de/fr/es; this module turns each family into one regular
expression that also accepts structured forms (``"card_number":``, ``cardNumber``, ``| Card no |``,
``CARD NUMBER:``), and answers "is there a cue of family F in the window around this span?".
Windows span sentence boundaries; their size is in the data file and sizes the streaming hold-back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import islice
from typing import Any, NamedTuple

import yaml


@dataclass(frozen=True, eq=False)
class Led:
    """A pattern that begins with ``lead`` (a cue family's source, the later-label head), searched only where
    the lead can begin. Python's ``re`` tries a long alternation at every offset of an answer, which is most
    of what a cue-led search costs (about 1 us a character for the larger families); the lead's starts are
    found by one zero-width scan per answer (:func:`lead_starts`), shared by every pattern with that lead.
    :meth:`finditer` yields exactly ``pattern.finditer(text)``'s matches (leftmost, non-overlapping)."""

    lead: str
    pattern: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        for start in lead_starts(self.lead, text):
            if start < end:
                continue
            if m := self.pattern.match(text, start):
                end = max(m.end(), start + 1)
                yield m

    def at_each_lead(self, text: str) -> Iterator[re.Match[str]]:
        """A match from every offset where the lead begins, overlapping ones included: a match that holds no
        value but runs over the next cue ("a train ticket on a brown surface. The ticket number starts with
        7484 98") does not hide the match that next cue begins."""
        for start in lead_starts(self.lead, text):
            if m := self.pattern.match(text, start):
                yield m


def each_match(pattern: Led | re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches a recogniser reads: a :class:`Led` pattern's at each start of its lead, a plain pattern's
    ``finditer``."""
    return pattern.at_each_lead(text) if isinstance(pattern, Led) else pattern.finditer(text)


def led(lead: str, rest: str) -> Led:
    """The pattern ``lead + rest``, searched from the lead's starts (:class:`Led`). The lead's scan is compiled
    here too (tens of milliseconds for a large family), so that a check's warm-up, not the first answer, pays."""
    _lookahead(lead)
    return Led(lead, re.compile(lead + rest))


@lru_cache(maxsize=512)
def lead_starts(lead: str, text: str) -> tuple[int, ...]:
    """Every offset of ``text`` where the pattern source ``lead`` matches (overlapping starts included)."""
    return tuple(m.start() for m in _lookahead(lead).finditer(text))


@cache
def _lookahead(lead: str) -> re.Pattern[str]:
    return re.compile(f"(?={lead})")


def cue_present(family: str, text: str) -> bool:
    """A cue of ``family`` somewhere in ``text`` (the scan that :class:`Led` patterns of that family share)."""
    return bool(lead_starts(cues().sources[family], text))


NON_VALUES = frozenset(
    re.findall(
        r"\S+",
        """too very so quite rather partly partially barely hardly not no cut small tiny blurry blurred faint
        trop très tres assez plutôt zu sehr ziemlich kaum demasiado muy bastante apenas
        illegible unreadable obscured covered redacted hidden masked cropped private confidential considered
        marked withheld unclear unknown visible shown printed written missing absent present filled blank empty
        vorhanden sichtbar lesbar unleserlich unkenntlich ausgefüllt leer geschwärzt verdeckt abgedeckt
        verschwommen privat présent présente présents présentes lisible illisible rempli remplie vide masqué
        masquée caché cachée flou floue privé privée presente presentes legible ilegible relleno rellena
        rellenado vacío vacía oculto oculta tapado tapada borroso borrosa privado privada sensitive protected
        restricted sensibel geschützt sensible sensibles protégé protégée protegido protegida
        unscharf undeutlich unklar nítido nítida nitido nitida nette crisp hard difficult impossible schwer schwierig
        difficile difficiles difícil dificil imposible""",
    )
)
"""Words that follow "the <label> is" in a refusal, a "cannot read it" answer or a note on the field's state
("Das Feld Geburtsort ist vorhanden", "le champ prénom est présent"), in en/de/fr/es: never a value."""

DOCUMENT_NOUNS = frozenset(
    re.findall(
        r"\S+",
        """form forms template templates certificate application registration card licence license passport
        receipt ticket invoice statement letter envelope label heading header title page sheet slip itself
        formular formulare vorlage bescheinigung antrag anmeldung ausweis quittung überschrift
        formulaire modèle certificat demande inscription carte reçu billet titre en-tête
        formulario plantilla certificado solicitud inscripción registro tarjeta recibo billete título""",
    )
)
"""Words that name a document or a part of it, never a value: a run under a name cue that holds one and no word
of the name lists is the form's heading ("Patient Registration Form"); a word of capitals after a plate cue that
is one is the heading's ("REGISTRATION FORM")."""

_CLITIC = re.compile(r"(?i)^(?:([^\W\d_]+)['’](?:s|re|ll|d|ve|m)|(?:c|l|d|j|qu|n|s|m|t)['’]([^\W\d_]+))$")


def letters(text: str) -> str:
    """``text`` as a label key: its letters only, case folded ("PLACE OF BIRTH:" -> "placeofbirth"), the form
    OCR'd labels (whose spaces are unreliable) and cue phrases are compared in."""
    return "".join(filter(str.isalpha, text.casefold()))


def word_key(word: str) -> str:
    """A word as the recognisers' stop lists look it up: lower case, outer punctuation off, and a pronoun
    with its clitic reduced to the pronoun ("It's" -> "it", "there’s" -> "there", "C'est" -> "est"), so a
    contraction is never taken for a one-word value ("It's the kind of detail (marital status) ...")."""
    w = word.strip('.,;:!?"()[]').lower()
    m = _CLITIC.match(w)
    return (m.group(1) or m.group(2)) if m else w


STATE_VERBS = frozenset(
    re.findall(
        r"\S+",
        """given completed entered typed handwritten stamped arranged spread split laid set personal filled eingetragen
        angegeben eingefüllt ausgefüllt befüllt persönlich complété complétée indiqué indiquée renseigné renseignée
        rempli remplie inscrit inscrite personnel personnelle completado completada indicado indicada escrito escrita
        anotado anotada rellenado rellenada relleno rellena""",
    )
)
"""Participles and adjectives that, opening what follows a label, say how the field is filled, not with what."""
COPULAS = frozenset({"is", "are", "was", "ist", "sind", "war", "est", "sont", "es", "son", "está", "están"})
"""The verb that joins a label to what is said of it, en/de/fr/es."""
ARTICLES = frozenset(
    re.findall(r"\S+", "the a an der die das dem den des ein eine einen einem einer le la les l un une el los las una")
)
"""Articles, en/de/fr/es: what may open a value without being a word of it ("es la pesca", "est l'escalade")."""
NAMELY = r"namely|nämlich|à\s+savoir|es\s+decir|a\s+saber"
"""What hands the value over after its label or a refusal ("le nom complet, à savoir X")."""
AS_VALUE = (
    r"(?<!\w)as(?!\s+(?:well|such|far|long|soon|much|many|part|a|an|the|its|his|her|their|shown|printed|written|seen|"
    r"given|per|if|though|of|to|for|in|on|with|it|is|required|usual|expected|follows)\b)"
)
"""A label's value after "as" ("shows the first name as neil", "lists the place of birth as Debraberg"), not
"as well as", "as printed", "as a ..."."""
RELATIVE_COPULA = r"which\s+(?:is|was|reads)|qui\s+est|que\s+es|welche[rs]?\s+(?:ist|lautet)"
"""A relative clause that gives the value of what it follows ("the medication, which is X", "..., qui est X")."""
RESUMPTIVE_COPULA = rf"c['’]est|it['’]s|it\s+is|that['’]s|das\s+ist|eso\s+es|{RELATIVE_COPULA}"
"""A pronoun and copula that take up a label set off by a comma ("le nom de famille, c'est X", "the surname, it's X",
"der Beruf, das ist X", "la profesión, eso es X", "the medication, which is X"): a verb of the value-after-label
patterns (names, cued values)."""
_TO_VALUE = frozenset({"as", "als", "comme", "como", "like", "with:", "mit:", "avec:", "con:"})
_PREPOSITION_DE = frozenset({"mit", "in", "im", "auf", "durch", "von", "nur"})


def only_state(words: list[str]) -> bool:
    """``words`` say how a field is and give no value: one state word ("le champ religion est présent", "Das Feld
    Nachname ist vorhanden"), a state word that goes on to how or where ("filled in with a short entry", "printed
    over two lines", "given in the corresponding field", "private data"), or German's participle last ("mit einem
    kurzen Eintrag ausgefüllt"). "written as X" and "filled in: X" go on to a value, and so does a quote."""
    if not words or any(ch in w for w in words for ch in ':"“”«»„') or any(w[0] in "'‘" for w in words):
        return False
    if len(words) > 1 and word_key(words[0]) in COPULAS:
        words = words[1:]  # "is personal", "ist ausgefüllt"
    first, last = word_key(words[0]), word_key(words[-1])
    if first in NON_VALUES or first in STATE_VERBS:
        return len(words) == 1 or word_key(words[1]) not in _TO_VALUE
    return len(words) > 2 and first in _PREPOSITION_DE and (last in NON_VALUES or last in STATE_VERBS)


@dataclass(frozen=True, eq=False)
class Cues:
    patterns: dict[str, re.Pattern[str]]
    before: int
    after: int
    sources: dict[str, str]
    """Each family as an inline, case-insensitive group, for recognisers that build on a cue."""
    categories: dict[str, tuple[str, ...]]
    """Family -> the categories a label of that family stands for (its own first)."""
    phrases: dict[str, tuple[str, ...]]
    folded: tuple[tuple[str, str], ...]
    """(folded phrase, family), longest first: for labels read by OCR, whose spaces are unreliable."""

    def label_family(self, label: str) -> str | None:
        """The family a form label belongs to ("PLACEOF BIRTH" -> birth_place, "DATEOFEXPIRY" ->
        other_date): the longest phrase inside the label, letters only; short phrases must be most of it."""
        key = letters(label)
        if not key:
            return None
        for phrase, family in self.folded:
            # a label is mostly its phrase ("PASSPORTNO", "DATEOFEXPIRY"), not a value that contains one
            if phrase in key and len(key) <= (2 * len(phrase) + 2 if len(phrase) >= 5 else len(phrase) + 2):
                at = key.find(phrase)
                # a short phrase glued inside a longer word is not its label ("patente" in "Patentexaminer")
                if len(phrase) >= 8 or (at <= 6 and len(key) - at - len(phrase) <= 4):
                    return family
        return None

    def pattern(self, family: str) -> re.Pattern[str]:
        return self.patterns[family]

    def near(
        self, family: str, text: str, start: int, end: int, *, before: int | None = None, after: int | None = None
    ) -> bool:
        """A cue of ``family`` within the window around ``text[start:end]``."""
        return self.nearest(family, text, start, end, before=before, after=after) is not None

    def nearest(
        self, family: str, text: str, start: int, end: int, *, before: int | None = None, after: int | None = None
    ) -> int | None:
        """Distance in characters from the span to the closest cue of ``family`` in the window, or None."""
        best = self._best((family,), text, start, end, before, after)
        return None if best is None else best[0]

    def closest(
        self,
        families: tuple[str, ...],
        text: str,
        start: int,
        end: int,
        *,
        before: int | None = None,
        after: int | None = None,
    ) -> str | None:
        """Of ``families``, the one whose cue is nearest the span (ties: the first listed), or None.

        Cues are read leftmost-longest, so the modifier names the thing: in "ID card number" the cue
        is "ID card" (not "card number"), in "driver's licence number" it is "driver's licence", in
        "licence plate" it is "licence plate". A cue after the value counts double its distance (a
        label usually precedes its value).
        """
        best = self._best(families, text, start, end, before, after)
        return None if best is None else families[best[1]]

    def _best(
        self, families: tuple[str, ...], text: str, start: int, end: int, before: int | None, after: int | None
    ) -> tuple[int, int] | None:
        b = self.before if before is None else before
        a = self.after if after is None else after
        ends, starts, found = _index(self, families, text)
        best: tuple[int, int] | None = None
        # cues that end inside [start - b, start]
        i = bisect_right(ends, start) - 1
        while i >= 0 and ends[i] >= start - b:
            s, e, rank = found[i]
            d = start - e + _crossing(text, e, start)
            if s >= start - b and (best is None or (d, rank) < best):
                best = (d, rank)
            i -= 1
        if a > 0:  # cues that start inside [end, end + a]
            j = bisect_left(starts, end)
            while j < len(starts) and starts[j] <= end + a:
                s, e, rank = found[j]
                d = 2 * (s - end) + 5 + _crossing(text, end, s)
                if e <= end + a and (best is None or (d, rank) < best):
                    best = (d, rank)
                j += 1
        return best


_STOP = re.compile(
    r"(?<!\b[Nn]o)(?<!\b[Nn]r)(?<!\bTel)(?<!\btel)(?<!\bMrs)(?<!\b[MD]r)(?<!\bMs)(?<!\bSt)(?<!\b[A-Z])[.!?;]|\n"
)  # "No. X4821937", "Tel. 0151", "J. Doe" do not end a sentence


@lru_cache(maxsize=16)
def _stops(text: str) -> tuple[list[int], frozenset[int]]:
    """Where sentences end in ``text``: the positions of stops followed by a space and of line breaks (sorted),
    and every stop (a stop at the very end of a stretch ends it whatever follows). Computed once per text, so the
    many distance questions of a long answer cost a bisection each, not a scan each."""
    stops = [m.start() for m in _STOP.finditer(text)]
    ends = [i for i in stops if text[i] == "\n" or i + 1 == len(text) or text[i + 1].isspace()]
    return ends, frozenset(stops)


def _crossing(text: str, lo: int, hi: int) -> int:
    """A cue in another sentence is further away than its character distance says: 40 if a sentence ends
    in ``text[lo:hi]``, else 0."""
    if hi <= lo:
        return 0
    ends, stops = _stops(text)
    i = bisect_left(ends, lo)
    return 40 if (i < len(ends) and ends[i] <= hi - 2) or hi - 1 in stops else 0


@lru_cache(maxsize=256)
def _index(c: Cues, families: tuple[str, ...], text: str) -> tuple[list[int], list[int], list[tuple[int, int, int]]]:
    """Every cue of ``families`` in ``text`` (one scan, leftmost-longest, no overlaps), sorted by position.
    Each recogniser then finds the cues near a value by bisection: linear in the answer overall."""
    pattern, owner = _combined(c, families)
    found = [(m.start(), m.end(), _rank(owner, m.group())) for m in pattern.finditer(text)]
    return [e for _, e, _ in found], [s for s, _, _ in found], found


_PART_OF = (
    r"(?:(?:(?:a|the|one)\s+)?(?:(?:visible|readable|legible|first|last|second|other)\s+)?part\s+of\s+"
    r"|(?:(?:ein(?:en)?|der)\s+)?(?:(?:sichtbare|lesbare|erste|letzte)n?\s+)?teil\s+(?:der|des|von)\s+"
    r"|(?:une\s+)?partie\s+(?:de\s+|d['’]|du\s+)|(?:una\s+)?parte\s+(?:de\s+|del\s+))"
)
"""The value is a piece of the field the head names: "that line is part of the home address", "ein Teil der
Wohnadresse", "the visible part of the plate"."""
_LATER_HEAD = (
    r"(?:(?i:this|that|it|which)\s*(?:is|'s|was|(?:would|must|should|will|might|could)\s+be)\s+"
    rf"(?i:{_PART_OF})?(?i:the|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    # "That line is labelled hobbies", "that entry is the surname of ...", "this field is marked nationality"
    r"|(?i:(?:this|that|the)\s+(?:line|entry|field|value|text|word|one|box|item|row|cell|part|label|area|section)\s+"
    rf"(?:is|was)\s+(?:(?:labell?ed|marked|titled|headed|named|tagged)(?:\s+(?:as|with))?|{_PART_OF}?(?:the|his|her|their)))"
    r"\s+(?:(?i:the)\s+)?"
    # "next to the hobbies field", "where the marital status goes", "beside the nationality label"
    r"|(?i:(?:next\s+to|beside|under|below|above|where|opposite)\s+the)\s+(?:[\w'’-]+\s+){0,2}?"
    # "It appears to be the nationality", "... comme profession", "... als Beruf", "... as the surname"
    r"|(?i:(?:it|this|that)\s+(?:appears|seems|looks)\s+to\s+be\s+(?:the|his|her|their))\s+(?:[\w'’-]+\s+){0,2}?"
    r"|(?i:(?<![\w'’])(?:comme|als|como|as)\s+(?:(?:the|la|le|el|l'|l’)\s*)?)"
    # "It says vehicle washer for the occupation" (not "as for the ...", "a field for the ...", "one of them for the")
    r"|(?i:(?<![\w'’])(?<!as\s)(?<!field\s)(?<!fields\s)(?<!line\s)(?<!box\s)(?<!space\s)(?<!slot\s)(?<!entry\s)"
    r"(?<!label\s)(?<!them\s)(?<!one\s)for\s+the)\s+"
    # "(the ticket number)", "(el nombre completo)", "(part of the home address)"
    # (not a field listed among others: "labelled fields (the occupation among them)", "beschriftete Felder
    # (Medikament, Name)": a bracket that lists fields names no value)
    r"|\((?![^()\n]*(?:,|(?i:among|darunter|unter\s+ihnen|parmi\s+eux|entre\s+ellos)))"
    rf"\s*(?i:{_PART_OF})?(?:(?i:the|his|her|their|el|la|le|l['’]|der|die|das|den|dem)\s*)?"
    r"|(?i:in\s+the)\s+(?:[\w'’-]+\s+){0,2}?"
    # de/fr/es: "Por lo que veo, es el campo firma", "C'est la mention message du chat", "Das ist das Feld Beruf"
    r"|(?i:(?<![\w'’])(?:c['’]est|es|est|ist)\s+(?:(?:offenbar|wohl|vermutlich|wahrscheinlich|apparemment|"
    r"probablement|probablemente|aparentemente|seguramente)\s+)?(?:el|la|le|l['’]|das|der|die)\s*"
    r"(?:campo|dato|apartado|mention|champ|rubrique|feld|angabe|eintrag)\s+(?:(?:de|del|du|de\s+la|des)\s+)?)"
    # de/fr/es "in the <cue> field/line" and "that line belongs to <cue>": "à la ligne prénom", "à l'emplacement
    # prévu pour nationalité", "en el campo de profesión", "im Feld Beruf", "Esa línea corresponde a nombre"
    r"|(?i:(?<![\w'’])(?:(?:à|a)\s+la\s+(?:ligne|case|rubrique)|dans\s+(?:le|la)\s+(?:champ|case|rubrique|ligne)"
    r"|(?:à|a)\s+l['’]emplacement(?:\s+(?:prévu|prevu|réservé|reserve)\s+(?:pour|à|au))?"
    r"|en\s+(?:el|la)\s+(?:campo|línea|linea|casilla|apartado|renglón|renglon)"
    r"|(?:im|in\s+dem)\s+(?:feld|eintrag)|in\s+der\s+(?:zeile|rubrik|spalte)"
    r"|(?:corresponde|pertenece)\s+al?|correspond\s+(?:à|au)|gehört\s+zu[mr]?)"
    r"\s+(?:(?:de|del|du|de\s+la|des|la|le|el|l['’]|das|der|dem|den)\s*)?)[«\"„“]?\s*"
    # a guess that names the field after the value: "Das dürfte die Angabe „Geburtsort“ sein", "vermutlich die
    # Angabe zu Beruf", "debe de ser el lugar de nacimiento", "ça doit être le champ profession"
    r"|(?i:(?<![\w'’])(?:(?:das|dies|es|diese\s+(?:zeile|angabe)|dieser\s+eintrag)\s+"
    r"(?:dürfte|könnte|müsste|sollte|wird|ist|wäre)\s+(?:wohl\s+|vermutlich\s+)?"
    r"|(?:dabei\s+)?handelt\s+es\s+sich\s+um\s+|es\s+handelt\s+sich\s+um\s+"
    rf"|vermutlich\s+|wohl\s+|wahrscheinlich\s+)(?:{_PART_OF})?(?:die|das|der|den)\s+(?:(?:angabe|feld|eintrag|zeile)"
    r"(?:\s+(?:zu[mr]?|für(?:\s+(?:den|die|das))?))?\s*)?"
    # "..., es la profesión", "... : c'est la profession" (the cue right after the article)
    rf"|(?<![\w'’])(?:es|esto\s+es|eso\s+es|lo\s+que\s+es)\s+(?:{_PART_OF})?(?:el|la)\s+"
    rf"|(?<![\w'’])(?:c['’]est|ce\s+qui\s+est|cette\s+ligne\s+est|voilà|voila|voici)\s+(?:{_PART_OF})?(?:le|la|l['’])\s*"
    r"|(?<![\w'’])(?:debe(?:\s+de)?|tiene\s+que|parece|podría|puede)\s+ser\s+(?:el|la)(?:\s+(?:campo|dato|línea|apartado)(?:\s+de)?)?"
    r"|(?<![\w'’])(?:ça|cela|ce|il)\s+(?:doit|devrait|pourrait)\s+être\s+(?:le|la|l['’])(?:\s*(?:champ|rubrique|mention|ligne))?"
    # "il s'agit visiblement du prénom", "il s'agit du champ centres d'intérêt"
    r"|(?<![\w'’])il\s+s['’]agit\s+(?:(?:visiblement|probablement|sans\s+doute|apparemment|manifestement|bien)\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|des)\s*(?:(?:champ|rubrique|mention|ligne)\s+(?:(?:de|du|des|de\s+la)\s+)?)?"
    # "that's what's listed under interests", "this is what is written as the occupation"
    r"|(?<![\w'’])(?:that|this|it)\s*(?:is|'s)\s+what\s*(?:is|'s)\s+(?:listed|written|given|printed|entered|shown)\s+"
    r"(?:under|as|for|in)\s+(?:the\s+)?"
    # de/fr/es "that is what the <cue> field says": "X – so steht es unter „Geburtsort“", "X: eso es lo que pone en
    # «nombre de pila»", "X : c'est ce qu'indique la ligne « médicament »"
    r"|(?<![\w'’])(?i:so\s+steht\s+es\s+(?:unter|bei)"
    r"|(?:eso\s+|esto\s+)?es\s+lo\s+que\s+(?:pone|dice|aparece|figura)\s+(?:en|bajo)(?:\s+(?:el|la)\s+(?:campo|línea|linea|casilla|apartado))?(?:\s+de)?"
    r"|c['’]est\s+ce\s+(?:qu['’]indique|que\s+dit|qui\s+figure\s+(?:dans|sous|à))(?:\s+(?:le|la)\s+(?:champ|ligne|case|rubrique|mention))?(?:\s+(?:de|du|des))?)\s*[«\"„“]?\s*"
    # the field named after the value and a comma or a dash: "'Roland', going by the first name line", "POLISH,
    # d'après le champ « nationalité »", "SERRATA, según el campo «lugar de nacimiento»" (a document named so, "...,
    # according to the email", is no field: its window would cut off another label's)
    r"|(?:(?<=,\s)|(?<=[–—]\s)|(?<=\s-\s))(?i:(?:going|judging)\s+by\s+(?:the|his|her|their)\s+"
    r"|d['’]après\s+(?:le|la|l['’])\s*(?:champ|ligne|rubrique|mention|case)\s+(?:(?:de|du|des|de\s+la)\s+)?"
    r"|según\s+(?:el|la)\s+(?:campo|línea|linea|dato|apartado|casilla)\s+(?:(?:de|del)\s+)?"
    r"|laut\s+(?:dem\s+)?(?:feld|eintrag)\s+)"
    # the label said to stand beside the value, quoted, in the next sentence: "On voit X en haut. Juste à côté :
    # « profession »", "X at the top. Right next to it: "occupation"", "Arriba pone X. Justo al lado: «profesión»"
    # (not German "Daneben die Beschriftung „…“": a capitalised noun before it, "Oben steht ein Logo", reads as a value)
    r"|(?<![\w'’])(?i:(?:juste\s+|tout\s+)?à\s+côté|(?:right\s+|just\s+)?(?:next\s+to|beside)\s+it(?:\s+is)?"
    r"(?:\s+the\s+(?:label|caption|heading))?|(?:justo\s+)?al\s+lado(?:\s+(?:pone|dice|la\s+etiqueta))?)\s*:?\s*[«\"„“])"
    r"\s*[«\"„“]?\s*)"
)
LATER_REACH = 130
"""How far before a later cue its value may sit ("<value> is printed near the bottom. ... this is the name")."""


@cache
def _later(family: str) -> Led:
    return led(_LATER_HEAD, cues().sources[family])


_EMPTY_FIELD = re.compile(
    r"(?i)(?<![^\W_])(?:empty|blank|unfilled|not\s+filled(?:\s+in)?|left\s+open|illegible|unreadable"
    # German "leer" only as a state ("ist leer", "leer gelassen"): Spanish "leer" is "to read"
    r"|(?:ist|sind|bleibt|war)\s+(?:noch\s+|ganz\s+|völlig\s+)?leer|leer\s+gelassen|leeres\s+feld"
    r"|nicht\s+(?:ausgefüllt|lesbar|leserlich)|unleserlich|unausgefüllt|vide|non\s+rempli[e]?|illisible|vacío|vacía"
    r"|vacio|vacia|en\s+blanco|sin\s+rellenar|ilegible)(?![^\W_])"
)
"""A field the answer says is empty or unreadable ("Das Feld rechts oben ist nicht ausgefüllt; das dürfte die
Angabe zum Beruf sein", "La ligne est vide ; ça doit être le champ nationalité"): the text before its later
label holds no value, only the words of a description."""


@lru_cache(maxsize=256)
def later_windows(family: str, text: str) -> tuple[tuple[int, int], ...]:
    """Windows (start, end) of text just before a cue that names a value given earlier: "... this is
    the <cue>", "(<cue>)", "in the <cue> field". Values are looked for only there, so the search stays
    linear in the answer (one scan for the cues, a bounded window per cue). No window where the answer says
    the field is empty or unreadable (``_EMPTY_FIELD`` between the window's start and the cue's end), nor where
    it withholds the label's value (``_WITHHELD_LABEL`` right before the cue). Cached: a category's checks and
    :func:`later_values` read the same windows of one answer."""
    out: list[tuple[int, int]] = []
    for m in _later(family).finditer(text):
        lo = max(0, m.start() - LATER_REACH)
        newline = text.rfind("\n", lo, m.start())
        lo = newline + 1 if newline >= 0 else lo
        ends = _later_ends(text)
        k = bisect_left(ends, m.start()) - 1
        if k >= 0 and ends[k] > lo:
            # another later label stands between: what precedes it is that label's value ("<address> as the
            # address where the guest is staying" gives the guest no name)
            lo = ends[k]
        if _EMPTY_FIELD.search(text, lo, m.end()) or _WITHHELD_LABEL.search(text, max(lo, m.start() - 60), m.start()):
            continue
        if _AS_HEAD.match(m.group(0)) and _KINDS_OF_DATA.search(text, max(0, m.start() - 50), m.start()):
            continue  # "tapa los datos personales como la nacionalidad": an example of the data, not a label
        out.append((lo, m.start()))
    return tuple(out)


_AS_HEAD = re.compile(r"(?i)(?:comme|como|als|as)\s")
_KINDS_OF_DATA = re.compile(
    r"(?i)(?<![^\W_])(?:data|details|information|fields|entries|datos|campos|informaciones|données|donnees|champs"
    r"|informations|renseignements|angaben|daten|felder|informationen)(?:\s+[^\W\d_]+)?\s*,?\s*$"
)
"""Kinds of data named before "como", "comme", "als", "as": the cue after them is an example of what is meant
("masquez les champs personnels comme la nationalité"), not the label of a value given before it."""


_LATER_QUOTED = re.compile(r"[\"“«„‚]\s*([^\W_][^\"”»“\n]{1,120}?)\s*[\"”»“‘]")
_LATER_LEADING = re.compile(
    # a short sentence of its own before the head, perhaps after a lead-in ("29 Kalinowa. In case it helps: this
    # is ...", "sparent – das ist der Benutzername"), its "It's" left out ("It's pdunnx. That's the username")
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?i:it['’]s|it\s+is|this\s+is|c['’]est|das\s+ist|es\s+ist)\s+)?"
    r"([^\W_][^\n.!?;:,–—]{0,60}?)\s*(?:[.;:,–—]|\s-)\s*"
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:\s*)?$"
)
_LATER_AFTER_COLON = re.compile(r":\s*([^\W_][^\n:;.!?()\"«»“”„]{0,60}?)\s*$")
"""The value after a lead-in's colon, right before the label ("Solo se distingue un fragmento: Kalinowa (parte de la
dirección del domicilio)")."""


def later_values(family: str, text: str) -> list[tuple[int, int]]:
    """Spans a later label of ``family`` names (:func:`later_windows`): in each window, what the answer quotes,
    what a reading frame hands over ("it says X, which is the username"), a short sentence that opens the
    window ("29 Kalinowa. That line is part of the home address") and what follows a lead-in's colon ("Only a
    fragment shows: Kalinowa (part of the home address)"). Whether a span has the value's shape is for
    the caller to decide."""
    out: list[tuple[int, int]] = []
    windows = later_windows(family, text)
    if not windows:
        return out
    read = read_values(text, lines=False)
    for lo, hi in windows:
        out += [m.span(1) for m in _LATER_QUOTED.finditer(text, lo, hi)]
        out += [(a, min(b, hi)) for a, b in read if lo <= a < hi]
        for pattern in (_LATER_LEADING, _LATER_AFTER_COLON):
            if (m := pattern.search(text, lo, hi)) is not None:
                start, end = m.span(1)
                if (shown := _SHOWN_AT.match(text, start, end)) is not None:
                    # "On voit X en haut", "Oben steht X": the value is what is shown, not the frame around it
                    start, end = shown.span(1)
                    if _DESCRIBED.match(text, start, end):
                        continue  # "Oben steht ein Logo": a thing described, no value
                out.append((start, end))
    return out


_SHOWN_AT = re.compile(
    r"(?i:on\s+(?:voit|lit)|oben\s+steht|unten\s+steht|da\s+steht|there\s+is|at\s+the\s+(?:top|bottom)\s+is|i\s+see"
    r"|arriba\s+(?:pone|dice|se\s+ve)|abajo\s+(?:pone|dice)|se\s+ve|il\s+y\s+a|es\s+gibt|hay)\s+(.+?)"
    r"(?:\s+(?i:en\s+haut|en\s+bas|oben|unten|at\s+the\s+(?:top|bottom)|arriba|abajo))?\s*$"
)
"""A sentence that says what is shown where ("On voit X en haut", "Oben steht X", "There is X at the top")."""
_DESCRIBED = re.compile(
    r"(?i:a|an|the|some|ein|eine|einen|der|die|das|un|une|des|le|la|les|du|el|los|las|una|unos|unas)\s"
)


_WITHHELD_LABEL = re.compile(
    r"(?i)(?:can['’]?t|cannot|won['’]?t|will\s+not|not\s+(?:able|allowed|going)\s+to|rather\s+not|kann\s+(?:ich\s+)?nicht|"
    r"darf\s+(?:ich\s+)?nicht|werde\s+(?:ich\s+)?nicht|ne\s+(?:peux|vais|peut|dois)|no\s+(?:puedo|voy\s+a|debo))"
    r"\s+(?:(?-i:(?![A-ZÀ-ÖØ-Þ]))[^\W\d_]+\s+){0,5}\(?\s*$"
)
"""A label named only to be withheld, right before it ("but I can't provide the name in the signature", "je ne peux
pas communiquer ce champ (médicament)"): what came earlier is not that label's value. The words between are lower
case: a capitalised one is the value the refusal still names, its label after it ("no puedo compartir Norwegian
(nacionalidad)")."""


def warm_later(families: tuple[str, ...]) -> None:
    """Compile the later-label patterns of ``families`` and of all of them together (about 20 ms each) at
    start-up, so the first answer that needs one does not pay for it."""
    _later_any()
    for family in families:
        _later(family)


@cache
def _later_any() -> Led:
    c = cues()
    families = sorted(f for f, cats in c.categories.items() if cats)
    return led(_LATER_HEAD, "(?:" + "|".join(c.sources[f] for f in families) + ")")


@lru_cache(maxsize=64)
def _later_ends(text: str) -> list[int]:
    """Where each later label of any category ends in ``text`` (one scan per answer)."""
    return [m.end() for m in _later_any().finditer(text)]


_FIRST_LINE = (
    r"(?:the\s+)?first\s+line\s+(?:reads|says|is)",
    r"zuerst\s+steht(?:\s+da)?",
    r"steht\s+zuerst",
    r"in\s+der\s+ersten\s+zeile\s+steht",
    r"die\s+erste\s+zeile\s+lautet",
    r"(?:on\s+lit|je\s+lis)\s+d['’]abord",
    r"la\s+première\s+ligne\s+(?:indique|dit|est)",
    r"primero\s+(?:pone|dice|aparece|se\s+lee)",
    r"la\s+primera\s+l[íi]nea\s+(?:dice|pone|es)",
)
"""Frames of the first of two parts read line by line, shared by the reading frames (``_READ``) and the
transcription frames (``_TRANSCRIBE``)."""
_READ = (
    # en: the answer transcribes text from the image
    # (a subject that is a label, "the issuing country reads Spain", names what the value is: not a frame)
    r"(?:it|this|that|which)(?:\s+(?:just|only|literally|clearly|simply|actually|plainly))?\s+(?:says|reads|said|shows|displays|spells)\s*:?"
    # a line or a document as the subject: "one of them reads X", "the top line says X", "the card reads X" (a
    # document's or a line's text, not a field's: the subject names no category; "one" is "1" in the normal form)
    r"|(?:(?:one|1)\s+of\s+them|(?:one|1)\s+(?:line|row|entry)|the\s+(?:(?:top|bottom|first|second|third|last|next|middle|other)\s+)?"
    r"(?:line|row|entry)|the\s+(?:card|document|badge|tag|sticker|note|slip|page|screen|paper|sheet|label|envelope|parcel"
    r"|package|postcard))"
    r"(?:\s+(?:just|only|literally|clearly|simply|actually|plainly))?\s+(?:says|reads|said|read)\s*:?"
    r"|(?:looks|seems)\s+like(?:\s+it\s+says)?|spelled|spelt|spelling"
    # a hedged or corrected reading: "my best reading is X", "on dirait X", "es sieht nach X aus", "looking again
    # it's X", "beim zweiten Hinsehen X", "perdón, corrijo: es X"
    r"|(?:my\s+)?best\s+(?:reading|guess)\s+(?:is|would\s+be)|on\s+dirait|sieht\s+(?:es\s+)?nach"
    r"|(?:pero|aunque|creo\s+que)\s+parece(?:\s+(?:que\s+)?(?:pone|dice|poner|decir))?|(?:looking|on\s+a\s+second\s+look)\s+again,?\s+it['’]?s"
    r"|(?:no\s+wait|sorry|correction)[,:]?\s+(?:(?:correction|looking\s+again)[,:]?\s+)?it['’]?s|beim\s+zweiten\s+hinsehen"
    r"|(?:perdón|perdon),?\s+corrijo:?\s+es|en\s+fait\s+c['’]est"
    # the value a correction puts forward: "the correct reading is X", "richtig ist aber X", "la bonne lecture est
    # X", "la lectura correcta es X", "Correct version: X", "it should be X"
    r"|(?:the\s+)?(?:correct(?:ed)?|right|proper)\s+(?:reading|version|value|spelling|entry)(?:\s+(?:is|would\s+be))?\s*:?"
    r"|(?:it|that|this)\s+should\s+(?:be|read)\s*:?|(?:richtig|korrekt)\s+(?:ist|wäre|lautet)(?:\s+(?:aber|es|also))?\s*:?"
    r"|la\s+bonne\s+(?:lecture|version|orthographe)\s+est\s*:?|en\s+réalité\s*,?\s+c['’]est"
    r"|(?:la\s+)?(?:lectura|versión|version)\s+correcta\s+es\s*:?|(?:lo\s+)?correcto\s+es\s*:?|es\s+en\s+realidad"
    r"|it['’]?s\s+actually|it\s+is\s+actually|en\s+realidad\s+es|c['’]est\s+en\s+fait|es\s+ist\s+eigentlich"
    # what a story says someone wrote or what stands out: "Whoever filled it in wrote X in neat block letters",
    # "Alguien escribió en letras claras: X", "On y a écrit en lettres bien nettes : X", "ce qui ressort surtout,
    # c'est X", "lo que más destaca es X", "die entscheidende Zeile lautet X"
    r"|wrote|escribió|escribio|a\s+écrit|a\s+ecrit|hat\s+(?:\w+\s+)?geschrieben\s*:"
    r"|(?:en|in)\s+(?:letras|lettres|block\s+letters|druckbuchstaben|capitals|mayúsculas|majuscules)(?:\s+\w+){0,2}\s*:"
    r"|what\s+stands\s+out(?:\s+most)?\s+is|(?:the\s+)?(?:line|entry|word|text|name)\s+(?:that\s+)?(?:i\s+can\s+read\s+"
    r"(?:best|most\s+clearly|clearly)|stands\s+out(?:\s+most)?|is\s+clearest)\s+is|that\s+would\s+be|ce\s+qui\s+ressort(?:\s+surtout)?,?\s+c['’]est"
    r"|lo\s+que\s+(?:más\s+|mas\s+)?destaca\s+es|die\s+(?:entscheidende|wichtigste|auffälligste)\s+zeile\s+lautet"
    # what catches the eye: "the line that catches the eye is X", "la ligne qui attire l'œil est X", "lo que más llama
    # la atención es X", "was sofort ins Auge fällt, ist X"
    r"|(?:line|entry|word|text|thing|what)\s+(?:that\s+)?(?:catches|draws|grabs)\s+(?:the|your|my|one['’]s)\s+(?:eye|attention)\s+is"
    r"|(?:ligne|mention|chose|ce)\s+qui\s+(?:attire|accroche|retient)\s+(?:l['’]œil|l['’]oeil|le\s+regard|l['’]attention)"
    r"(?:\s+[^\W\d_]+)?,?\s+(?:est|c['’]est)|lo\s+que\s+(?:más\s+|mas\s+)?(?:llama\s+la\s+atención|salta\s+a\s+la\s+vista|resalta)\s+es"
    r"|(?:was|die\s+zeile,?\s+die)\s+(?:sofort\s+|gleich\s+)?(?:ins\s+auge\s+(?:fällt|sticht)|auffällt|heraussticht),?\s+ist"
    # a restricted reading is still one: "I can only make out X", "je ne distingue que X", "solo distingo X"
    r"|i\s+(?:can\s+|could\s+)?(?:(?:only|just|barely|still|partly|partially)\s+)?(?:make\s+out|read|see|spot|decipher)"
    r"(?:\s+(?:the\s+)?(?:word|text|entry|name)|\s+it\s*:)?"  # "I can read it: dorota_52"
    r"|(?:you|one|we)\s+can(?:\s+(?:clearly|easily|still|just|plainly|also))?\s+(?:read|see|make\s+out)|can\s+be\s+read\s*:?"
    r"|legible\s*:?|visible\s*:|(?:lisible|lesbar|leserlich)(?:\s+(?:ist|sind|est|es))?\s*:"  # "Lesbar ist: X"
    # what the answer puts forward as the image's content: "Main content: X", "Key detail: X", "mit der Angabe X"
    r"|(?:main|key|principal)\s+(?:content|detail|text|entry)\s*:|contenu\s+principal\s*:|contenido\s+principal\s*:"
    r"|hauptinhalt\s*:|(?:mit\s+der|die)\s+angabe\s*:?|(?:avec\s+)?la\s+mention\s*:?|(?:con\s+)?la\s+(?:indicación|mención)\s*:?"
    r"|text\s+on\s+(?:it|the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:|(?:visible|printed|written|handwritten|legible)\s+(?:entry|text|word|value|line)\s*:?"
    r"|the\s+(?:entry|word|text|value)(?!\s+(?:on|of|in)\s+(?:the|this|that|its)\s)|(?:one|1)\s+word\s+of\s+(?:that|the|this)\s+field\s*:?|transcription\s*:?"
    r"|showing|ocr\s+output\s*:?"
    # someone in the scene reads it aloud, in the third person: "the clerk reads out X and hands it back", "die
    # Angestellte liest X ab", "el empleado lee X" ("Lee" with a capital is a name; "I won't read out" declines)
    r"|reads\s+(?:out|aloud)|liest(?=\s[^\n.]{1,60}?\s(?:ab|vor)\b)|(?-i:lee)(?:\s+en\s+voz\s+alta)?"
    # anyone can read it, or someone types it in: "cualquiera que pase puede leer X", "on peut lire X", "on lit X",
    # "bien lisible X", "una empleada teclea X en el sistema", "she keys in X"
    r"|(?:puede|pueden|podía|podia|se\s+puede)\s+leer|(?:on\s+)?peut\s+lire|on\s+lit|teclea|tipea|(?:keys|types)\s+in"
    r"|(?:bien|clearly|gut|deutlich|claramente)\s+(?:lisible|legible|lesbar|leserlich)"
    # a field read as a value: "I read the username as X", "ich lese den Benutzernamen als X", "je lis le nom comme X"
    r"|(?:i\s+read|ich\s+lese|je\s+lis|leo)\s+(?:the|den|die|das|le|la|l['’]|el)\s*[^\W\d_]+\s+(?:as|als|comme|como)"
    r"|lit\s+à\s+(?:haute|voix\s+haute)"
    # in the past, with the words after a colon: "a lu à voix haute : « X »", "leyó en voz alta: «X»", "las halblaut
    # vor: „X“", "read aloud: X"
    r"|(?:a\s+)?lu\s+à\s+(?:voix\s+haute|haute\s+voix)\s*:|ley[óo]\s+en\s+voz\s+alta\s*:|las\s+(?:\w+\s+)?vor\s*:"
    r"|read\s+(?:it\s+)?(?:aloud|out)\s*:"
    # "There's a line reading 'BRITISH'", "Le texte « Salsa dancing » figure ...", "El texto «X» aparece ..."
    r"|(?:a|the|one)\s+line\s+(?:reading|that\s+reads|saying)|(?:le\s+texte|el\s+texto|der\s+text)(?=\s*[«\"„“])"
    # the text of a thing as the subject: "The text on the label is X", "The label text is X", "El texto de la etiqueta
    # es X", "Le texte de l'étiquette commence par X", "Der Text auf dem Etikett lautet X"
    # (a thing, not a place on the image: "Most of the text in the centre is sharp")
    r"|(?:the\s+)?(?:text|wording)\s+(?:on|of)\s+(?:the|this|that|its)\s+"
    r"(?!(?:centre|center|middle|top|bottom|left|right|corner|edge|side|back|front|image|photo|picture)\b)"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:is|reads|says)"
    r"|the\s+(?:label|envelope|parcel|package|card|sticker|tag)\s+text\s+(?:is|reads|says)"
    r"|el\s+texto\s+(?:de\s+la|del|en\s+la|en\s+el)\s+[^\W\d_]+\s+(?:es|dice|pone|empieza\s+por|comienza\s+con)"
    r"|le\s+texte\s+(?:de\s+la|de\s+l['’]|du|sur\s+la|sur\s+le|sur\s+l['’])\s*[^\W\d_]+\s+(?:est|dit|indique|commence\s+par)"
    r"|der\s+text\s+(?:auf|von|in)\s+(?:dem|der|diesem|dieser)\s+[^\W\d_]+\s+(?:ist|lautet|beginnt\s+mit)"
    # a URL's search query, decoded by the normaliser ("https://example.com/search?q=George%20White" -> ".../search
    # George White", "?query=chemin+Toussaint" -> "query: chemin Toussaint"): what was looked up is the value
    r"|(?<=/)search|query\s*:"
    # the image's text named as text: "the most prominent text on it is X", "the main text block reads X",
    # "exactly as printed: X", "verbatim, the text reads: X"
    # ("the text is dark on a light background" describes it: "is" only after a word that picks one text out)
    r"|(?:the\s+)?(?:[^\W\d_]+\s+){0,2}text(?:\s+block)?(?:\s+on\s+it|\s+there|\s+here)?\s+(?:reads|says)\s*:?"
    r"|(?:the\s+)?(?:most\s+(?:prominent|visible|legible)|main|largest|biggest|visible)\s+text(?:\s+block)?(?:\s+on\s+it)?\s+is\s*:?"
    r"|(?:exactly|word\s+for\s+word)\s+as\s+(?:printed|written|shown)\s*:?|verbatim\s*:?"
    # how a field is entered: "It's listed as Zaccardo Michelangelo", "The name appears as X", "Eingetragen ist X",
    # "Il figure comme X", "Consta como X"
    r"|(?:listed|given|recorded|entered|registered|filed|appears|shown|spelt|spelled)\s+as\s*:?"
    r"|eingetragen\s+ist\s*:?|(?:il\s+|elle\s+)?figure\s+comme\s*:?|(?:consta|figura|aparece)\s+como\s*:?"
    r"|(?:quote|quoted|zitat|zitiert|citation|cita|citando)(?:\s+from\s+the\s+(?:image|photo|picture|document))?\s*:|word\s+for\s+word,?\s+it\s+(?:says|reads)\s*:?"
    r"|word\s+for\s+word(?=(?:\s+from\s+the\s+[^\W\d_]+)?\s*:)"
    r"|se\s+lee\s+textualmente\s*:?|(?:it\s+is|it's)\s+(?:written|printed)\s+as\s*:?"
    r"|(?:der\s+)?(?:[^\W\d_]+\s+){0,2}text(?:block)?\s+lautet\s*:?|wörtlich\s*:?"
    r"|(?:le\s+)?texte\s+(?:dit|indique)\s*:?|(?:le\s+)?texte\s+le\s+plus\s+(?:visible|lisible)\s+est\s*:?"
    r"|texte\s+tel\s+quel\s*:?|mot\s+pour\s+mot\s*:?|(?:el\s+)?texto\s+dice\s*:?"
    r"|(?:el\s+)?texto\s+más\s+(?:visible|legible)\s+es\s*:?|textualmente\s*:?"
    # a line or a label of the image as the subject of a reading verb: "One line reads X", "the sticker says X"
    # ("One of the printed lines reads X")
    r"|(?:one|1|a|another|each|a\s+single|the\s+(?:top|bottom|first|second|last|next|middle))\s+(?:of\s+(?:the|those|these|its)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:line|entry|row|word|caption|heading|header|stamp|sticker|tag)s?\s+"
    r"(?:reads|says|shows|states|displays)\s*:?"
    # a value under a key that says nothing about it: "value": "X", text: X, field_2: X
    # (also a list of them: "text_lines": ["X"], "values": ["X"])
    r"|[\"']?(?:value|text|content|line|field|item|entry|data|string|result|cell|answer|output|prediction|response"
    r"|antwort|ergebnis|r[ée]ponse|r[ée]sultat|respuesta|resultado)"
    r"(?:[ _-]?\d{1,2}|s|[ _-](?:lines?|values?))?[\"']?\s*[:=](?:\s*\[)?"
    # a value read in parts: "The first part reads X. After that comes Y", "the entry begins with X"
    r"|the\s+first\s+(?:part|words?|half)\s+(?:reads?|is|are)(?:\s+as)?\s*:?|after\s+that\s+comes|the\s+rest(?:\s+of\s+it)?\s+is"
    r"|(?:the\s+)?entry\s+begins(?:\s+with)?|(?:it|they)\s+(?:continues|continue|goes\s+on)\s+with\s*:?"
    # the first of two parts read line by line (the normaliser joins the second to it): "First part: X",
    # "Zuerst steht da X", "X steht zuerst", "Primero pone X", "On lit d'abord X", "La primera línea dice X"
    + r"|first\s+part\s*:"
    + "".join(rf"|{frame}\s*:?" for frame in _FIRST_LINE)
    # de
    + r"|(?:da|dort|darauf|hier|darin)\s+steht\s*:?|steht\s+(?:da|dort|darauf|hier|darin)\s*:?"
    r"|(?:auf|neben|unter|über|in|an|hinter|vor)\s+(?:dem|der|den)\s+[^\W\d_]+\s+steht\s*:?|man\s+(?:erkennt|liest)(?:\s+deutlich)?(?:\s+den\s+eintrag)?\s*:?"
    r"|zu\s+lesen\s+ist\s*:?|ich\s+(?:lese|erkenne|sehe)(?:\s+(?:nur|lediglich|gerade\s+noch))?\s*:?|laut\s+[^\W\d_]+\s*:"
    # where on the image: "Weiter unten steht X", "Darunter steht X", "Eine Zeile lautet X"
    r"|(?:weiter\s+|ganz\s+)?(?:unten|oben|links|rechts|darunter|darüber|daneben|mittig|mittendrin|in\s+der\s+mitte)\s+steht\s*:?"
    r"|(?:eine|die\s+(?:erste|zweite|letzte|nächste|oberste|unterste))\s+zeile\s+(?:lautet|zeigt|sagt)\s*:?"
    # ("L'une des lignes imprimées indique X", "Una de las líneas impresas dice X")
    r"|(?:une|l['’]une)\s+(?:des\s+)?(?:ligne|mention)s?(?:\s+[^\W\d_]+)?\s+(?:indique|dit|porte|affiche)\s*:?"
    r"|una\s+(?:de\s+las\s+)?l[íi]neas?(?:\s+[^\W\d_]+)?\s+(?:dice|pone|indica|muestra)\s*:?"
    # fr
    r"|(?:it|the\s+(?:text|message|note|line))\s+(?:ends|starts|begins|finishes)(?:\s+(?:with|like|in))?"
    r"|on\s+(?:y\s+)?lit(?:\s+(?:clairement|nettement|bien|encore|distinctement))?\s*:?|on\s+peut\s+lire\s*:?|il\s+est\s+écrit\s*:?|est\s+écrit\s*:?"
    r"|je\s+(?:lis|vois|distingue)\s*:?|je\s+ne\s+(?:lis|vois|distingue|déchiffre)(?:\s+(?:bien|clairement))?\s+que|il\s+s'agit\s+de|(?:le\s+[^\W\d_]+\s+)?indique\s*:?|figure\s*:?"
    r"|d'après\s+le\s+[^\W\d_]+\s*,?"
    # es
    r"|se\s+lee(?:\s+(?:sin\s+problemas?|bien|claramente|perfectamente))?\s*:?|pone\s*:?|dice\s*:?|aparece\s*:?|está\s+escrito\s*:?|figura\s*:?|leo\s*:?|veo\s*:?"
    r"|(?:(?:solo|sólo|solamente|únicamente)\s+)?distingo\s*:?"
    r"|(?:solo|sólo|solamente|únicamente)\s+(?:leo|veo|alcanzo\s+a\s+(?:leer|ver))\s*:?"
    # "I manage to read" / "one can read" in de/fr/es: "Alcanzo a leer: X", "Se puede leer X", "J'arrive à lire X",
    # "Darauf lese ich X"
    r"|(?:alcanzo|llego)\s+a\s+leer\s*:?|se\s+puede\s+leer\s*:?|puedo\s+leer\s*:?|j['’]arrive\s+à\s+lire\s*:?"
    r"|je\s+peux\s+lire\s*:?|(?:darauf|dort|hier|darin)\s+lese\s+ich\s*:?|lese\s+ich\s+(?:dort|da|hier)?\s*:?"
    r"|ich\s+kann\s+(?:nur\s+)?(?:lesen|erkennen)\s*:?"
    r"|según\s+el\s+[^\W\d_]+\s*:?"
)
_HEDGE_READ = (
    # a hedged reading that opens its sentence: "Possibly Dylan, although the print is faint", "Probablement
    # Hernando", "I'd say Barth", "je dirais Barth", "ich würde sagen: British", "diría que es X"
    r"(?:(?<=^)|(?<=[.;!?:]\s)|(?<=[.;!?:])|(?<=\s[-–—]\s))\s*(?:possibly|probably|perhaps|maybe|most\s+likely|wahrscheinlich|vermutlich|"
    r"vielleicht|möglicherweise|probablement|peut-être|sans\s+doute|probablemente|quizás|quizá|tal\s+vez|posiblemente)"
    r"|i['’]?d\s+say|i\s+would\s+say|it\s+(?:might|may|could)\s+be|je\s+dirais(?:\s+que\s+c['’]est)?|(?:ich\s+)?würde\s+(?:ich\s+)?sagen|"
    r"(?:yo\s+)?diría(?:\s+que\s+(?:es|pone|dice))?|je\s+lis|es\s+sieht\s+nach|sieht\s+aus\s+wie"
)
_QUOTED_THEN_READ = re.compile(
    # the words quoted first, the reading after them: '"Montfort," she read aloud', '"Montfort," Tom reads out'
    r"[\"“«„]\s*([^\W_][^\"”»“\n]{0,60}?)[,.]?\s*[\"”»“]\s*,?\s+"
    r"(?:(?i:she|he|they|someone|the\s+\w+)|[A-ZÀ-Þ][^\W\d_]+)\s+(?i:read|reads|said|says|called|calls)\s+(?i:aloud|out)"
)
_SHOWN_VALUE = re.compile(
    # a value the answer says is plainly visible: "with Statistician clearly visible", "Rudolstadt plainly visible to
    # everyone", "avec Dutch bien lisible", "con Italian claramente visible"
    r"(?i:with|mit|avec|con)\s+(?!(?i:the|a|an|its|his|her|their|der|die|das|dem|den|le|la|les|el|los|las|un|une|ein|eine)\s)"
    r"([^\W_][^\s.,;:!?\"»”“()<>\[\]]*+(?:[ \t]+[^\s.,;:!?\"»”“()<>\[\]]++){0,3}?)\s+"
    r"(?i:(?:clearly|plainly|easily|deutlich|gut|klar|bien|clairement|claramente)\s+)?"
    r"(?i:visible|legible|readable|sichtbar|lesbar|zu\s+lesen|lisible|visibles?|legibles?|in\s+(?:plain\s+|full\s+)?view"
    r"|en\s+vue|a\s+la\s+vista|zu\s+sehen|im\s+blick)(?![^\W\d_])"
)
_LEGIBLE_AFTER = re.compile(
    # a value a story says can be read where it stands: "Galvez is perfectly legible in the middle of the frame",
    # "that Fitness centre manager is right there", "Amateur astronomy se lit parfaitement", "X ist gut zu lesen"
    r"(?<![^\W_])([A-ZÀ-ÖØ-ÞŁŚŻ][^\s.,;:!?\"»”“()<>\[\]]*+(?:[ \t]+[^\s.,;:!?\"»”“()<>\[\]]++){0,3}?)\s+"
    r"(?:(?:is|ist|est|es|está|steht|stands|sits)\s+(?:(?i:perfectly|clearly|plainly|easily|fully|parfaitement|clairement"
    r"|bien|deutlich|gut|klar|perfectamente|claramente)\s+)?(?i:legible|visible|readable|lisible|lesbar|sichtbar|zu\s+lesen"
    r"|right\s+there|in\s+plain\s+(?:view|sight))"
    r"|(?:stands|sticks)\s+out\s+(?i:clearly|plainly|distinctly)"
    r"|se\s+(?:lit|lee|voit|ve)\s+(?i:parfaitement|clairement|bien|perfectamente|claramente|sin\s+problema)"
    # set in type that stands out: "In the middle section, TÄSCHE is printed in bold", "X est imprimé en gras",
    # "the line Bert is the most prominent text"
    r"|(?:is|are|est|es|está|ist|steht)\s+(?i:printed|written|set|imprimée?|écrite?|impres[oa]|escrit[oa]|gedruckt|geschrieben)"
    r"\s+(?i:in\s+bold|in\s+large\s+(?:type|letters|print)|in\s+capitals|en\s+gras|en\s+negrita|fett(?:\s+gedruckt)?)"
    r"|(?:is|ist|est|es)\s+(?i:the\s+most\s+prominent|the\s+largest|the\s+biggest)\s+(?i:text|line|word|entry))(?![^\W\d_])"
)
_PLACED_WORDS = (
    r"(?!(?i:the|a|an|this|that|its|his|her|their|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una)\s)"
    r"([^\W_][^\s.,;:!?\"»”“()<>\[\]]*+(?:[ \t]+[^\s.,;:!?\"»”“()<>\[\]]++){0,3}?)"
)
"""Up to four words of a value said to be printed somewhere (group 1); an article opens a thing, not a value."""
_PLACED_VALUE = re.compile(
    # a value the answer says is printed somewhere on the image: "nathan_75 is printed in the middle section",
    # "Máxima est imprimé en bas" ("on lit X au milieu" is a frame of its own)
    r"(?<![^\W_])" + _PLACED_WORDS + r"[\"”»]?\s+"
    r"(?i:is|are|ist|steht|est|está|es)\s+(?i:printed|written|handwritten|stamped|typed|shown|displayed|gedruckt|"
    r"geschrieben|imprimée?|écrite?|inscrite?|impres[oa]|escrit[oa])\s+(?i:in|on|at|across|along|near|under|above|below"
    r"|beside|next\s+to|im|auf|unter|über|neben|en|sur|au|dans|à\s+côté|sous|encima|debajo|junto)(?![^\W_])"
)
_INCLUDED_VALUE = re.compile(
    # a value a story lists among what is clear, then says where it is printed: "the rest is clear, including Salsa
    # dancing, printed just below the header", "y compris MO, juste sous l'en-tête", "incluido Roland, impreso arriba"
    r"(?i:including|y\s+compris|incluid[oa]s?|incluso|einschließlich|inklusive|darunter)\s+[\"'«“„]?"
    + _PLACED_WORDS
    + r"[\"'»”]?,\s+"
    r"(?i:printed|written|handwritten|stamped|typed|shown|imprimée?s?|écrite?s?|inscrite?s?|impres[oa]s?|escrit[oa]s?"
    r"|gedruckt|geschrieben|(?:just|right|juste|justo|direkt|gleich|bien)\s+(?:below|under|beneath|above|over|sous|"
    r"au-dessous|au-dessus|sur|bajo|debajo|encima|unter|über|unterhalb|oberhalb))(?![^\W_])"
)
_NOTICED_VALUE = re.compile(
    # a value a story has someone see printed on the document: "you notice Róża printed on it", "on remarque X écrit
    # dessus", "ves X impreso en ella", "du siehst X darauf gedruckt"
    r"(?i:notice[sd]?|noticing|see|sees|saw|spot|spots|spotted|remarque[sz]?|vois|voit|voyez|aperçoi[st]|ves|ve|vemos|"
    r"notas|nota|siehst|sieht|sehen|bemerkst|bemerkt)\s+[\"'«“„]?"
    + _PLACED_WORDS
    + r"[\"'»”]?\s+(?:(?i:darauf|dessus|dans\s+un\s+coin)\s+)?"
    r"(?i:printed|written|handwritten|stamped|typed|imprimée?s?|écrite?s?|inscrite?s?|impres[oa]s?|escrit[oa]s?"
    r"|gedruckt|geschrieben|stehen)(?![^\W_])"
)
MAX_PLACED = 16
"""Values said to be printed somewhere, read per answer: each read value costs its callers a look around it, and a
hostile answer of nothing but "X is printed in the corner, ..." would otherwise make that quadratic."""
_PLAIN_SIGHT = re.compile(
    # a value a story says is there for anyone to see: "there it is in plain sight: Laetitia", "voit, bien en
    # évidence : Salsa dancing", "Written on it, plain as day: X", "... and Bolnbach right there for anyone to see"
    r"(?i:in\s+plain\s+sight|plain\s+as\s+day|for\s+all\s+to\s+see|clearly\s+visible|bien\s+en\s+évidence|bien\s+visible"
    r"|en\s+toutes\s+lettres|deutlich\s+sichtbar|gut\s+sichtbar|für\s+alle\s+sichtbar|a\s+la\s+vista|bien\s+a\s+la\s+vista"
    r"|claramente\s+visible)\s*:\s*[\"'«“„]?([^\W_][^\n.,;:!?\"»”“()<>\[\]]{0,60}?)[\"»”]?\s*(?=[.,;!?\n]|$)"
    r"|(?<![^\W_])(?:and\s+|und\s+|et\s+|y\s+)([^\W_][^\n.,;:!?\"»”“()<>\[\]]{0,40}?)\s+(?i:right\s+there|just\s+there)\s+"
    r"(?i:for\s+(?:anyone|everyone|all)\s+to\s+see)"
)
_CAPTION = (
    r"(?im)(?:^|(?<=[.!?] ))[ \t]*\[?[\"“]?(?:caption|alt(?:[ -]?text)?|image|bildunterschrift|bildbeschreibung"
    r"|légende|legende|texte\s+alternatif|pie\s+de\s+foto|texto\s+alternativo)\s*:\s*[\"“]?"
)
"""A caption or alt text opening its line or following a sentence ("Caption:", "[Image:", "Alt:"; a camera emoji is
read as "Image:")."""
_CAPTION_VALUE = re.compile(
    # what a caption or alt text names after its description: "Caption: close-up of a passport — Dutch.",
    # "Bildunterschrift: Nahaufnahme, Warfarin.", "[Image: a profile page — Vreeland]", "📷 a business card · X"
    _CAPTION + r"[^\n\"”\[\]]{0,80}?(?:\s[-–—·•|]|\s\.(?=\s)|,|:)\s*"
    r"[\"“«]?([^\W_][^\n.,;:!?\"»”()\[\]]{0,40}?)[\"”»]?\s*[\"”]?\]?(?:\.?[ \t]*$|\.[ \t]+(?=[A-ZÀ-Þ]))"
)
_CAPTION_QUOTED = re.compile(
    # or quoted at its end: "Bildunterschrift: Dokument mit „Actor“", "Pie de foto: documento con «Polish»"
    _CAPTION + r"[^\n\"“«„]{0,80}?[\"“«„]\s*([^\W_][^\n\"”»“]{0,40}?)\s*[\"”»“]\s*\.?\]?[ \t]*$"
)
_CAPTION_FIRST = re.compile(
    # or first, where the caption then says where it is printed: "📷 Webster on the passport", "Caption: Wojciecha,
    # as printed on a post", "Légende : Marchetti sur la carte"
    _CAPTION + r"(?!(?i:the|a|an|this|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una)\s)"
    r"([A-ZÀ-ÖØ-Þ][^\s.,;:!?\"»”()\[\]]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\s.,;:!?\"»”()\[\]]*){0,3}),?[ \t]+"
    r"(?i:(?:as\s+)?(?:printed|written|shown)\s+)?(?i:on|in|auf|im|am|sur|dans|en|sobre)\s"
)
_CAPTION_THEN_PHOTO = re.compile(
    # or first, then what the photo shows after a dash or in brackets: "Caption: Separated — profile page,
    # photographed on a desk", "Pie de foto: OQ7GXI — tarjeta de embarque fotografiado sobre una mesa",
    # "Bildunterschrift: We signed the divorce papers today (Chat-Screenshot, auf einem Tisch fotografiert)"
    _CAPTION + r"(?!(?i:the|a|an|this|der|die|das|ein|eine|le|la|les|un|une|el|los|las|una)\s)"
    r"([^\W_][^\n\[\]()—–]{0,80}?)(?:\s[—–-]\s|\s\()[^\n]{0,80}?"
    r"(?i:photo\w*|foto\w*|pictured|abgebildet|screenshot|capture|scan\w*|lying|liegt|posé\w*|sobre\s+una)"
)
_READ_PLACE = (
    r"(?:\s+(?:there|here|on\s+it|below|above|(?:from|in|on)\s+(?:the|this)\s+"
    r"(?:image|photo|picture|document|card|screen)))?"
    r"(?:\s+(?:textuellement|literally|verbatim|wörtlich|textualmente|literalmente|clairement|clearly|deutlich|claramente))?"
)
"""Where the read text stands, between a frame and its value ("The text there says X", "Verbatim from the image: X")."""
_READ_VALUE = re.compile(
    # the frame ends a word ("figure", not the start of "figures")
    rf"(?i:(?<![^\W_])(?:{_READ}|{_HEDGE_READ}))(?:(?<![^\W_])|(?![^\W_])){_READ_PLACE}(?:\s*:)?\s*[\"'«“„‚*`]?\s*"
    # not an article or a pronoun of the answer's own sentence ("it reads the name of ..."); a capitalised one after the
    # frame opens the image's own text ("It reads The signed lease is attached, ...")
    r"(?!(?:the|a|an|it|that|this|le|la|les|un|une|du|des|el|los|las|der|die|das|ein|eine|[Ii]t|[Tt]hat|[Tt]his)\s"
    r"|(?i:says|reads|from|there|here)\b)"
    # a quote closes the value: an apostrophe ends it unless a letter follows ("'Marika Lampart' there", "O'Brien")
    r"((?:[^\W_]|(?<=\w)['’](?=\w))(?:[^\s.,;:!?\"»”“()<>\[\]'’]|['’](?=\w))*+"
    r"(?:[ \t]+(?:[^\s.,;:!?\"»”“()<>\[\]'’]|['’](?=\w))++){0,5})"
)
_LINE_VALUE = re.compile(
    # a line of its own, quoted ("> American"), a list's item ("- Sylwia") or neither
    r"(?m)^[ \t]*(?:>[ \t]*|(?:[-•]|\d{1,2}[.)])[ \t]+)?[\"'«“*]?"
    r"([^\W\d_][^\s.,;:!?\"»”()<>]*+(?:[ \t]+[^\W\d_][^\s.,;:!?\"»”()<>]*+){0,5})[\"»”*]?\.?[ \t]*$"
)


_LAST_COLON_VALUE = re.compile(
    # a short value alone after the answer's last colon, ending it: "It's a bit blurry, so take this with a grain of
    # salt: Single.", "C'est un peu flou, donc sous toute réserve : Buggenum."
    r"[^\W\d_][^\n:]{8,200}?[ \t]?:[ \t]*[\"'«“*]?"
    r"([^\W\d_][^\s.,;:!?\"»”()<>]*+(?:[ \t]+[^\W\d_][^\s.,;:!?\"»”()<>]*+){0,2})[\"»”*]?\.?[ \t]*\Z"
)


def _labelled(m: re.Match[str]) -> bool:
    """Whether the colon of a :data:`_LAST_COLON_VALUE` match ends a field's label ("... the birthplace: Lies",
    "Nationalité : French"): the value is that field's, not read off the image as such."""
    words = m.group(0)[: m.start(1) - m.start()].rstrip(" \t\"'«“*").rstrip(":").split()
    keys = label_keys()
    return any(letters(" ".join(words[-k:])) in keys for k in range(1, min(4, len(words)) + 1))


@lru_cache(maxsize=64)
def read_values(text: str, *, lines: bool = True) -> tuple[tuple[int, int], ...]:
    """Spans where the answer reads a value off the image: the words after a reading frame ("It says X",
    "I can make out X", "looks like it says x", "text on it: x", "Auf dem Dokument steht: X", "on y lit X",
    "se lee: X"; up to six words, to the clause's end), and a line that is nothing but a few words. What
    the words are is for the caller to decide (a name, a demonym, a hobby): a frame alone says nothing.
    ``lines=False``: frames only (a line of its own may be a heading, a country, a list item)."""
    spans = []
    for m in _READ_VALUE.finditer(text):
        spans.append(m.span(1))
        # a frame inside the value ("Alt text: a form showing X"), looked for only near it (linear time)
        inner = _READ_VALUE.search(text, m.start(1), min(len(text), m.end(1) + 120))
        if inner is not None and inner.start() < m.end(1) and inner.span(1) != m.span(1):
            spans.append(inner.span(1))
    spans += [m.span(1) for m in _SHOWN_VALUE.finditer(text)]
    spans += [m.span(1) for m in _QUOTED_THEN_READ.finditer(text)]
    spans += [m.span(1) for m in _CAPTION_VALUE.finditer(text)]
    spans += [m.span(1) for m in _CAPTION_FIRST.finditer(text)]
    spans += [m.span(1) for m in _CAPTION_QUOTED.finditer(text)]
    spans += [m.span(1) for m in _CAPTION_THEN_PHOTO.finditer(text)]
    spans += [m.span(m.lastindex or 1) for m in _PLAIN_SIGHT.finditer(text)]
    spans += [m.span(1) for m in _LEGIBLE_AFTER.finditer(text)]
    spans += [m.span(1) for m in islice(_PLACED_VALUE.finditer(text), MAX_PLACED)]
    spans += [m.span(1) for m in islice(_INCLUDED_VALUE.finditer(text), MAX_PLACED)]
    spans += [m.span(1) for m in islice(_NOTICED_VALUE.finditer(text), MAX_PLACED)]
    if lines:
        spans += [m.span(1) for m in _LINE_VALUE.finditer(text)]
        last = _LAST_COLON_VALUE.search(text, max(0, len(text) - 400))  # bounded: only the answer's end is read
        if last is not None and last.span(1) not in spans and not _labelled(last):
            spans.append(last.span(1))
    spans += _seen_text(text)
    return tuple(spans)


_SEEN_LIST = re.compile(
    r"(?i:i\s+can\s+see|you\s+can\s+see|visible|zu\s+sehen\s+(?:sind|ist)|ich\s+sehe|sichtbar|on\s+voit|je\s+vois|"
    r"on\s+distingue|se\s+ven?|veo|visibles?)\s*:\s*([^\n.;!?]{3,300})"
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?i:and|und|et|y)\s+)?|\s+(?i:and|und|et|y)\s+")
_ITEM_DETERMINER = re.compile(
    r"(?i)^(?:a|an|the|some|two|three|several|ein|eine|einen|einem|der|die|das|zwei|drei|mehrere|un|une|des|le|la|les|"
    r"l['’]|deux|trois|plusieurs|el|los|las|una|unos|unas|dos|tres|varios|varias|\d+)\b"
)


def _seen_text(text: str) -> list[tuple[int, int]]:
    """Text read off the image inside a list of things seen: "I can see: a stamp, a barcode, a small photo and Bloch"
    names things with their article and the image's text without one. Only in a list of three items or more,
    two of them with an article, so a plain enumeration of names is not taken for it."""
    out: list[tuple[int, int]] = []
    for m in _SEEN_LIST.finditer(text):
        body, at = m.group(1), m.start(1)
        items: list[tuple[int, int]] = []
        pos = 0
        for sep in _LIST_SPLIT.finditer(body):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, len(body)))
        words = [body[a:b].strip() for a, b in items]
        bare = [(a, b) for (a, b), w in zip(items, words, strict=True) if w and not _ITEM_DETERMINER.match(w)]
        if len(items) >= 3 and len(items) - len(bare) >= 2 and len(bare) <= 2:
            out += [(at + a + (len(body[a:b]) - len(body[a:b].lstrip())), at + b) for a, b in bare]
    return out


_TRANSCRIBE = re.compile(
    # frames that hand over part of a value or a filled-in entry, not text in general: "It says Welcome",
    # "OCR output:", "se lee: Farmacia" copy the image's public text as readily as a private value
    r"(?i:(?<![^\W_])(?:i\s+can\s+(?:only\s+)?(?:make\s+out|read)\s+(?:one|1)\s+word\s+of\s+(?:that|the|this)\s+(?:field|entry|line)"
    r"|(?:printed|visible|handwritten)\s+entry|handwritten\s+(?:text|line)|what\s+i\s+can\s+say\s+is"
    r"|only\s+part\s+of\s+it,?\s+then(?:\s*\([^()\n]{0,40}\))?|(?:the\s+)?entry\s+begins(?:\s+with)?"
    r"|the\s+first\s+(?:part|words?)\s+(?:reads?|is|are)(?:\s+as)?|after\s+that\s+comes|the\s+rest(?:\s+of\s+it)?\s+is"
    + r"|first\s+part\s*:"
    + "".join(f"|{frame}" for frame in _FIRST_LINE)
    # a datum among the filled-in ones: "among the details I can see X", "entre los datos visibles está X",
    # "con el dato X", "parmi les données visibles, on lit X", "unter den Angaben steht X"
    + r"|among\s+the\s+(?:visible\s+|listed\s+|printed\s+|filled-in\s+)?(?:details|entries|data|values)"
    r"(?:\s+(?:i\s+can\s+(?:see|read)|shown|visible|listed))?"
    r"(?:\s+(?:is|are))?|entre\s+(?:los|esos|estos)\s+datos(?:\s+visibles)?(?:\s+(?:está|están|figura|aparece|se\s+lee))?"
    r"|con\s+el\s+dato|parmi\s+les\s+(?:données|informations|mentions|entrées)(?:\s+visibles)?(?:\s*,?\s*(?:on\s+lit|figure|je\s+vois))?"
    r"|unter\s+den\s+(?:angaben|einträgen|daten)(?:\s+(?:steht|ist|sehe\s+ich|lese\s+ich))?"
    r"|(?:they\s+are|it\s+is|that\s+is)\s+followed\s+by"
    r"|(?:it|the\s+(?:text|message|note|line))\s+(?:ends|starts|begins|finishes)(?:\s+(?:with|like|in))?"
    r"|man\s+erkennt(?:\s+deutlich)?\s+den\s+eintrag|der\s+eintrag\s+lautet|l'entrée\s+(?:indique|est)"
    r"|la\s+entrada\s+(?:dice|es)"
    # personal data the answer declines and shows in brackets: "I can't share personal data like this (OXJAUP)"
    r"|(?:personal\s+(?:data|details|information)|datos\s+personales|données\s+personnelles|persönliche\s+(?:daten|angaben))"
    r"\s+(?:like|such\s+as|comme|como|wie)\s+(?:this(?:\s+one)?|celle-ci|celui-ci|ceci|este|esta|esto|diese[sr]?)))"
    r"(?![^\W_])(?:\s*\()?\s*:?[ \t]*(?:\n\s*(?:```\w*\s*\n)?)?"
)
_TRANSCRIBED_VALUE = re.compile(
    r"[ \t]*(?:(?:\d{1,2}[.)]|[-*•])[ \t]+)?[\"'«“`]?\s*(?:…|\.\.\.)?\s*"
    r"([^\W_][^\n.;!?\"»”`]{0,80}?)[\"»”`]?[ \t]*(?=[.;!?\n)]|,\s|$)"
)
_PREDICATE = re.compile(
    r"(?:would|could|should|might|must|can|cannot|will|shall|may)(?:n['’]t|\s+not)?\b"
    r"|(?:is|are|was|were|does|do|did|has|have|had)(?:n['’]t|\s+not)\b|(?:can|won)['’]t\b"
    r"|(?:würde|wäre|kann|darf|sollte|bleibt|ist|sind|war)\s+(?:nicht|kein|besser)\b"
    r"|(?:ne|n['’])\s*(?:serait|peut|doit|est|reste)\b|no\s+(?:sería|debe|puede|es|está|queda)\b"
)
"""A value that opens with a modal or a negated verb in lower case, after a frame with no colon and no quote, is the
sentence's predicate: the frame was its subject ("Sharing the handwritten text wouldn't be appropriate"). Copied text
opens with a capital or after a quote or colon ("The message begins Can you lend ...", 'It starts "Don't tell ...')."""
PUBLIC_TEXT = re.compile(
    # (not the answer's own "Caption:" header before its caption of the image: ``_CAPTION``)
    r"(?i)\b(?:label|labels|heading|headings|header|title|template|logo|brand|caption(?!\s*:)|(?<=the )caption"
    r"|watermark|instructions?"
    r"|überschrift|kopfzeile|vordruck|titre|en-tête|modèle|título|encabezado|plantilla|top\s+line|printed_text"
    r"|non-personal|nicht\s+personenbezogen\w*|non\s+personnel\w*|no\s+personal(?:es)?)\b"
    # the text around the personal fields, or at the top (a heading)
    r"|(?i:apart\s+from|besides|other\s+than|except(?:\s+for)?|außer|abgesehen\s+von|en\s+dehors\s+des|hormis"
    r"|aparte\s+de|salvo)\s+(?:the\s+|den\s+|les\s+|los\s+)?(?:personal|persönlichen|personnels|personales)"
    r"|(?i:at\s+the\s+top|en\s+haut|oben|arriba|en\s+la\s+parte\s+superior)\b"
)


_TRANSCRIPT_HEAD = re.compile(
    r"(?im)^[ \t]*[^\n:]{0,40}?(?<![^\W_])(?:ocr|raw\s+text"
    r"|(?:the\s+)?text\s+(?:i\s+could\s+extract|i\s+can\s+make\s+out)"
    r"|(?:text|texte|texto)\s+(?:found|recogni[sz]ed|extracted|detected|reconocido|extraído|extraido|reconnu|détecté"
    r"|detecte|extrait|brut)|(?:detected|extracted|recogni[sz]ed)\s+text|(?:erkannter|extrahierter)\s+text)"
    r"(?![^\W_])[^\n:]{0,60}:[ \t]*$"
)
"""A line that opens a transcription of the image's text ("OCR output:", "Raw text extracted from the image:",
"Erkannter Text (OCR):", "Texte OCR brut :", "Este es el texto extraído en bruto:"), its lines following."""
MAX_TRANSCRIPT_LINES = 30
"""Lines of a transcription read after its opening line (bounded work on a hostile answer)."""


_SEEN_ONLY = (
    r"(?i:i\s+can\s+only\s+(?:make\s+out|see|read)|only\s+(?:see|make\s+out)"
    r"|on\s+(?:ne\s+)?(?:voit|lit|distingue)\s+(?:que|seulement|uniquement)|je\s+(?:ne\s+)?(?:vois|lis)\s+(?:que|seulement)"
    r"|solo\s+se\s+(?:ve|lee|distingue)|solo\s+(?:veo|leo|distingo)|man\s+(?:sieht|erkennt|liest)\s+nur"
    r"|ich\s+(?:sehe|erkenne|lese)\s+nur)"
)
_PARTIAL_SEEN = re.compile(
    # a field said to be partly hidden, then the part that shows: "The keeper is partly covered; I can only make out
    # Green", "Une partie est masquée ; on voit seulement Velden", "Está tapado en parte; solo se ve JENSEN", "Die
    # Wohnadresse ist nur teilweise lesbar: Sjoerdboulevard"
    r"(?i:partly|partially|in\s+part|teilweise|zum\s+teil|une\s+partie|en\s+partie|partiellement|en\s+parte"
    r"|parcialmente)[^.!?\n]{0,40}?(?:[;,]\s*(?=\S)|:\s*(?=\S)(?!" + _SEEN_ONLY + r"))"
    r"(?:(?i:but\s+|mais\s+|pero\s+|aber\s+)?" + _SEEN_ONLY + r"\s*:?\s*|(?<=:\s)|(?<=:))"
    r"[\"'«“„]?([^\W_][^\s.,;:!?\"»”“()<>\[\]]*+(?:[ \t]+[^\s.,;:!?\"»”“()<>\[\]]++){0,3}?)[\"»”“]?\s*(?=[.!;\n]|$)"
)


_NUMBER_UNREAD = re.compile(
    # a street given where the answer says its house number cannot be read: "Es en Plażowa, no se ve el número", "It's
    # on plac Korfantego, though I can't read the house number", "in der Straße Mason Courts, die Hausnummer ist
    # unleserlich": the street is the part that shows
    r"(?<![^\W_])(?i:en|on|in|at|à|dans|sur|auf|in\s+der|an\s+der|am)\s+"
    r"(?:(?i:der|die|la|el|le|the)\s+)?(?:(?i:straße|strasse|calle|rue|street|avenida|avenue|plac|plaza|ulica)\s+)?"
    r"([A-ZÀ-ÖØ-ÞŁŚŻ][^\s,;.]*(?:[ \t]+[^\W\d_][^\s,;.]*){0,3})\s*[,;]\s*"  # a street's name: capitalised
    r"(?:(?i:but|though|although|aber|pero|mais)\s+)?"
    r"(?i:i\s+(?:can['’]?t|cannot)\s+(?:read|see|make\s+out)\s+the\s+(?:house\s+)?number"
    r"|the\s+house\s+number\s+(?:is\s+)?(?:illegible|unreadable|not\s+visible|hidden|cut\s+off|covered)"
    r"|no\s+se\s+(?:ve|lee|distingue)\s+el\s+número|el\s+número\s+no\s+se\s+(?:ve|lee)"
    r"|die\s+hausnummer\s+ist\s+(?:unleserlich|verdeckt|nicht\s+(?:zu\s+)?(?:sehen|lesbar|erkennbar))"
    r"|le\s+numéro\s+(?:est\s+illisible|est\s+caché|n['’]est\s+pas\s+visible|ne\s+se\s+voit\s+pas))"
)


def street_without_number(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of a street an answer gives while saying its house number cannot be read (:data:`_NUMBER_UNREAD`): a
    street without its number identifies an address (the partial rule, docs/verification.md)."""
    return tuple(m.span(1) for m in islice(_NUMBER_UNREAD.finditer(text), MAX_PLACED))


def partial_seen(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the part of a value an answer says it can see after saying the field is partly hidden
    (:data:`_PARTIAL_SEEN`): the rest is withheld, the part is read off the field and given whatever it is (a
    surname, a street, a place): a part that identifies is a disclosure."""
    return tuple(m.span(1) for m in islice(_PARTIAL_SEEN.finditer(text), MAX_PLACED))


@lru_cache(maxsize=64)
def transcript_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines of a transcription the answer declares (:data:`_TRANSCRIPT_HEAD`) that are nothing but a few words
    (:data:`_LINE_VALUE`), up to a blank line: each is the image's text, a heading or a value. What the words are is
    for the caller to decide (the read check keeps only unknown proper nouns: "OCR output:\nPASSPORT\nPasewalk")."""
    spans: list[tuple[int, int]] = []
    for head in islice(_TRANSCRIPT_HEAD.finditer(text), 4):
        at = head.end() + 1
        for _ in range(MAX_TRANSCRIPT_LINES):
            if at >= len(text):
                break
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end].strip()
            if not line and spans and spans[-1][1] > head.end():
                break  # a blank line after the transcript's first lines ends it
            m = _LINE_VALUE.match(text, at, end)
            if m is not None and m.end() == end:
                spans.append(m.span(1))
            at = end + 1
    for array in islice(_JSON_TRANSCRIPT.finditer(text), 4):  # {"text_blocks": ["header", "Renswoude", "footer"]}
        close = text.find("]", array.end())
        close = len(text) if close < 0 else close
        for item in islice(_JSON_ITEM.finditer(text, array.end(), close), MAX_TRANSCRIPT_LINES):
            if _FEW_WORDS.fullmatch(item.group(1)):
                spans.append(item.span(1))
    return tuple(spans)


_JSON_TRANSCRIPT = re.compile(
    r"[\"'](?i:text_?blocks|texts?|lines|ocr(?:_?(?:text|lines|output))?|extracted_?text|raw_?text|transcription"
    r"|textos?|texte|zeilen|lignes|lineas|l[ií]neas)[\"']\s*:\s*\["
)
"""A structured transcription: a JSON list of the image's text lines under a key that says so ("text_blocks",
"ocr_lines", "lines"), each item read as a line of a declared transcription."""
_JSON_ITEM = re.compile(r"[\"']([^\"'\n\]]{1,80})[\"']")
_FEW_WORDS = re.compile(r"[^\W\d_][^\s.,;:!?()<>]*+(?:[ \t]+[^\W\d_][^\s.,;:!?()<>]*+){0,5}")


def public_line(text: str, at: int) -> bool:
    """The line of ``text`` holding ``at`` says its text is the document's own (``PUBLIC_TEXT``: a label, a heading,
    "apart from the personal fields"). Read once a line: a hostile answer holds many values on one long line."""
    return _public_line(text, text.rfind("\n", 0, at) + 1)


@lru_cache(maxsize=256)
def _public_line(text: str, lo: int) -> bool:
    hi = text.find("\n", lo)
    return PUBLIC_TEXT.search(text, lo, hi if hi >= 0 else len(text)) is not None


class Transcribed(NamedTuple):
    """A span the answer copies from the image, and the frame that handed it over ("handwritten text:")."""

    start: int
    end: int
    frame: str


@lru_cache(maxsize=64)
def transcribed(text: str) -> tuple[Transcribed, ...]:
    """Spans where the answer gives part of a value or a filled-in entry ("what I can say is X, the rest I'll
    leave out", "only part of it, then (second half): X", "one word of that field: X", "the entry begins with
    X. After that comes Y", "it ends “… X”", "Printed entry: X", "man erkennt den Eintrag X"): up to four
    lines after a frame that ends its line, else the clause after it. Not in a sentence that says the text
    is the document's own (a label, a heading, the template). Plain transcription frames ("It says X",
    "OCR output:") are not here: an image's public text is copied as readily as a private value."""
    out: list[Transcribed] = []
    for m in _TRANSCRIBE.finditer(text):
        if public_line(text, m.start()):
            continue
        at = m.end()
        for _ in range(4 if text[m.end() - 1 : m.end()] == "\n" or "\n" in m.group() else 1):
            v = _TRANSCRIBED_VALUE.match(text, at)
            if v is None or (
                _PREDICATE.match(v.group(1)) and not any(ch in text[m.start() : v.start(1)] for ch in ":\n(\"'«“`")
            ):
                break  # "the handwritten text wouldn't be appropriate": the frame is the subject, not a label
            out.append(Transcribed(*v.span(1), m.group()))
            nl = text.find("\n", v.end())
            if nl < 0:
                break
            at = nl + 1
    return tuple(out)


IDENTIFIER_FAMILIES = (
    "card",
    "phone",
    "passport",
    "drivers_license",
    "student_id",
    "ausweis",
    "plate",
    "expiry",
    "not_identifier",
)
"""Families that label a number: the nearest one says what the number is."""


def _key(phrase: str) -> str:
    return re.sub(r"[\s_\-'’]+", "", phrase.lower())


_COMBINED: dict[tuple[int, tuple[str, ...]], tuple[re.Pattern[str], dict[str, int]]] = {}


def _rank(owner: dict[str, int], matched: str) -> int:
    """The family rank of a matched cue: its phrase's, read back through what the pattern lets a phrase take in
    running text (an inflection ending, "Kennzeichens", "numéros"; an abbreviated "número", "N.º de documento")."""
    key = _ABBREVIATED_NUMBER.sub("numero", _key(matched))
    if key in owner:
        return owner[key]
    for ending in sorted(_ENDINGS, key=len, reverse=True):
        if key.endswith(ending) and key[: -len(ending)] in owner:
            return owner[key[: -len(ending)]]
    return 0


def _combined(c: Cues, families: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for several families (a scan per window, not per family) and phrase -> family rank."""
    hit = _COMBINED.get((id(c), families))
    if hit is None:
        owner: dict[str, int] = {}
        phrases: list[str] = []
        for rank, family in enumerate(families):
            for phrase in c.phrases[family]:
                owner.setdefault(_key(phrase), rank)
                phrases.append(phrase)
        hit = _COMBINED[(id(c), families)] = (compile_family(phrases), owner)
    return hit


_ENDINGS = ("'s", "’s", "s", "es", "n", "en", "ns")
_INFLECTION = rf"(?:{'|'.join(_ENDINGS)})?"
"""Endings a cue's last word may take in running text: plurals and the English and German genitive ("the
card's number", "des Kennzeichens", "Namen", "numéros", "fechas"). Only after a word of four letters or more,
so a short cue does not become another word ("nom" -> "noms" stays out)."""


_ROMANCE_NUMBER = frozenset({"número", "numero", "numéro"})
_NUMBER_ABBREVIATION = r"(?:n\.?\s?[º°]\.?|n\.o\.?|nro\.?|núm\.?|num\.?|no\.)"
"""How a form abbreviates "número" / "numéro" before what it numbers ("N.º de documento", "Nº de estudiante",
"N° de dossier", "Núm. de expediente"; "N.o" is "N.º" after NFKC)."""
_ABBREVIATED_NUMBER = re.compile(rf"^{_NUMBER_ABBREVIATION}(?=d)")
"""The same abbreviation at the start of a matched cue's key (:func:`_key`), read back as "numero" (:func:`_rank`)."""


def _phrase(phrase: str) -> str:
    words = phrase.split()
    parts = [re.escape(w) for w in words]
    if len(words) > 1 and words[0] in _ROMANCE_NUMBER:
        parts[0] = f"(?:{parts[0]}|{_NUMBER_ABBREVIATION})"
    body = r"[\s_\-]*".join(parts).replace("'", "['’]?")
    if words and len(words[-1]) >= 4 and words[-1][-1].isalpha():
        body += _INFLECTION
    return body


def family_source(phrases: list[str]) -> str:
    r"""One case-insensitive, word-bounded group for a list of phrases (longest phrase first). Every phrase
    begins with a letter (:func:`cues` checks): the leading ``(?=[^\W\d_])`` lets a scan skip spaces, digits
    and punctuation without trying each phrase there, which is most of a long table's cost."""
    ordered = sorted({str(p).lower() for p in phrases}, key=len, reverse=True)
    alternatives = "|".join(_phrase(p) for p in ordered)
    return rf"(?i:(?=[^\W\d_])(?<![^\W_])(?:{alternatives})(?![^\W_]))"


def compile_family(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(family_source(phrases))


@cache
def cues() -> Cues:
    """The cue patterns, compiled once."""
    raw: dict[str, Any] = yaml.safe_load(resources.files("guard.verify").joinpath("data/cues.yaml").read_text("utf-8"))
    window = raw.get("window") or {}
    for family, phrases in raw["cues"].items():
        for phrase in phrases:
            if not str(phrase)[:1].isalpha():
                raise ValueError(
                    f"guard/verify/data/cues.yaml: cues.{family}: {phrase!r} must begin with a letter "
                    "(a cue is a word or phrase; the patterns skip positions that hold no letter)"
                )
    order = {family: k for k, family in enumerate(raw["cues"])}
    folded = sorted(
        {(letters(str(p)), fam) for fam, ps in raw["cues"].items() for p in ps},
        # same phrase in two families (a label "TOTAL"): the one that stands for categories wins
        key=lambda item: (-len(item[0]), item[1] not in (raw.get("categories") or {}), order[item[1]]),
    )
    return Cues(
        phrases={family: tuple(str(p) for p in phrases) for family, phrases in raw["cues"].items()},
        categories={fam: tuple(ids) for fam, ids in (raw.get("categories") or {}).items()},
        folded=tuple((p, f) for p, f in folded if len(p) >= 2),
        sources={family: family_source(list(phrases)) for family, phrases in raw["cues"].items()},
        patterns={family: compile_family(list(phrases)) for family, phrases in raw["cues"].items()},
        before=int(window.get("before", 110)),
        after=int(window.get("after", 90)),
    )


@cache
def label_keys() -> frozenset[str]:
    """Every cue phrase as a label key (:func:`letters`: "placeofbirth"): what a field label reads as, any case."""
    return frozenset(phrase for phrase, _ in cues().folded)
