"""What certification talks to: the guard proxy, in-process (``httpx.ASGITransport``) or over HTTP.

Both read the proxy's own configuration (``guard.proxy.config.load_config``) so the plan uses the
operator settings, the user's policy and the key's scenario rules the live proxy would apply.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import httpx

from guard.bench.models import ChatModel, OpenAIHTTPModel
from guard.errors import GuardError
from guard.policy import OperatorSettings, Policy


class TargetError(GuardError):
    """The certification target cannot be set up (unknown alias or user, key not allowed, ...)."""


@dataclass
class Target:
    model: ChatModel
    kind: str
    upstream: str
    operator: OperatorSettings
    policy: Policy
    fixed_scenario: str | None
    allowed_scenarios: frozenset[str] | None
    app: Any = None  # the in-process proxy app, whose clients must be closed too
    enforcement: str = "instruct"
    """The enforcement mode the proxy applies to this alias and key (instruct | verify | precheck)."""

    async def aclose(self) -> None:
        """Close our client and, in-process, the proxy's upstream clients (no lifespan runs there)."""
        await self.model.aclose()
        if self.app is not None:
            await self.app.state.guard.aclose()

    def headers(self, user: str, scenario: str | None) -> dict[str, str]:
        h = {"X-Guard-User": user}
        if scenario is not None and self.fixed_scenario is None:
            h["X-Guard-Scenario"] = scenario
        return h


def describe_upstream(settings: Any, alias: str) -> str:
    if alias not in settings.models:
        raise TargetError(f"model alias {alias!r} is not configured; valid: {', '.join(sorted(settings.models))}")
    up = settings.models[alias].upstream
    urls = [up.base_url] if getattr(up, "base_url", None) else [m.base_url for m in getattr(up, "members", ())]
    return f"{up.kind}:{up.model}" + (f"@{','.join(urls)}" if urls else "")


def user_policy(settings: Any, user: str) -> Policy:
    """The policy the proxy would apply to ``user``, read from the store it reads (the policies folder
    or a fleet's database); fails when the proxy would refuse the user."""
    from guard.stores.factory import build_policy_store

    operator = settings.operator_settings
    try:
        store = build_policy_store(settings, operator)
        try:
            policy = store.lookup(user)
        finally:
            store.close()
    except GuardError as exc:
        raise TargetError(f"user {user!r}: {exc}") from None
    if policy is not None:
        return policy
    if settings.no_policy == "default":
        if settings.default_policy is None:
            return Policy("*default*", (), (), version="builtin-default", source="built-in")
        from guard.policy import load_policy

        return load_policy(settings.default_policy, catalog=operator.catalog, absolute=operator.absolute_set).policy
    where = "the policy database" if settings.policy_store.kind == "postgres" else f"{settings.policies}"
    raise TargetError(f"user {user!r} has no policy in {where} and the config rejects such users")


def enforcement_of(settings: Any, alias: str, key_override: str | None = None) -> str:
    """The enforcement mode the proxy applies: the key's override, else the alias's."""
    return str(key_override or settings.models[alias].enforcement)


def render_mode_of(settings: Any, alias: str) -> str:
    """The render mode the proxy applies for ``alias``: the alias's own, else the operator's."""
    return str(settings.models[alias].render_mode or settings.operator_settings.render_mode)


def inprocess_target(
    settings: Any, user: str, alias: str, scenarios: frozenset[str], render_mode: str | None = None
) -> Target:
    """The proxy app built from ``settings`` and driven in-process, with a one-off key for this run.

    The key lives only in memory; audit and file watching are off so certification leaves no trace
    in the operator's audit log. ``render_mode`` overrides the alias's mode (certify both ``raw`` and
    ``resolved`` to see which one a model follows better; docs/design.md, "Prompt format").
    """
    from guard.proxy.app import create_app
    from guard.proxy.auth import hash_key
    from guard.proxy.config import ApiKey

    upstream = describe_upstream(settings, alias)
    key = "sk-certify-" + secrets.token_urlsafe(24)
    api_key = ApiKey(id="certify", sha256=hash_key(key), users=[user], scenarios=sorted(scenarios), models=[alias])
    run_settings = settings.model_copy(
        update={
            "keys": [*settings.keys, api_key],
            "watch": False,
            "audit": settings.audit.model_copy(update={"enabled": False}),
        }
    )
    if render_mode is not None:
        alias_spec = settings.models[alias].model_copy(update={"render_mode": render_mode})
        run_settings = run_settings.model_copy(update={"models": {**settings.models, alias: alias_spec}})
    app = create_app(run_settings)
    model = OpenAIHTTPModel(
        "http://guard.invalid/v1", alias, api_key=key, transport=httpx.ASGITransport(app=app), alias=f"guard:{alias}"
    )
    return Target(
        model,
        "guard proxy (in-process)",
        upstream,
        settings.operator_settings,
        user_policy(settings, user),
        None,
        None,
        app,
        enforcement_of(settings, alias),
    )


def http_target(settings: Any, url: str, key: str, user: str, alias: str, timeout: float = 120.0) -> Target:
    """A running proxy at ``url``; the key's scenario rules are read from the config by its hash."""
    from guard.proxy.auth import hash_key

    upstream = describe_upstream(settings, alias)
    digest = hash_key(key)
    entry = next((k for k in settings.all_keys() if k.sha256 == digest), None)
    if entry is None:
        raise TargetError("--key: this key is not configured in the given config (compare `guard keys` output)")
    if entry.fixed_user is not None and entry.fixed_user != user:
        raise TargetError(f"--key: key {entry.id!r} acts only for user {entry.fixed_user!r}, not {user!r}")
    catalog = settings.operator_settings.catalog
    fixed = catalog.scenario(entry.scenario).id if entry.scenario else None
    allowed = frozenset(catalog.scenario(s).id for s in entry.scenarios)
    model = OpenAIHTTPModel(url, alias, api_key=key, timeout=timeout, alias=f"guard-http:{url}:{alias}")
    return Target(
        model,
        f"guard proxy at {url}",
        upstream,
        settings.operator_settings,
        user_policy(settings, user),
        fixed,
        allowed,
        enforcement=enforcement_of(settings, alias, getattr(entry, "enforcement", None)),
    )
