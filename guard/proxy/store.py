"""The policy store: one policy per end user, loaded from a folder and hot-reloaded.

Every reload builds a new immutable ``Snapshot`` and swaps it in with one assignment, so a request
reads one consistent view and concurrent requests never mix users. A file that stops validating
keeps its last good version (reported in ``errors``); a file that never loaded makes its user fail
closed (503) instead of silently having no policy; a deleted file follows the ``no_policy`` setting.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from guard.errors import GuardError
from guard.policy import FileProblems, OperatorSettings, Policy, load_policy
from guard.proxy.errors import NotReady

log = logging.getLogger("guard.proxy.store")

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class FileError:
    """A policy file that failed to load on the latest reload."""

    file: str
    message: str
    user: str | None
    kept_version: str | None  # the last good version still applied, or None (its user fails closed)


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of all policies."""

    policies: dict[str, Policy] = field(default_factory=dict)
    broken: dict[str, str] = field(default_factory=dict)  # user -> why requests for them fail closed
    errors: tuple[FileError, ...] = ()
    generation: int = 0


class PolicyStore:
    """Loads ``folder/*.yaml``; ``lookup(user)`` answers from the current snapshot."""

    def __init__(
        self,
        folder: Path,
        operator: OperatorSettings,
        *,
        on_reload: Callable[[Snapshot, int], None] | None = None,
    ) -> None:
        self.folder = folder
        self.operator = operator
        self._on_reload = on_reload
        self._good: dict[str, Policy] = {}  # file -> last good policy
        self._failed: dict[str, tuple[str, FileError]] = {}  # file -> (digest, error), to log each failure once
        self.snapshot = Snapshot()
        self.reload()

    def lookup(self, user: str) -> Policy | None:
        """The user's policy, or None when they have none; raises NotReady when it failed to load."""
        snap = self.snapshot
        policy = snap.policies.get(user)
        if policy is not None:
            return policy
        reason = snap.broken.get(user)
        if reason is not None:
            raise NotReady(f"the privacy policy of user {user!r} failed to load ({reason}); refusing to answer")
        return None

    def reload(self) -> Snapshot:
        """Rescan the folder and swap in a new snapshot; returns it."""
        files = (
            sorted(p for p in self.folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
            if self.folder.is_dir()
            else []
        )
        names = {str(p) for p in files}
        for gone in set(self._good) - names:
            log.info("policy file removed: %s (user %s)", gone, self._good[gone].user)
            del self._good[gone]
        for gone in set(self._failed) - names:
            del self._failed[gone]
        new_errors = 0
        errors: list[FileError] = []
        for path in files:
            name = str(path)
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raw, digest = b"", f"unreadable:{exc.errno}"
            else:
                digest = hashlib.sha256(raw).hexdigest()
            good = self._good.get(name)
            if good is not None and good.version == digest:
                continue
            failed = self._failed.get(name)
            if failed is not None and failed[0] == digest:
                errors.append(failed[1])
                continue
            try:
                loaded = load_policy(path, catalog=self.operator.catalog, absolute=self.operator.absolute_set)
            except (FileProblems, GuardError, OSError) as exc:
                kept = good.version if good is not None else None
                err = FileError(name, _one_line(exc), good.user if good else (_user_of(raw) or path.stem), kept)
                self._failed[name] = (digest, err)
                errors.append(err)
                new_errors += 1
                action = f"keeping the last good version {kept[:12]}" if kept else "its user fails closed"
                log.error("policy file invalid, %s: %s", action, err.message)
                continue
            self._failed.pop(name, None)
            if good is not None:
                log.info("policy reloaded: %s (user %s, version %s)", name, loaded.policy.user, digest[:12])
            self._good[name] = loaded.policy
        self.snapshot = self._build(errors)
        if self._on_reload is not None:
            self._on_reload(self.snapshot, new_errors)
        return self.snapshot

    def _build(self, errors: list[FileError]) -> Snapshot:
        policies: dict[str, Policy] = {}
        owners: dict[str, str] = {}
        broken: dict[str, str] = {}
        for name, policy in sorted(self._good.items()):
            if policy.user in owners:
                msg = f"user {policy.user!r} is defined in both {owners[policy.user]} and {name}"
                errors.append(FileError(name, msg, policy.user, None))
                log.error("policy conflict, user fails closed: %s", msg)
                broken[policy.user] = msg
                continue
            owners[policy.user] = name
            policies[policy.user] = policy
        for err in errors:
            if err.kept_version is None and err.user is not None:
                broken.setdefault(err.user, f"{Path(err.file).name} is invalid")
        for user in broken:
            policies.pop(user, None)
        return Snapshot(policies, broken, tuple(errors), self.snapshot.generation + 1)

    async def watch(self, stop: asyncio.Event, *, debounce_ms: int = 50) -> None:
        """Reload whenever files in the folder change, until ``stop`` is set."""
        from watchfiles import awatch

        async for _changes in awatch(self.folder, stop_event=stop, debounce=debounce_ms, step=20, recursive=False):
            try:
                self.reload()
            except Exception:  # keep watching: the last snapshot stays in force
                log.exception("policy reload failed; keeping the previous policies")


def _one_line(exc: BaseException) -> str:
    return "; ".join(line for line in str(exc).splitlines() if line) or type(exc).__name__


def _user_of(raw: bytes) -> str | None:
    """Best effort: the ``user`` field of a file that does not validate, so that user fails closed.

    When even that cannot be read, the caller falls back to the file name (``alice.yaml`` -> alice).
    """
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    user = data.get("user") if isinstance(data, dict) else None
    return user if isinstance(user, str) else None
