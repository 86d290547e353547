"""Model aliases -> upstreams, with timeouts and fallbacks.

Two kinds of route. ``OpenAIRoute`` posts straight to an OpenAI-compatible server (vLLM serving the
NCA-P adapter) through the guard's keep-alive HTTP/1.1 client (``guard/proxy/http1.py``): 0.03-0.06 ms
of client CPU per call, against aiohttp's 0.1-0.2 ms, httpx's 0.7-1.6 ms and litellm's ~3.9 ms
(docs/design.md#measured-platform-facts); it is what meets the proxy's overhead target.
``LiteLLMRoute`` reaches every other provider through litellm, imported only when such an alias is used.

Routes never see the client's dict: they build their upstream request from the parsed ``ChatRequest``
and the guard's messages through ``guard.proxy.protocol`` (an allow-list per upstream kind), and parse
what comes back into typed answers, so an error inside a 200, an empty ``choices`` or a broken stream
is an upstream failure like any other (fallbacks apply, then 502).

Upstream failures become ``UpstreamError`` (502) or ``UpstreamTimeout`` (504) whose messages name the
alias only: no upstream URL, credential or exception text reaches the client (it goes to the log).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx
import orjson
from prometheus_client import CollectorRegistry

from guard.proxy.config import LiteLLMUpstream, ModelAlias, OpenAIUpstream
from guard.proxy.errors import ApiError, ConfigError, UpstreamError, UpstreamTimeout
from guard.proxy.http1 import Http1Client
from guard.proxy.http_clients import (
    AiohttpClient,
    ClientKind,
    ClientTimeout,
    ClientUnreachable,
    HttpClient,
    HttpxClient,
)
from guard.proxy.pool import Checked, Member, Pool, PoolCollector, PoolMember
from guard.proxy.protocol import (
    DONE,
    ChatRequest,
    Chunk,
    Completion,
    Message,
    SSEDecoder,
    litellm_kwargs,
    parse_chunk,
    parse_completion,
    upstream_payload,
)

log = logging.getLogger("guard.proxy.routing")
T = TypeVar("T")


@dataclass(frozen=True)
class Outbound:
    """What to send: the parsed request, the guard's messages, and request fields to leave out."""

    chat: ChatRequest
    messages: tuple[Message, ...]
    drop: frozenset[str] = frozenset()


class Route(Protocol):
    """One upstream. ``stream`` raises before its first chunk when the upstream fails to start."""

    alias: str

    async def complete(self, out: Outbound) -> Completion: ...

    def stream(self, out: Outbound) -> AsyncIterator[Chunk]: ...

    async def ready(self, timeout: float) -> tuple[bool, str]: ...

    async def aclose(self) -> None: ...


