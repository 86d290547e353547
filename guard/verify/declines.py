"""The refusal-clause rule: a value-shaped word inside a clause that declines is not a disclosure.

"Tut mir leid, die Hochschule nenne ich aus Datenschutzgründen nicht" holds a cue ("Hochschule") and
a capitalised phrase after it, and "Prefiero no revelar datos personales de este tipo (religión)" a
capitalised word next to a cue: the text recognisers read both as values. A clause (the text between
sentence or clause punctuation) that declines, in en/de/fr/es, names the category only to withhold it.
So a text-only finding with no digit inside such a clause is dropped. The value-grounded check
(``image_text``) is exempt: a refusal that still spells an evaded value read from the image blocks.

The decline phrases are the answer classifier's (``guard/classify/data/answers.yaml``, lists
``evade.decline`` and ``evade.soft``), read through its public loaders: one list for both.
"""

from __future__ import annotations

import re
from functools import cache

from guard.classify.text import fold, load_data, word_regex
from guard.verify.verdict import Finding

_CLAUSE_END = re.compile(r"[.;!?\n]+(?:\s|$)|[.;!?\n]*$")


@cache
def _declines() -> re.Pattern[str]:
    lists = load_data("answers.yaml")["evade"]
    pattern = word_regex([str(p) for key in ("decline", "soft") for p in lists[key]])
    assert pattern is not None, "guard/classify/data/answers.yaml: evade.decline and evade.soft are empty"
    return pattern


def clause_of(answer: str, at: int) -> str:
    """The clause of ``answer`` that holds offset ``at`` (bounded by sentence or clause punctuation)."""
    start = 0
    for m in _CLAUSE_END.finditer(answer):
        if m.end() > at:
            return answer[start : m.end()]
        start = m.end()
        if m.end() == len(answer):
            break
    return answer[start:]


def declined(answer: str, finding: Finding) -> bool:
    """Whether ``finding`` (a text recogniser's) lies in a clause that declines and holds no digit."""
    shown = answer[finding.start : finding.end]
    if any(ch.isdigit() for ch in shown):
        return False
    return _declines().search(fold(clause_of(answer, finding.start))) is not None
