"""The two interfaces every store implements, and the values they exchange.

``PolicyStore`` answers the request path (``lookup`` is synchronous and memory-only: a request never
waits on a database); ``PolicyEditor`` is what the policy API and the policy page write through;
``AuditSink`` takes one row per request and says when it is durable. The embedded implementations
are the policies folder (``guard.proxy.store``, ``guard.stores.file_editor``) and the SQLite audit
log (``guard.proxy.audit``); the fleet ones are in ``guard.stores.pg_policies`` / ``pg_audit``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from guard.errors import GuardError
from guard.policy import Policy

if TYPE_CHECKING:
    from guard.proxy.audit import AuditRecord
    from guard.proxy.store import Snapshot, StoreHealth


class PolicyStore(Protocol):
    """Policies for the request path: ``lookup`` never blocks; ``PolicyUnavailable`` means fail closed."""

    def lookup(self, user: str) -> Policy | None: ...

    @property
    def snapshot(self) -> Snapshot:
        """For counts at start-up and in metrics (policies loaded, users failing closed)."""
        ...

    def health(self) -> StoreHealth: ...

    async def watch(self, stop: asyncio.Event) -> None:
        """Follow changes until ``stop`` is set."""
        ...

    def close(self) -> None:
        """Release what the store holds (a database follower); a store used once, e.g. by certify."""
        ...


class AuditSink(Protocol):
    """One row per request; ``write`` resolves once the row is durable (committed)."""

    def write(self, rec: AuditRecord, *, coalesce: bool = True) -> Awaitable[None]:
        """``coalesce``: other requests are in flight, so waiting briefly for their rows may pay."""
        ...

    def record(self, rec: AuditRecord) -> None: ...

    def flush(self, timeout: float = 10.0) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class StoredPolicy:
    """A policy as stored: its exact bytes and version (the sha256 of those bytes, used as ETag)."""

    user: str
    version: str
    body: bytes
    updated_at: float | None = None
    updated_by: str | None = None


@dataclass(frozen=True)
class Change:
    """One entry of a user's history: who changed what, when (``version`` None for a delete)."""

    user: str
    action: str  # put | delete
    version: str | None
    at: float
    by: str
    body: bytes | None = None

    def as_json(self) -> dict[str, Any]:
        body = None if self.body is None else self.body.decode("utf-8", "replace")
        return {
            "user": self.user,
            "action": self.action,
            "version": self.version,
            "at": self.at,
            "by": self.by,
            "body": body,
        }


class PreconditionFailed(GuardError):
    """The stored version is not the one the writer read (HTTP 412), or a write needs If-Match (428)."""

    def __init__(self, message: str, *, current: str | None, required: bool = False) -> None:
        super().__init__(message)
        self.current = current
        self.required = required


class StoreUnavailable(GuardError):
    """The store cannot be reached right now; nothing was changed (HTTP 503)."""


class PolicyEditor(Protocol):
    """Reads and writes policies as documents; bodies are validated by the caller before ``put``."""

    async def get(self, user: str) -> StoredPolicy | None: ...

    async def put(self, user: str, body: bytes, *, if_match: str | None, actor: str) -> StoredPolicy:
        """Store ``body``; ``if_match`` None means create-only. ``PreconditionFailed`` on a version mismatch."""
        ...

    async def delete(self, user: str, *, if_match: str | None, actor: str) -> None: ...

    async def history(self, user: str, *, limit: int = 100) -> list[Change]: ...


def check_precondition(current: str | None, if_match: str | None, user: str) -> None:
    """The shared optimistic-concurrency rule: create needs no If-Match, changing needs the current one."""
    if current is None:
        if if_match is not None:
            raise PreconditionFailed(f"user {user!r} has no stored policy; send no If-Match to create it", current=None)
        return
    if if_match is None:
        raise PreconditionFailed(
            f"user {user!r} already has a policy (version {current}); send If-Match with that version to change it",
            current=current,
            required=True,
        )
    if if_match not in ("*", current):
        raise PreconditionFailed(
            f"user {user!r}: the policy changed since you read it (If-Match {if_match[:16]}..., current {current}); "
            "read it again and retry",
            current=current,
        )
