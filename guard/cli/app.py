"""Root ``guard`` command: registers each command group."""

from __future__ import annotations

import typer

from guard import __version__
from guard.cli import audit as audit_cli
from guard.cli import bench as bench_cli
from guard.cli import catalog, data, policy, policy_remote, serve
from guard.cli import db as db_cli
from guard.cli import dev as dev_cli
from guard.cli import keys as keys_cli
from guard.cli import train as train_cli
from guard.cli.help import GuardGroup

app = typer.Typer(
    name="guard",
    cls=GuardGroup,
    help="spy-guard: per-user privacy policies enforced at inference time for vision-language models.",
    epilog="Exit status: 0 done, 1 a check failed (policy check, certify, db status), 2 usage or runtime error.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(policy.app, name="policy")
policy_remote.register(policy.app)  # guard policy push|pull (the policy API)
app.add_typer(db_cli.app, name="db")
app.add_typer(data.app, name="data")
app.command("categories")(catalog.categories)
app.command("scenarios")(catalog.scenarios)
serve.register(app)
app.add_typer(keys_cli.app, name="keys")
app.add_typer(audit_cli.app, name="audit")
train_cli.register(app)
dev_cli.register(app)
bench_cli.register(app)


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


if __name__ == "__main__":
    main()
