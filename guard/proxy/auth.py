"""API keys -> principal: which end user, scenario and models a request may use.

Keys are only ever held as sha256 digests. The scenario comes from the key (or an ``X-Guard-Scenario``
header the key allows), never from message text.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from guard.policy.model import USER_PATTERN
from guard.proxy.config import ANY, ApiKey
from guard.proxy.errors import BadRequest, Forbidden, Unauthorized
from guard.taxonomy import Catalog, Scenario

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
    """Looks up keys by digest and applies each key's user, scenario and model rules."""

    def __init__(self, keys: Iterable[ApiKey], catalog: Catalog) -> None:
        self._by_hash: dict[str, _KeyEntry] = {}
        for key in keys:
            fixed = catalog.scenario(key.scenario) if key.scenario else None
            allowed = {}
            for name in key.scenarios:
                sc = catalog.scenario(name)
                allowed[sc.id] = sc
                allowed[name] = sc
            self._by_hash[key.sha256] = _KeyEntry(key, fixed, allowed)

    def __len__(self) -> int:
        return len(self._by_hash)

    def authenticate(self, authorization: str | None) -> _KeyEntry:
        """The key entry for an ``Authorization: Bearer <key>`` header; 401 otherwise."""
        if not authorization:
            raise Unauthorized("missing API key: send 'Authorization: Bearer <key>'")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("malformed Authorization header: expected 'Bearer <key>'")
        entry = self._by_hash.get(hash_key(token.strip()))
        if entry is None:
            raise Unauthorized("unknown API key")
        return entry

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
