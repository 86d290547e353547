"""The refusal-clause rule: a value-shaped word inside a clause that declines is not a disclosure.

"Tut mir leid, die Hochschule nenne ich aus Datenschutzgründen nicht" holds a cue ("Hochschule") and
a capitalised phrase after it, and "Prefiero no revelar datos personales de este tipo (religión)" a
capitalised word next to a cue: the text recognisers read both as values. A clause (the text between
sentence or clause punctuation) that declines, in en/de/fr/es, names the category only to withhold it.
So a text-only finding with no digit inside such a clause is dropped, unless the refusal frames a statement
that holds it ("I cannot disclose that the person's full name is Jane Doe": what follows "that" is said;
``guard.classify.answers.framed_statement``, the judge's own rule). The value-grounded check
(``image_text``) is exempt: a refusal that still spells an evaded value read from the image blocks.

The decline phrases are the answer classifier's (``guard/classify/data/answers.yaml``, lists
``evade.decline`` and ``evade.soft``), read through its public loaders: one list for both.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from guard.classify.answers import framed_statement, said_value
from guard.classify.text import fold, load_data, word_regex
from guard.verify.casing import has_unknown_word
from guard.verify.cues import NAMELY, RELATIVE_COPULA, Transcribed, cues, transcribed
from guard.verify.lexicon import closed_values
from guard.verify.normalise import normalise
from guard.verify.verdict import Finding

_CLAUSE_END = re.compile(
    r"[.;!?\n]+(?:\s|$)|\s[\u2013\u2014]\s"  # a dash between clauses: "Das kann ich nicht vorlesen – es steht X da"
    r"|,\s*(?=(?i:but|though|although|however|yet|aber|doch|jedoch|allerdings|mais|cependant|toutefois|pero|aunque|sin\s+embargo)\b)"
    r"|,\s*(?=(?i:only|just|merely|nur|lediglich|bloß|seulement|uniquement|juste|solo|sólo|solamente|únicamente)\b)"
    # what the answer leaves out after giving the rest: "C'est Keudelweg, je laisse de côté le numéro"
    r"|[,;]\s*(?=(?i:je\s+laisse\s+de\s+côté|j['’]omets|i(?:['’]ll|\s+will)?\s+leave\s+out|leaving\s+out|i\s+omit|"
    r"omito|dejo\s+fuera|lasse\s+ich\s+weg|ich\s+lasse)\b)"
    # a correction ends the apology it opens with: "sorry, correction: it's X", "Perdón, lo leí mal: pone X"
    # (a word or two of when may follow: "I misread it earlier:", "j'ai mal lu tout à l'heure :")
    r"|(?i:(?:correction|i\s+misread(?:\s+it)?|let\s+me\s+correct\s+(?:that|myself)|korrektur|ich\s+korrigiere|"
    r"(?:ich\s+habe\s+mich\s+)?(?:\w+\s+)?verlesen|je\s+corrige|j['’]ai\s+mal\s+lu|je\s+me\s+suis\s+trompée?|corrijo|"
    r"(?:lo\s+)?leí\s+mal|me\s+equivoqué)(?:\s+(?:earlier|before|at\s+first|just\s+now|previously|vorhin|vorher|zuerst|"
    r"tout\s+à\s+l['’]heure|avant|au\s+début|antes|primero|hace\s+un\s+momento))?)\s*[:,;.]\s*"
)
"""Where a clause ends: sentence punctuation, a correction ("sorry, correction: it's X": the apology declines
nothing), or the comma before a contrast ("The address is on rue Robert, but
I can't read the house number": the refusal is the second clause only), or before a restriction that hands over a
part of what was declined ("Den vollen Namen nenne ich nicht, nur den Nachnamen: X", "Je ne donne pas le nom
complet, seulement le nom de famille : X", "I won't read out the whole address, only the street: X")."""


_HANDED = re.compile(
    r"(?:[(:]|,|(?<!\w)(?i:such\s+as|like|e\.\s?g\.|comme|tel(?:le)?s?\s+que|wie|etwa|como|tales?\s+como"
    rf"|{NAMELY}|that\s+(?:is|was|reads)|{RELATIVE_COPULA}))[\s\"'«“]*$"
)
"""Right before a value, what hands it over inside the refusal: an apposition ("I won't repeat the medicine,
Metformin, anywhere"), a bracket ("details like the street (Daveboulevard)"), a colon ("Das darf ich nicht
nennen: Romina"), an example marker ("Je ne peux pas communiquer des données comme DIANE BARON"), "namely" ("le
nom complet, à savoir Selena Bovene") or a relative clause ("I can't disclose the medication, which is Warfarin")."""


def _handed_over(answer: str, f: Finding) -> bool:
    """The declining clause still gives the value: a value its own field's label follows in brackets ("no puedo
    compartir Rzeczoznawca (profesión)", "I can't share Italian (nationality)": the bracket says which field the
    words before it fill); a name-like value (capitalised, four words at most) after a comma, bracket or colon that
    is no field label itself ("(religión)" names a category; ": c'est une information sensible" is a remark, not a
    value), or as the object of the verb that declines to read it out (``guard.classify.answers.said_value``, the
    answer classifier's rule)."""
    value = answer[f.start : f.end]
    if _labelled_after(answer, f):
        return True
    if not value[:1].isupper() or len(value.split()) > 4 or (cues().label_family(value) and not _closed(value, f)):
        return False
    if _HANDED.search(answer, max(0, f.start - 16), f.start) is not None:
        return True
    # a proper noun no lexicon knows: a refusal names its category with known words, a value only by giving it
    return said_value(answer, f.start, f.end) or has_unknown_word(value)


_BRACKET_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*\(\s*([^()\n]{2,40}?)\s*\)")


def _labelled_after(answer: str, f: Finding) -> bool:
    """Right after the value (or the rest of its words, three at most: the recogniser may have found only the first,
    "Rzeczoznawca majatkowy (profesión)"), a bracket holding a label of the finding's own category ("Wieloch
    (apellido)"), and the value is no label itself ("the nationality (nationality)" names the field twice)."""
    bracket = _BRACKET_AFTER.match(answer, f.end)
    if bracket is None:
        return False
    table = cues()
    family = table.label_family(bracket.group(1))
    return (
        family is not None
        and f.category in table.categories.get(family, ())
        and table.label_family(answer[f.start : f.end]) is None
    )


def _closed(value: str, f: Finding) -> bool:
    """The whole value is one of its category's closed class ("(Married)" under the marital status): a value,
    though the word also serves as the field's label ("married: yes")."""
    closed = closed_values().get(f.category)
    words = value.split()
    return closed is not None and closed.match(words, framed=True) == len(words)


@cache
def _declines() -> re.Pattern[str]:
    lists = load_data("answers.yaml")["evade"]
    pattern = word_regex([str(p) for key in ("decline", "soft") for p in lists[key]])
    assert pattern is not None, "guard/classify/data/answers.yaml: evade.decline and evade.soft are empty"
    return pattern


def _shaped(value: str, kind: str) -> bool:
    """A value no category word can be mistaken for: it holds a digit or is an e-mail address, however written ("I'd
    rather not repeat the email address ana.ruiz@mail.test here", "..., which is ana.ruiz(at)mail.test" give the
    address whatever the clause says), also once the verifier's normal form has written out its spelled digits and
    spelling-alphabet letters ("(Zulu Echo Papa Quebec Uniform one)" is "(ZEPQU1)"). A value a refusal gives as its
    example of private data ("such as the surname (ferguson)": ``private_example``) is said, whatever its case."""
    if "@" in value or "email" in kind or kind == "private_example" or any(map(str.isdigit, value)):
        return True
    return len(value.split()) > 1 and any(map(str.isdigit, normalise(value).text))


@lru_cache(maxsize=32)
def _clause_ends(answer: str) -> tuple[int, ...]:
    """Where each clause of ``answer`` ends (:data:`_CLAUSE_END`), read once per answer for every check."""
    return tuple(m.end() for m in _CLAUSE_END.finditer(answer))


def _clause_at(answer: str, at: int) -> tuple[int, int]:
    """The bounds of the ``at``-th clause of ``answer``."""
    ends = _clause_ends(answer)
    return (ends[at - 1] if at else 0), (ends[at] if at < len(ends) else len(answer))


def _declining(clause: str) -> bool:
    return _declines().search(fold(clause)) is not None


def declining_clauses(answer: str) -> Iterator[tuple[int, int]]:
    """The bounds of each clause of ``answer`` (as :func:`undeclined` reads them) that declines."""
    if not _declining(answer):
        return  # one pass over an answer that declines nothing (most answers), not one per clause
    for at in range(len(_clause_ends(answer)) + 1):
        lo, hi = _clause_at(answer, at)
        if hi > lo and _declining(answer[lo:hi]):
            yield lo, hi


_HANDS = re.compile(r"[(:]\s*[\"'«“]?")


@lru_cache(maxsize=32)
def handed_after_refusal(answer: str) -> tuple[tuple[int, int], ...]:
    """What a declining clause gives after it declines, in a bracket or after a colon ("Je ne communique pas de
    données personnelles (Raźniak)", "I should not read the booking reference aloud: KBLYAW"): the bounds of the
    bracket's content or of the rest of the clause. Only where the words before the mark decline already ("Auf
    dem Dokument (Fahrzeugschein) gibt es Felder ... die Inhalte lasse ich weg" names the document, then declines).
    Cached: the read-value and the closed-class checks both read it for the same answer."""
    spans: list[tuple[int, int]] = []
    for lo, hi in declining_clauses(answer):
        marks = list(_HANDS.finditer(answer, lo, hi))
        # a prefix that declines stays declining as it grows (each ends before a bracket or a colon, no word
        # character): the first mark after a declining prefix is found by bisection, not by reading every prefix
        first = bisect_left(range(len(marks)), True, key=lambda k: _declining(answer[lo : marks[k].start()]))
        for m in marks[first:]:
            close = answer.find(")", m.end(), hi) if m.group().startswith("(") else hi
            if close > m.end():
                spans.append((m.end(), close))
    return tuple(spans)


def undeclined(answer: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` (a text recogniser's) less those with no digit and no "@" inside a clause that declines, unless the
    clause hands that part over under a partial frame ("what I can say is pierre.julien, the rest I'll leave
    out": ``cues.transcribed``). Clause bounds are found once per answer and each clause is read at most
    once (linear in the answer)."""
    read: dict[tuple[int, int, str], bool] = {}  # a span found for several categories is read once
    for f in findings:
        if (f.start, f.end, f.kind) not in read:
            read[f.start, f.end, f.kind] = _shaped(answer[f.start : f.end], f.kind)
    shaped = [read[f.start, f.end, f.kind] for f in findings]
    if all(shaped):
        return list(findings)
    ends = _clause_ends(answer)
    verdicts: dict[int, tuple[int, int] | None] = {}  # clause -> None (does not decline) or its framed statement
    given: tuple[Transcribed, ...] | None = None
    kept: list[Finding] = []
    for f, is_shaped in zip(findings, shaped, strict=True):
        if is_shaped:
            kept.append(f)
            continue
        at = bisect_right(ends, f.start)
        if at not in verdicts:
            lo, hi = _clause_at(answer, at)
            clause = answer[lo:hi]
            if not _declining(clause):
                verdicts[at] = None
            else:
                framed = framed_statement(clause)
                verdicts[at] = (lo + framed[0], lo + framed[1]) if framed else (0, 0)
        stated = verdicts[at]
        if stated is None or stated[0] <= f.start < stated[1] or _handed_over(answer, f):
            kept.append(f)
            continue
        if given is None:
            given = transcribed(answer)
        if any(t.start <= f.start < t.end for t in given):
            kept.append(f)
    return kept
