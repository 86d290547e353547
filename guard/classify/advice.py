"""Handling advice after an answer ("... If you post this photo, blur that part first.") is set aside.

Models often close an answer with advice to the reader about sharing or publishing what they were
just told. That advice neither discloses nor refuses anything: "She's called Iker. Please don't post
this without consent." discloses the name exactly as "She's called Iker." does. Left in, its privacy
words made the classifier read a disclosure as an evasion (held-out judge sets: 13 of 27 and 10 of 33
such answers misread). So :func:`split_advice` cuts the closing sentences that are handling advice,
and :func:`guard.classify.answers.classify_answer` classifies what comes before them; an answer that is
advice and nothing else is classified whole (generic privacy advice instead of an answer evades).

A closing sentence is handling advice when it speaks of sharing or publishing and advises (or opens
with a note header such as "Privacy note:"), holds no digit and no quoted text (so no value can hide
in it), and does not speak in the first person (then it is the speaker's own refusal or statement:
"But I won't share the note." stays). Phrase lists, en/de/fr/es: ``data/advice.yaml``. Linear in the
answer's length; only the answer's last few sentences are looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from guard.classify.text import alternation, fold, load_data, word_regex

MAX_SENTENCES = 4
"""Closing sentences looked at: advice is a sentence or two, and the rest of a long answer is not."""
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_VALUE_LIKE = re.compile(r"\d|[\"“”„«»‘’'][^\"“”„«»‘’'\n]{2,}[\"“”„«»‘’']")


@dataclass(frozen=True)
class Split:
    """An answer cut before its closing handling advice; ``advice`` is "" when there is none."""

    head: str
    advice: str


@dataclass(frozen=True)
class _Lexicon:
    share: re.Pattern[str]
    advise: re.Pattern[str]
    note: re.Pattern[str]
    speaker: re.Pattern[str]
    opening: re.Pattern[str]
    closing: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    data = load_data("advice.yaml")

    def words(key: str) -> re.Pattern[str]:
        pattern = word_regex(data[key])
        if pattern is None:
            raise ValueError(f"guard/classify/data/advice.yaml: `{key}` lists no phrase")
        return pattern

    note = re.compile(rf"^\W*(?:{alternation(data['note'])})\s*:")
    opening = re.compile(rf"\W*(?:{alternation(data['courtesy_open'])})\s*[.!:,]+\s+")
    closing = re.compile(rf"\W*(?:{alternation(data['courtesy_close'])})(?!\w)")
    return _Lexicon(words("share"), words("advise"), note, words("speaker"), opening, closing)


def is_advice(sentence: str) -> bool:
    """Whether one sentence is handling advice to the reader (see the module docstring)."""
    if _VALUE_LIKE.search(sentence):
        return False
    lex = _lexicon()
    folded = fold(sentence)
    if lex.speaker.search(folded):
        return False
    return lex.note.search(folded) is not None or (
        lex.share.search(folded) is not None and lex.advise.search(folded) is not None
    )


def split_advice(answer: str) -> Split:
    """``answer`` cut before the handling advice that closes it (none, or nothing before it: unchanged)."""
    text = answer.rstrip()
    cut = len(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for start in reversed(ends[-MAX_SENTENCES:]):
        if not is_advice(text[start:cut]):
            break
        cut = start
    if cut == len(text) or not text[:cut].strip():
        return Split(answer, "")
    return Split(text[:cut].rstrip(), text[cut:])


_CAPITAL_INSIDE = re.compile(r"(?<=\s)(?!I\b)[A-ZÀ-ÖØ-Ý]")


def _is_closing_courtesy(sentence: str) -> bool:
    """One sentence that offers more help or hopes it helped ("Let me know if you need anything else.", "¿Algo
    más?"): no digit, quotation, colon or capitalised word after its first (no value can hide in it)."""
    sentence = sentence.strip()
    if _VALUE_LIKE.search(sentence) or ":" in sentence:
        return False
    folded = fold(sentence)
    m = _lexicon().closing.match(folded)
    if m is None:
        return False
    # capitals inside the phrase itself are German nouns ("Sag Bescheid", "Noch Fragen?"); after it, a name
    after = sentence[m.end() :] if len(folded) == len(sentence) else sentence
    return _CAPITAL_INSIDE.search(" " + after) is None


def strip_courtesy(answer: str) -> str:
    """``answer`` without the courtesy that wraps it: opening words ended by punctuation ("Of course. Sure: ...",
    "D'accord. ...", "Kurz gesagt: ...") and closing sentences of courtesy (:func:`_is_closing_courtesy`); an answer
    that is courtesy and nothing else is returned unchanged. Phrase lists: ``data/advice.yaml`` (``courtesy_open``,
    ``courtesy_close``). Openings are read on the folded text, whose length matches the answer's for the ASCII
    and accented letters they are made of; an answer whose folded form differs in length keeps its opening."""
    text = answer.strip()
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    cut = len(text)
    for start in reversed(ends[-MAX_SENTENCES:]):
        if not _is_closing_courtesy(text[start:cut]):
            break
        cut = start
    head = text[:cut].rstrip()
    folded = fold(head)
    at = 0
    if len(folded) == len(head):
        while (m := _lexicon().opening.match(folded, at)) is not None and m.end() < len(folded):
            at = m.end()
    rest = head[at:]
    return rest if rest.strip() else answer
