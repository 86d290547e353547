"""Loading user policy files: bytes -> YAML -> PolicySpec -> Policy, collecting every problem with its line.

Reading goes through the safe-file layer (regular files only, size cap, duplicate keys and deep
nesting refused). ``parse_policy`` works on bytes already read (the policy store reads each file
once, hashes and parses the same bytes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guard.errors import GuardError, UnknownNameError
from guard.policy.model import Entry, Policy, PolicySpec
from guard.policy.names import folded_names, name_problem, text_problem
from guard.policy.problems import (
    POLICY_MAX_BYTES,
    POLICY_MAX_DEPTH,
    FileProblems,
    Problem,
    YamlDoc,
    parse_yaml,
    read_yaml,
    validation_problems,
)
from guard.taxonomy import Catalog, Category, default_catalog

POLICY_SUFFIXES = (".yaml", ".yml")
MAX_PROBLEMS = 50
"""Problems reported per file; beyond that one line says how many more (a huge bad file stays cheap)."""


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    warnings: list[Problem]


def user_for_file(path: str | Path) -> str:
    """The user a policy file must declare: its file name without ``.yaml``/``.yml``."""
    p = Path(path)
    return p.stem if p.suffix.lower() in POLICY_SUFFIXES else p.name


def load_policy(
    path: str | Path,
    *,
    catalog: Catalog | None = None,
    absolute: Collection[str] | None = None,
) -> LoadedPolicy:
    """Load and validate one policy file; its ``user:`` must equal the file name (``alice.yaml``: alice).

    Raises FileProblems listing every error; returns warnings (e.g. an absolute category listed as
    public, which has no effect) alongside the policy.
    """
    path = Path(path)
    doc = read_yaml(path, "policy", max_bytes=POLICY_MAX_BYTES, max_depth=POLICY_MAX_DEPTH)
    return _compile(doc, _raw_bytes(doc), catalog=catalog, absolute=absolute, expected_user=user_for_file(path))


def parse_policy(
    data: bytes,
    *,
    source: str,
    catalog: Catalog | None = None,
    absolute: Collection[str] | None = None,
    expected_user: str | None = None,
) -> LoadedPolicy:
    """Validate a policy from bytes already read; ``expected_user`` (usually ``user_for_file``) is enforced."""
    doc = parse_yaml(data, source=source, what="policy", max_depth=POLICY_MAX_DEPTH)
    return _compile(doc, data, catalog=catalog, absolute=absolute, expected_user=expected_user)


def _raw_bytes(doc: YamlDoc) -> bytes:
    raw = doc.raw
    assert raw is not None  # read_yaml keeps the bytes it parsed
    return raw


def _compile(
    doc: YamlDoc,
    data: bytes,
    *,
    catalog: Catalog | None,
    absolute: Collection[str] | None,
    expected_user: str | None,
) -> LoadedPolicy:
    catalog = catalog or default_catalog()
    absolute = catalog.absolute_default if absolute is None else absolute
    try:
        spec = PolicySpec.model_validate(doc.data)
    except ValidationError as exc:
        raise FileProblems(_capped(validation_problems(doc, exc, PolicySpec))) from None
    policy, problems = compile_policy(spec, doc, catalog, absolute)
    if expected_user is not None and spec.user != expected_user:
        problems.insert(
            0,
            doc.problem(
                ("user",),
                f"bad value {spec.user!r}: this file may only hold the policy of user {expected_user!r} "
                f"(a policy for {spec.user!r} belongs in {spec.user}.yaml)",
            ),
        )
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise FileProblems(_capped(errors))
    digest = hashlib.sha256(data).hexdigest()
    policy = Policy(
        policy.user, policy.private, policy.public, policy.custom, digest, doc.source, entries=policy.entries
    )
    return LoadedPolicy(policy, [p for p in problems if p.severity != "error"])


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], Problem(problems[0].file, f"... and {rest} more problem(s) not shown")]


def _custom_problems(
    spec: PolicySpec, doc: YamlDoc, catalog: Catalog
) -> tuple[list[tuple[int, Category]], list[Problem]]:
    """Custom categories whose text is safe to render, and a problem for each one that is not."""
    reserved = folded_names(catalog.reserved_names())
    problems: list[Problem] = []
    ok: list[tuple[int, Category]] = []
    for i, c in enumerate(spec.custom):
        bad = False
        for field, value in (("name", c.name), *((("aliases", j), a) for j, a in enumerate(c.aliases))):
            why = name_problem(value, reserved)
            if why:
                loc = ("custom", i, *(field if isinstance(field, tuple) else (field,)))
                problems.append(doc.problem(loc, f"bad name {_short(repr(value))}: {why}"))
                bad = True
        why = text_problem(c.description)
        if why:
            problems.append(doc.problem(("custom", i, "description"), f"description {why}"))
            bad = True
        if not bad:
            ok.append(
                (i, Category(id=c.id, name=c.name, aliases=tuple(c.aliases), description=c.description, custom=True))
            )
    why = text_problem(spec.description)
    if why:
        problems.append(doc.problem(("description",), f"description {why}"))
    return ok, problems


def compile_policy(
    spec: PolicySpec, doc: YamlDoc, catalog: Catalog, absolute: Collection[str]
) -> tuple[Policy, list[Problem]]:
    """Resolve names (and families) to ids and check the cross-field rules; returns the policy and all problems.

    A family entry (``address``) covers each of its members. An entry that adds nothing to its list
    (every category it covers is already covered there) is a duplicate, an error; a partial overlap
    is fine (the first entry keeps the shared categories). A category covered by both lists is
    always an error: the decision must not depend on the order of lines.
    """
    custom_ok, problems = _custom_problems(spec, doc, catalog)
    custom: dict[str, Category] = {}
    for i, cat in custom_ok:
        try:
            catalog = catalog.with_custom([cat])
            custom[cat.id] = cat
        except GuardError as exc:
            problems.append(doc.problem(("custom", i), str(exc)))

    seen: dict[str, tuple[str, int, str]] = {}  # id -> (section, index, written) of the first entry covering it
    resolved: dict[str, list[str]] = {"private": [], "public": []}
    entries: list[Entry] = []
    for section in ("private", "public"):
        for i, name in enumerate(getattr(spec, section)):
            found = catalog.find(name)
            if found is None:
                if len(problems) < MAX_PROBLEMS:  # suggestions cost a fuzzy match; only for problems shown
                    try:
                        catalog.expand(name)
                    except UnknownNameError as exc:
                        problems.append(doc.problem((section, i), str(exc)))
                else:
                    problems.append(doc.problem((section, i), f"unknown category {name!r}"))
                continue
            members = found
            family = catalog.family(name)
            covered: list[str] = []
            overlaps: list[tuple[str, str, int, str]] = []
            for cat in members:
                cid = cat.id
                if cid in seen:
                    other_section, j, other_name = seen[cid]
                    if other_section != section:
                        problems.append(
                            doc.problem(
                                (section, i),
                                f"{name!r} covers {cid}, which {other_section}[{j}] {other_name!r} also covers; "
                                "a category is either private or public (list a family's members one by one "
                                "to treat them differently)",
                            )
                        )
                    else:
                        overlaps.append((cid, section, j, other_name))
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
                covered.append(cid)
            if overlaps and not covered and len(overlaps) == len(members):
                cid, sec, j, other_name = overlaps[0]
                what = f"same category ({cid})" if len(members) == 1 else f"every category it covers ({cid}, ...)"
                problems.append(
                    doc.problem((section, i), f"duplicate entry {name!r}: {what} as {sec}[{j}] {other_name!r}")
                )
            entries.append(Entry(section, name, tuple(covered), family.name if family else None))
    policy = Policy(spec.user, tuple(resolved["private"]), tuple(resolved["public"]), custom, entries=tuple(entries))
    return policy, problems
