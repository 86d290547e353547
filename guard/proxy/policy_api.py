"""The policy API (admin keys) and the end-user policy page (short-lived signed tokens).

Admin API, for the app that serves end users (keys with ``admin: true``; a key limited to some
``users`` manages only those):

- ``GET /v1/guard/policies/{user}``: the stored document; ``ETag`` is its version (sha256 of the bytes)
- ``PUT /v1/guard/policies/{user}``: YAML or JSON body, validated exactly like ``guard policy check
  <user>.yaml`` (422 with the same problem lines). Creating needs no ``If-Match``; changing needs
  ``If-Match: <version>`` (428 without, 412 when it is not the current version)
- ``DELETE /v1/guard/policies/{user}``: with ``If-Match`` as well
- ``GET /v1/guard/policies/{user}/history``: who changed what, when (newest first)
- ``POST /v1/guard/policies/{user}/page-token``: a token and link for the policy page

Policy page, for the end user holding a link: ``/guard/policy#token=...`` (``?token=`` works too, but
a query string lands in access logs; a fragment never leaves the browser) serves static files
(package data, no external assets, strict CSP); the page calls ``/guard/policy/api/*`` with the token
in ``X-Guard-Page-Token``. A token is ``base64url(JSON {u, exp}) . base64url(HMAC-SHA256)`` under
the secret named by ``policy_page.secret_env``; it grants reading and saving that one user's policy
until it expires. The page edits only the private/public lists; other fields are kept.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from importlib import resources
from typing import TYPE_CHECKING, Any

import orjson
import yaml
from fastapi import FastAPI
from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response

from guard.errors import GuardError
from guard.files import FileRefused, load_yaml
from guard.policy import FileProblems, PolicySpec, parse_policy
from guard.policy.model import USER_PATTERN
from guard.policy.problems import POLICY_MAX_BYTES, POLICY_MAX_DEPTH
from guard.prompt import render_resolved
from guard.proxy.errors import ApiError, BadRequest, Forbidden, NotReady, PayloadTooLarge, Unauthorized, shown
from guard.stores.base import PolicyEditor, PreconditionFailed, StoredPolicy, StoreUnavailable
from guard.stores.factory import build_editor
from guard.stores.pg_policies import policy_source

if TYPE_CHECKING:
    from guard.proxy.app import Guard

JSON = "application/json"
_USER = re.compile(USER_PATTERN)
TOKEN_CONTEXT = b"spy-guard policy page v1."
MAX_TOKEN_CHARS = 512
PAGE_FILES = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}
PAGE_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
}


class PreconditionError(ApiError):
    status = 412
    code = "precondition_failed"


class PreconditionRequired(ApiError):
    status = 428
    code = "precondition_required"


class InvalidPolicy(ApiError):
    """422: the policy does not validate; ``problems`` holds the lines ``guard policy check`` prints."""

    status = 422
    code = "invalid_policy"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else f"{len(problems)} problems: {problems[0]}")
        self.problems = problems[:50]

    def body(self) -> dict[str, Any]:
        out = super().body()
        out["error"]["problems"] = self.problems
        return out


class NotFound(ApiError):
    status = 404
    code = "not_found"


# -- page tokens -----------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint_token(secret: bytes, user: str, ttl_s: int, *, now: float | None = None) -> tuple[str, int]:
    """A page token for ``user`` valid ``ttl_s`` seconds; returns it and its expiry (unix seconds)."""
    exp = int((time.time() if now is None else now) + ttl_s)
    payload = _b64(orjson.dumps({"u": user, "exp": exp}))
    sig = hmac.new(secret, TOKEN_CONTEXT + payload.encode("ascii"), hashlib.sha256).digest()
    return f"{payload}.{_b64(sig)}", exp


def verify_token(secret: bytes, token: str, *, now: float | None = None) -> str:
    """The user a valid token was minted for; ``Unauthorized`` (one line) otherwise."""
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
        raise Unauthorized("missing or malformed policy page token; ask the app for a new link")
    payload, sig = token.split(".")
    expected = hmac.new(secret, TOKEN_CONTEXT + payload.encode("ascii", "replace"), hashlib.sha256).digest()
    try:
        good = hmac.compare_digest(_unb64(sig), expected)
        data = orjson.loads(_unb64(payload)) if good else None
    except (ValueError, orjson.JSONDecodeError):
        good, data = False, None
    if not good or not isinstance(data, dict):
        raise Unauthorized("invalid policy page token; ask the app for a new link")
    user, exp = data.get("u"), data.get("exp")
    if not isinstance(user, str) or not _USER.match(user) or not isinstance(exp, int):
        raise Unauthorized("invalid policy page token; ask the app for a new link")
    if (time.time() if now is None else now) >= exp:
        raise Unauthorized("this policy page link has expired; ask the app for a new link")
    return user


# -- shared helpers --------------------------------------------------------------------------------


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type=JSON, headers=headers)


def _error(exc: ApiError, extra: dict[str, str] | None = None) -> Response:
    return Response(exc.to_bytes(), status_code=exc.status, media_type=JSON, headers=extra)


def _etag(version: str) -> str:
    return f'"{version}"'


def _if_match(request: Request) -> str | None:
    raw = request.headers.get("if-match")
    if raw is None:
        return None
    value = raw.strip()
    if value.startswith("W/"):
        value = value[2:]
    value = value.strip('"')
    if value != "*" and not re.fullmatch(r"[0-9a-f]{64}", value):
        raise BadRequest(f"If-Match {shown(raw)} is not a policy version (64 hex characters, as sent in ETag)")
    return value


def _check_user(user: str) -> str:
    if not _USER.match(user):
        raise BadRequest(f"{shown(user)} is not a user id (letters, digits and . _ @ + -, at most 128)", param="user")
    return user


async def _body(request: Request, limit: int = POLICY_MAX_BYTES) -> bytes:
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise PayloadTooLarge(f"policy body is over {limit} bytes, the limit")
        parts.append(part)
    return b"".join(parts)


class PolicyApi:
    """The routes; everything goes through ``guard``'s store, key table and operator settings."""

    def __init__(self, guard: Guard) -> None:
        self.g = guard
        self.editor: PolicyEditor = build_editor(guard.settings, guard.store)
        self.secret = guard.settings.policy_page.secret()

    # -- validation, the same as `guard policy check <user>.yaml` -----------------------------------

    def validate(self, user: str, body: bytes) -> None:
        op = self.g.operator
        try:
            parse_policy(
                body, source=policy_source(user), catalog=op.catalog, absolute=op.absolute_set, expected_user=user
            )
        except FileProblems as exc:
            raise InvalidPolicy([str(p) for p in exc.problems]) from None
        except GuardError as exc:
            raise InvalidPolicy([f"{policy_source(user)}: {' '.join(str(exc).split())}"]) from None

    def _admin(self, request: Request, user: str) -> str:
        """The acting key's id; 401/403 unless it is an admin key allowed for ``user``."""
        entry = self.g.keys.authenticate(request.headers.get("authorization"))
        key = entry.key
        if not key.admin:
            raise Forbidden(f"key {key.id!r} is not an admin key; the policy API needs admin: true")
        if not key.any_user and user not in key.user_set:
            raise Forbidden(f"key {key.id!r} may not manage the policy of user {user!r}")
        return f"key:{key.id}"

    async def _run(self, request: Request, handler: Any) -> Response:
        try:
            result: Response = await handler(request)
            return result
        except PreconditionFailed as exc:
            cls = PreconditionRequired if exc.required else PreconditionError
            headers = {"etag": _etag(exc.current)} if exc.current else None
            return _error(cls(str(exc)), headers)
        except StoreUnavailable as exc:
            return _error(NotReady(f"the policy store cannot be used right now: {exc}"))
        except ApiError as exc:
            return _error(exc)

    # -- admin API ---------------------------------------------------------------------------------

    async def get_policy(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = _check_user(request.path_params["user"])
            self._admin(request, user)
            stored = await self.editor.get(user)
            if stored is None:
                raise NotFound(f"user {user!r} has no stored policy")
            return Response(stored.body, media_type="application/yaml", headers={"etag": _etag(stored.version)})

        return await self._run(request, handle)

    async def put_policy(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = _check_user(request.path_params["user"])
            actor = self._admin(request, user)
            if_match = _if_match(request)
            body = await _body(request)
            self.validate(user, body)
            stored = await self.editor.put(user, body, if_match=if_match, actor=actor)
            return _stored(stored, 200 if if_match else 201)

        return await self._run(request, handle)

    async def delete_policy(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = _check_user(request.path_params["user"])
            actor = self._admin(request, user)
            await self.editor.delete(user, if_match=_if_match(request), actor=actor)
            return Response(status_code=204)

        return await self._run(request, handle)

    async def history(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = _check_user(request.path_params["user"])
            self._admin(request, user)
            limit = request.query_params.get("limit", "100")
            if not limit.isdigit() or not 1 <= int(limit) <= 1000:
                raise BadRequest(f"limit {shown(limit)}: give a number from 1 to 1000", param="limit")
            changes = await self.editor.history(user, limit=int(limit))
            return _json({"user": user, "changes": [c.as_json() for c in changes]})

        return await self._run(request, handle)

    async def page_token(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = _check_user(request.path_params["user"])
            self._admin(request, user)
            if self.secret is None:
                raise NotFound("the policy page is off: set policy_page.secret_env in the guard config")
            ttl = self.g.settings.policy_page.token_ttl_s
            raw = request.query_params.get("ttl_s")
            if raw is not None:
                if not raw.isdigit() or not 30 <= int(raw) <= ttl:
                    raise BadRequest(f"ttl_s {shown(raw)}: give seconds from 30 to {ttl}", param="ttl_s")
                ttl = int(raw)
            token, exp = mint_token(self.secret, user, ttl)
            # the token travels in the fragment: browsers never send it to a server (no access logs, no Referer)
            return _json({"user": user, "token": token, "expires_at": exp, "url": f"/guard/policy#token={token}"})

        return await self._run(request, handle)

    # -- the end-user page -------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        name = request.path_params.get("name", "index.html")
        if self.secret is None:
            return Response(b"the policy page is off", status_code=404, media_type="text/plain")
        if name != "index.html" and name not in PAGE_FILES:
            return Response(b"not found", status_code=404, media_type="text/plain")
        data = resources.files("guard.proxy").joinpath("policy_page", name).read_bytes()
        media = PAGE_FILES.get(name, "text/html; charset=utf-8")
        return Response(data, media_type=media, headers=PAGE_HEADERS)

    def _page_user(self, request: Request) -> str:
        if self.secret is None:
            raise NotFound("the policy page is off")
        return verify_token(self.secret, request.headers.get("x-guard-page-token", ""))

    async def page_state(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user = self._page_user(request)
            stored = await self.editor.get(user)
            spec = _spec_of(stored, user)
            op = self.g.operator
            cat = op.catalog
            custom = [
                {
                    "id": c.id,
                    "name": c.name,
                    "aliases": list(c.aliases),
                    "description": c.description,
                    "absolute": False,
                    "custom": True,
                }
                for c in spec.custom
            ]
            categories = [
                {
                    "id": c.id,
                    "name": c.name,
                    "aliases": list(c.aliases),
                    "description": c.description,
                    "absolute": c.id in op.absolute_set,
                    "custom": False,
                }
                for c in cat.categories.values()
            ]
            return _json(
                {
                    "user": user,
                    "version": stored.version if stored else None,
                    "private": _ids(spec.private, cat, spec),
                    "public": _ids(spec.public, cat, spec),
                    "default_stance": op.default_stance,
                    "categories": categories + custom,
                    "scenarios": [{"id": s.id, "name": s.name} for s in cat.scenarios.values()],
                },
                headers={"cache-control": "no-store"},
            )

        return await self._run(request, handle)

    def _page_body(self, user: str, stored: StoredPolicy | None, data: Any) -> bytes:
        if not isinstance(data, dict):
            raise BadRequest("expected a JSON object {private: [...], public: [...]}")
        lists: dict[str, list[str]] = {}
        for section in ("private", "public"):
            value = data.get(section, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise BadRequest(f"{section}: expected a list of category ids", param=section)
            lists[section] = value
        spec = _spec_of(stored, user).model_dump(exclude_defaults=True)
        spec.update({"version": 1, "user": user, **lists})
        text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        return text.encode("utf-8")

    async def _page_input(self, request: Request) -> tuple[str, dict[str, Any], bytes]:
        """The token's user, the page's JSON and the policy document it makes (validated)."""
        user = self._page_user(request)
        data = _load_json(await _body(request, 64 * 1024))
        stored = await self.editor.get(user)
        body = self._page_body(user, stored, data)
        self.validate(user, body)
        return user, data, body

    async def page_preview(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user, data, body = await self._page_input(request)
            op = self.g.operator
            policy = parse_policy(
                body, source=policy_source(user), catalog=op.catalog, absolute=op.absolute_set, expected_user=user
            ).policy
            scenario = data.get("scenario") or None
            question = data.get("question") or "{question}"
            if not isinstance(question, str) or len(question) > 2000:
                raise BadRequest("question: at most 2000 characters of text", param="question")
            try:
                resolved = op.resolve(policy, scenario if isinstance(scenario, str) else None)
            except GuardError as exc:
                raise BadRequest(f"scenario: {exc}", param="scenario") from None
            return _json({"text": render_resolved(resolved, op.render_mode, question)})

        return await self._run(request, handle)

    async def page_save(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            user, data, body = await self._page_input(request)
            version = data.get("version")
            if version is not None and not isinstance(version, str):
                raise BadRequest("version: expected the version the page loaded", param="version")
            saved = await self.editor.put(user, body, if_match=version, actor=f"page:{user}")
            return _stored(saved, 200)

        return await self._run(request, handle)


def _stored(stored: StoredPolicy, status: int) -> Response:
    return _json({"user": stored.user, "version": stored.version}, status, {"etag": _etag(stored.version)})


def _load_json(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise BadRequest("expected a JSON body") from None


def _spec_of(stored: StoredPolicy | None, user: str) -> PolicySpec:
    """The stored document as a spec (a fresh one when there is none); 422 when it does not validate."""
    if stored is None:
        return PolicySpec(user=user)
    try:
        data = load_yaml(stored.body.decode("utf-8-sig"), source=policy_source(user), max_depth=POLICY_MAX_DEPTH)
        return PolicySpec.model_validate(data)
    except (FileRefused, UnicodeDecodeError, ValidationError) as exc:
        line = " ".join(str(exc).split())[:300]
        raise InvalidPolicy([f"{policy_source(user)}: the stored policy does not validate: {line}"]) from None


def _ids(names: list[str], catalog: Any, spec: PolicySpec) -> list[str]:
    """Entries as category ids (a family expands to its members; custom ids stay)."""
    custom = {c.id for c in spec.custom}
    out: list[str] = []
    for name in names:
        if name in custom:
            out.append(name)
            continue
        try:
            out.extend(c.id for c in catalog.expand(name))
        except GuardError:
            out.append(name)
    return out


def register_policy_api(app: FastAPI, guard: Guard) -> None:
    """Add the policy API and the policy page routes to the guard app."""
    api = PolicyApi(guard)
    base = "/v1/guard/policies/{user}"
    app.add_route(base, api.get_policy, methods=["GET"])
    app.add_route(base, api.put_policy, methods=["PUT"])
    app.add_route(base, api.delete_policy, methods=["DELETE"])
    app.add_route(base + "/history", api.history, methods=["GET"])
    app.add_route(base + "/page-token", api.page_token, methods=["POST"])
    app.add_route("/guard/policy", api.page, methods=["GET"])
    app.add_route("/guard/policy/api/state", api.page_state, methods=["GET"])
    app.add_route("/guard/policy/api/preview", api.page_preview, methods=["POST"])
    app.add_route("/guard/policy/api/policy", api.page_save, methods=["PUT"])
    app.add_route("/guard/policy/{name}", api.page, methods=["GET"])
