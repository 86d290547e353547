"""Settings of the fleet stores: where policies and audit rows live, and the end-user policy page.

Kept apart from ``guard.proxy.config`` (which embeds these models) so the stores import nothing of
the proxy. A DSN may hold a password: give it through ``dsn_env`` (the name of an environment
variable) rather than inline; asyncpg also honours ``PGPASSWORD`` and ``~/.pgpass``.
"""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guard.errors import GuardError


class StoreConfigError(GuardError):
    """A store setting cannot be used (one line naming the field)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Database(_Strict):
    """Where a PostgreSQL store connects: ``dsn`` inline or the environment variable ``dsn_env``."""

    dsn: str | None = Field(
        default=None,
        pattern=r"^postgres(ql)?://",
        description="postgresql://user@host:port/db (no password here: use dsn_env, PGPASSWORD or ~/.pgpass)",
    )
    dsn_env: str | None = Field(
        default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="environment variable holding the DSN"
    )
    connect_timeout_s: float = Field(default=5.0, gt=0, le=120, description="seconds to wait for a connection")

    def resolve_dsn(self, field: str) -> str:
        """The DSN to connect with; ``StoreConfigError`` naming ``field`` when none is set."""
        if self.dsn_env:
            value = os.environ.get(self.dsn_env, "")
            if not value:
                raise StoreConfigError(f"{field}.dsn_env: environment variable {self.dsn_env} is not set or empty")
            if not value.startswith(("postgres://", "postgresql://")):
                raise StoreConfigError(
                    f"{field}.dsn_env: {self.dsn_env} does not hold a postgresql:// DSN"
                )  # never echo the value: it may hold a password
            return value
        if self.dsn:
            return self.dsn
        raise StoreConfigError(f"{field}: kind postgres needs dsn or dsn_env")


class PolicyStoreSettings(Database):
    """Where end users' policies live: the ``policies`` folder (default) or PostgreSQL (a fleet)."""

    kind: Literal["files", "postgres"] = Field(
        default="files", description="files: the policies folder, watched; postgres: shared by every replica"
    )
    poll_s: float = Field(
        default=2.0,
        gt=0,
        le=300,
        description="postgres: seconds between change polls (LISTEN/NOTIFY applies changes at once; polling "
        "is the fallback when notifications are lost)",
    )
    reconnect_s: float = Field(default=1.0, gt=0, le=60, description="postgres: seconds between reconnect tries")

    @model_validator(mode="after")
    def _dsn(self) -> PolicyStoreSettings:
        if self.kind == "postgres" and not (self.dsn or self.dsn_env):
            raise ValueError("kind postgres needs dsn or dsn_env")
        return self


class PolicyPageSettings(_Strict):
    """The end-user policy page (``/guard/policy``): off unless a signing secret is configured."""

    secret_env: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="environment variable holding the token signing secret (at least 32 characters); "
        "every replica needs the same one. Unset: the page and token minting are off",
    )
    token_ttl_s: int = Field(default=900, ge=30, le=86400, description="default lifetime of a page token, seconds")

    def secret(self) -> bytes | None:
        """The signing secret, or None when the page is off; ``StoreConfigError`` when it is too short."""
        if not self.secret_env:
            return None
        value = os.environ.get(self.secret_env, "")
        if len(value) < 32:
            raise StoreConfigError(
                f"policy_page.secret_env: {self.secret_env} must hold at least 32 characters "
                f"(it holds {len(value)}); e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
            )
        return value.encode("utf-8")
