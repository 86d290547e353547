"""Running the app under uvicorn with connection-level limits (``server:`` in the config).

uvicorn alone holds a connection that never finishes its headers, and one that opens and sends
nothing, for ever; that is a cheap way to exhaust a server. The protocol here closes a connection
whose request headers are not complete ``header_timeout_s`` after it opened (or after its previous
response). The body deadline (``body_timeout_s``, answered 408) is enforced by the app while it reads
the body. ``max_connections`` maps to uvicorn's ``limit_concurrency`` (503 beyond it),
``keep_alive_s`` to its keep-alive timeout and ``shutdown_timeout_s`` to its graceful-shutdown
deadline: on SIGTERM open streams get that long, then their tasks are cancelled.

uvicorn writes a response's status line and headers, then its body, as two socket sends; the protocol
here hands each response a transport view that holds the head back until the body's first write (or
the end of the current loop iteration, whichever comes first), so a small answer leaves in one send.

Before serving, the start-up heap (taxonomy, models, compiled patterns: ~80,000 objects) is frozen out
of the cyclic collector and its first generation is made larger: a request's objects die by reference
count, so with CPython's default threshold (700) the collector ran every ~20 requests at c=20 only to
find the in-flight requests alive, and each full collection walked the whole start-up heap (~45 ms).
That was ~7% of the guard's CPU per request (docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

from guard.proxy.config import ServerSettings


class HeadJoiningTransport:
    """One response's view of the connection: its first write (the head) is held until the next write
    or the end of this loop iteration, then sent with it. Nothing is reordered or dropped: ``close``
    sends what is held first, and everything else goes straight to the real transport."""

    __slots__ = ("_fresh", "_held", "_loop", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._fresh = True
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        if self._fresh:
            self._fresh = False
            self._held = bytes(data)
            self._loop.call_soon(self.flush)
            return
        held = self._held
        if held is not None:
            self._held = None
            data = held + data
        self._transport.write(data)

    def flush(self) -> None:
        held = self._held
        if held is not None:
            self._held = None
            if not self._transport.is_closing():
                self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def protocol_class(header_timeout_s: float) -> type[Any]:
    """uvicorn's httptools protocol with a deadline for request headers."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class HeaderDeadlineProtocol(HttpToolsProtocol):
        _header_timer: asyncio.TimerHandle | None = None

        def _arm(self) -> None:
            self._disarm()
            self._header_timer = self.loop.call_later(header_timeout_s, self._expired)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _expired(self) -> None:
            self._header_timer = None
            if not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            previous = self.cycle
            super().on_headers_complete()
            if self.cycle is not None and self.cycle is not previous:  # a new response: nothing written yet
                self.cycle.transport = HeadJoiningTransport(self.transport, self.loop)  # type: ignore[assignment]

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.cycle is not None and self.cycle.response_complete:
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return HeaderDeadlineProtocol


GC_THRESHOLDS = (10_000, 10, 10)
"""The collector's generation thresholds while serving (CPython's default first one is 700)."""


def settle_heap() -> None:
    """Freeze what start-up allocated (never collected again) and widen the youngest generation."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def run(app: Any, server: ServerSettings, *, host: str, port: int, log_level: str) -> None:
    """Serve ``app`` until SIGINT/SIGTERM, with the configured limits.

    On shutdown the guard is told first (``Guard.begin_shutdown``), so open streams end themselves
    with an error event just before the deadline instead of being cancelled mid-write.
    """
    import uvicorn

    class GuardServer(uvicorn.Server):
        async def shutdown(self, sockets: Any = None) -> None:
            guard = getattr(app.state, "guard", None)
            if guard is not None:
                guard.begin_shutdown(server.shutdown_timeout_s)
            await super().shutdown(sockets)

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        loop="uvloop",
        http=protocol_class(server.header_timeout_s),
        lifespan="on",
        proxy_headers=False,  # nothing reads the client address; skips a per-request middleware layer
        limit_concurrency=server.max_connections,
        timeout_keep_alive=max(1, round(server.keep_alive_s)),
        timeout_graceful_shutdown=max(1, round(server.shutdown_timeout_s)),
    )
    settle_heap()
    GuardServer(config).run()
