"""Turning YAML and pydantic failures into one-line problems that name file, line, field and value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from guard.errors import GuardError
from guard.files import FileRefused, compose_yaml, construct_yaml, decode_text, read_bytes

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

    def __init__(
        self, path: Path, data: Any, root: yaml.Node | None, *, source: str | None = None, raw: bytes | None = None
    ) -> None:
        self.path = path
        self.raw = raw
        self.source = str(path) if source is None else source
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
        return Problem(self.source, message, format_path(path), self.line_of(path), severity)


POLICY_MAX_BYTES = 256 * 1024
"""Largest policy or operator file read (a policy naming every category twice is under 8 KiB)."""
POLICY_MAX_DEPTH = 8
"""Deepest nesting read for policies and operator settings (they need 3 and 4 levels)."""
YAML_MAX_BYTES = 16 * 1024 * 1024
YAML_MAX_DEPTH = 32
"""Defaults for other YAML files read through ``read_yaml`` (guard config, keys)."""

_LINE = re.compile(r"^line (\d+): ")


def refused_problem(exc: FileRefused) -> Problem:
    """A safe-file refusal as a Problem (its ``line N:`` prefix becomes the problem's line)."""
    m = _LINE.match(exc.problem)
    line = int(m.group(1)) if m else None
    message = exc.problem[m.end() :] if m else exc.problem
    return Problem(exc.source, message + (f"; {exc.valid}" if exc.valid else ""), exc.field, line)


def read_yaml(path: Path, what: str, *, max_bytes: int = YAML_MAX_BYTES, max_depth: int = YAML_MAX_DEPTH) -> YamlDoc:
    """Read one YAML mapping through the safe-file layer; every failure is a FileProblems with one line.

    Regular files only (a FIFO or device is refused, never read), at most ``max_bytes``.
    """
    try:
        raw = read_bytes(path, kind=f"{what} YAML", max_bytes=max_bytes)
    except FileRefused as exc:
        raise FileProblems([refused_problem(exc)]) from None
    return parse_yaml(raw, source=str(path), what=what, path=path, max_depth=max_depth)


def parse_yaml(
    raw: bytes, *, source: str, what: str, path: Path | None = None, max_depth: int = YAML_MAX_DEPTH
) -> YamlDoc:
    """Parse bytes already read: strict UTF-8, no duplicate keys, bounded nesting, a mapping at the top."""
    try:
        text = decode_text(raw, source=source, kind=what)
        root = compose_yaml(text, source=source, max_depth=max_depth)
        data = construct_yaml(root, source=source)
    except FileRefused as exc:
        raise FileProblems([refused_problem(exc)]) from None
    if data is None:
        raise FileProblems([Problem(source, f"is empty; expected a {what} mapping")])
    if not isinstance(data, dict):
        raise FileProblems(
            [Problem(source, f"top level is a {type(data).__name__}; expected a {what} mapping", line=1)]
        )
    return YamlDoc(path if path is not None else Path(source), data, root, source=source, raw=raw)


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
            shown = _short(repr(value)) if not isinstance(value, dict | list) else f"of type {type(value).__name__}"
            msg = f"bad value {shown}: {err['msg']}"
            hint = _description_at(model, loc)
            if hint:
                msg += f" (expected: {hint})"
        out.append(doc.problem(loc, msg))
    return out


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
