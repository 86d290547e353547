"""API keys -> principal: which end user, scenario and models a request may use.

Keys are only ever held as sha256 digests. The scenario comes from the key (or an ``X-Guard-Scenario``
header the key allows), never from message text.

The keys file reloads live: every authentication stats the file (cheap) and re-reads it when it
changed, so a key removed with an editor stops working on the next request and a key added with
``guard keys add`` works without a restart. While the file is invalid (unreadable, bad YAML, an
unknown scenario, a duplicate), its keys are not accepted: such requests fail closed with 503 and the
reason goes to the log; inline keys from the config keep working.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guard.errors import GuardError
from guard.files import FileRefused, read_bytes
from guard.policy.model import USER_PATTERN
from guard.policy.problems import POLICY_MAX_BYTES, FileProblems, parse_yaml, validation_problems
from guard.proxy.config import ANY, ApiKey, GuardSettings, KeysFile
from guard.proxy.errors import BadRequest, Forbidden, NotReady, Unauthorized
from guard.taxonomy import Catalog, Scenario

log = logging.getLogger("guard.proxy.auth")

KEYS_MAX_BYTES = POLICY_MAX_BYTES
"""Largest keys file read (about 1,000 keys); the same cap the config check applies at start-up."""
RACY_S = 2.0
"""A keys file changed less than this long ago is re-hashed on each check: an edit within the file
system's timestamp granularity that keeps the size would otherwise go unseen."""

KEY_PREFIX = "sk-guard-"
_USER_RE = re.compile(USER_PATTERN)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A fresh random key (256 bits); print it once, store only ``hash_key(key)``."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Principal:
    """Who a request acts for, after authentication and authorisation."""

    key_id: str
    user: str
    scenario: Scenario | None


@dataclass(frozen=True)
class _KeyEntry:
    key: ApiKey
    scenario: Scenario | None
    scenarios: dict[str, Scenario]


class KeyTable:
    """Looks up keys by digest and applies each key's user, scenario and model rules.

    ``keys`` are fixed (the config's inline keys); with ``keys_file`` the table also holds that file's
    keys and follows its changes (see the module docstring).
    """

    def __init__(
        self,
        keys: Iterable[ApiKey],
        catalog: Catalog,
        *,
        keys_file: Path | None = None,
        enforcements: Collection[str] | None = None,
    ) -> None:
        self._catalog = catalog
        self._enforcements = enforcements  # modes this server can apply; a file key needing another is refused
        self._inline = _entries(keys, catalog)
        self._file = keys_file
        self._by_hash: dict[str, _KeyEntry] = dict(self._inline)
        self._signature: tuple[int, ...] | None = None
        self._digest: str | None = None
        self.problem: str | None = None  # why the keys file's keys are not accepted right now
        if keys_file is not None:
            self._refresh(force=True)

    @classmethod
    def from_settings(cls, settings: GuardSettings, *, enforcements: Collection[str] | None = None) -> KeyTable:
        """Inline keys plus the live ``keys_file``.

        ``enforcements``: the modes this server can apply (default: as the app decides at start-up,
        ``verify``/``precheck`` only when a model alias or a key used them then).
        """
        if enforcements is None:
            verifying = settings.verification_used(settings.all_keys())
            enforcements = {"instruct", "verify", "precheck"} if verifying else {"instruct"}
        return cls(
            settings.keys, settings.operator_settings.catalog, keys_file=settings.keys_file, enforcements=enforcements
        )

    def __len__(self) -> int:
        self._refresh()
        return len(self._by_hash)

    def authenticate(self, authorization: str | None) -> _KeyEntry:
        """The key entry for an ``Authorization: Bearer <key>`` header; 401 otherwise."""
        if not authorization:
            raise Unauthorized("missing API key: send 'Authorization: Bearer <key>'")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("malformed Authorization header: expected 'Bearer <key>'")
        self._refresh()
        entry = self._by_hash.get(hash_key(token.strip()))
        if entry is None:
            if self.problem is not None:
                raise NotReady(
                    "the guard's keys file is invalid, so keys from it are not accepted; see the guard's log"
                )
            raise Unauthorized("unknown API key")
        return entry

    def _refresh(self, *, force: bool = False) -> None:
        """Re-read the keys file when its stat signature changed (or it changed very recently)."""
        path = self._file
        if path is None:
            return
        try:
            st = os.stat(path)
        except FileNotFoundError:  # no file (yet): no file keys, like ``guard keys add`` expects
            if force or self._signature is not None or self.problem is not None:
                self._apply({}, "", None)
            return
        except OSError as exc:
            self._fail(f"{path}: cannot be read: {exc.strerror or exc}", None)
            return
        signature = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
        recent = time.time() - st.st_mtime < RACY_S
        if not force and signature == self._signature and not recent:
            return
        try:
            raw = read_bytes(path, kind="keys", max_bytes=KEYS_MAX_BYTES)
        except FileRefused as exc:
            self._fail(str(exc), signature)
            return
        digest = hashlib.sha256(raw).hexdigest()
        if not force and digest == self._digest:
            self._signature = signature
            return
        try:
            keys = parse_keys(raw, source=str(path))
            _check_enforcements(keys, self._enforcements)
            entries = _entries(keys, self._catalog, inline=self._inline)
        except GuardError as exc:
            self._fail(" ".join(str(exc).split()), signature)
            return
        self._apply(entries, digest, signature)

    def _apply(self, entries: dict[str, _KeyEntry], digest: str, signature: tuple[int, ...] | None) -> None:
        if self.problem is not None:
            log.warning("keys file %s is valid again", self._file)
        old = {e.key.id for e in self._by_hash.values()}
        self._by_hash = {**self._inline, **entries}
        new = {e.key.id for e in self._by_hash.values()}
        if self._signature is not None and old != new:
            log.info("keys reloaded: %d key(s); added %s; removed %s", len(new), sorted(new - old), sorted(old - new))
        self._signature, self._digest, self.problem = signature, digest, None

    def _fail(self, problem: str, signature: tuple[int, ...] | None) -> None:
        if problem != self.problem:
            log.error("keys file invalid, its keys are refused until it is fixed: %s", problem)
        self._by_hash = dict(self._inline)
        self._signature, self._digest, self.problem = signature, None, problem

    @staticmethod
    def authorize(entry: _KeyEntry, *, model: str, user_header: str | None, scenario_header: str | None) -> Principal:
        """Apply the key's rules to the requested model, user and scenario (403 when not allowed)."""
        key = entry.key
        if ANY not in key.model_set and model not in key.model_set:
            raise Forbidden(f"model {model!r} is not allowed for key {key.id!r}", param="model")
        user = _user(key, user_header)
        scenario = entry.scenario
        if scenario_header:
            chosen = entry.scenarios.get(scenario_header)
            if chosen is None:
                allowed = sorted({s.id for s in entry.scenarios.values()})
                raise Forbidden(
                    f"X-Guard-Scenario {scenario_header!r} is not allowed for key {key.id!r}; "
                    f"allowed: {', '.join(allowed) or 'none (the scenario is fixed by the key)'}"
                )
            scenario = chosen
        return Principal(key.id, user, scenario)


