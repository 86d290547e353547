"""The ``PolicyEditor`` of the embedded default: ``<policies>/<user>.yaml`` files.

Each change is a read-compare-replace under an exclusive lock (``guard.files.locked``) with an atomic
replace, so two writers (two API calls, or the API and another process using this editor) never
lose an update. The version is the sha256 of the file's bytes, exactly what the policy store applies
and the audit records. History (who changed what, when) is appended to ``<policies>/.history/<user>.jsonl``
(a hidden folder the store ignores); a file edited by hand shows up there only as the version the
next API write replaced.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from guard.files import FileMissing, FileRefused, atomic_write, locked, read_bytes
from guard.policy.load import POLICY_SUFFIXES
from guard.policy.problems import POLICY_MAX_BYTES
from guard.stores.base import Change, PreconditionFailed, StoredPolicy, StoreUnavailable, check_precondition

HISTORY = ".history"
HISTORY_MAX_BYTES = 64 * 1024 * 1024


class FilePolicyEditor:
    """Reads and writes ``<folder>/<user>.yaml`` (or an existing ``.yml``); ``on_change`` runs after a write."""

    def __init__(self, folder: Path, *, on_change: Callable[[], Awaitable[object]] | None = None) -> None:
        self.folder = folder
        self._on_change = on_change

    def _path(self, user: str) -> Path:
        for suffix in POLICY_SUFFIXES:
            candidate = self.folder / f"{user}{suffix}"
            if candidate.exists() or candidate.is_symlink():
                return candidate
        return self.folder / f"{user}.yaml"

    def _history(self, user: str) -> Path:
        return self.folder / HISTORY / f"{user}.jsonl"

    def _read(self, path: Path) -> bytes | None:
        try:
            return read_bytes(path, kind="policy", max_bytes=POLICY_MAX_BYTES)
        except FileMissing:
            return None
        except FileRefused as exc:
            raise StoreUnavailable(str(exc)) from None

    async def get(self, user: str) -> StoredPolicy | None:
        return await asyncio.to_thread(self._get, user)

    def _get(self, user: str) -> StoredPolicy | None:
        path = self._path(user)
        body = self._read(path)
        if body is None:
            return None
        try:
            at: float | None = path.stat().st_mtime
        except OSError:
            at = None
        return StoredPolicy(user, hashlib.sha256(body).hexdigest(), body, at, None)

    async def put(self, user: str, body: bytes, *, if_match: str | None, actor: str) -> StoredPolicy:
        stored = await asyncio.to_thread(self._change, user, body, if_match, actor)
        assert stored is not None
        if self._on_change is not None:
            await self._on_change()
        return stored

    async def delete(self, user: str, *, if_match: str | None, actor: str) -> None:
        await asyncio.to_thread(self._change, user, None, if_match, actor)
        if self._on_change is not None:
            await self._on_change()

    def _change(self, user: str, body: bytes | None, if_match: str | None, actor: str) -> StoredPolicy | None:
        history = self._history(user)
        try:
            with locked(history):
                path = self._path(user)
                old = self._read(path)
                current = None if old is None else hashlib.sha256(old).hexdigest()
                if body is None and current is None:
                    raise PreconditionFailed(f"user {user!r} has no stored policy", current=None)
                check_precondition(current, if_match, user)
                version = None if body is None else hashlib.sha256(body).hexdigest()
                if body is None:
                    os.unlink(path)
                else:
                    atomic_write(path, body, mode=0o600)
                entry = {
                    "action": "delete" if body is None else "put",
                    "version": version,
                    "at": time.time(),
                    "by": actor,
                    "body": None if body is None else base64.b64encode(body).decode(),
                }
                with history.open("a", encoding="utf-8") as fh:
                    os.fchmod(fh.fileno(), 0o600)
                    fh.write(json.dumps(entry) + "\n")
                    fh.flush()
                    os.fsync(fh.fileno())
        except OSError as exc:
            why = exc.strerror or exc
            raise StoreUnavailable(f"policies folder {self.folder}: {why}; nothing was changed") from None
        if body is None or version is None:
            return None
        return StoredPolicy(user, version, body, time.time(), actor)

    async def history(self, user: str, *, limit: int = 100) -> list[Change]:
        return await asyncio.to_thread(self._read_history, user, limit)

    def _read_history(self, user: str, limit: int) -> list[Change]:
        path = self._history(user)
        try:
            text = read_bytes(path, kind="policy history", max_bytes=HISTORY_MAX_BYTES).decode("utf-8", "replace")
        except FileMissing:
            return []
        except FileRefused as exc:
            raise StoreUnavailable(str(exc)) from None
        out: list[Change] = []
        for line in reversed(text.splitlines()):
            try:
                e = json.loads(line)
                body = None if e.get("body") is None else base64.b64decode(e["body"])
                out.append(Change(user, str(e["action"]), e.get("version"), float(e["at"]), str(e["by"]), body))
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line (crash mid-append) is skipped, never fatal
            if len(out) >= limit:
                break
        return out
