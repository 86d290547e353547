"""The guard's HTTP/1.1 upstream client against real sockets: a scripted asyncio server on loopback
answers each request with the bytes a test gives it (framing, keep-alive, failures at every stage)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from guard.proxy import http1
from guard.proxy.http1 import Http1Client
from guard.proxy.http_clients import ClientTimeout, ClientUnreachable

OK = b'{"ok":true}'

Script = Callable[[int, bytes], bytes | None]
"""(request number, request bytes) -> the answer's bytes; None: close without answering; b"": never answer."""


def answer(body: bytes = OK, *, extra: bytes = b"", status: bytes = b"200 OK") -> bytes:
    return b"HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s" % (
        status,
        len(body),
        extra,
        body,
    )


class Server:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.requests: list[bytes] = []
        self.url = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                out = self.script(len(self.requests), request)
                if out is None:
                    break
                if out == b"":
                    await asyncio.sleep(30)
                    break
                writer.write(out)
                await writer.drain()
                if b"Connection: close" in out or (b"Content-Length" not in out and b"chunked" not in out):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def listening(handler: Handler) -> AsyncIterator[str]:
    """A loopback server running ``handler`` per connection; every handler is ended and every socket
    closed on exit (Python 3.11's servers cannot close their clients themselves)."""
    tasks: set[asyncio.Task[None]] = set()
    writers: list[asyncio.StreamWriter] = []

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tasks.add(asyncio.current_task())  # type: ignore[arg-type]
        writers.append(writer)
        try:
            await handler(reader, writer)
        finally:
            writer.close()

    srv = await asyncio.start_server(tracked, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{srv.sockets[0].getsockname()[1]}/v1/chat/completions"
    finally:
        srv.close()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for writer in writers:
            writer.close()
        await srv.wait_closed()
        await asyncio.sleep(0)


@asynccontextmanager
async def serving(script: Script) -> AsyncIterator[Server]:
    server = Server(script)
    async with listening(server.handle) as url:
        server.url = url
        yield server


def client(**kw: float) -> Http1Client:
    return Http1Client({"authorization": "Bearer k"}, kw.get("timeout", 5.0), kw.get("connect", 2.0))


async def test_keep_alive_reuses_one_connection_and_sends_a_framed_request() -> None:
    async with serving(lambda n, req: answer(b'{"n":%d}' % n)) as server:
        c = client()
        assert await c.post(server.url, b'{"a":1}') == (200, b'{"n":1}')
        assert await c.post(server.url, b'{"a":22}') == (200, b'{"n":2}')
        await c.aclose()
    assert server.connections == 1
    first = server.requests[0]
    assert first.startswith(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:")
    assert b"authorization: Bearer k\r\n" in first and b"Content-Length: 7\r\n" in first
    assert first.endswith(b'\r\n\r\n{"a":1}')


async def test_chunked_and_read_until_close_bodies() -> None:
    chunked = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"ok"\r\n6\r\n:true}\r\n0\r\n\r\n'
    until_close = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + OK
    async with serving(lambda n, req: chunked if n == 1 else until_close) as server:
        c = client()
        assert await c.post(server.url, b"{}") == (200, OK)
        assert await c.post(server.url, b"{}") == (200, OK)  # the body ends when the server closes
        assert await c.post(server.url, b"{}") == (200, OK)  # so that connection was not reused
        await c.aclose()
    assert server.connections == 2


async def test_server_closing_the_connection_is_honoured() -> None:
    async with serving(lambda n, req: answer(extra=b"Connection: close\r\n")) as server:
        c = client()
        for _ in range(3):
            assert (await c.post(server.url, b"{}"))[0] == 200
        await c.aclose()
    assert server.connections == 3


async def test_informational_answer_before_the_real_one() -> None:
    early = b"HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
    async with serving(lambda n, req: early + answer(status=b"201 Created")) as s:
        c = client()
        assert await c.post(s.url, b"{}") == (201, OK)
        await c.aclose()


async def test_failure_stages() -> None:
    c = client(timeout=0.5)
    async with serving(lambda n, req: None) as server:  # closed before any byte: the server never answered
        with pytest.raises(ClientUnreachable) as err:
            await c.post(server.url, b"{}")
        assert err.value.stage == "request"
    async with serving(lambda n, req: answer(extra=b"Connection: close\r\n")[:-3]) as server:  # body cut short
        with pytest.raises(ClientUnreachable) as err:
            await c.post(server.url, b"{}")
        assert err.value.stage == "response"
    async with serving(lambda n, req: b"") as server:  # no answer in time
        with pytest.raises(ClientTimeout) as timeout:
            await c.post(server.url, b"{}")
        assert timeout.value.stage == "response"
    async with serving(lambda n, req: b"NOT HTTP AT ALL\r\n\r\n") as server:
        with pytest.raises(ClientUnreachable, match="InvalidResponse"):
            await c.post(server.url, b"{}")
    async with serving(lambda n, req: answer(extra=b"Content-Encoding: gzip\r\n")) as server:
        with pytest.raises(ClientUnreachable, match="CompressedResponse"):
            await c.post(server.url, b"{}")
    with pytest.raises(ClientUnreachable) as err:
        await c.post(server.url, b"{}")  # that server is gone: nothing listens on the port
    assert err.value.stage == "connect"
    await c.aclose()


async def test_a_body_over_the_limit_is_an_upstream_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http1, "MAX_BODY", 8)
    async with serving(lambda n, req: answer(b"x" * 9) if n == 1 else answer(b"y" * 8)) as server:
        c = client()
        with pytest.raises(ClientUnreachable, match="ResponseTooLarge"):
            await c.post(server.url, b"{}")
        assert await c.post(server.url, b"{}") == (200, b"y" * 8)
        await c.aclose()
    assert server.connections == 2  # the connection of the refused answer was not reused


