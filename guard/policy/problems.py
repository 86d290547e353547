"""Turning YAML and pydantic failures into one-line problems that name file, line, field and value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from guard.errors import GuardError

FieldPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in one file."""

    file: str
    message: str
    field: str = ""
    line: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        tag = "" if self.severity == "error" else f" {self.severity}:"
        return f"{where}:{tag}{field} {self.message}"


class FileProblems(GuardError):
    """A file failed to load; ``problems`` holds every error found, not just the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def format_path(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class YamlDoc:
    """A parsed YAML file that remembers where each field was written."""

    def __init__(self, path: Path, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self._root = root

    def line_of(self, path: FieldPath) -> int | None:
        """1-based line of the value at ``path`` (or of its deepest existing parent)."""
        node = self._root
        line = None if node is None else node.start_mark.line + 1
        for part in path:
            nxt: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == part:
                        nxt = value if not isinstance(value, yaml.ScalarNode) or value.value else key
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                nxt = node.value[part]
            if nxt is None:
                break
            node = nxt
            line = node.start_mark.line + 1
        return line

    def problem(self, path: FieldPath, message: str, severity: str = "error") -> Problem:
        return Problem(str(self.path), message, format_path(path), self.line_of(path), severity)


def read_yaml(path: Path, what: str) -> YamlDoc:
    """Read one YAML mapping; every failure mode becomes a FileProblems with one clear line."""
    name = str(path)
    if path.is_dir():
        raise FileProblems([Problem(name, f"is a directory; expected a {what} YAML file")])
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileProblems([Problem(name, "no such file")]) from None
    except OSError as exc:
        raise FileProblems([Problem(name, f"cannot be read: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FileProblems(
            [
                Problem(
                    name,
                    f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
                    line=line,
                )
            ]
        ) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        eline: int | None = mark.line + 1 if mark is not None else None
        raise FileProblems([Problem(name, f"malformed YAML: {problem}", line=eline)]) from None
    if data is None:
        raise FileProblems([Problem(name, f"is empty; expected a {what} mapping")])
    if not isinstance(data, dict):
        raise FileProblems([Problem(name, f"top level is a {type(data).__name__}; expected a {what} mapping", line=1)])
    return YamlDoc(path, data, root)


def validation_problems(doc: YamlDoc, exc: ValidationError, model: type[BaseModel]) -> list[Problem]:
    """Map pydantic errors to problems, naming valid choices where pydantic does not."""
    out: list[Problem] = []
    for err in exc.errors():
        loc: FieldPath = tuple(err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            valid = _fields_at(model, loc[:-1])
            msg = f"unknown field {loc[-1]!r}; valid fields: {', '.join(valid)}"
        elif kind == "missing":
            msg = "required field is missing"
        else:
            value = err.get("input")
            shown = repr(value) if not isinstance(value, dict | list) else f"of type {type(value).__name__}"
            msg = f"bad value {shown}: {err['msg']}"
            hint = _description_at(model, loc)
            if hint:
                msg += f" (expected: {hint})"
        out.append(doc.problem(loc, msg))
    return out


def _description_at(model: type[BaseModel], loc: FieldPath) -> str | None:
    """The pydantic description of the field at ``loc``: it says what a valid value looks like."""
    current: type[BaseModel] | None = model
    description = None
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if current is not None else None
        if field is None:
            return description
        description = field.description
        current = _model_in(field.annotation)
    return description


def _fields_at(model: type[BaseModel], loc: FieldPath) -> list[str]:
    current: type[BaseModel] = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        ann = getattr(field, "annotation", None) if field else None
        inner = _model_in(ann)
        if inner is None:
            break
        current = inner
    return list(current.model_fields)


def _model_in(ann: Any) -> type[BaseModel] | None:
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for arg in getattr(ann, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
