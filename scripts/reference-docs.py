#!/usr/bin/env python3
"""Write the generated parts of the reference pages from the code: settings fields and CLI commands.

docs/configuration.md gets one table per settings model (from ``GuardSettings`` down), docs/cli.md
one section per command with its options; each between ``<!-- reference:begin -->`` and
``<!-- reference:end -->``, everything else on the pages is written by hand. tests/docs fails when a
field or command is missing, so after changing a settings model or a command run:

    .venv/bin/python scripts/reference-docs.py --write
"""

from __future__ import annotations

import argparse
import sys
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

REPO = Path(__file__).resolve().parents[1]
CONFIG_PAGE = REPO / "docs" / "configuration.md"
CLI_PAGE = REPO / "docs" / "cli.md"
BEGIN, END = "<!-- reference:begin -->", "<!-- reference:end -->"


def root_model() -> type[BaseModel]:
    from guard.proxy.config import GuardSettings

    return GuardSettings


def nested_models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models inside a field's type (through lists, dicts, unions and Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += nested_models(arg)
    return found


def models(root: type[BaseModel]) -> list[tuple[str, type[BaseModel]]]:
    """(path, model) for the root and every model reachable from its fields, breadth first, each once."""
    out: list[tuple[str, type[BaseModel]]] = []
    queue: list[tuple[str, type[BaseModel]]] = [("(top level)", root)]
    seen: set[type[BaseModel]] = set()
    while queue:
        path, model = queue.pop(0)
        if model in seen:
            continue
        seen.add(model)
        out.append((path, model))
        for name, info in model.model_fields.items():
            for sub in nested_models(info.annotation):
                sub_path = name if path == "(top level)" else f"{path}.{name}"
                queue.append((sub_path, sub))
    return out


def type_name(annotation: Any) -> str:
    """A short, readable spelling of a field's type (``'a' | 'b'``, ``list[str]``, ``Path | None``)."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation is type(None):
        return "None"
    if origin is typing.Literal:
        return " | ".join(repr(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(a) for a in args)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin is not None and args:
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(type_name(a) for a in args)}]"
    return annotation.__name__ if isinstance(annotation, type) else str(annotation)


def default_text(info: FieldInfo) -> str:
    if info.is_required():
        return "required"
    factory = info.default_factory
    value = factory() if factory is not None else info.default  # type: ignore[call-arg]
    if value is PydanticUndefined:
        return "required"
    if isinstance(value, BaseModel):
        return "see below"
    if isinstance(value, Path):
        value = str(value)
    text = repr(value) if not isinstance(value, (dict, list, tuple, frozenset, set)) or value else "empty"
    return text.replace("|", "\\|")


def table(path: str, model: type[BaseModel]) -> str:
    doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
    lines = [f"### `{path}`: {model.__name__}", "", doc, ""]
    lines += ["| field | type | default | meaning |", "| --- | --- | --- | --- |"]
    for name, info in model.model_fields.items():
        meaning = (info.description or "").replace("|", "\\|").replace("\n", " ")
        kind = type_name(info.annotation).replace("|", "\\|")
        lines.append(f"| `{name}` | {kind} | {default_text(info)} | {meaning} |")
    return "\n".join(lines) + "\n"


def config_reference() -> str:
    return "\n".join(table(path, model) for path, model in models(root_model()))


# --- CLI ------------------------------------------------------------------------------------------


def commands() -> list[tuple[str, Any]]:
    """(``guard ...`` path, click command) for every leaf command, in registration order."""
    import typer

    from guard.cli.app import app

    out: list[tuple[str, Any]] = []

    def walk(cmd: Any, path: str) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, f"{path} {name}")
        else:
            out.append((path, cmd))

    walk(typer.main.get_command(app), "guard")
    return out


def option_row(param: Any) -> str:
    if getattr(param, "param_type_name", "") == "argument":
        names = f"`{param.name.upper()}`"
    else:
        names = ", ".join(f"`{o}`" for o in [*param.opts, *getattr(param, "secondary_opts", [])])
    default = param.default
    shown = "required" if param.required else ("" if default in (None, False, (), []) else f"`{default}`")
    env = getattr(param, "envvar", None)
    extra = f" (env `{env}`)" if env else ""
    text = (getattr(param, "help", None) or "").replace("|", "\\|").replace("\n", " ")
    return f"| {names} | {shown} | {text}{extra} |"


def cli_reference() -> str:
    parts = []
    for path, cmd in commands():
        summary = (cmd.help or "").strip().split("\n\n")[0].replace("\n", " ")
        rows = [option_row(p) for p in cmd.params if p.name != "help"]
        parts.append(f"### `{path}`\n\n{summary}\n")
        if rows:
            parts.append("| option | default | meaning |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n")
    return "\n".join(parts)


def write(page: Path, text: str) -> None:
    content = page.read_text(encoding="utf-8")
    head, begin, rest = content.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"{page}: markers {BEGIN} ... {END} not found")
    page.write_text(f"{head}{BEGIN}\n\n{text}\n{END}{tail}", encoding="utf-8")
    print(f"wrote {page.relative_to(REPO)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the generated parts of both pages")
    args = parser.parse_args()
    pages = {CONFIG_PAGE: config_reference(), CLI_PAGE: cli_reference()}
    for page, text in pages.items():
        if args.write:
            write(page, text)
        else:
            sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
