"""The prompt format adapters were trained on (docs/design.md#prompt-format). Byte-exact: keep every variant here.

    <statement>\\n<statement>...\\n\\n<question, or the scenario template holding the question>

with ``<statement>`` = ``"{name} is considered as private information."`` or
``"{name} is considered as non-private information."``.
"""

from __future__ import annotations

from collections.abc import Sequence

from guard.policy.decision import Reason, Resolved
from guard.policy.operator import RenderMode
from guard.taxonomy import fill_template

Statement = tuple[str, bool]
"""(display name, private?)"""


def statement_line(name: str, private: bool) -> str:
    return f"{name} is considered as {'private' if private else 'non-private'} information."


def render_instruction(statements: Sequence[Statement]) -> str:
    return "\n".join(statement_line(name, private) for name, private in statements)


def render_prompt(statements: Sequence[Statement], question: str, template: str | None = None) -> str:
    """Statements, a blank line, then the question (inside the scenario template when given)."""
    body = question if template is None else fill_template(template, question)
    if not statements:
        return body
    return f"{render_instruction(statements)}\n\n{body}"


def policy_statements(resolved: Resolved, mode: RenderMode) -> list[Statement]:
    """The statements to inject for a resolved policy.

    In ``raw`` mode a conflict category is still stated private (the model must see the scenario
    win); absolute categories are always stated private because the user cannot make them public.
    """
    out: list[Statement] = []
    for r in resolved.resolutions:
        private = r.evade if mode == "resolved" else r.evade or r.reason is Reason.CONFLICT
        out.append((r.category.name, private))
    return out


def render_resolved(resolved: Resolved, mode: RenderMode, question: str) -> str:
    """The full text for one request: policy statements plus the scenario framing of the question."""
    template = resolved.scenario.template if resolved.scenario is not None else None
    return render_prompt(policy_statements(resolved, mode), question, template)
