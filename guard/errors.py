"""Exceptions shared across subpackages; each carries enough context to print one clear line."""

from __future__ import annotations


class GuardError(Exception):
    """Base class: an error a user can act on (never a bug)."""


class UnknownNameError(GuardError, LookupError):
    """A category or scenario name that is not in the catalogue."""

    def __init__(self, kind: str, value: str, suggestions: list[str]) -> None:
        self.kind = kind
        self.value = value
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        listing = {"category": "categories", "scenario": "scenarios"}.get(kind, kind + "s")
        super().__init__(f"unknown {kind} {value!r}{hint} (see `guard {listing}`)")
