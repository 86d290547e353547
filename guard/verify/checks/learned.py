"""The learned leak check: the second opinion of ``guard/verify/leak_model.py`` on what the recognisers let
through (a paraphrase, a value with no label, a reported message).

It reads the answer as a whole, so its finding spans the text it read. In a hold-back stream it reads what
the recognisers read (the unreleased tail and the look-back before it, sized by their cue windows: a sentence
or two) and the whole answer once the stream ends; it asks for no longer hold-back of its own, so turning it
on does not delay a stream's first characters.
"""

from __future__ import annotations

import time

from pydantic import Field

from guard.verify.base import Check, CheckConfig, CheckInput
from guard.verify.leak_model import shipped_leak_model
from guard.verify.registry import register
from guard.verify.verdict import Finding, Verdict


class LearnedLeakConfig(CheckConfig):
    threshold: float | None = Field(
        default=None,
        gt=0.0,
        lt=1.0,
        description="Probability of a leak at which the check blocks (default: the shipped model's bar, 0.9; "
        "docs/verification.md gives what lower and higher bars block on answers it was not fitted on).",
    )


@register
class LearnedLeakCheck(Check):
    """Violation: the leak model's probability that the answer discloses an evaded category reaches the bar."""

    type_name = "leak_model"
    Config = LearnedLeakConfig
    supported = None

    def warm_up(self) -> None:
        model = shipped_leak_model()  # parse the weights (~30 ms) at start-up, not on a request
        model.probability("warm up", ("a1_age_approx",))

    def run(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        assert isinstance(self.config, LearnedLeakConfig)
        evaded = self.relevant(inp.evaded)
        model = shipped_leak_model()
        bar = self.config.threshold if self.config.threshold is not None else model.threshold
        p, text = model.strongest(inp.answer, evaded)
        if p < bar or p < self.config.min_score:
            return self.verdict(started=started)
        found = Finding(
            category=model.blamed(text, evaded),
            start=0,
            end=len(inp.answer),
            score=round(p, 4),
            kind="leak_model",
        )
        return self.verdict([found], started=started)
