"""The OpenAI-compatible guard server: ``create_app(settings) -> FastAPI``.

The routes are thin. One chat request: authenticate the key -> read the body (size and time limits)
-> ``protocol.parse_request`` (typed, allow-listed) -> the alias (404 lists only the key's models) ->
authorise model, user and scenario -> ``serving.ChatService.serve`` (policy, imitation rule, inject,
precheck, upstream, checks) returns Answered | Streamed | Refused -> ``_respond`` writes the audit
row (durable before a 200 is sent) and the metrics, in this one place for every outcome. Responses
carry ``X-Guard-Request-Id`` and ``X-Guard-Policy-Version``; errors use OpenAI's JSON shape. Every
route goes through the app's middleware and error handlers (an unexpected exception is a logged,
OpenAI-shaped 500 that names only the request id).

Everything is built in ``create_app`` (so the app also works in-process under
``httpx.ASGITransport``, which runs no lifespan); the lifespan only starts the policy watcher and
closes clients. ``app.state.guard`` is the ``Guard`` holding the store, router, audit log and metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import orjson
from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from guard.policy import Policy, load_policy
from guard.proxy.audit import AuditRecord, AuditUnavailable
from guard.proxy.auth import KeyTable
from guard.proxy.config import ApiKey, GuardSettings
from guard.proxy.enforce import Enforcement, Verdict, enforcements
from guard.proxy.errors import (
    ApiError,
    Forbidden,
    ModelNotFound,
    NotReady,
    PayloadTooLarge,
    RequestTimeout,
    Unauthorized,
    shown,
)
from guard.proxy.metrics import Metrics
from guard.proxy.pipeline import ResolveCache
from guard.proxy.policy_api import register_policy_api
from guard.proxy.protocol import ChatRequest, ImitationRule, chunk_body, parse_request, sse_event
from guard.proxy.routing import Router
from guard.proxy.serving import Answered, ChatService, Refused, Result, Streamed
from guard.proxy.store import PolicyUnavailable, Snapshot
from guard.stores.factory import build_audit_sink, build_policy_store
from guard.verify import Verifier
from guard.verify.response import chat_completion_body, sse_chunks

log = logging.getLogger("guard.proxy")

JSON = "application/json"
SSE = "text/event-stream"
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
        self.keys = KeyTable.from_settings(settings)  # inline keys + the live keys_file
        self.store = build_policy_store(settings, self.operator, on_reload=self._on_reload)
        self.router = Router(settings.models, client=settings.http_client, transport=transport)
        self.router.register_metrics(self.metrics.registry)
        self.verifier = self._verifier(all_keys)
        self.enforcements = enforcements(self.verifier)
        self.audit = build_audit_sink(settings)
        self.default_policy = self._default_policy()
        templates = [sc.template for sc in self.operator.catalog.scenarios.values()]
        self.service = ChatService(
            settings,
            self.router,
            self.enforcements,
            self.policy_for,
            self.resolve_cache,
            ImitationRule.from_templates(templates),
        )
        self._stop = asyncio.Event()
        self._watcher: asyncio.Task[None] | None = None
        self.closing_at: float | None = None
        """monotonic time by which open streams end themselves (set when the server shuts down)."""

    def _verifier(self, keys: list[ApiKey]) -> Verifier | None:
        """Built (and warmed up) only when an alias or key verifies; invalid settings raise here."""
        if not self.settings.verification_used(keys):
            return None
        verifier = Verifier(self.settings.verify, catalog=self.operator.catalog)
        verifier.warm_up()
        return verifier

    def enforcement(self, alias: str, key: ApiKey) -> Enforcement:
        """The key's override, else the alias's mode."""
        return self.service.enforcement(alias, key)

    def allowed_extra(self, model: str) -> frozenset[str]:
        alias = self.settings.models.get(model)
        return frozenset(alias.allow_fields) if alias is not None else frozenset()

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
        """The user's policy; fails closed (503) when it exists but cannot be used."""
        try:
            policy = self.store.lookup(user)
        except PolicyUnavailable as exc:
            log.error("policy of user %s unavailable, failing closed: %s", user, exc.reason)
            raise NotReady(
                f"the privacy policy of user {shown(user)} is unavailable; the guard refuses to answer "
                "(the operator's log has the details)"
            ) from None
        if policy is not None:
            return policy
        if self.default_policy is not None:
            return self.default_policy
        raise Forbidden(f"user {user!r} has no privacy policy, and this guard rejects such users (no_policy: reject)")

    def begin_shutdown(self, deadline_s: float) -> None:
        """Open streams get ``deadline_s`` (less a margin to send their last event), then end."""
        self.closing_at = time.monotonic() + max(deadline_s - 0.5, 0.0)

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

    app = _GuardApp(
        title="spy-guard proxy",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # no OpenTelemetry: FastAPI would otherwise look the providers up on every request (~30 us)
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.guard = guard
    handler = _Handler(guard)
    app.router.routes.append(Route("/v1/chat/completions", _Endpoint(handler.chat), methods=["POST"]))
    app.add_route("/v1/models", handler.models, methods=["GET"])
    app.add_route("/healthz", handler.healthz, methods=["GET"])
    app.add_route("/readyz", handler.readyz, methods=["GET"])
    app.add_route("/metrics", handler.metrics, methods=["GET"])
    register_policy_api(app, guard)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        err = ApiError(shown(str(exc.detail), 200))
        err.status = exc.status_code
        err.code = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}.get(exc.status_code)
        return _error(err, None)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> Response:
        log.error("unhandled error in the guard: %s", type(exc).__name__, exc_info=exc)
        return _error(_internal("-"), None)

    return app