async def test_idle_connections_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http1, "IDLE_S", 0.0)
    async with serving(lambda n, req: answer()) as server:
        c = client()
        await c.post(server.url, b"{}")
        await c.post(server.url, b"{}")
        await c.aclose()
    assert server.connections == 2


async def test_connection_limit_queues_requests() -> None:
    async def slow(server: Server, c: Http1Client) -> tuple[int, bytes]:
        return await c.post(server.url, b"{}")

    async with serving(lambda n, req: answer()) as server:
        c = Http1Client({}, 5.0, 2.0, limit=1)
        results = await asyncio.gather(*(slow(server, c) for _ in range(5)))
        await c.aclose()
    assert results == [(200, OK)] * 5 and server.connections == 1


async def test_get_status_and_query() -> None:
    async with serving(lambda n, req: answer(status=b"401 Unauthorized")) as server:
        c = client()
        assert await c.get_status(server.url + "?x=1", 1.0) == 401
        await c.aclose()
    assert server.requests[0].startswith(b"GET /v1/chat/completions?x=1 HTTP/1.1\r\n")
    assert b"Content-Length" not in server.requests[0]


async def test_stream_chunks_timeouts_and_early_close() -> None:
    gate = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        for part in (b"data: 1\n\n", b"data: 2\n\n"):
            writer.write(b"%x\r\n%s\r\n" % (len(part), part))
            await writer.drain()
            await gate.wait()
            gate.clear()
        await asyncio.sleep(30)  # then silence: the next chunk does not come in time

    async with listening(handle) as url:
        c = client(timeout=0.5)
        reply = await c.post_stream(url, b"{}")
        assert reply.status == 200
        got = []
        with pytest.raises(ClientTimeout):
            async for data in reply.chunks():
                got.append(data)
                gate.set()
        await reply.aclose()
        assert got == [b"data: 1\n\n", b"data: 2\n\n"]
        assert not any(origin.idle for origin in c._origins.values())  # a broken stream is not reused
        await c.aclose()


async def test_headers_that_would_split_a_request_are_refused() -> None:
    with pytest.raises(ValueError, match="line break"):
        Http1Client({"x-key": "a\r\nHost: evil"}, 1.0, 1.0)


async def test_an_endless_header_block_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http1, "MAX_HEAD", 1024)
    async with serving(lambda n, req: answer(extra=b"X-Pad: " + b"a" * 2000 + b"\r\n")) as server:
        c = client()
        with pytest.raises(ClientUnreachable, match="InvalidResponse"):
            await c.post(server.url, b"{}")
        await c.aclose()
