"""The OpenAI-compatible guard server: ``create_app(settings) -> FastAPI``.

Request flow (DESIGN §5): authenticate the key -> parse and check the request -> authorise model,
user and scenario -> the user's policy from the store -> ``pipeline.prepare`` (resolve, render,
inject) -> route to the upstream -> ``enforce`` (where answers may be checked) -> response + audit
record + metrics. Responses carry ``X-Guard-Request-Id`` and ``X-Guard-Policy-Version``; errors use
OpenAI's JSON shape.

Everything is built in ``create_app`` (so the app also works in-process under
``httpx.ASGITransport``, which runs no lifespan); the lifespan only starts the policy watcher and
closes clients. ``app.state.guard`` is the ``Guard`` holding the store, router, audit log and metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import orjson
from fastapi import FastAPI
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from guard.errors import GuardError
from guard.policy import Policy, load_policy
from guard.proxy.audit import AuditLog, AuditRecord
from guard.proxy.auth import KeyTable
from guard.proxy.config import ApiKey, GuardSettings
from guard.proxy.enforce import Enforcement, Verdict, enforcements
from guard.proxy.errors import ApiError, BadRequest, Forbidden, ModelNotFound, NotReady, PayloadTooLarge
from guard.proxy.metrics import Metrics
from guard.proxy.pipeline import Prepared, ResolveCache, prepare
from guard.proxy.request import parse_chat
from guard.proxy.routing import Chunk, Router
from guard.proxy.store import PolicyStore, Snapshot
from guard.verify import Verifier
from guard.verify.response import chat_completion_body, sse_chunks

log = logging.getLogger("guard.proxy")

JSON = "application/json"
# Request ids: a random per-process prefix plus a counter (unique, and far cheaper than os.urandom per
# request, which costs ~0.5 ms on these machines).
_RID_PREFIX = secrets.token_hex(6)
_rid_counter = itertools.count(1)
DEFAULT_VERSION = "builtin-default"


class Guard:
    """The server's state, built once from validated settings."""

    def __init__(self, settings: GuardSettings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.operator = settings.operator_settings
        self.metrics = Metrics()
        self.resolve_cache = ResolveCache(self.operator)
        all_keys = settings.all_keys()
        self.keys = KeyTable(all_keys, self.operator.catalog)
        self.store = PolicyStore(settings.policies, self.operator, on_reload=self._on_reload)
        self.router = Router(settings.models, client=settings.http_client, transport=transport)
        self.verifier = self._verifier(all_keys)
        self.enforcements = enforcements(self.verifier)
        self.audit = AuditLog(settings.audit.path) if settings.audit.enabled else None
        self.default_policy = self._default_policy()
        self._stop = asyncio.Event()
        self._watcher: asyncio.Task[None] | None = None

    def _verifier(self, keys: list[ApiKey]) -> Verifier | None:
        """Built (and warmed up) only when an alias or key verifies; invalid settings raise here."""
        if not self.settings.verification_used(keys):
            return None
        verifier = Verifier(self.settings.verify, catalog=self.operator.catalog)
        verifier.warm_up()
        return verifier

    def enforcement(self, alias: str, key: ApiKey) -> Enforcement:
        """The key's override, else the alias's mode."""
        return self.enforcements[key.enforcement or self.settings.models[alias].enforcement]

    def _default_policy(self) -> Policy | None:
        s = self.settings
        if s.no_policy != "default":
            return None
        if s.default_policy is None:
            return Policy("*default*", (), (), version=DEFAULT_VERSION, source="built-in")
        return load_policy(s.default_policy, catalog=self.operator.catalog, absolute=self.operator.absolute_set).policy

    def _on_reload(self, snap: Snapshot, new_errors: int) -> None:
        self.metrics.reload_errors.inc(new_errors)
        self.metrics.policies_loaded.set(len(snap.policies))
        self.metrics.policy_files_invalid.set(len(snap.errors))
        self.metrics.users_failing_closed.set(len(snap.broken))

    def policy_for(self, user: str) -> Policy:
        policy = self.store.lookup(user)
        if policy is not None:
            return policy
        if self.default_policy is not None:
            return self.default_policy
        raise Forbidden(f"user {user!r} has no privacy policy, and this guard rejects such users (no_policy: reject)")

    def start_watching(self) -> None:
        if self.settings.watch and self._watcher is None:
            self._stop.clear()
            self._watcher = asyncio.get_running_loop().create_task(self.store.watch(self._stop))

    async def aclose(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(self._watcher, 5)
            self._watcher = None
        await self.router.aclose()
        if self.audit is not None:
            self.audit.close()


class GuardApp(FastAPI):
    """FastAPI with a fast lane: ``POST /v1/chat/completions`` goes straight to its handler.

    The handler turns every failure into an OpenAI-shaped response itself, so the middleware stack
    (error pages, body limits, exit stacks, routing) would only add ~0.1 ms per request.
    """

    chat_endpoint: Callable[[Request], Awaitable[Response]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = self.chat_endpoint
        if (
            endpoint is not None
            and scope["type"] == "http"
            and scope["path"] == "/v1/chat/completions"
            and scope["method"] == "POST"
        ):
            scope["app"] = self
            response = await endpoint(Request(scope, receive, send))
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(settings: GuardSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> FastAPI:
    """Build the guard app from settings; ``transport`` replaces the upstream transport (tests)."""
    guard = Guard(settings, transport)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        guard.start_watching()
        try:
            yield
        finally:
            await guard.aclose()

    app = GuardApp(
        title="spy-guard proxy",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.guard = guard
    handler = _Handler(guard)
    app.chat_endpoint = handler.chat
    app.add_route("/v1/chat/completions", handler.chat, methods=["POST"])
    app.add_route("/v1/models", handler.models, methods=["GET"])
    app.add_route("/healthz", handler.healthz, methods=["GET"])
    app.add_route("/readyz", handler.readyz, methods=["GET"])
    app.add_route("/metrics", handler.metrics, methods=["GET"])

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        err = ApiError(str(exc.detail))
        err.status = exc.status_code
        err.code = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}.get(exc.status_code)
        return _error(err, None)

    return app


def _error(exc: ApiError, request_id: str | None) -> Response:
    headers = {"x-guard-request-id": request_id} if request_id else None
    return Response(exc.to_bytes(), status_code=exc.status, media_type=JSON, headers=headers)


def _redact(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages for the audit content column: images replaced by their sha256."""
    out = []
    for msg in messages:
        content = msg.get("content")
        if isinstance(content, list):
            parts = []
            for part in content:
                if isinstance(part, dict) and part.get("type") == "image_url":
                    spec = part.get("image_url")
                    url = spec.get("url", "") if isinstance(spec, dict) else str(spec)
                    parts.append({"type": "image_url", "sha256": hashlib.sha256(str(url).encode()).hexdigest()})
                else:
                    parts.append(part)
            msg = {**msg, "content": parts}
        out.append(msg)
    return out


class _Handler:
    def __init__(self, guard: Guard) -> None:
        self.g = guard

    async def chat(self, request: Request) -> Response:
        g = self.g
        t0 = time.perf_counter()
        rid = f"req-{_RID_PREFIX}{next(_rid_counter):010x}"
        rec = AuditRecord(rid, time.time(), "rejected", 0)
        upstream_ms = 0.0
        try:
            entry = g.keys.authenticate(request.headers.get("authorization"))
            rec.key_id = entry.key.id
            length = request.headers.get("content-length")
            if length and length.isdigit() and int(length) > g.settings.limits.max_request_bytes:
                raise PayloadTooLarge(
                    f"request body is {length} bytes; the limit is {g.settings.limits.max_request_bytes}"
                )
            chat = parse_chat(await _read_body(request, g.settings.limits.max_request_bytes), g.settings.limits)
            rec.model, rec.stream = chat.model, chat.stream
            alias = g.settings.models.get(chat.model)
            if alias is None:
                raise ModelNotFound(
                    f"model {chat.model!r} is not configured; available: {', '.join(sorted(g.settings.models))}",
                    param="model",
                )
            headers = request.headers
            principal = g.keys.authorize(
                entry,
                model=chat.model,
                user_header=headers.get("x-guard-user"),
                scenario_header=headers.get("x-guard-scenario"),
            )
            rec.user = principal.user
            rec.scenario = principal.scenario.id if principal.scenario else None
            policy = g.policy_for(principal.user)
            rec.policy_version = policy.version
            try:
                prepared = prepare(
                    chat.messages, policy, principal.scenario, g.operator, alias.render_mode, cache=g.resolve_cache
                )
            except GuardError as exc:
                raise BadRequest(str(exc), param="messages") from None
            rec.evaded = sorted(prepared.evaded)
            body = {**chat.body, "messages": prepared.messages}
            out_headers = {"x-guard-request-id": rid, "x-guard-policy-version": policy.version}
            if g.settings.log_content:
                log.info("request %s user %s prompt %s", rid, principal.user, orjson.dumps(_redact(prepared.messages)))
            if g.settings.audit.log_content:
                rec.content = {"messages": _redact(prepared.messages)}
            enforcement = g.enforcement(chat.model, entry.key)
            question = _last_user_text(chat.messages)
            verdict = Verdict()
            refusal = enforcement.precheck(prepared, verdict, question=question)
            if refusal is not None:  # precheck: answered by the guard, the upstream never sees the question
                return self._refuse(chat.model, chat.stream, refusal, verdict, rec, out_headers, t0)
            if chat.stream:
                return await self._stream(chat.model, body, prepared, enforcement, rec, out_headers, t0, question)
            data, served = await g.router.complete(chat.model, body)
            upstream_ms = served.upstream_ms
            rec.served_by = served.alias
            data = await enforcement.answer(data, prepared, verdict, question=question)
            data["model"] = chat.model
            rec.outcome, rec.status, rec.error = verdict.outcome, 200, verdict.reason
            if verdict.outcome == "blocked":
                out_headers["x-guard-outcome"] = "blocked"
                self._count_block(chat.model, verdict)
            if rec.content is not None:
                rec.content["answer"] = data.get("choices")
            return Response(orjson.dumps(data), media_type=JSON, headers=out_headers)
        except ApiError as exc:
            rec.status, rec.error = exc.status, exc.message
            rec.outcome = "error" if exc.status in (502, 504) else "rejected"
            return _error(exc, rid)
        except Exception:
            log.exception("request %s failed inside the guard", rid)
            rec.status, rec.outcome, rec.error = 500, "error", "internal error"
            return _error(_internal(rid), rid)
        finally:
            if rec.status and not (rec.stream and rec.status == 200):
                self._finish(rec, t0, upstream_ms)

    async def _stream(
        self,
        alias: str,
        body: dict[str, Any],
        prepared: Prepared,
        enforcement: Enforcement,
        rec: AuditRecord,
        headers: dict[str, str],
        t0: float,
        question: str,
    ) -> Response:
        first, rest, served = await self.g.router.stream(alias, body)
        rec.served_by, rec.status = served.alias, 200
        verdict = Verdict()
        answer: list[str] | None = [] if rec.content is not None else None

        async def chunks() -> AsyncIterator[Chunk]:
            if first is not None:
                yield first
            async for chunk in rest:
                yield chunk

        async def sse() -> AsyncIterator[bytes]:
            try:
                async for chunk in enforcement.stream(chunks(), prepared, verdict, question=question):
                    chunk["model"] = alias
                    if answer is not None:
                        answer.append(_delta_text(chunk))
                    yield b"data: " + orjson.dumps(chunk) + b"\n\n"
                yield b"data: [DONE]\n\n"
                rec.outcome, rec.error = verdict.outcome, verdict.reason
                if verdict.outcome == "blocked":
                    self._count_block(alias, verdict)
            except ApiError as exc:
                rec.outcome, rec.error = "error", exc.message
                yield b"data: " + exc.to_bytes() + b"\n\n"
            except Exception:
                log.exception("stream %s failed inside the guard", rec.request_id)
                rec.outcome, rec.error = "error", "internal error"
                yield b"data: " + _internal(rec.request_id).to_bytes() + b"\n\n"
            finally:
                closer = getattr(rest, "aclose", None)  # release the upstream connection, even on disconnect
                if closer is not None:
                    await closer()
                if answer is not None and rec.content is not None:
                    rec.content["answer"] = "".join(answer)
                self._finish(rec, t0, served.upstream_ms)

        return StreamingResponse(sse(), media_type="text/event-stream", headers=headers)

    def _refuse(
        self,
        alias: str,
        stream: bool,
        text: str,
        verdict: Verdict,
        rec: AuditRecord,
        headers: dict[str, str],
        t0: float,
    ) -> Response:
        """The guard's own refusal in OpenAI's shape (precheck): no upstream call was made."""
        rec.outcome, rec.status, rec.error = verdict.outcome, 200, verdict.reason
        self._count_block(alias, verdict)
        headers = {**headers, "x-guard-outcome": "blocked"}
        if rec.content is not None:
            rec.content["answer"] = text
        if stream:  # the handler's finally records only non-streamed answers
            self._finish(rec, t0, 0.0)
            return Response(b"".join(sse_chunks(text, model=alias)), media_type="text/event-stream", headers=headers)
        return Response(orjson.dumps(chat_completion_body(text, model=alias)), media_type=JSON, headers=headers)

    def _count_block(self, alias: str, verdict: Verdict) -> None:
        for check, cause in verdict.blocked_by:
            self.g.metrics.blocked.labels(alias, check, cause).inc()
        log.info("request blocked (%s): %s", alias, verdict.reason)

    def _finish(self, rec: AuditRecord, t0: float, upstream_ms: float) -> None:
        g = self.g
        total = (time.perf_counter() - t0) * 1000
        rec.total_ms = round(total, 3)
        rec.upstream_ms = round(upstream_ms, 3) if rec.served_by else None
        rec.guard_ms = round(max(total - upstream_ms, 0.0), 3)
        g.metrics.requests.labels(rec.model or "", str(rec.status), rec.outcome).inc()
        if rec.served_by:
            g.metrics.upstream_latency.labels(rec.served_by).observe(upstream_ms / 1000)
            if not rec.stream:
                g.metrics.overhead.observe(rec.guard_ms / 1000)
        if g.audit is not None:
            g.audit.record(rec)

    async def models(self, request: Request) -> Response:
        try:
            entry = self.g.keys.authenticate(request.headers.get("authorization"))
        except ApiError as exc:
            return _error(exc, None)
        allowed = entry.key.model_set
        data = [
            {"id": name, "object": "model", "created": 0, "owned_by": "spy-guard"}
            for name in self.g.settings.models
            if "*" in allowed or name in allowed
        ]
        return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)

    async def healthz(self, _request: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type=JSON)

    async def readyz(self, _request: Request) -> Response:
        snap = self.g.store.snapshot
        upstreams = await self.g.router.ready(self.g.settings.readiness_timeout_s)
        policies_ok = not snap.errors
        ready = policies_ok and all(ok for ok, _ in upstreams.values())
        body = {
            "ready": ready,
            "policies": {
                "ok": policies_ok,
                "loaded": len(snap.policies),
                "errors": [
                    {"file": e.file, "user": e.user, "error": e.message, "kept_version": e.kept_version}
                    for e in snap.errors
                ],
                "users_failing_closed": sorted(snap.broken),
            },
            "upstreams": {alias: {"ok": ok, "detail": detail} for alias, (ok, detail) in upstreams.items()},
        }
        return Response(orjson.dumps(body), status_code=200 if ready else 503, media_type=JSON)

    async def metrics(self, _request: Request) -> Response:
        return Response(self.g.metrics.render(), media_type="text/plain; version=0.0.4")


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it grows past ``limit`` (chunked bodies have no length)."""
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise PayloadTooLarge(f"request body is over {limit} bytes, the limit")
        parts.append(part)
    return b"".join(parts)


def _internal(rid: str) -> ApiError:
    err = NotReady(f"internal guard error; nothing was sent (request {rid})")
    err.status, err.code = 500, "internal_error"
    return err


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    """The client's own question (the last user turn's text, before injection), for the checks."""
    for msg in reversed(messages):
        if msg.get("role") == "user":
            content = msg.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return "\n".join(
                    str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") == "text"
                )
            return ""
    return ""


def _delta_text(chunk: Chunk) -> str:
    choices = chunk.get("choices") or []
    if choices and isinstance(choices[0], dict):
        delta = choices[0].get("delta") or {}
        text = delta.get("content") if isinstance(delta, dict) else None
        return text if isinstance(text, str) else ""
    return ""
