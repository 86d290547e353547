"""Refusal check: an answer to a question that targets an evaded category must evade it.

The check applies when the question (or the structured-output schema the request asks for)
targets an evaded category, as decided by the one question classifier
(:mod:`guard.classify.questions`). The answer is then classified by the one answer classifier
(:mod:`guard.classify.answers`), the same code the offline judge uses, so the verifier and the
judge cannot disagree on the same text: a disclosure anywhere in the answer is a violation, even
after a refusal phrase; refusals in any phrasing or language (en/de/fr/es), denial frames and
the guard's own refusal templates pass. Criteria: ``docs/design-judge.md``.
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import Field

from guard.classify.answers import classify_answer
from guard.classify.learned import shipped_model
from guard.verify.base import Check, CheckConfig, CheckInput
from guard.verify.precheck import PrecheckDecision, precheck
from guard.verify.registry import register
from guard.verify.settings import DEFAULT_TEMPLATE
from guard.verify.verdict import Finding, Verdict


class RefusalConfig(CheckConfig):
    templates: list[str] = Field(
        default_factory=list,
        description="Refusal templates besides the default one that always count as evading "
        "(e.g. the verify block's refusal_template).",
    )


def refusal_score(answer: str) -> float:
    """1.0 if the answer evades (declines, denies, disclaims, deflects; no concrete value), else 0.0."""
    return 1.0 if classify_answer(answer).evades else 0.0


@register
class RefusalCheck(Check):
    """Violation: the question targets an evaded category and the answer discloses it."""

    type_name = "refusal"
    Config = RefusalConfig
    supported = None
    incremental = False

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        assert isinstance(self.config, RefusalConfig)
        self.templates: tuple[str, ...] = (DEFAULT_TEMPLATE, *self.config.templates)

    def warm_up(self) -> None:
        shipped_model()  # the learned model's weights (~25 ms to parse) load at start-up, not on a request
        # the question classifier's lexicons and spelling index (about 1.5 s to build), likewise
        precheck("How old is she?", frozenset({"a1_age_approx"}), catalog=self.catalog)

    def _targets(self, inp: CheckInput) -> PrecheckDecision:
        if inp.question is None and getattr(inp, "schema", None) is None:
            return PrecheckDecision()
        # read once per request: ``applies``, ``run`` and the proxy's early reading find it in precheck.readings
        return precheck(
            inp.question or "",
            self.relevant(inp.evaded),
            catalog=inp.catalog or self.catalog,
            schema=getattr(inp, "schema", None),
        )

    def read_question(self, inp: CheckInput) -> None:
        self._targets(inp)  # the reading waits in guard.verify.precheck.readings for the answer

    def applies(self, inp: CheckInput) -> bool:
        return self._targets(inp).refuse

    def run(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        decision = self._targets(inp)
        if not decision.refuse:
            return self.skipped()
        catalog = inp.catalog or self.catalog
        disclosed = [
            cid
            for cid in decision.targets
            if not classify_answer(
                inp.answer, categories=(cid,), catalog=catalog, templates=self.templates, question=inp.question
            ).evades
        ]
        findings = [
            Finding(category=cid, start=0, end=len(inp.answer), score=0.8, kind="answered_targeted_question")
            for cid in disclosed
        ]
        return self.verdict(findings, started=started)