class OpenAIRoute:
    """The direct path: an OpenAI-compatible ``/chat/completions`` (the guard's HTTP/1.1 client by default,
    see http_clients) on one server or a pool of several (guard/proxy/pool.py: balancing, ejection, safe
    retries)."""

    def __init__(
        self,
        alias: str,
        spec: ModelAlias,
        up: OpenAIUpstream,
        *,
        client: ClientKind = "http1",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.alias = alias
        self.timeout = spec.timeout_s
        self.model = up.model
        headers = {"content-type": "application/json", "accept": "application/json", **up.headers}
        key = up.api_key()
        if key:
            headers["authorization"] = f"Bearer {key}"
        servers = [PoolMember(base_url=up.base_url)] if up.base_url is not None else up.members
        members = [Member(i, m.name or str(i), m.base_url.rstrip("/")) for i, m in enumerate(servers)]
        self.pool = Pool(alias, members, up.pool, self._probe)
        connect = up.pool.connect_timeout_s or min(spec.timeout_s, 10.0)
        self._http: HttpClient
        if client == "httpx" or transport is not None:
            self._http = HttpxClient(headers, spec.timeout_s, connect, transport)
        elif client == "aiohttp":
            self._http = AiohttpClient(headers, spec.timeout_s, connect)
        else:
            try:
                self._http = Http1Client(headers, spec.timeout_s, connect)
            except (ValueError, UnicodeEncodeError) as exc:  # e.g. an API key read with its trailing newline
                raise ConfigError(f"model alias {alias!r}: {exc}") from None

    def _payload(self, out: Outbound, stream: bool) -> bytes:
        return orjson.dumps(upstream_payload(out.chat, out.messages, model=self.model, stream=stream, drop=out.drop))

    def _failed(
        self, member: Member, exc: ClientTimeout | ClientUnreachable, tried: list[Member] | None
    ) -> tuple[Member, list[Member]]:
        """Count the failure; the next member to try (and the members tried) when the failed one never
        took the request, else raise the error for the client."""
        pool = self.pool
        timeout = isinstance(exc, ClientTimeout)
        pool.failed(member, connect=exc.stage == "connect", timeout=timeout)
        if exc.stage != "response":
            tried = [*(tried or ()), member]
            nxt = pool.pick(tried)
            if nxt is not None:
                pool.retries += 1
                log.info(
                    "upstream of %s: pool member %s failed before taking the request; trying %s",
                    self.alias,
                    member.label,
                    nxt.label,
                )
                return nxt, tried
        if timeout:
            raise _timeout(self.alias, self.timeout)
        raise _unreachable(self.alias, str(exc))

    async def complete(self, out: Outbound) -> Completion:
        payload = self._payload(out, False)
        member, (status, content) = await self._send(lambda m: self._http.post(m.chat_url, payload))
        member.outstanding -= 1
        if status >= 400:
            raise _status(self.alias, status)
        try:
            data = orjson.loads(content)
        except orjson.JSONDecodeError:
            data = None
        return _parsed(self.alias, parse_completion, data)

    async def _send(self, call: Callable[[Member], Awaitable[T]]) -> tuple[Member, T]:
        """``call`` on the first member that takes the request (``_failed`` decides what is resent);
        the request stays counted as in flight on that member until the caller decrements it."""
        member = self.pool.pick()
        assert member is not None
        tried: list[Member] | None = None
        while True:
            member.outstanding += 1
            member.requests += 1
            try:
                result = await call(member)
            except (ClientTimeout, ClientUnreachable) as exc:
                member.outstanding -= 1
                member, tried = self._failed(member, exc, tried)
                continue
            except BaseException:
                member.outstanding -= 1
                raise
            self.pool.answered(member)
            return member, result

    async def stream(self, out: Outbound) -> AsyncIterator[Chunk]:
        payload = self._payload(out, True)
        member, reply = await self._send(lambda m: self._http.post_stream(m.chat_url, payload))
        try:
            if reply.status >= 400:
                raise _status(self.alias, reply.status)
            decoder = SSEDecoder()
            async for data in reply.chunks():
                try:
                    events = list(decoder.feed(data))
                except ValueError:
                    raise _invalid_stream(self.alias) from None
                for event in events:
                    if event.strip() == DONE:
                        return
                    try:
                        chunk = orjson.loads(event)
                    except orjson.JSONDecodeError:
                        raise _invalid_stream(self.alias) from None
                    yield _parsed(self.alias, parse_chunk, chunk)
            for event in decoder.close():
                if event.strip() != DONE:
                    raise _invalid_stream(self.alias)
        except ClientTimeout:
            self.pool.failed(member, connect=False, timeout=True)
            raise _timeout(self.alias, self.timeout) from None
        except ClientUnreachable as exc:
            self.pool.failed(member, connect=False, timeout=False)
            raise _unreachable(self.alias, str(exc)) from None
        finally:
            member.outstanding -= 1
            await reply.aclose()

    async def _probe(self, member: Member, timeout: float) -> Checked:
        """One member's health: its ``/models`` answers, without refusing our credentials or failing."""
        try:
            status = await self._http.get_status(member.models_url, timeout)
        except ClientTimeout:
            return Checked(False, f"no answer within {timeout:g} s", unreachable=True)
        except ClientUnreachable as exc:
            return Checked(False, f"unreachable ({exc})", unreachable=True)
        if status in (401, 403):
            return Checked(False, f"reachable, but it refused our credentials (HTTP {status})")
        if status >= 500:
            return Checked(False, f"reachable, but unhealthy (HTTP {status})")
        return Checked(True, "reachable")

    async def ready(self, timeout: float) -> tuple[bool, str]:
        return await self.pool.ready(timeout)

    async def aclose(self) -> None:
        await self.pool.aclose()
        await self._http.aclose()


class LiteLLMRoute:
    """Any litellm provider; the operator's ``params`` (api_base, api_key, num_retries, ...) are passed on,
    and from the client only what ``protocol.litellm_kwargs`` builds (never routing or credential arguments)."""

    def __init__(self, alias: str, spec: ModelAlias, up: LiteLLMUpstream) -> None:
        self.alias = alias
        self.timeout = spec.timeout_s
        self.model = up.model
        self.params = dict(up.params)

    def _kwargs(self, out: Outbound, stream: bool) -> dict[str, Any]:
        return {
            **litellm_kwargs(out.chat, out.messages, drop=out.drop),
            "timeout": self.timeout,
            **self.params,
            "model": self.model,
            "stream": stream,
        }

    async def complete(self, out: Outbound) -> Completion:
        litellm = _litellm()
        try:
            resp = await litellm.acompletion(**self._kwargs(out, False))
        except Exception as exc:
            raise _litellm_error(self.alias, self.timeout, exc) from None
        return _parsed(self.alias, parse_completion, resp.model_dump(exclude_none=True))

    async def stream(self, out: Outbound) -> AsyncIterator[Chunk]:
        litellm = _litellm()
        try:
            resp = await litellm.acompletion(**self._kwargs(out, True))
            async for chunk in resp:
                yield _parsed(self.alias, parse_chunk, chunk.model_dump(exclude_none=True))
        except ApiError:
            raise
        except Exception as exc:
            raise _litellm_error(self.alias, self.timeout, exc) from None

    async def ready(self, timeout: float) -> tuple[bool, str]:
        return True, "not checked (litellm provider)"

    async def aclose(self) -> None:
        return None


def _litellm() -> Any:
    """litellm, imported on first use, offline price map, and quiet: at DEBUG it logs request bodies,
    which would put raw prompts in the guard's log."""
    import os

    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return litellm


def _litellm_error(alias: str, timeout: float, exc: Exception) -> ApiError:
    name = type(exc).__name__
    log.warning("litellm upstream of %s failed: %s", alias, name)
    if "Timeout" in name:
        return _timeout(alias, timeout)
    return UpstreamError(f"model {alias!r}: the upstream failed ({name})")


def _parsed(alias: str, parse: Callable[[Any, str], T], data: Any) -> T:
    """``parse(data)``, logging (not answering) why an upstream answer was refused."""
    try:
        return parse(data, alias)
    except UpstreamError as exc:
        log.warning("upstream of %s: %s", alias, exc.message)
        raise


def _invalid_stream(alias: str) -> UpstreamError:
    log.warning("upstream of %s sent a stream that is not valid server-sent events of JSON", alias)
    return UpstreamError(f"model {alias!r}: the upstream sent an invalid stream")


def _timeout(alias: str, timeout: float) -> UpstreamTimeout:
    log.warning("upstream of %s timed out after %ss", alias, timeout)
    return UpstreamTimeout(f"model {alias!r}: the upstream did not answer within {timeout:g} s")


def _unreachable(alias: str, why: str) -> UpstreamError:
    log.warning("upstream of %s unreachable: %s", alias, why)
    return UpstreamError(f"model {alias!r}: the upstream is unreachable")


def _status(alias: str, status: int) -> UpstreamError:
    log.warning("upstream of %s answered HTTP %s", alias, status)
    return UpstreamError(f"model {alias!r}: the upstream answered HTTP {status}")


@dataclass(frozen=True)
class Served:
    """Which alias finally answered, and how long the upstream took (ms; first chunk when streaming)."""

    alias: str
    upstream_ms: float


class Router:
    """Builds one route per alias and applies fallbacks in order."""

    def __init__(
        self,
        models: Mapping[str, ModelAlias],
        *,
        client: ClientKind = "http1",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.models = dict(models)
        self.routes: dict[str, Route] = {}
        for alias, spec in models.items():
            up = spec.upstream
            if isinstance(up, OpenAIUpstream):
                self.routes[alias] = OpenAIRoute(alias, spec, up, client=client, transport=transport)
            else:
                self.routes[alias] = LiteLLMRoute(alias, spec, up)

    def _chain(self, alias: str) -> list[Route]:
        return [self.routes[a] for a in (alias, *self.models[alias].fallbacks)]

    async def complete(self, alias: str, out: Outbound) -> tuple[Completion, Served]:
        failures: list[ApiError] = []
        for route in self._chain(alias):
            t0 = time.perf_counter()
            try:
                data = await route.complete(out)
            except (UpstreamError, UpstreamTimeout) as exc:
                failures.append(exc)
                continue
            return data, Served(route.alias, (time.perf_counter() - t0) * 1000)
        raise self._exhausted(alias, failures)

    def _exhausted(self, alias: str, failures: list[ApiError]) -> ApiError:
        """The error when every upstream failed: the primary's cause first, then the last fallback's."""
        first, last = failures[0], failures[-1]
        if len(failures) == 1:
            return first
        return type(first)(f"model {alias!r} failed ({first.message}), and so did its fallbacks (last: {last.message})")

    async def stream(self, alias: str, out: Outbound) -> tuple[Chunk | None, AsyncIterator[Chunk], Served]:
        """Start a stream: the first chunk (None for an empty stream), the rest, and who served it.

        Fallbacks apply until the first chunk arrives; after that the client has bytes and a failure
        ends the stream.
        """
        failures: list[ApiError] = []
        for route in self._chain(alias):
            t0 = time.perf_counter()
            chunks = route.stream(out)
            try:
                first = await anext(chunks)
            except StopAsyncIteration:
                return None, chunks, Served(route.alias, (time.perf_counter() - t0) * 1000)
            except (UpstreamError, UpstreamTimeout) as exc:
                failures.append(exc)
                continue
            return first, chunks, Served(route.alias, (time.perf_counter() - t0) * 1000)
        raise self._exhausted(alias, failures)

    @property
    def pools(self) -> dict[str, Pool]:
        """The pool of each direct (openai-kind) alias; a single server is a pool of one."""
        return {a: r.pool for a, r in self.routes.items() if isinstance(r, OpenAIRoute)}

    def register_metrics(self, registry: CollectorRegistry) -> None:
        """Per-member series (guard_upstream_member_*), read from the pools at scrape time."""
        registry.register(PoolCollector(self.pools.values()))

    def members(self, alias: str) -> dict[str, Any]:
        """Per-member details for /readyz (admins): ``{"members": [...]}`` for pools of several, else {}."""
        pool = self.pools.get(alias)
        return {"members": pool.describe()} if pool is not None and len(pool.members) > 1 else {}

    async def ready(self, timeout: float = 2.0) -> dict[str, tuple[bool, str]]:
        """Each alias's upstream health, checked concurrently."""
        aliases = list(self.routes)
        results = await asyncio.gather(*(self.routes[a].ready(timeout) for a in aliases))
        return dict(zip(aliases, results, strict=True))

    async def aclose(self) -> None:
        for route in self.routes.values():
            await route.aclose()
