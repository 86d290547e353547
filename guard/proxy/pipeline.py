"""Resolve -> render -> inject: the pure heart of the proxy, reusable outside the server.

``prepare`` is what the proxy does to every request, and what certification (``guard certify``) calls
to build exactly the prompt a live request would carry. It has no I/O and no state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guard.policy import OperatorSettings, Policy, RenderMode, Resolved
from guard.prompt import policy_statements, render_instruction, render_prompt, render_resolved
from guard.proxy.protocol import Message, inject, message_dict, parse_messages
from guard.taxonomy import Scenario


@dataclass(frozen=True)
class Prepared:
    """The messages to send upstream, the resolution behind them, and the categories to evade."""

    typed: tuple[Message, ...]
    resolved: Resolved
    evaded: frozenset[str]

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The messages in the OpenAI wire format (what an OpenAI-compatible upstream receives)."""
        return [message_dict(m) for m in self.typed]


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
        self._rendered: dict[tuple[int, RenderMode], tuple[Resolved, str, frozenset[str]]] = {}

    def resolve(self, policy: Policy, scenario: Scenario | str | None) -> Resolved:
        sid = scenario.id if isinstance(scenario, Scenario) else scenario
        key = (policy.user, policy.version, policy.source, sid)
        hit = self._data.get(key)
        if hit is None:
            if len(self._data) >= self.maxsize:
                self._data.clear()
            hit = self._data[key] = self.operator.resolve(policy, scenario)
        return hit

    def rendered(self, resolved: Resolved, mode: RenderMode) -> tuple[str, frozenset[str]]:
        """The statement lines and the evaded categories of a resolution, computed once (neither
        depends on the question)."""
        key = (id(resolved), mode)
        hit = self._rendered.get(key)
        if hit is None or hit[0] is not resolved:
            if len(self._rendered) >= self.maxsize:
                self._rendered.clear()
            lines = render_instruction(policy_statements(resolved, mode))
            hit = self._rendered[key] = (resolved, lines, resolved.evaded)
        return hit[1], hit[2]


def prepare(
    messages: Sequence[Message] | Sequence[dict[str, Any]],
    policy: Policy,
    scenario: Scenario | str | None,
    operator: OperatorSettings,
    mode: RenderMode | None = None,
    *,
    cache: ResolveCache | None = None,
) -> Prepared:
    """Resolve ``policy`` under ``scenario`` and inject the rendered prompt into the last (user) turn.

    ``messages``: typed messages (the server's parsed request) or wire dicts, parsed here with the
    default limits (``BadRequest`` when they are not a valid conversation ending with a user turn).
    ``mode`` defaults to the operator's ``render_mode``. Images in the last user turn keep their order
    before the text (the training format, guard/prompt/render.py); every text part of that turn,
    whatever its type, is the question inside the rendered prompt, so the policy always comes first.
    ``cache`` (built for the same ``operator``) skips re-resolving a policy and scenario seen before.
    """
    typed = tuple(m for m in messages if isinstance(m, Message))
    if len(typed) != len(messages):
        typed = parse_messages(list(messages))
    render_mode: RenderMode = mode or operator.render_mode
    if cache is None:
        resolved = operator.resolve(policy, scenario)
        out = inject(typed, lambda question: render_resolved(resolved, render_mode, question))
        return Prepared(out, resolved, resolved.evaded)
    resolved = cache.resolve(policy, scenario)
    lines, evaded = cache.rendered(resolved, render_mode)
    template = resolved.scenario.template if resolved.scenario is not None else None

    def render(question: str) -> str:  # render_resolved, with the statement lines computed once
        body = render_prompt((), question, template)
        return f"{lines}\n\n{body}" if lines else body

    return Prepared(inject(typed, render), resolved, evaded)
