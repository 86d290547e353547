"""The policy store: one policy per end user, loaded from a folder and hot-reloaded.

Every reload builds a new immutable ``Snapshot`` and swaps it in with one assignment, so a request
reads one consistent view and concurrent requests never mix users. The rules:

- Each file is read once per reload (through the safe-file layer: regular files only, size cap);
  the policy's ``version`` is the sha256 of exactly the bytes that were parsed and applied, so a
  reload that races a save can never label older content with a newer hash.
- ``alice.yaml`` holds alice's policy and nobody else's: its ``user:`` must say ``alice``.
- Errors are isolated per file: one bad file affects only its user. A file whose *content* stops
  validating keeps its last good version (or, if it never loaded, its user fails closed). A file
  that cannot be used *as a file* (a directory or other special file in place of it, unreadable,
  over the size cap, a ``user:`` naming someone else, the same user in two files) makes its users
  fail closed at once (no last good version). Every failure is counted once in the reload-error
  metric, listed in ``health().problems`` and makes ``health().ready`` False until fixed.
- A missing or unreadable folder makes the store not ready and every user fail closed (the store
  cannot tell who has a policy, so it must not fall back to ``no_policy``).
- Reloads run off the event loop (``areload``) and one at a time; start-up never fails because of
  one user's file. Names starting with ``.`` (editor and temp files) are ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from guard.errors import GuardError
from guard.files import FileRefused, load_yaml, read_bytes
from guard.policy import FileProblems, OperatorSettings, Policy, parse_policy, user_for_file
from guard.policy.load import POLICY_SUFFIXES
from guard.policy.problems import POLICY_MAX_BYTES

log = logging.getLogger("guard.proxy.store")


class PolicyUnavailable(GuardError):
    """A user's policy exists but cannot be used (or the store is not ready): the request fails closed."""

    def __init__(self, user: str, reason: str) -> None:
        self.user = user
        self.reason = reason
        super().__init__(f"the privacy policy of user {user!r} is unavailable: {reason}")


@dataclass(frozen=True)
class StoreHealth:
    """For admins: ``ready`` is False when the folder or a file cannot be used; one line per problem."""

    ready: bool
    problems: tuple[str, ...]


