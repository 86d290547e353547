"""Category and scenario catalogue.

Ids and display names are SPY-Bench's (``a1_age_approx`` / ``approximate age of people``) so prompts
match adapters trained on SPY-Tune byte for byte; aliases are what people actually type.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from guard.errors import GuardError, UnknownNameError

SAFE_LABEL = "a0_safe"
"""SPY-Bench's "safe" pseudo-label: appears in scenario lists, is not a privacy category."""

_SLOT = re.compile(r"\{question\}|\{\}")


def normalize(name: str) -> str:
    """Case-, space-, hyphen- and apostrophe-insensitive key for look-ups."""
    return re.sub(r"[\s_\-']+", " ", name.strip().lower()).strip()


def fill_template(template: str, question: str) -> str:
    """Substitute the question into a scenario template with one ``{question}`` or ``{}`` slot.

    Our catalogue uses ``{question}``; SPY-Bench files use ``{}``. Other braces are left alone.
    """
    slots = _SLOT.findall(template)
    if len(slots) != 1:
        raise GuardError(
            f"scenario template must contain exactly one {{question}} (or {{}}) slot, "
            f"found {len(slots)}: {template[:60]!r}"
        )
    return _SLOT.sub(lambda _: question, template)


class Category(BaseModel):
    """A kind of personal information; ``name`` is the exact text used in prompts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    description: str = ""
    custom: bool = False


class Family(BaseModel):
    """A name that stands for several categories (``address`` -> current and home, complete and partial).

    A family is not a category: wherever a list of categories is written (policies, operator lists,
    ``--categories``) it expands to its ``members`` in catalogue order; prompts name each member.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    description: str = ""
    members: tuple[str, ...] = Field(min_length=2)


class FamilyNameError(UnknownNameError):
    """A family name used where exactly one category is needed."""

    def __init__(self, family: Family) -> None:
        GuardError.__init__(
            self,
            f"{family.name!r} names a family of {len(family.members)} categories "
            f"({', '.join(family.members)}); name one of them here",
        )
        self.kind = "category"
        self.value = family.name
        self.suggestions = list(family.members)
        self.family = family


