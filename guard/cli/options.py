"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import typer

from guard.cli.console import EXIT_USAGE, fail, warn
from guard.policy import FileProblems, OperatorSettings, load_operator

FLAG = " "
"""``metavar`` for on/off flags: typer's rich help otherwise shows a ``<bool>`` placeholder next to them."""

OperatorOption = typer.Option(
    None,
    "--operator",
    metavar="FILE",
    envvar="GUARD_OPERATOR",
    help="Operator settings YAML (absolute set, default stance, scenario overrides). Default: built-in defaults.",
)


def load_operator_or_fail(path: Path | None) -> OperatorSettings:
    if path is None:
        return OperatorSettings()
    try:
        return load_operator(path)
    except FileProblems as exc:
        for p in exc.problems:
            warn(p)
        fail(f"{path}: operator settings are invalid", EXIT_USAGE)
