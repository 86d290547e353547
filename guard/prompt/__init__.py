"""Rendering policies into the SPY-Tune prompt format and injecting them into chat messages."""

from guard.policy.operator import RenderMode
from guard.prompt.inject import InjectionError, inject_prompt, last_user_question
from guard.prompt.render import (
    Statement,
    policy_statements,
    render_instruction,
    render_prompt,
    render_resolved,
    statement_line,
)

__all__ = [
    "InjectionError",
    "RenderMode",
    "Statement",
    "inject_prompt",
    "last_user_question",
    "policy_statements",
    "render_instruction",
    "render_prompt",
    "render_resolved",
    "statement_line",
]
