"""``guard policy check|show|schema``: validate user policies and see exactly what the model is told."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Column, Table

from guard.cli.console import EXIT_CHECK_FAILED, EXIT_USAGE, fail, out, plural, row, safe, say
from guard.cli.options import OperatorOption, RenderModeChoice, load_operator_or_fail
from guard.errors import GuardError
from guard.policy import FileProblems, LoadedPolicy, OperatorSettings, PolicySpec, Problem, RenderMode, load_policy
from guard.prompt import render_resolved

app = typer.Typer(help="Check user policy files and show what they inject.", no_args_is_help=True)


def _load(path: Path, settings: OperatorSettings) -> LoadedPolicy:
    return load_policy(path, catalog=settings.catalog, absolute=settings.absolute_set)


@app.command()
def check(
    files: list[Path] = typer.Argument(..., help="Policy YAML files.", show_default=False, metavar="FILE"),
    operator: Path | None = OperatorOption,
) -> None:
    """Validate policy files. Exit 0 when all are valid, 1 otherwise; one line per problem."""
    settings = load_operator_or_fail(operator)
    problems: list[Problem] = []
    users: dict[str, Path] = {}
    valid = 0
    for path in files:
        try:
            loaded = _load(path, settings)
        except FileProblems as exc:
            problems.extend(exc.problems)
            continue
        for warning in loaded.warnings:
            say(str(warning))
        user = loaded.policy.user
        if user in users:
            problems.append(Problem(str(path), f"bad value {user!r}: user is already defined in {users[user]}", "user"))
            continue
        users[user] = path
        valid += 1
        p = loaded.policy
        say(f"ok {path} (user {user}: {len(p.private)} private, {len(p.public)} public)")
        for entry in p.entries:
            if entry.family is not None:
                say(f"  {entry.section}: {entry.describe()}")
    for problem in problems:
        say(str(problem))
    if problems:
        say(f"{plural(len(problems), 'problem')}; {valid} of {plural(len(files), 'file')} valid")
        raise typer.Exit(EXIT_CHECK_FAILED)


@app.command()
def show(
    file: Path = typer.Argument(..., help="A policy YAML file.", show_default=False, metavar="FILE"),
    scenario: str | None = typer.Option(
        None, "--scenario", "-s", metavar="SCENARIO", help="Scenario id or name (default: none)."
    ),
    mode: RenderModeChoice | None = typer.Option(
        None,
        "--render-mode",
        "--mode",
        help="raw or resolved: how statements are rendered (default: the operator's render_mode).",
    ),
    question: str = typer.Option(
        "{question}", "--question", "-q", metavar="TEXT", help="Question to place in the prompt."
    ),
    operator: Path | None = OperatorOption,
) -> None:
    """Show the effective decision per category and the exact text that will be injected."""
    settings = load_operator_or_fail(operator)
    render_mode: RenderMode = mode.value if mode is not None else settings.render_mode
    try:
        loaded = _load(file, settings)
    except FileProblems as exc:  # showing needs a valid file (`guard policy check` is the check)
        fail(str(exc), EXIT_USAGE)
    try:
        resolved = settings.resolve(loaded.policy, scenario)
    except GuardError as exc:
        fail(f"--scenario: {exc}", EXIT_USAGE)
    for warning in loaded.warnings:
        say(str(warning))
    sc = resolved.scenario
    say(f"user {loaded.policy.user}; scenario {sc.id if sc else 'none'}; mode {render_mode}")
    table = Table("category", Column("id", no_wrap=True), "user said", "decision", "why")
    stated = {True: "private", False: "public", None: "-"}
    for r in resolved.resolutions:
        table.add_row(*row([r.category.name, r.category.id, stated[r.stated], r.decision.value, r.reason.value]))
    out.print(table)
    say("entries as written (a family covers each of its members):")
    for entry in loaded.policy.entries:
        say(f"  {entry.section}: {entry.describe()}")
    say("injected text (between the rules):")
    say("-" * 60)
    typer.echo(safe(render_resolved(resolved, render_mode, question), multiline=True))
    say("-" * 60)


def policy_schema() -> dict[str, object]:
    """JSON Schema of the policy file, for editors (yaml-language-server)."""
    schema = PolicySpec.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://spy-guard.dev/schema/policy-v1.json"
    return schema


@app.command()
def schema(
    out_file: Path | None = typer.Option(None, "--out", "-o", metavar="FILE", help="Write here instead of printing."),
) -> None:
    """Print (or write) the policy JSON Schema; policies/schema.json is this output."""
    text = json.dumps(policy_schema(), indent=2) + "\n"
    if out_file is None:
        typer.echo(text, nl=False)
    else:
        out_file.write_text(text, encoding="utf-8")
        say(f"wrote {out_file}")