class Scenario(BaseModel):
    """An app context; ``non_private`` lists the categories that must be answered there."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    type: str = "work"
    description: str = ""
    template: str = Field(min_length=1, description="Second-person framing with a {question} slot.")
    non_private: frozenset[str] = frozenset()

    def render(self, question: str) -> str:
        return fill_template(self.template, question)


class Catalog:
    """Immutable look-up tables over categories and scenarios."""

    def __init__(
        self,
        categories: Iterable[Category],
        scenarios: Iterable[Scenario],
        absolute_default: Iterable[str],
        families: Iterable[Family] = (),
    ) -> None:
        self.categories: dict[str, Category] = {}
        self._names: dict[str, str] = {}
        self.families: dict[str, Family] = {}
        self._family_names: dict[str, str] = {}
        for cat in categories:
            self._add_category(cat)
        for fam in families:
            self._add_family(fam)
        self.scenarios: dict[str, Scenario] = {}
        self._scenario_names: dict[str, str] = {}
        for sc in scenarios:
            for label in sc.non_private:
                if label != SAFE_LABEL and label not in self.categories:
                    raise GuardError(f"scenario {sc.id!r} lists unknown category {label!r}")
            self.scenarios[sc.id] = sc
            for key in (sc.id, sc.name):
                self._scenario_names[normalize(key)] = sc.id
        self.absolute_default: tuple[str, ...] = tuple(self.category(c).id for c in absolute_default)

    def _add_category(self, cat: Category) -> None:
        if cat.id in self.categories:
            raise GuardError(f"duplicate category id {cat.id!r}")
        for key in (cat.id, cat.name, *cat.aliases):
            k = normalize(key)
            other = self._names.get(k) or self._family_names.get(k)
            if other is not None and other != cat.id:
                raise GuardError(f"category name or alias {key!r} of {cat.id!r} is already used by {other!r}")
            self._names[k] = cat.id
        self.categories[cat.id] = cat

    def _add_family(self, fam: Family) -> None:
        for member in fam.members:
            if member not in self.categories:
                raise GuardError(f"family {fam.name!r} lists unknown category {member!r}")
        for key in (fam.name, *fam.aliases):
            k = normalize(key)
            other = self._names.get(k) or self._family_names.get(k)
            if other is not None:
                raise GuardError(f"family name or alias {key!r} of {fam.name!r} is already used by {other!r}")
            self._family_names[k] = fam.name
        order = list(self.categories)
        self.families[fam.name] = fam.model_copy(update={"members": tuple(sorted(fam.members, key=order.index))})

    def reserved_names(self) -> dict[str, str]:
        """Every built-in id, display name, alias and family name or alias -> what it names.

        Custom category names may not imitate these (see guard.policy.names).
        """
        out = {k: f"category {cid!r}" for k, cid in self._names.items() if not self.categories[cid].custom}
        out.update({k: f"family {fam!r}" for k, fam in self._family_names.items()})
        return out

    def with_custom(self, custom: Iterable[Category]) -> Catalog:
        """A copy that also knows a user's custom categories (names may not clash with built-ins)."""
        new = Catalog.__new__(Catalog)
        new.categories = dict(self.categories)
        new._names = dict(self._names)
        new.families = self.families
        new._family_names = self._family_names
        new.scenarios = self.scenarios
        new._scenario_names = self._scenario_names
        new.absolute_default = self.absolute_default
        for cat in custom:
            new._add_category(cat)
        return new

    def with_scenarios(self, scenarios: Mapping[str, Scenario]) -> Catalog:
        """A copy whose scenarios are replaced or extended (operator overrides)."""
        base = {**self.scenarios, **scenarios}
        return Catalog(self.categories.values(), base.values(), self.absolute_default, self.families.values())

    def category(self, name: str) -> Category:
        """Look a category up by id, display name or alias, case-insensitively.

        A family name raises :class:`FamilyNameError` (use :meth:`expand` where a family is allowed).
        """
        key = normalize(name)
        cid = self._names.get(key)
        if cid is None:
            fam = self._family_names.get(key)
            if fam is not None:
                raise FamilyNameError(self.families[fam])
            raise UnknownNameError("category", name, _suggest(name, {**self._names, **self._family_names}))
        return self.categories[cid]

    def family(self, name: str) -> Family | None:
        """The family called ``name`` (name or alias, case-insensitively), or None."""
        fam = self._family_names.get(normalize(name))
        return None if fam is None else self.families[fam]

    def find(self, name: str) -> tuple[Category, ...] | None:
        """Like :meth:`expand`, but None for an unknown name (no suggestions computed: cheap)."""
        key = normalize(name)
        fam = self._family_names.get(key)
        if fam is not None:
            return tuple(self.categories[m] for m in self.families[fam].members)
        cid = self._names.get(key)
        return None if cid is None else (self.categories[cid],)

    def expand(self, name: str) -> tuple[Category, ...]:
        """The categories ``name`` stands for: one category, or a family's members in catalogue order."""
        fam = self.family(name)
        if fam is not None:
            return tuple(self.categories[m] for m in fam.members)
        return (self.category(name),)

    def scenario(self, name: str) -> Scenario:
        """Look a scenario up by id or name, case-insensitively."""
        sid = self._scenario_names.get(normalize(name))
        if sid is None:
            raise UnknownNameError("scenario", name, _suggest(name, self._scenario_names))
        return self.scenarios[sid]


def _suggest(name: str, table: Mapping[str, str]) -> list[str]:
    close = difflib.get_close_matches(normalize(name), list(table), n=8, cutoff=0.6)
    seen: dict[str, str] = {}
    for key in close:
        target = table[key]
        seen.setdefault(target, target if key == normalize(target) else f"{key} ({target})")
    return list(seen.values())[:3]


@cache
def default_catalog() -> Catalog:
    """The shipped catalogue (package data), loaded once."""
    data = resources.files("guard.taxonomy") / "data"
    cats = json.loads((data / "categories.json").read_text(encoding="utf-8"))
    scen = json.loads((data / "scenarios.json").read_text(encoding="utf-8"))
    fams = json.loads((data / "families.json").read_text(encoding="utf-8"))
    return Catalog(
        (Category(**c) for c in cats["categories"]),
        (Scenario(**s) for s in scen["scenarios"]),
        cats["absolute_default"],
        (Family(**f) for f in fams["families"]),
    )
