"""Where an answer is checked before it leaves (per alias ``enforcement``).

Today only ``instruct`` exists: the policy is injected and the adapter is trusted, so answers pass
unchanged. Output verification (issue 8, ``guard/verify``) plugs in here: a new class with the same
two methods can withhold a non-streaming answer or cut a stream, and sets ``outcome = "blocked"`` so
the audit record says so.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Protocol

from guard.proxy.audit import Outcome
from guard.proxy.pipeline import Prepared

Chunk = dict[str, Any]


@dataclass
class Verdict:
    """What an enforcement decided about one answer (mutable while a stream is running)."""

    outcome: Outcome = "answered"
    reason: str | None = None


class Enforcement(Protocol):
    name: str

    async def answer(self, data: dict[str, Any], prepared: Prepared, verdict: Verdict) -> dict[str, Any]:
        """The answer to send (possibly replaced); set ``verdict`` when blocking."""
        ...

    def stream(self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict) -> AsyncIterator[Chunk]:
        """The chunks to send (possibly held back or cut); set ``verdict`` when blocking."""
        ...


class Instruct:
    """Inject and trust the adapter: answers pass through unchanged."""

    name = "instruct"

    async def answer(self, data: dict[str, Any], prepared: Prepared, verdict: Verdict) -> dict[str, Any]:
        return data

    def stream(self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict) -> AsyncIterator[Chunk]:
        return chunks


def enforcement_for(name: str) -> Enforcement:
    """The enforcement registered under ``name`` (validated by the config: only ``instruct`` for now)."""
    registry: dict[str, Enforcement] = {"instruct": Instruct()}
    return registry[name]
