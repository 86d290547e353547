"""Operator settings: the absolute set, the default stance, scenario overrides and the render mode."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guard.errors import GuardError
from guard.policy.decision import Resolved, resolve
from guard.policy.model import Policy
from guard.policy.names import text_problem
from guard.policy.problems import POLICY_MAX_BYTES, POLICY_MAX_DEPTH, FileProblems, read_yaml, validation_problems
from guard.taxonomy import Catalog, Scenario, default_catalog

RenderMode = Literal["raw", "resolved"]
"""``raw``: the user's statements as written, the model resolves conflicts with the scenario (paper
format). ``resolved``: the proxy states each effective decision (docs/design.md#decision-rule)."""


class ScenarioOverride(BaseModel):
    """Changes to a catalogue scenario, or (with name and template) a new one."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    type: str | None = None
    description: str | None = None
    template: str | None = Field(default=None, description="Second-person framing with one {question} slot.")
    non_private: list[str] | None = Field(
        default=None, description="Categories answered in this scenario (replaces the catalogue list)."
    )

    @field_validator("name", "type", "description", "template")
    @classmethod
    def _plain_text(cls, value: str | None) -> str | None:
        """Scenario text reaches prompts and terminals: no control, bidi or zero-width characters."""
        if value is not None:
            problem = text_problem(value, max_chars=4000)
            if problem:
                raise ValueError(problem)
        return value


class OperatorSettings(BaseModel):
    """What the operator decides for every user (policies/operator.yaml)."""

    model_config = ConfigDict(extra="forbid", title="spy-guard operator settings")

    absolute: list[str] = Field(
        default_factory=lambda: list(default_catalog().absolute_default),
        description="Categories always protected, whatever users or scenarios say.",
    )
    default_stance: Literal["public", "private"] = Field(
        default="public", description="Decision for categories a user does not mention."
    )
    render_mode: RenderMode = Field(
        default="resolved",
        description="raw: users' statements as written (paper format); resolved: the effective decisions.",
    )
    scenarios: dict[str, ScenarioOverride] = Field(
        default_factory=dict, description="Scenario catalogue overrides and additions, by id."
    )

    @field_validator("absolute")
    @classmethod
    def _absolute_ids(cls, names: list[str]) -> list[str]:
        cat = default_catalog()
        out: list[str] = []
        for i, name in enumerate(names):
            try:
                members = cat.expand(name)  # a family (e.g. identity documents) adds each member
            except GuardError as exc:
                raise ValueError(f"absolute[{i}]: {exc}") from None
            out.extend(c.id for c in members if c.id not in out)
        return out

    @field_validator("scenarios")
    @classmethod
    def _check_scenarios(cls, value: dict[str, ScenarioOverride]) -> dict[str, ScenarioOverride]:
        _apply_overrides(default_catalog(), value)
        return value

    @property
    def default_private(self) -> bool:
        return self.default_stance == "private"

    @cached_property
    def catalog(self) -> Catalog:
        """The shipped catalogue with this operator's scenario overrides applied."""
        return _apply_overrides(default_catalog(), self.scenarios)

    @cached_property
    def absolute_set(self) -> frozenset[str]:
        return frozenset(self.absolute)

    def resolve(self, policy: Policy, scenario: str | Scenario | None = None) -> Resolved:
        """Resolve a user's policy under a scenario (id, name or object) with these settings."""
        sc = self.catalog.scenario(scenario) if isinstance(scenario, str) else scenario
        return resolve(
            policy, sc, catalog=self.catalog, absolute=self.absolute_set, default_private=self.default_private
        )


def _apply_overrides(base: Catalog, overrides: dict[str, ScenarioOverride]) -> Catalog:
    if not overrides:
        return base
    new: dict[str, Scenario] = {}
    for sid, ov in overrides.items():
        fields = ov.model_dump(exclude_none=True)
        if "non_private" in fields:
            ids: list[str] = []
            for i, name in enumerate(fields["non_private"]):
                try:
                    ids.extend(c.id for c in base.expand(name))
                except GuardError as exc:
                    raise ValueError(f"scenarios.{sid}.non_private[{i}]: {exc}") from None
            fields["non_private"] = frozenset(ids)
        if sid in base.scenarios:
            scenario = base.scenarios[sid].model_copy(update=fields)
        elif "name" in fields and "template" in fields:
            scenario = Scenario(id=sid, **fields)
        else:
            raise ValueError(f"scenarios.{sid}: not in the catalogue; a new scenario needs 'name' and 'template'")
        try:
            scenario.render("")
        except GuardError as exc:
            raise ValueError(f"scenarios.{sid}.template: {exc}") from None
        new[sid] = scenario
    return base.with_scenarios(new)


def load_operator(path: str | Path) -> OperatorSettings:
    """Load operator settings from YAML; raises FileProblems naming file, line and field."""
    doc = read_yaml(Path(path), "operator settings", max_bytes=POLICY_MAX_BYTES, max_depth=POLICY_MAX_DEPTH)
    try:
        return OperatorSettings.model_validate(doc.data)
    except ValidationError as exc:
        raise FileProblems(validation_problems(doc, exc, OperatorSettings)) from None
