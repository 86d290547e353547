"""Loading user policy files: YAML -> PolicySpec -> Policy, collecting every problem with its line."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guard.errors import GuardError, UnknownNameError
from guard.policy.model import Policy, PolicySpec
from guard.policy.problems import FileProblems, Problem, YamlDoc, read_yaml, validation_problems
from guard.taxonomy import Catalog, Category, default_catalog


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    warnings: list[Problem]


def load_policy(
    path: str | Path,
    *,
    catalog: Catalog | None = None,
    absolute: Collection[str] | None = None,
) -> LoadedPolicy:
    """Load and validate one policy file.

    Raises FileProblems listing every error; returns warnings (e.g. an absolute category listed as
    public, which has no effect) alongside the policy.
    """
    path = Path(path)
    catalog = catalog or default_catalog()
    absolute = catalog.absolute_default if absolute is None else absolute
    doc = read_yaml(path, "policy")
    try:
        spec = PolicySpec.model_validate(doc.data)
    except ValidationError as exc:
        raise FileProblems(validation_problems(doc, exc, PolicySpec)) from None
    policy, problems = compile_policy(spec, doc, catalog, absolute)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise FileProblems(errors)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    policy = Policy(policy.user, policy.private, policy.public, policy.custom, digest, str(path))
    return LoadedPolicy(policy, [p for p in problems if p.severity != "error"])


def compile_policy(
    spec: PolicySpec, doc: YamlDoc, catalog: Catalog, absolute: Collection[str]
) -> tuple[Policy, list[Problem]]:
    """Resolve names to ids and check the cross-field rules; returns the policy and all problems."""
    problems: list[Problem] = []
    custom: dict[str, Category] = {}
    for i, c in enumerate(spec.custom):
        cat = Category(id=c.id, name=c.name, aliases=tuple(c.aliases), description=c.description, custom=True)
        try:
            catalog = catalog.with_custom([cat])
            custom[cat.id] = cat
        except GuardError as exc:
            problems.append(doc.problem(("custom", i), str(exc)))

    seen: dict[str, tuple[str, int, str]] = {}
    resolved: dict[str, list[str]] = {"private": [], "public": []}
    for section in ("private", "public"):
        for i, name in enumerate(getattr(spec, section)):
            try:
                cid = catalog.category(name).id
            except UnknownNameError as exc:
                problems.append(doc.problem((section, i), str(exc)))
                continue
            if cid in seen:
                other_section, j, other_name = seen[cid]
                if other_section == section:
                    msg = f"duplicate entry {name!r}: same category ({cid}) as {section}[{j}] {other_name!r}"
                else:
                    msg = (
                        f"{name!r} ({cid}) is also listed as {other_section}[{j}]; "
                        "a category is either private or public"
                    )
                problems.append(doc.problem((section, i), msg))
                continue
            seen[cid] = (section, i, name)
            if section == "public" and cid in absolute:
                problems.append(
                    doc.problem(
                        (section, i),
                        f"{name!r} ({cid}) is an absolute category: it is always protected, "
                        "listing it as public has no effect",
                        severity="warning",
                    )
                )
            resolved[section].append(cid)
    policy = Policy(spec.user, tuple(resolved["private"]), tuple(resolved["public"]), custom)
    return policy, problems
