"""Options and choice types shared by several commands, so one option name means one thing everywhere.

An option that appears in several commands is declared once here (same name, short flag, metavar,
environment variable and choices). Choices are enums: typer validates them and ``--help`` lists them.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

import typer

from guard.cli.console import EXIT_USAGE, fail, warn
from guard.policy import FileProblems, OperatorSettings, load_operator

FLAG = ""
"""``metavar`` for on/off flags (the root command gives every flag this one; see guard/cli/help.py)."""

API_KEY_ENV = "GUARD_API_KEY"
"""The one environment variable for the API key of the endpoint a command calls (the guard, or a model)."""
DEPRECATED_API_KEY_ENVS = ("GUARD_BENCH_API_KEY",)
"""Older names still read (with a warning) when ``GUARD_API_KEY`` is not set."""


class Distractors(StrEnum):
    """``--distractors``: which statement blocks (with the other categories' lines, without, or both runs)."""

    with_ = "with"
    without = "without"
    both = "both"

    @property
    def only(self) -> bool | None:
        """True/False for one setting, None for both."""
        return {Distractors.with_: True, Distractors.without: False}.get(self)


class RenderModeChoice(StrEnum):
    """``--render-mode`` values (the operator setting ``render_mode``)."""

    raw = "raw"
    resolved = "resolved"


class EnforcementChoice(StrEnum):
    """``--enforcement`` values (a model alias's ``enforcement``)."""

    instruct = "instruct"
    verify = "verify"
    precheck = "precheck"


class LogLevel(StrEnum):
    """``--log-level`` values."""

    debug = "debug"
    info = "info"
    warning = "warning"
    error = "error"


ConfigOption = typer.Option(
    ...,
    "--config",
    "-c",
    envvar="GUARD_CONFIG",
    metavar="FILE",
    help="The proxy config YAML (guard.yaml).",
)
OptionalConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    envvar="GUARD_CONFIG",
    metavar="FILE",
    help="The proxy config YAML (guard.yaml).",
)
OperatorOption = typer.Option(
    None,
    "--operator",
    metavar="FILE",
    envvar="GUARD_OPERATOR",
    help="Operator settings YAML (absolute set, default stance, scenario overrides). Default: built-in defaults.",
)
ApiKeyOption = typer.Option(
    None,
    "--api-key",
    envvar=API_KEY_ENV,
    metavar="KEY",
    show_envvar=True,
    help=f"API key for the endpoint called (the guard or the model); {DEPRECATED_API_KEY_ENVS[0]} is read too "
    "(deprecated).",
)
DistractorsOption = typer.Option(
    Distractors.both,
    "--distractors",
    help="with, without or both: statement blocks with the other categories' lines, without them, or both runs.",
)
SplitOption = typer.Option(
    "test",
    "--split",
    metavar="SPLIT",
    help="Which split of the set: the file SPLIT.jsonl in its folder (dev, test, test2, test3, ...), or all "
    "(dev and test).",
)
ConcurrencyOption = typer.Option(8, "--concurrency", min=1, metavar="N", help="Calls in flight at once.")
TimeoutOption = typer.Option(120.0, "--timeout", metavar="SECONDS", help="Per-call timeout, seconds.")
LabelKeyOption = typer.Option(
    "eval_resp", "--label-key", metavar="FIELD", help="Field of each result line holding the judge's label."
)


def api_key(value: str | None) -> str | None:
    """``--api-key`` / ``GUARD_API_KEY``, else a deprecated variable (with a warning naming its successor)."""
    if value:
        return value
    for name in DEPRECATED_API_KEY_ENVS:
        old = os.environ.get(name)
        if old:
            warn(f"warning: {name} is deprecated; set {API_KEY_ENV} instead")
            return old
    return None


def load_operator_or_fail(path: Path | None) -> OperatorSettings:
    if path is None:
        return OperatorSettings()
    try:
        return load_operator(path)
    except FileProblems as exc:
        for p in exc.problems:
            warn(p)
        fail(f"{path}: operator settings are invalid", EXIT_USAGE)
