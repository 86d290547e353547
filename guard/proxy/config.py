"""The proxy configuration (``guard serve --config guard.yaml``), validated once at start-up.

Stable interface: ``GuardSettings`` (pydantic, ``extra="forbid"``) and ``load_config(path)``. Relative
paths in the file are resolved against the file's folder, so a config works from any working
directory. Keys are stored as sha256 hashes only, inline (``keys``) or in a ``keys_file`` that
``guard keys add`` appends to. See ``examples/guard.yaml`` for a complete, commented example.
"""

from __future__ import annotations

import os
import re
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guard.errors import GuardError
from guard.policy import FileProblems, OperatorSettings, RenderMode, load_operator, load_policy
from guard.policy.model import USER_PATTERN
from guard.policy.problems import read_yaml, validation_problems
from guard.proxy.errors import ConfigError
from guard.proxy.http_clients import ClientKind
from guard.proxy.pool import PoolMember, PoolSettings, member_problems
from guard.stores.settings import PolicyPageSettings, PolicyStoreSettings
from guard.verify.registry import VerifyConfigError, build_checks
from guard.verify.settings import VerifySettings

ANY = "*"
SHA256 = r"^[0-9a-f]{64}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApiKey(_Strict):
    """One client key: who it may act for, under which scenario, on which models."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", description="a name for logs and audit, e.g. app-1")
    sha256: str = Field(pattern=SHA256, description="sha256 hex digest of the key (64 lower-case hex characters)")
    users: str | list[str] = Field(
        description="a fixed user id, a list of user ids, or '*' for any user named in the X-Guard-User header"
    )
    scenario: str | None = Field(
        default=None, description="the scenario applied to this key's requests (a scenario id), or none"
    )
    scenarios: list[str] = Field(
        default_factory=list,
        description="scenario ids the client may choose per request with the X-Guard-Scenario header",
    )
    models: list[str] = Field(default_factory=lambda: [ANY], description="model aliases this key may use, or ['*']")
    enforcement: Literal["instruct", "verify", "precheck"] | None = Field(
        default=None, description="overrides the model alias's enforcement for this key's requests"
    )
    admin: bool = Field(
        default=False,
        description="may read operational details (GET /readyz with policy problems and upstreams) and manage "
        "the policies of its users through the policy API (/v1/guard/policies, policy page links)",
    )

    @field_validator("users")
    @classmethod
    def _users(cls, value: str | list[str]) -> str | list[str]:
        names = [value] if isinstance(value, str) else value
        if not names:
            raise ValueError("empty list; name at least one user, or use '*'")
        for name in names:
            if name != ANY and not re.match(USER_PATTERN, name):
                raise ValueError(f"{name!r} is not a user id (letters, digits and . _ @ + -) or '*'")
        return value

    @property
    def any_user(self) -> bool:
        return self.users == ANY or (isinstance(self.users, list) and ANY in self.users)

    @property
    def fixed_user(self) -> str | None:
        """The single user a key acts for when the client may not choose one."""
        if isinstance(self.users, str) and self.users != ANY:
            return self.users
        return None

    @cached_property
    def user_set(self) -> frozenset[str]:
        return frozenset([self.users] if isinstance(self.users, str) else self.users)

    @cached_property
    def model_set(self) -> frozenset[str]:
        return frozenset(self.models)


_HEADER_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+")
_FRAMING_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection"})


class OpenAIUpstream(_Strict):
    """An OpenAI-compatible server (vLLM, TGI, OpenAI itself): the direct, low-overhead path (``http_client``)."""

    kind: Literal["openai"] = "openai"
    base_url: str | None = Field(
        default=None, pattern=r"^https?://", description="the server's /v1 URL, e.g. http://127.0.0.1:8000/v1"
    )
    members: list[PoolMember] = Field(
        default_factory=list,
        max_length=64,
        description="instead of base_url: several servers of the same model, balanced by requests in flight "
        "(docs/pools.md)",
    )
    pool: PoolSettings = Field(default_factory=PoolSettings, description="ejection and probing of members")
    model: str = Field(min_length=1, description="the upstream model name, e.g. a vLLM LoRA adapter name")
    api_key_env: str | None = Field(
        default=None, description="name of the environment variable holding the upstream API key (never inline)"
    )
    headers: dict[str, str] = Field(default_factory=dict, description="extra headers sent upstream")

    @field_validator("headers")
    @classmethod
    def _headers(cls, headers: dict[str, str]) -> dict[str, str]:
        for name, value in headers.items():
            if not _HEADER_NAME.fullmatch(name) or name.lower() in _FRAMING_HEADERS:
                raise ValueError(
                    f"header {name[:60]!r}: a name is letters, digits and !#$%&'*+-.^_`|~, and not one of "
                    f"{', '.join(sorted(_FRAMING_HEADERS))} (the guard frames each request itself)"
                )
            if any(c in value for c in "\r\n\0"):
                raise ValueError(f"header {name!r}: the value holds a line break or NUL")
        return headers

    @model_validator(mode="after")
    def _servers(self) -> OpenAIUpstream:
        problem = member_problems(self.base_url, self.members)
        if problem:
            raise ValueError(problem)
        return self

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


class LiteLLMUpstream(_Strict):
    """Any provider litellm supports; imported lazily, used only by aliases that name it."""

    kind: Literal["litellm"]
    model: str = Field(min_length=1, description="a litellm model string, e.g. openai/gpt-4o or anthropic/claude-...")
    params: dict[str, Any] = Field(
        default_factory=dict, description="extra litellm arguments (api_base, api_key, num_retries, ...)"
    )


Upstream = Annotated[OpenAIUpstream | LiteLLMUpstream, Field(discriminator="kind")]


class ModelAlias(_Strict):
    """What clients call a model, and where and how the guard sends it."""

    upstream: Upstream
    render_mode: RenderMode | None = Field(
        default=None, description="raw or resolved; default: the operator's render_mode"
    )
    enforcement: Literal["instruct", "verify", "precheck"] = Field(
        default="instruct",
        description="instruct: inject the policy and trust the adapter; verify: also check each answer "
        "(settings: verify); precheck: verify, and refuse questions that target an evaded category "
        "without calling the upstream",
    )
    timeout_s: float = Field(default=60.0, gt=0, le=3600, description="seconds to wait for the upstream")
    fallbacks: list[str] = Field(default_factory=list, description="other aliases tried in order on upstream errors")
    allow_fields: list[str] = Field(
        default_factory=list,
        description="extra request fields clients may send for this alias, forwarded as given (e.g. top_k); "
        "everything else outside the OpenAI generation parameters is refused with a 400",
    )

    @model_validator(mode="after")
    def _allowed(self) -> ModelAlias:
        from guard.proxy.protocol import LITELLM_FORBIDDEN, REQUEST_FIELDS

        for name in self.allow_fields:
            if name in ("model", "messages", "stream") or name in REQUEST_FIELDS:
                raise ValueError(f"allow_fields: {name!r} is handled by the guard itself; remove it")
            if isinstance(self.upstream, LiteLLMUpstream) and name in LITELLM_FORBIDDEN:
                raise ValueError(
                    f"allow_fields: {name!r} would let a client choose where a litellm request goes or what it "
                    "answers; set it in upstream.params instead"
                )
        return self


class Limits(_Strict):
    """What one request may contain; everything over a limit is a 400/413 naming the limit."""

    max_request_bytes: int = Field(default=20 * 1024 * 1024, gt=0, description="largest request body, in bytes")
    max_image_bytes: int = Field(default=10 * 1024 * 1024, gt=0, description="largest decoded data-URL image, bytes")
    max_image_pixels: int = Field(
        default=40_000_000, gt=0, description="largest image, width x height as its header declares (not decoded)"
    )
    max_images: int = Field(
        default=8, ge=0, description="most media parts in one request, over all turns (images are the only media)"
    )
    allow_image_urls: bool = Field(default=True, description="accept http(s) image URLs (the upstream fetches them)")
    max_messages: int = Field(default=512, gt=0, description="most messages in one request")
    max_parts: int = Field(default=64, gt=0, description="most content parts in one message")
    max_tools: int = Field(default=64, ge=0, description="most tools (and tool calls per message)")
    max_choices: int = Field(default=8, gt=0, description="largest n (answer choices)")
    max_json_depth: int = Field(default=48, ge=8, le=200, description="deepest JSON nesting accepted in a body")


class ServerSettings(_Strict):
    """Connection-level limits of ``guard serve`` (slow or idle clients cannot hold the server)."""

    header_timeout_s: float = Field(default=10.0, gt=0, description="seconds a client has to send request headers")
    body_timeout_s: float = Field(default=30.0, gt=0, description="seconds a client has to send the request body (408)")
    keep_alive_s: float = Field(default=5.0, gt=0, description="idle keep-alive connections close after this")
    max_connections: int = Field(
        default=2048, gt=0, description="open connections served at once; more are answered 503"
    )
    shutdown_timeout_s: float = Field(
        default=15.0, gt=0, description="on SIGTERM, open streams get this long to finish, then are closed"
    )


class AuditSettings(_Strict):
    enabled: bool = True
    kind: Literal["sqlite", "postgres"] = Field(
        default="sqlite", description="sqlite: the file at path; postgres: one audit trail for every replica"
    )
    dsn: str | None = Field(default=None, pattern=r"^postgres(ql)?://", description="postgres: where to connect")
    dsn_env: str | None = Field(default=None, description="postgres: environment variable holding the DSN")
    path: Path = Field(default=Path("guard-audit.sqlite"), description="SQLite file (WAL mode)")
    log_content: bool = Field(
        default=False, description="also store raw prompts and answers (off: decisions and hashes only)"
    )
    synchronous: Literal["normal", "full"] = Field(
        default="normal",
        description="sqlite: normal: a 200's row is appended to the audit journal before the answer (committed to "
        "the table within 50 ms) and survives the guard being killed (SIGKILL, OOM), not a power loss (docs/audit.md, "
        "Durability); full: the WAL is also fsync'd at each commit (survives a power "
        "loss; costs one fsync per commit, ~4 ms on some virtual disks, shared by the requests of one commit)",
    )


class GuardSettings(_Strict):
    """Everything ``guard serve`` needs. Build it in code, or with ``load_config(path)``."""

    policies: Path = Field(description="folder of user policy YAML files (watched for changes)")
    operator: OperatorSettings | Path = Field(
        default_factory=OperatorSettings, description="operator settings inline, or the path of operator.yaml"
    )
    no_policy: Literal["reject", "default"] = Field(
        default="reject", description="a user without a policy file: reject (403) or apply default_policy"
    )
    default_policy: Path | None = Field(
        default=None,
        description="policy file applied under no_policy: default (none: only the operator's absolute set "
        "and default stance)",
    )
    keys: list[ApiKey] = Field(default_factory=list, description="client keys (sha256 hashes)")
    keys_file: Path | None = Field(default=None, description="YAML file with more keys (what `guard keys add` edits)")
    models: dict[str, ModelAlias] = Field(description="model aliases clients may request, by name")
    limits: Limits = Field(default_factory=Limits)
    server: ServerSettings = Field(default_factory=ServerSettings)
    imitation: Literal["reject", "neutralise"] = Field(
        default="reject",
        description="client text imitating the guard's policy statements or scenario preambles: reject (400) "
        "or neutralise (the imitating lines are replaced by a marker and the request goes on)",
    )
    audit: AuditSettings = Field(default_factory=AuditSettings)
    verify: VerifySettings = Field(
        default_factory=VerifySettings, description="answer checks used by the verify and precheck enforcements"
    )
    watch: bool = Field(default=True, description="reload policies when files in the folder change")
    log_content: bool = Field(default=False, description="log raw prompts and answers (off by default: privacy)")
    readiness_timeout_s: float = Field(default=2.0, gt=0, description="seconds per upstream check in /readyz")
    readiness_cache_s: float = Field(
        default=1.0, ge=0, description="/readyz probes the upstreams at most this often (0: on every call)"
    )
    http_client: ClientKind = Field(
        default="http1",
        description="client for openai-kind upstreams: http1 (the guard's own keep-alive HTTP/1.1 client, least CPU), "
        "aiohttp or httpx",
    )
    policy_store: PolicyStoreSettings = Field(
        default_factory=PolicyStoreSettings, description="where policies live: files (the policies folder) or postgres"
    )
    policy_page: PolicyPageSettings = Field(
        default_factory=PolicyPageSettings, description="the end-user policy page (/guard/policy)"
    )

    @model_validator(mode="after")
    def _cross_checks(self) -> GuardSettings:
        if not self.models:
            raise ValueError("models: configure at least one model alias")
        for name, alias in self.models.items():
            for fb in alias.fallbacks:
                if fb not in self.models or fb == name:
                    raise ValueError(
                        f"models.{name}.fallbacks: {fb!r} is not another configured alias; "
                        f"valid: {', '.join(sorted(set(self.models) - {name})) or 'none'}"
                    )
        ids: set[str] = set()
        for i, key in enumerate(self.keys):
            if key.id in ids:
                raise ValueError(f"keys[{i}].id: duplicate key id {key.id!r}")
            ids.add(key.id)
        return self

    @cached_property
    def operator_settings(self) -> OperatorSettings:
        """The operator settings, loaded from file if ``operator`` is a path (checked by load_config)."""
        return self.operator if isinstance(self.operator, OperatorSettings) else load_operator(self.operator)

    def verification_used(self, keys: list[ApiKey]) -> bool:
        """True if an alias or one of ``keys`` uses verify or precheck (then a Verifier is built)."""
        modes = {a.enforcement for a in self.models.values()} | {k.enforcement for k in keys}
        return bool(modes & {"verify", "precheck"})

    def all_keys(self) -> list[ApiKey]:
        """Inline keys plus those of ``keys_file``."""
        return [*self.keys, *(load_keys_file(self.keys_file) if self.keys_file else [])]


class KeysFile(_Strict):
    keys: list[ApiKey] = Field(default_factory=list)


def load_keys_file(path: Path) -> list[ApiKey]:
    """Keys from a keys file; a missing file is an empty list (``guard keys add`` creates it)."""
    if not path.exists():
        return []
    doc = read_yaml(path, "keys")
    try:
        return KeysFile.model_validate(doc.data).keys
    except ValidationError as exc:
        raise FileProblems(validation_problems(doc, exc, KeysFile)) from None


def absolutize(data: dict[str, Any], base: Path) -> None:
    """Resolve the config's relative paths against ``base`` (the config file's folder), in place."""

    def fix(value: Any) -> Any:
        return str(base / value) if isinstance(value, str) and not Path(value).is_absolute() else value

    for name in ("policies", "default_policy", "keys_file"):
        if name in data:
            data[name] = fix(data[name])
    if isinstance(data.get("operator"), str):
        data["operator"] = fix(data["operator"])
    audit = data.get("audit")
    if isinstance(audit, dict) and "path" in audit:
        audit["path"] = fix(audit["path"])


def load_config(path: str | Path) -> GuardSettings:
    """Load and check a config file; raises ``ConfigError`` with one line per problem (file:line: field: ...)."""
    path = Path(path)
    try:
        doc = read_yaml(path, "guard config")
    except FileProblems as exc:
        raise ConfigError(str(exc)) from None
    data = dict(doc.data)
    absolutize(data, path.parent)
    try:
        settings = GuardSettings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("\n".join(str(p) for p in validation_problems(doc, exc, GuardSettings))) from None
    check_settings(settings, str(path))
    return settings


def check_settings(settings: GuardSettings, source: str = "config") -> None:
    """Checks that need the file system or the catalogue; raises ConfigError naming each field."""
    problems: list[str] = []
    if settings.policy_store.kind == "files" and not settings.policies.is_dir():
        problems.append(f"{source}: policies: {str(settings.policies)!r} is not a folder of policy files")
    try:
        operator = settings.operator_settings
    except FileProblems as exc:
        raise ConfigError(f"{source}: operator: invalid operator settings\n{exc}") from None
    try:
        keys = settings.all_keys()
    except FileProblems as exc:
        raise ConfigError(f"{source}: keys_file: invalid keys file\n{exc}") from None
    if not keys:
        problems.append(f"{source}: keys: no API keys configured (add one with `guard keys add`)")
    seen: dict[str, str] = {}
    for key in keys:
        where = f"{source}: keys[{key.id}]"
        if key.id in seen:
            problems.append(f"{where}.id: duplicate key id {key.id!r}")
        if key.sha256 in seen.values():
            problems.append(f"{where}.sha256: the same key is configured twice")
        seen[key.id] = key.sha256
        for name in [*([key.scenario] if key.scenario else []), *key.scenarios]:
            try:
                operator.catalog.scenario(name)
            except GuardError as exc:
                problems.append(f"{where}.scenario: {exc}")
        for model in key.models:
            if model != ANY and model not in settings.models:
                problems.append(
                    f"{where}.models: unknown alias {model!r}; valid: {', '.join(sorted(settings.models))} or '*'"
                )
    if settings.no_policy == "default" and settings.default_policy is not None:
        try:
            load_policy(settings.default_policy, catalog=operator.catalog, absolute=operator.absolute_set)
        except FileProblems as exc:
            problems.append(f"{source}: default_policy: invalid policy file\n{exc}")
    if settings.verify.checks:  # validated even when unused, so a typo never waits for the day it is used
        try:
            build_checks(settings.verify.checks, catalog=operator.catalog)
        except VerifyConfigError as exc:
            problems.append(f"{source}: verify: {exc}")
    if problems:
        raise ConfigError("\n".join(problems))