class _GuardApp(FastAPI):
    """FastAPI with Starlette's middleware stack: the error handler for anything unexpected, then the
    app's exception handlers, then the routes. FastAPI adds three more layers on every request for
    features the guard does not use (dependencies with ``yield``, its own body limit, OpenTelemetry);
    its routes are plain handlers with their own size and time limits."""

    def build_middleware_stack(self) -> ASGIApp:
        return Starlette.build_middleware_stack(self)


class _Endpoint:
    """The chat route as a plain ASGI app. The app's middleware and error handlers still wrap it (an
    exception reaches them as from any route); what is skipped is Starlette's per-request wrapping of a
    handler function (a second exception layer, a wrapper around every ``send``), since ``chat``
    answers every error it knows itself."""

    def __init__(self, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.handler(Request(scope, receive, send))
        await response(scope, receive, send)


def _error(exc: ApiError, request_id: str | None) -> Response:
    headers = {"x-guard-request-id": request_id} if request_id else None
    return Response(exc.to_bytes(), status_code=exc.status, media_type=JSON, headers=headers)


class _Handler:
    def __init__(self, guard: Guard) -> None:
        self.g = guard
        self._ready_cache: tuple[float, dict[str, tuple[bool, str]]] | None = None
        self._ready_lock = asyncio.Lock()
        self._last_ready: tuple[bool, tuple[str, ...], tuple[str, ...]] | None = None
        self._in_flight = 0  # chat requests being served (not yet answered)

    async def chat(self, request: Request) -> Response:
        self._in_flight += 1  # the audit log waits for other requests' rows only when there are some
        try:
            return await self._chat(request)
        finally:
            self._in_flight -= 1

    async def _chat(self, request: Request) -> Response:
        g = self.g
        t0 = time.perf_counter()
        rid = f"req-{_RID_PREFIX}{next(_rid_counter):010x}"
        rec = AuditRecord(rid, time.time(), "rejected", 0)
        headers = {"x-guard-request-id": rid}
        try:
            entry = g.keys.authenticate(request.headers.get("authorization"))
            rec.key_id = entry.key.id
            chat = await self._parse(request)
            rec.model, rec.stream = chat.model, chat.stream
            if chat.model not in g.settings.models:
                allowed = [m for m in g.settings.models if "*" in entry.key.model_set or m in entry.key.model_set]
                raise ModelNotFound(
                    f"model {shown(chat.model)} is not available; yours: {', '.join(allowed) or 'none'}", param="model"
                )
            principal = g.keys.authorize(
                entry,
                model=chat.model,
                user_header=request.headers.get("x-guard-user"),
                scenario_header=request.headers.get("x-guard-scenario"),
            )
            rec.user = principal.user
            rec.scenario = principal.scenario.id if principal.scenario else None
            result = await g.service.serve(chat, principal, entry.key, rec)
            headers["x-guard-policy-version"] = rec.policy_version or ""
            if g.settings.log_content and rec.content is not None:
                log.info("request %s user %s prompt %s", rid, principal.user, orjson.dumps(rec.content))
            return await self._respond(result, chat, rec, headers, t0)
        except ApiError as exc:
            rec.status, rec.error = exc.status, exc.message
            rec.outcome = "error" if exc.status in (502, 503, 504) else "rejected"
            response = _error(exc, rid)
        except Exception:
            log.exception("request %s failed inside the guard", rid)
            rec.status, rec.outcome, rec.error = 500, "error", "internal error"
            response = _error(_internal(rid), rid)
        await self._finish(rec, t0, 0.0)
        return response

    async def _parse(self, request: Request) -> ChatRequest:
        limits = self.g.settings.limits
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limits.max_request_bytes:
            raise PayloadTooLarge(f"request body is {length} bytes; the limit is {limits.max_request_bytes}")
        body = await _read_body(request, limits.max_request_bytes, self.g.settings.server.body_timeout_s)
        return parse_request(body, limits, self.g.allowed_extra)

    async def _respond(
        self, result: Result, chat: ChatRequest, rec: AuditRecord, headers: dict[str, str], t0: float
    ) -> Response:
        """The one place a served request becomes a response, an audit row and metrics."""
        alias = chat.model
        rec.status = 200
        self._decided(alias, result.verdict, rec, headers)
        if isinstance(result, Refused):
            if rec.content is not None:
                rec.content["answer"] = result.text
            await self._finish(rec, t0, 0.0)
            if chat.stream:
                return Response(b"".join(sse_chunks(result.text, model=alias)), media_type=SSE, headers=headers)
            return Response(
                orjson.dumps(chat_completion_body(result.text, model=alias)), media_type=JSON, headers=headers
            )
        rec.served_by = result.served.alias
        if isinstance(result, Answered):
            if rec.content is not None:
                rec.content["answer"] = result.body["choices"]
            await self._finish(rec, t0, result.served.upstream_ms)
            return Response(orjson.dumps(result.body), media_type=JSON, headers=headers)
        # a stream: a durable "started" row before the headers go out; the final row replaces it
        started = dataclasses.replace(rec, error="stream in progress")
        try:
            await self._durable(started)
        except ApiError:
            await _aclose(result.upstream)
            raise
        return StreamingResponse(self._events(result, alias, rec, t0), media_type=SSE, headers=headers)

    def _decided(self, alias: str, verdict: Verdict, rec: AuditRecord, headers: dict[str, str]) -> None:
        rec.outcome, rec.error = verdict.outcome, verdict.reason
        if verdict.outcome == "blocked":
            headers["x-guard-outcome"] = "blocked"
            self._count_block(alias, verdict)

    async def _events(self, result: Streamed, alias: str, rec: AuditRecord, t0: float) -> AsyncIterator[bytes]:
        answer: list[str] | None = [] if rec.content is not None else None
        try:
            async for chunk in result.chunks:
                if answer is not None:
                    answer.extend(c.content or "" for c in chunk.choices)
                yield sse_event(chunk_body(chunk, alias, logprobs=result.logprobs))
                if self.g.closing_at is not None and time.monotonic() >= self.g.closing_at:
                    raise NotReady("the guard is shutting down; this answer was cut short")
            yield sse_event("[DONE]")
            rec.outcome, rec.error = result.verdict.outcome, result.verdict.reason
            if result.verdict.outcome == "blocked":
                self._count_block(alias, result.verdict)
        except ApiError as exc:
            rec.outcome, rec.error = "error", exc.message
            yield sse_event(exc.body())
        except Exception:
            log.exception("stream %s failed inside the guard", rec.request_id)
            rec.outcome, rec.error = "error", "internal error"
            yield sse_event(_internal(rec.request_id).body())
        finally:
            await _aclose(result.upstream)  # release the upstream, even on disconnect
            if answer is not None and rec.content is not None:
                rec.content["answer"] = "".join(answer)
            _latencies(rec, t0, result.served.upstream_ms)
            if self.g.audit is not None:
                self.g.audit.record(rec)  # replaces the durable "started" row
            self._count(rec, result.served.upstream_ms)

    def _count(self, rec: AuditRecord, upstream_ms: float) -> None:
        """The metrics of a finished request (the model label is bounded to configured aliases)."""
        g = self.g
        model = rec.model if rec.model in g.settings.models else ("" if rec.model is None else "unknown")
        g.metrics.request_done(model, rec.status, rec.outcome)
        if rec.served_by:
            g.metrics.upstream_seconds(rec.served_by, upstream_ms / 1000)
            if not rec.stream and rec.guard_ms is not None:
                g.metrics.overhead.observe(rec.guard_ms / 1000)

    async def _finish(self, rec: AuditRecord, t0: float, upstream_ms: float) -> None:
        """Write the audit row (a 200 waits until it is durable; errors do not wait), then count it."""
        _latencies(rec, t0, upstream_ms)
        if self.g.audit is not None:
            if rec.status == 200:
                await self._durable(rec)
            else:
                self.g.audit.record(rec)
        self._count(rec, upstream_ms)

    async def _durable(self, rec: AuditRecord) -> None:
        """Wait until the audit log has ``rec`` on disk; 503 (nothing sent) when it cannot."""
        assert self.g.audit is not None
        try:
            await self.g.audit.write(rec, coalesce=self._in_flight > 1)
        except AuditUnavailable as exc:
            log.error("request %s not answered: %s", rec.request_id, exc)
            raise NotReady("the guard cannot write its audit log; nothing was answered") from None

    def _count_block(self, alias: str, verdict: Verdict) -> None:
        for check, cause in verdict.blocked_by:
            self.g.metrics.blocked.labels(alias, check, cause).inc()
        log.info("request blocked (%s): %s", alias, verdict.reason)

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

    async def readyz(self, request: Request) -> Response:
        """Ready or not for everyone; the reasons only for an admin key (and in the log)."""
        problems = self._policy_problems()
        upstreams = await self._upstreams()
        ready = not problems and all(ok for ok, _ in upstreams.values())
        down = [a for a, (ok, _) in upstreams.items() if not ok]
        state = (ready, tuple(problems), tuple(down))
        if state != self._last_ready:  # logged when it changes, not on every (unauthenticated) call
            self._last_ready = state
            if ready:
                log.info("ready")
            else:
                for line in problems:
                    log.warning("not ready: policy problem: %s", line)
                if down:
                    log.warning("not ready: upstreams down: %s", ", ".join(down))
        body: dict[str, Any] = {"ready": ready}
        if self._is_admin(request.headers.get("authorization")):
            body["policies"] = {"ok": not problems, "problems": problems}
            body["upstreams"] = {
                alias: {"ok": ok, "detail": detail, **self.g.router.members(alias)}
                for alias, (ok, detail) in upstreams.items()
            }
        return Response(orjson.dumps(body), status_code=200 if ready else 503, media_type=JSON)

    async def _upstreams(self) -> dict[str, tuple[bool, str]]:
        """Upstream health, probed at most once per ``readiness_cache_s`` however often /readyz is called
        (it needs no key, so it must not become a way of flooding the upstreams)."""
        ttl = self.g.settings.readiness_cache_s
        cached = self._ready_cache
        if cached is not None and time.monotonic() - cached[0] < ttl:
            return cached[1]
        async with self._ready_lock:
            if self._ready_cache is not None and time.monotonic() - self._ready_cache[0] < ttl:
                return self._ready_cache[1]
            result = await self.g.router.ready(self.g.settings.readiness_timeout_s)
            self._ready_cache = (time.monotonic(), result)
            return result

    def _policy_problems(self) -> list[str]:
        """One line per policy problem (a file kept at its last good version counts: an edit failed)."""
        health = self.g.store.health()
        return list(health.problems) or ([] if health.ready else ["policy store not ready"])

    def _is_admin(self, authorization: str | None) -> bool:
        if not authorization:
            return False
        try:
            return bool(self.g.keys.authenticate(authorization).key.admin)
        except Unauthorized:
            return False

    async def metrics(self, _request: Request) -> Response:
        return Response(self.g.metrics.render(), media_type="text/plain; version=0.0.4")


async def _read_body(request: Request, limit: int, timeout_s: float) -> bytes:
    """The body, refused past ``limit`` bytes (chunked bodies have no length) or ``timeout_s`` seconds.

    A timer that cancels this task (cheaper per request than ``asyncio.timeout``), turned into a 408.
    """
    task = asyncio.current_task()
    assert task is not None
    expired = False

    def expire() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    timer = asyncio.get_running_loop().call_later(timeout_s, expire)
    parts: list[bytes] = []
    size = 0
    try:
        async for part in request.stream():
            size += len(part)
            if size > limit:
                raise PayloadTooLarge(f"request body is over {limit} bytes, the limit")
            parts.append(part)
    except asyncio.CancelledError:
        if not expired:
            raise
        task.uncancel()
        raise RequestTimeout(f"the request body did not arrive within {timeout_s:g} s") from None
    finally:
        timer.cancel()
    return b"".join(parts)


def _latencies(rec: AuditRecord, t0: float, upstream_ms: float) -> None:
    total = (time.perf_counter() - t0) * 1000
    rec.total_ms = round(total, 3)
    rec.upstream_ms = round(upstream_ms, 3) if rec.served_by else None
    rec.guard_ms = round(max(total - upstream_ms, 0.0), 3)


async def _aclose(iterator: AsyncIterator[Any]) -> None:
    closer = getattr(iterator, "aclose", None)
    if closer is not None:
        with contextlib.suppress(Exception):
            await closer()


def _internal(rid: str) -> ApiError:
    err = NotReady(f"internal guard error; nothing was sent (request {rid})")
    err.status, err.code = 500, "internal_error"
    return err
