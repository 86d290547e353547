"""Root ``guard`` command: registers each command group."""

from __future__ import annotations

import typer

from guard import __version__
from guard.cli import catalog, policy

app = typer.Typer(
    name="guard",
    help="spy-guard: per-user privacy policies enforced at inference time for vision-language models.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(policy.app, name="policy")
app.command("categories")(catalog.categories)
app.command("scenarios")(catalog.scenarios)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spy-guard {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """spy-guard command line."""


def main() -> None:
    app()