@dataclass(frozen=True)
class FileError:
    """A policy file that failed to load on the latest reload."""

    file: str
    message: str
    user: str | None
    kept_version: str | None  # the last good version still applied, or None (its user fails closed)
    structural: bool = False  # the file itself is unusable (not its content): no last good version is kept
    claimed_user: str | None = (
        None  # a foreign ``user:`` it declares: that user fails closed too, unless they have a file
    )


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of all policies."""

    policies: dict[str, Policy] = field(default_factory=dict)
    broken: dict[str, str] = field(default_factory=dict)  # user -> why requests for them fail closed
    errors: tuple[FileError, ...] = ()
    generation: int = 0
    folder_error: str | None = None  # the folder cannot be listed: every user fails closed

    @property
    def ready(self) -> bool:
        return self.folder_error is None and not self.errors


@dataclass(frozen=True)
class _Failed:
    digest: str
    error: FileError


class PolicyStore:
    """Loads ``folder/*.yaml``; ``lookup(user)`` answers from the current snapshot."""

    def __init__(
        self,
        folder: Path,
        operator: OperatorSettings,
        *,
        on_reload: Callable[[Snapshot, int], None] | None = None,
        max_bytes: int = POLICY_MAX_BYTES,
    ) -> None:
        self.folder = folder
        self.operator = operator
        self.max_bytes = max_bytes
        self._on_reload = on_reload
        self._lock = threading.Lock()  # one reload at a time: a slow older reload never lands after a newer one
        self._good: dict[str, Policy] = {}  # file -> last good policy
        self._failed: dict[str, _Failed] = {}  # file -> failure of these exact bytes (counted once)
        self._folder_failed: str | None = None
        self.snapshot = Snapshot()
        self.reload()

    def close(self) -> None:
        """Nothing to release: the folder is read on reloads, and ``watch`` ends with its stop event."""

    def lookup(self, user: str) -> Policy | None:
        """The user's policy, or None when they have no file; ``PolicyUnavailable`` when it cannot be used."""
        snap = self.snapshot
        if snap.folder_error is not None:
            raise PolicyUnavailable(user, snap.folder_error)
        policy = snap.policies.get(user)
        if policy is not None:
            return policy
        reason = snap.broken.get(user)
        if reason is not None:
            raise PolicyUnavailable(user, reason)
        return None

    def health(self) -> StoreHealth:
        snap = self.snapshot
        problems = [snap.folder_error] if snap.folder_error else []
        for e in snap.errors:
            kept = f" (keeping version {e.kept_version[:12]})" if e.kept_version else " (its user fails closed)"
            problems.append(f"{e.file}: {e.message}{kept}")
        return StoreHealth(snap.ready, tuple(problems))

    async def areload(self) -> Snapshot:
        """``reload`` in a worker thread, so parsing never blocks the request loop."""
        return await asyncio.to_thread(self.reload)

    def reload(self) -> Snapshot:
        """Rescan the folder and swap in a new snapshot; returns it. Never raises for a bad file."""
        with self._lock:
            new_errors = 0
            try:
                names = self._list()
            except OSError as exc:
                reason = (
                    f"policies folder {self.folder} cannot be read ({exc.strerror or exc}); every user fails closed"
                )
                if self._folder_failed != reason:
                    new_errors += 1
                    log.error("%s", reason)
                self._folder_failed = reason
                self._good.clear()
                self._failed.clear()
                self.snapshot = Snapshot(generation=self.snapshot.generation + 1, folder_error=reason)
            else:
                self._folder_failed = None
                errors, new_errors = self._load_files(names)
                self.snapshot = self._build(errors)
            snap = self.snapshot
        if self._on_reload is not None:
            self._on_reload(snap, new_errors)
        return snap

    def _list(self) -> list[Path]:
        with os.scandir(self.folder) as it:
            return sorted(
                Path(e.path)
                for e in it
                if not e.name.startswith(".") and Path(e.name).suffix.lower() in POLICY_SUFFIXES
            )

    def _load_files(self, files: list[Path]) -> tuple[list[FileError], int]:
        names = {str(p) for p in files}
        for gone in set(self._good) - names:
            log.info("policy file removed: %s (user %s)", gone, self._good[gone].user)
            del self._good[gone]
        for gone in set(self._failed) - names:
            del self._failed[gone]
        errors: list[FileError] = []
        new_errors = 0
        for path in files:
            err, is_new = self._load_one(path)
            if err is not None:
                errors.append(err)
                new_errors += is_new
        return errors, new_errors

    def _load_one(self, path: Path) -> tuple[FileError | None, bool]:
        """Read, hash and parse one file (once); returns its error, if any, and whether it is new."""
        name = str(path)
        expected = user_for_file(path)
        good = self._good.get(name)
        try:
            raw = read_bytes(path, kind="policy", max_bytes=self.max_bytes)
        except FileRefused as exc:
            # the file itself is unusable: its user fails closed, even if an older version was good
            self._good.pop(name, None)
            return self._fail(name, f"refused:{exc}", FileError(name, _strip(str(exc), name), expected, None, True))
        digest = hashlib.sha256(raw).hexdigest()
        if good is not None and good.version == digest:
            return None, False
        failed = self._failed.get(name)
        if failed is not None and failed.digest == digest:
            return failed.error, False
        try:
            loaded = parse_policy(
                raw,
                source=name,
                catalog=self.operator.catalog,
                absolute=self.operator.absolute_set,
                expected_user=expected,
            )
        except (FileProblems, GuardError) as exc:
            declared = _user_of(raw)
            if declared is not None and declared != expected:  # e.g. mallory.yaml saying `user: alice`
                self._good.pop(name, None)
                msg = f"user: {declared!r} does not match the file name; {path.name} may only hold user {expected!r}"
                return self._fail(name, digest, FileError(name, msg, expected, None, True, declared))
            kept = good.version if good is not None else None
            return self._fail(name, digest, FileError(name, _strip(_one_line(exc), name), expected, kept))
        except Exception as exc:  # a bug must not take other users' reloads down
            log.exception("policy file %s: unexpected error while loading", name)
            self._good.pop(name, None)
            err = FileError(name, f"internal error while loading ({type(exc).__name__})", expected, None)
            return self._fail(name, digest, err)
        self._failed.pop(name, None)
        if good is not None:
            log.info("policy reloaded: %s (user %s, version %s)", name, loaded.policy.user, digest[:12])
        self._good[name] = loaded.policy
        return None, False

    def _fail(self, name: str, digest: str, err: FileError) -> tuple[FileError, bool]:
        old = self._failed.get(name)
        if old is not None and old.digest == digest and old.error.message == err.message:
            return old.error, False
        self._failed[name] = _Failed(digest, err)
        action = (
            f"keeping the last good version {err.kept_version[:12]}" if err.kept_version else "its user fails closed"
        )
        log.error("policy file invalid, %s: %s: %s", action, name, err.message)
        return err, True

    def _build(self, errors: list[FileError]) -> Snapshot:
        policies: dict[str, Policy] = {}
        owners: dict[str, str] = {}
        broken: dict[str, str] = {}
        for name, policy in sorted(self._good.items()):
            if policy.user in owners:
                msg = f"user {policy.user!r} is defined in both {owners[policy.user]} and {name}"
                errors.append(FileError(name, msg, policy.user, None, True))
                log.error("policy conflict, user fails closed: %s", msg)
                broken[policy.user] = "it is defined in two files"
                continue
            owners[policy.user] = name
            policies[policy.user] = policy
        for err in errors:
            if err.kept_version is None and err.user is not None:
                broken.setdefault(err.user, f"{Path(err.file).name} cannot be used")
            if err.claimed_user is not None and err.claimed_user not in owners:
                broken.setdefault(err.claimed_user, f"{Path(err.file).name} claims this user but is not their file")
        for user in broken:
            policies.pop(user, None)
        return Snapshot(policies, broken, tuple(errors), self.snapshot.generation + 1)

    async def watch(self, stop: asyncio.Event, *, debounce_ms: int = 50, retry_s: float = 1.0) -> None:
        """Reload whenever files in the folder change, until ``stop`` is set.

        If the folder disappears the store goes not ready and the watcher polls until it is back.
        """
        from watchfiles import awatch

        while not stop.is_set():
            try:
                async for _changes in awatch(
                    self.folder, stop_event=stop, debounce=debounce_ms, step=20, recursive=False
                ):
                    await self._safe_reload()
            except Exception as exc:  # the folder vanished or cannot be watched: reload, then retry
                log.warning("watching %s failed (%s); retrying", self.folder, exc)
            if stop.is_set():
                return
            await self._safe_reload()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), retry_s)

    async def _safe_reload(self) -> None:
        try:
            await self.areload()
        except Exception:  # keep watching: the last snapshot stays in force
            log.exception("policy reload failed; keeping the previous policies")


def _one_line(exc: BaseException) -> str:
    return "; ".join(line for line in str(exc).splitlines() if line) or type(exc).__name__


def _strip(message: str, name: str) -> str:
    """Drop ``<file>:`` prefixes (the file is shown next to the message already); ``<file>:N:`` -> ``line N:``."""
    message = re.sub(rf"{re.escape(name)}:(\d+):", r"line \1:", message)
    return re.sub(rf"{re.escape(name)}: ?", "", message)


def _user_of(raw: bytes) -> str | None:
    """Best effort: the ``user`` field of a file that does not validate (to spot a foreign ``user:``)."""
    try:
        data = load_yaml(raw.decode("utf-8-sig"), source="policy", max_depth=8)
    except (FileRefused, UnicodeDecodeError):
        return None
    user = data.get("user") if isinstance(data, dict) else None
    return user if isinstance(user, str) else None
