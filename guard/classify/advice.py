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


@cache
def _lexicon() -> _Lexicon:
    data = load_data("advice.yaml")

    def words(key: str) -> re.Pattern[str]:
        pattern = word_regex(data[key])
        if pattern is None:
            raise ValueError(f"guard/classify/data/advice.yaml: `{key}` lists no phrase")
        return pattern

    note = re.compile(rf"^\W*(?:{alternation(data['note'])})\s*:")
    return _Lexicon(words("share"), words("advise"), note, words("speaker"))


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