def _user(key: ApiKey, header: str | None) -> str:
    fixed = key.fixed_user
    if fixed is not None:
        if header and header != fixed:
            raise Forbidden(f"key {key.id!r} acts only for its own user; X-Guard-User {header!r} is not allowed")
        return fixed
    if not header:
        raise BadRequest("missing X-Guard-User header: this key acts for several users, name the end user")
    if not _USER_RE.match(header):
        raise BadRequest(f"X-Guard-User {header[:64]!r} is not a user id (letters, digits and . _ @ + -, max 128)")
    if key.any_user or header in key.user_set:
        return header
    raise Forbidden(f"user {header!r} is not allowed for key {key.id!r}")


def _entries(
    keys: Iterable[ApiKey], catalog: Catalog, *, inline: dict[str, _KeyEntry] | None = None
) -> dict[str, _KeyEntry]:
    """Entries by digest; unknown scenarios and duplicates (also against ``inline``) raise GuardError."""
    out: dict[str, _KeyEntry] = {}
    ids = {e.key.id for e in (inline or {}).values()}
    for key in keys:
        if key.id in ids:
            raise GuardError(f"keys[{key.id}].id: duplicate key id {key.id!r}")
        if key.sha256 in out or key.sha256 in (inline or {}):
            raise GuardError(f"keys[{key.id}].sha256: the same key is configured twice")
        ids.add(key.id)
        fixed = catalog.scenario(key.scenario) if key.scenario else None
        allowed = {}
        for name in key.scenarios:
            sc = catalog.scenario(name)
            allowed[sc.id] = sc
            allowed[name] = sc
        out[key.sha256] = _KeyEntry(key, fixed, allowed)
    return out


def _check_enforcements(keys: Iterable[ApiKey], available: Collection[str] | None) -> None:
    for key in keys:
        if available is not None and key.enforcement is not None and key.enforcement not in available:
            raise GuardError(
                f"keys[{key.id}].enforcement: {key.enforcement!r} is not available in this running guard "
                f"(it built {', '.join(sorted(available))}); restart the guard to use it"
            )


def parse_keys(raw: bytes, *, source: str) -> list[ApiKey]:
    """Keys from the bytes of a keys file (parsed once: what is hashed is what is applied)."""
    doc = parse_yaml(raw, source=source, what="keys")
    try:
        return KeysFile.model_validate(doc.data).keys
    except ValidationError as exc:
        raise FileProblems(validation_problems(doc, exc, KeysFile)) from None
