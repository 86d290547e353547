"""Resolve -> render -> inject: the pure heart of the proxy, reusable outside the server.

``prepare`` is what the proxy does to every request, and what certification (``guard certify``) calls
to build exactly the prompt a live request would carry. It has no I/O and no state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guard.policy import OperatorSettings, Policy, RenderMode, Resolved
from guard.prompt import inject_prompt, render_resolved
from guard.taxonomy import Scenario


@dataclass(frozen=True)
class Prepared:
    """The messages to send upstream, the resolution behind them, and the categories to evade."""

    messages: list[dict[str, Any]]
    resolved: Resolved
    evaded: frozenset[str]


class ResolveCache:
    """Memoises ``operator.resolve`` per (user, policy version, scenario).

    Resolving walks the catalogue (~0.1 ms); a live proxy sees the same few combinations again and
    again. Keys include the policy's sha256 version, so an edited policy can never hit a stale entry.
    Bounded: cleared when it reaches ``maxsize``.
    """

    def __init__(self, operator: OperatorSettings, maxsize: int = 4096) -> None:
        self.operator = operator
        self.maxsize = maxsize
        self._data: dict[tuple[str, str, str, str | None], Resolved] = {}

    def resolve(self, policy: Policy, scenario: Scenario | str | None) -> Resolved:
        sid = scenario.id if isinstance(scenario, Scenario) else scenario
        key = (policy.user, policy.version, policy.source, sid)
        hit = self._data.get(key)
        if hit is None:
            if len(self._data) >= self.maxsize:
                self._data.clear()
            hit = self._data[key] = self.operator.resolve(policy, scenario)
        return hit


def prepare(
    messages: Sequence[dict[str, Any]],
    policy: Policy,
    scenario: Scenario | str | None,
    operator: OperatorSettings,
    mode: RenderMode | None = None,
    *,
    cache: ResolveCache | None = None,
) -> Prepared:
    """Resolve ``policy`` under ``scenario`` and inject the rendered prompt into the last user turn.

    ``mode`` defaults to the operator's ``render_mode``. The input list is not modified; images in the
    last user turn keep their order before the text (DESIGN §4). ``cache`` (built for the same
    ``operator``) skips re-resolving a policy and scenario seen before. Raises ``InjectionError`` (a
    GuardError) when there is no user turn or a part has an unknown shape.
    """
    resolved = cache.resolve(policy, scenario) if cache is not None else operator.resolve(policy, scenario)
    render_mode: RenderMode = mode or operator.render_mode
    out = inject_prompt(messages, lambda question: render_resolved(resolved, render_mode, question))
    return Prepared(out, resolved, resolved.evaded)
