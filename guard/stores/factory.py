"""Building the configured stores: the embedded default (files + SQLite) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from guard.policy import OperatorSettings
from guard.proxy.store import PolicyStore as FilePolicyStore
from guard.proxy.store import Snapshot
from guard.stores.base import AuditSink, PolicyEditor, PolicyStore
from guard.stores.settings import Database

if TYPE_CHECKING:
    from guard.proxy.config import GuardSettings


def build_policy_store(
    settings: GuardSettings, operator: OperatorSettings, *, on_reload: Callable[[Snapshot, int], None] | None = None
) -> PolicyStore:
    if settings.policy_store.kind == "postgres":
        from guard.stores.pg_policies import PgPolicyStore

        return PgPolicyStore(settings.policy_store, operator, on_reload=on_reload)
    return FilePolicyStore(settings.policies, operator, on_reload=on_reload)


def audit_database(settings: GuardSettings) -> str:
    """The DSN of a postgres audit (``StoreConfigError`` naming the field when unset)."""
    a = settings.audit
    return Database(dsn=a.dsn, dsn_env=a.dsn_env).resolve_dsn("audit")


def build_audit_sink(settings: GuardSettings) -> AuditSink | None:
    a = settings.audit
    if not a.enabled:
        return None
    if a.kind == "postgres":
        from guard.stores.pg_audit import PgAuditSink

        return PgAuditSink(audit_database(settings))
    from guard.proxy.audit import AuditLog

    return AuditLog(a.path, synchronous="FULL" if a.synchronous == "full" else "NORMAL")


def build_editor(settings: GuardSettings, store: PolicyStore) -> PolicyEditor:
    """The editor matching the store; after a write the store picks the change up at once."""
    if settings.policy_store.kind == "postgres":
        from guard.stores.pg_policies import PgPolicyEditor, PgPolicyStore

        poke = store.poke if isinstance(store, PgPolicyStore) else None
        return PgPolicyEditor(settings.policy_store, on_change=poke)
    from guard.stores.file_editor import FilePolicyEditor

    reload = store.areload if isinstance(store, FilePolicyStore) else None
    return FilePolicyEditor(settings.policies, on_change=reload)
