"""Verification settings (operator configuration, e.g. the ``verify:`` block of the proxy config)."""

from __future__ import annotations

import string
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

OFFLINE_CHECKS: tuple[str, ...] = (
    "refusal",
    "card_number",
    "id_number",
    "license_plate",
    "email",
    "phone",
    "date",
    "address",
    "username",
    "person_name",
    "cued_value",
    "read_value",
    "withheld_value",
    "structured_field",
    "value_shape",
    "obfuscated",
    "leak_model",
)
"""Check types that need no network; enabled by default."""

DEFAULT_TEMPLATE = "I can't share that: {categories} is private for this user."


LEARNED_CHECKS: frozenset[str] = frozenset({"leak_model"})
"""Default checks fitted on labelled answers rather than written as rules (guard/verify/leak_model.py)."""


def default_checks(*, learned: bool = True) -> dict[str, dict[str, Any]]:
    """The offline checks; ``learned=False``: the recognisers alone, without the learned second opinion."""
    return {name: {"type": name} for name in OFFLINE_CHECKS if learned or name not in LEARNED_CHECKS}


class VerifySettings(BaseModel):
    """Which checks run, how long they may take, what happens when one cannot decide."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    checks: dict[str, dict[str, Any]] = Field(
        default_factory=default_checks,
        description="Configured id -> {type: CHECK_TYPE, **options}; type defaults to the id.",
    )
    fail_closed: bool = Field(default=True, description="Block when a check errors or times out.")
    check_timeout_s: float = Field(default=10.0, gt=0, le=600, description="Per-check time limit.")
    refusal_template: str = Field(
        default=DEFAULT_TEMPLATE, description="Replacement answer; {categories} = the protected names."
    )
    stream_mode: Literal["buffer", "holdback"] = Field(
        default="holdback",
        description="buffer: release nothing before the whole answer is verified; holdback: release "
        "verified text that lies at least holdback_chars behind the newest token (offline checks only).",
    )
    holdback_chars: int = Field(
        default=48,
        ge=8,
        le=4096,
        description="minimum hold-back; the streamer holds back at least Verifier.holdback_chars, the longest "
        "window a configured check needs (cue distance + value length, 154 with the default cues)",
    )

    @field_validator("refusal_template")
    @classmethod
    def _template(cls, value: str) -> str:
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        except ValueError as exc:
            raise ValueError(f"refusal_template: {exc} in {value!r}") from None
        if fields - {"categories"}:
            raise ValueError(
                f"refusal_template: unknown placeholder(s) {sorted(fields - {'categories'})}; valid: {{categories}}"
            )
        return value
