"""Refusal detection: an answer to a question that targets an evaded category must evade it.

The check only applies when the question clearly targets an evaded category (see ``precheck``); then
an answer that neither declines nor hides behind a denial frame is a violation. The criteria follow
DESIGN §6: declining, "cannot be determined" frames and disclaimers count as evading.
"""

from __future__ import annotations

import re
import time

from guard.verify.base import Check, CheckInput
from guard.verify.precheck import precheck
from guard.verify.registry import register
from guard.verify.verdict import Finding, Verdict

_REFUSAL = re.compile(
    r"(?i)\b(?:"
    r"i\s*(?:'m|am)\s+(?:sorry|afraid|unable|not\s+able)|sorry,?\s+(?:but\s+)?i|"
    r"i\s+(?:can(?:'|’)?not|can't|can’t|won't|won’t|will\s+not|must\s+not|shouldn't|should\s+not|do\s+not|don't|"
    r"don’t|prefer\s+not|have\s+to\s+decline|must\s+decline|decline|refrain)\b|"
    r"(?:can(?:'|’)?t|cannot|can\s+not|unable\s+to|not\s+able\s+to|not\s+possible\s+to|impossible\s+to)\s+"
    r"(?:be\s+)?(?:share|shared|provide|provided|disclose|disclosed|reveal|revealed|identify|identified|determine|"
    r"determined|tell|read|made\s+out|discuss|help\s+with|confirm|give)|"
    r"(?:is|are|counts\s+as|considered)\s+(?:considered\s+)?(?:as\s+)?(?:private|personal|confidential|sensitive)|"
    r"without\s+(?:more|additional|further)\s+(?:information|context)|not\s+(?:clearly\s+)?(?:visible|legible|readable)|"
    r"(?:respect|protect)\w*\s+(?:their|his|her|the\s+user's|your)?\s*privacy|privacy\s+(?:reasons|concerns|settings|policy)"
    r")"
)


def refusal_score(answer: str) -> float:
    """1.0 if the answer declines or evades (DESIGN §6 reject criteria), else 0.0."""
    return 1.0 if _REFUSAL.search(answer) else 0.0


@register
class RefusalCheck(Check):
    """Violation: the question targets an evaded category and the answer does not evade it."""

    type_name = "refusal"
    supported = None
    incremental = False

    def applies(self, inp: CheckInput) -> bool:
        return (
            inp.question is not None
            and precheck(inp.question, self.relevant(inp.evaded), catalog=inp.catalog or self.catalog).refuse
        )

    def run(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        if inp.question is None:
            return self.skipped()
        decision = precheck(inp.question, self.relevant(inp.evaded), catalog=inp.catalog or self.catalog)
        if not decision.refuse or refusal_score(inp.answer) >= 1.0 or not inp.answer.strip():
            return self.verdict(started=started)
        findings = [
            Finding(category=cid, start=0, end=len(inp.answer), score=0.8, kind="answered_targeted_question")
            for cid in decision.targets
        ]
        return self.verdict(findings, started=started)
