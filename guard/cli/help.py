"""The root command class: readable ``--help`` everywhere and exit status 2 for unexpected errors.

typer prints a type placeholder (``<str>``, ``<bool>``, ``<path>``, ``<list[str]>``) next to every
option and argument that declares no ``metavar``, including its own ``--help``. :class:`GuardGroup`
walks the whole command tree once, when ``guard`` is built, and gives each such parameter a word
instead (``TEXT``, ``N``, ``PATH``, the choices ``a|b``; nothing for an on/off flag); arguments show
only their name. A command declares its own ``metavar`` (``FILE``, ``DIR``, ``URL``) when a better
word exists.

An exception no command turned into a one-line error is a bug, not a failed check: it is reported in
one line and exits 2 (``GUARD_DEBUG=1`` adds the traceback), never 1, which means "a check failed".
"""

from __future__ import annotations

import os
import traceback
from typing import Any

import typer
from typer.core import TyperArgument, TyperGroup, TyperOption

from guard.cli.console import EXIT_USAGE, err, literal

_WORDS = {"str": "TEXT", "int": "N", "float": "NUMBER", "path": "PATH", "bool": ""}


class _NamedArgument(TyperArgument):
    """An argument shown by its name (``FILE``) alone, without typer's type column."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


def metavar_for(param: TyperOption, ctx: typer.Context) -> str:
    """A word for the value an option takes, derived from typer's placeholder (``<int range>`` -> ``N``)."""
    if param.is_flag:
        return ""
    label = param.display_type(ctx).strip("<>")
    if label.startswith("list[") and label.endswith("]"):
        label = label[5:-1]  # repeatable: the help text says "repeat"
    label = label.removesuffix(" range")
    return _WORDS.get(label, label if "|" in label else label.upper())


def tidy_help(command: Any) -> None:
    """Give every option of ``command`` and its subcommands a metavar, and drop argument type columns."""
    ctx = typer.Context(command)
    help_option = command.get_help_option(ctx)  # created once and cached by the command
    for param in [*command.params, *([help_option] if help_option is not None else [])]:
        if isinstance(param, TyperArgument):
            if param.metavar is None:
                param.metavar = (param.name or "value").upper()
            param.__class__ = _NamedArgument
        elif isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = metavar_for(param, ctx)
    for sub in getattr(command, "commands", {}).values():
        tidy_help(sub)


class GuardGroup(TyperGroup):
    """The ``guard`` root group (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy_help(self)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):  # typer reports these itself
            raise
        except Exception as exc:
            if _is_click_control(exc):
                raise
            if os.environ.get("GUARD_DEBUG"):
                err.print(literal(traceback.format_exc(), multiline=True))
            message = str(exc).splitlines()[0] if str(exc) else ""
            err.print(literal(f"error: unexpected {type(exc).__name__}: {message} (GUARD_DEBUG=1 shows the traceback)"))
            raise typer.Exit(EXIT_USAGE) from None


def _is_click_control(exc: Exception) -> bool:
    """Usage errors and the like that typer itself reports (exit 2 with its own message)."""
    return any(cls.__name__ == "ClickException" for cls in type(exc).__mro__)
