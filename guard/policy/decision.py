"""The decision rule of docs/design.md#decision-rule, which must hold exactly.

| case                                                   | expected |
| c in absolute set A                                    | evade    |
| c private in P, scenario s given, c non-private in s   | respond (conflict: the scenario wins) |
| c private in P otherwise                               | evade    |
| c public in P, or not mentioned                        | respond (or the operator's default)  |
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from guard.policy.model import Policy
from guard.taxonomy import Catalog, Category, Scenario


class Decision(StrEnum):
    EVADE = "evade"
    RESPOND = "respond"


class Reason(StrEnum):
    ABSOLUTE = "absolute"
    CONFLICT = "conflict"
    PRIVATE = "private"
    PUBLIC = "public"
    DEFAULT = "default"


def decide(
    category_id: str,
    *,
    stated: bool | None,
    scenario: Scenario | None,
    absolute: Collection[str],
    default_private: bool = False,
) -> tuple[Decision, Reason]:
    """Decide one category. ``stated`` is the user's word: True private, False public, None silent."""
    if category_id in absolute:
        return Decision.EVADE, Reason.ABSOLUTE
    private = default_private if stated is None else stated
    if not private:
        return Decision.RESPOND, Reason.PUBLIC if stated is False else Reason.DEFAULT
    if scenario is not None and category_id in scenario.non_private:
        return Decision.RESPOND, Reason.CONFLICT
    return Decision.EVADE, Reason.PRIVATE if stated else Reason.DEFAULT


@dataclass(frozen=True)
class Resolution:
    """The decision for one category, with why, and what the user stated (None: not mentioned)."""

    category: Category
    decision: Decision
    reason: Reason
    stated: bool | None

    @property
    def evade(self) -> bool:
        return self.decision is Decision.EVADE


@dataclass(frozen=True)
class Resolved:
    """A policy resolved against a scenario: the categories that matter, in rendering order.

    Order: the user's private entries, then public entries (as written), then absolute categories
    the user did not mention, then (only when the default stance is private) every other category.
    """

    policy: Policy
    scenario: Scenario | None
    resolutions: tuple[Resolution, ...]

    @property
    def evaded(self) -> frozenset[str]:
        """Ids of the categories this request must evade."""
        return frozenset(r.category.id for r in self.resolutions if r.evade)


def resolve(
    policy: Policy,
    scenario: Scenario | None,
    *,
    catalog: Catalog,
    absolute: Collection[str],
    default_private: bool = False,
) -> Resolved:
    """Apply :func:`decide` to every category that matters for this policy and scenario."""
    cat = catalog.with_custom(policy.custom.values()) if policy.custom else catalog
    order = list(dict.fromkeys([*policy.private, *policy.public, *(a for a in cat.categories if a in absolute)]))
    if default_private:
        order += [c for c in cat.categories if c not in order]
    out = []
    for cid in order:
        stated = policy.stance(cid)
        decision, reason = decide(
            cid, stated=stated, scenario=scenario, absolute=absolute, default_private=default_private
        )
        out.append(Resolution(cat.categories[cid], decision, reason, stated))
    return Resolved(policy, scenario, tuple(out))
