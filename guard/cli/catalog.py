"""``guard categories`` and ``guard scenarios``: the catalogues, with ids."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Column, Table

from guard.cli.console import EXIT_USAGE, fail, literal, out, plural, row, say
from guard.cli.options import OperatorOption, load_operator_or_fail
from guard.errors import GuardError
from guard.taxonomy import Catalog


def categories(
    search: str = typer.Argument(
        None, metavar="TEXT", help="Only categories and families whose id, name, alias or description contain this."
    ),
    operator: Path | None = OperatorOption,
) -> None:
    """List the privacy categories (id, prompt name, aliases, absolute?) and the families that expand to several."""
    settings = load_operator_or_fail(operator)
    cat: Catalog = settings.catalog
    table = Table(Column("id", no_wrap=True), "name (used in prompts)", "aliases", "absolute", "description")
    shown = 0
    for c in cat.categories.values():
        text = " ".join([c.id, c.name, *c.aliases, c.description]).lower()
        if search and search.lower() not in text:
            continue
        table.add_row(
            *row([c.id, c.name, ", ".join(c.aliases), "yes" if c.id in settings.absolute_set else "", c.description])
        )
        shown += 1
    families = Table("family", "aliases", Column("covers (each member is rendered by its own name)"))
    fams = 0
    for f in cat.families.values():
        text = " ".join([f.name, *f.aliases, f.description, *f.members]).lower()
        if search and search.lower() not in text:
            continue
        families.add_row(*row([f.name, ", ".join(f.aliases), ", ".join(f.members)]))
        fams += 1
    if not shown and not fams:
        fail(f"no category or family matches {search!r}", EXIT_USAGE)
    if shown:
        out.print(table)
    if fams:
        out.print(families)
    say(f"{plural(shown, 'category', 'categories')}, {plural(fams, 'family', 'families')}")


def scenarios(
    scenario: str = typer.Argument(None, metavar="SCENARIO", help="Show one scenario in full (id or name)."),
    operator: Path | None = OperatorOption,
) -> None:
    """List the scenarios, or show one with its template and non-private categories."""
    settings = load_operator_or_fail(operator)
    cat = settings.catalog
    if scenario:
        try:
            sc = cat.scenario(scenario)
        except GuardError as exc:
            fail(str(exc), EXIT_USAGE)
        out.print(literal(sc.id, "bold") + literal(f": {sc.name} ({sc.type})"))
        say(sc.description)
        say(f"template: {sc.template}")
        say("non-private here:")
        for cid in sorted(sc.non_private, key=lambda c: list(cat.categories).index(c) if c in cat.categories else -1):
            name = cat.categories[cid].name if cid in cat.categories else "safe"
            say(f"  {cid}  ({name})")
        return
    table = Table(Column("id", no_wrap=True), "name", "type", "non-private", "description")
    for s in cat.scenarios.values():
        table.add_row(*row([s.id, s.name, s.type, len(s.non_private), s.description]))
    out.print(table)
    say(plural(len(cat.scenarios), "scenario"))
