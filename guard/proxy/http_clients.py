"""The HTTP clients behind the direct OpenAI-compatible path, and the contract they share.

Measured on these machines against a local upstream, CPU per request at concurrency 1 / 20: an httpx
transport about 0.7 / 1.6 ms (its connection pool rescans every connection per request), aiohttp about
0.2 / 0.1 ms, the guard's own HTTP/1.1 client (``guard/proxy/http1.py``, the default) 0.05 / 0.03 ms.
aiohttp stays for operators who prefer a general-purpose client (``http_client: aiohttp``), httpx for
tests (respx, ``httpx.MockTransport``) and for operators who want it (``http_client: httpx``).

All raise only ``ClientTimeout`` or ``ClientUnreachable``; the route turns those into 504 / 502. Each
says at which ``Stage`` it failed, because a pool may resend a request only when the server never took
it (guard/proxy/pool.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Literal, Protocol

import httpx

ClientKind = Literal["http1", "aiohttp", "httpx"]
"""The ``http_client`` setting: which client the direct path uses."""

Stage = Literal["connect", "request", "response"]
"""Where a call failed. connect: no connection was made (refused, DNS, connect timeout), so the server
never saw the request. request: the connection closed before any response byte (refused by a dying
server, reset before the answer began). response: the server had the request and no answer came in
time, or the answer broke after it began. Only the first two may be sent to another server."""


class ClientTimeout(Exception):
    """The upstream did not answer (or send the next chunk) in time."""

    def __init__(self, stage: Stage = "response") -> None:
        super().__init__(stage)
        self.stage = stage


class ClientUnreachable(Exception):
    """Connecting or talking to the upstream failed; ``str`` is the exception class, for the log."""

    def __init__(self, why: str, stage: Stage = "response") -> None:
        super().__init__(why)
        self.stage = stage


class StreamReply(Protocol):
    status: int

    def chunks(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class HttpClient(Protocol):
    async def post(self, url: str, payload: bytes) -> tuple[int, bytes]: ...

    async def post_stream(self, url: str, payload: bytes) -> StreamReply: ...

    async def get_status(self, url: str, timeout: float) -> int: ...

    async def aclose(self) -> None: ...


class AiohttpClient:
    """aiohttp session created lazily in the running loop; ``timeout_s`` bounds a whole answer, and the
    gap between chunks of a stream."""

    def __init__(self, headers: dict[str, str], timeout_s: float, connect_s: float) -> None:
        import aiohttp  # noqa: F401  (at start-up, not on the first request: the import takes ~0.3 s)

        self.headers = headers
        self.timeout_s = timeout_s
        self.connect_s = connect_s
        self._session: Any = None
        self._timeouts: tuple[Any, Any] | None = None

    def _timeout(self, stream: bool) -> Any:
        """Built once: a whole answer within ``timeout_s``; for streams, each chunk within it."""
        if self._timeouts is None:
            import aiohttp

            self._timeouts = (
                aiohttp.ClientTimeout(total=self.timeout_s, connect=self.connect_s),
                aiohttp.ClientTimeout(total=None, connect=self.connect_s, sock_read=self.timeout_s),
            )
        return self._timeouts[stream]

    def _get(self) -> Any:
        import aiohttp

        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=512, ttl_dns_cache=300),
                headers=self.headers,
                skip_auto_headers=("User-Agent",),
            )
        return self._session

    async def _start(self, url: str, payload: bytes, stream: bool) -> Any:
        """Send the request and wait for the response head, naming the stage of a failure."""
        import aiohttp

        try:
            return await self._get().post(url, data=payload, timeout=self._timeout(stream))
        except aiohttp.ConnectionTimeoutError:
            raise ClientTimeout("connect") from None
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise ClientTimeout() from None
        except aiohttp.ClientConnectorError as exc:
            raise ClientUnreachable(type(exc).__name__, "connect") from None
        except aiohttp.ClientConnectionError as exc:  # dropped before the response head: no byte came back
            raise ClientUnreachable(type(exc).__name__, "request") from None
        except aiohttp.ClientError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def post(self, url: str, payload: bytes) -> tuple[int, bytes]:
        import aiohttp

        resp = await self._start(url, payload, False)
        try:
            async with resp:
                return resp.status, await resp.read()
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise ClientTimeout() from None
        except aiohttp.ClientError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def post_stream(self, url: str, payload: bytes) -> StreamReply:
        return _AiohttpStream(await self._start(url, payload, True))

    async def get_status(self, url: str, timeout: float) -> int:
        import aiohttp

        try:
            async with self._get().get(url, timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
                await resp.read()
                return int(resp.status)
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise ClientTimeout() from None
        except aiohttp.ClientError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class _AiohttpStream:
    def __init__(self, resp: Any) -> None:
        self._resp = resp
        self.status = int(resp.status)

    async def chunks(self) -> AsyncIterator[bytes]:
        import aiohttp

        try:
            async for data in self._resp.content.iter_any():
                yield data
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise ClientTimeout() from None
        except aiohttp.ClientError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def aclose(self) -> None:
        self._resp.release()


class HttpxClient:
    """httpx transport used directly (no client-level cookies, redirects or URL merging)."""

    def __init__(
        self, headers: dict[str, str], timeout_s: float, connect_s: float, transport: httpx.AsyncBaseTransport | None
    ) -> None:
        self.headers = list(headers.items())
        self._timeouts = httpx.Timeout(timeout_s, connect=connect_s).as_dict()
        self._transport = transport or httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=512, max_keepalive_connections=256)
        )

    async def _send(self, method: str, url: str, payload: bytes | None, timeouts: dict[str, Any]) -> httpx.Response:
        request = httpx.Request(method, url, headers=self.headers, content=payload, extensions={"timeout": timeouts})
        try:
            return await self._transport.handle_async_request(request)
        except httpx.ConnectTimeout:
            raise ClientTimeout("connect") from None
        except httpx.TimeoutException:
            raise ClientTimeout() from None
        except httpx.ConnectError as exc:
            raise ClientUnreachable(type(exc).__name__, "connect") from None
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError) as exc:  # before the response head
            raise ClientUnreachable(type(exc).__name__, "request") from None
        except httpx.HTTPError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def post(self, url: str, payload: bytes) -> tuple[int, bytes]:
        resp = await self._send("POST", url, payload, self._timeouts)
        try:
            return resp.status_code, await resp.aread()
        except httpx.TimeoutException:
            raise ClientTimeout() from None
        except httpx.HTTPError as exc:
            raise ClientUnreachable(type(exc).__name__) from None
        finally:
            await resp.aclose()

    async def post_stream(self, url: str, payload: bytes) -> StreamReply:
        return _HttpxStream(await self._send("POST", url, payload, self._timeouts))

    async def get_status(self, url: str, timeout: float) -> int:
        resp = await self._send("GET", url, None, httpx.Timeout(timeout).as_dict())
        try:
            await resp.aread()
        finally:
            await resp.aclose()
        return resp.status_code

    async def aclose(self) -> None:
        await self._transport.aclose()


class _HttpxStream:
    def __init__(self, resp: httpx.Response) -> None:
        self._resp = resp
        self.status = resp.status_code

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for data in self._resp.aiter_raw():
                yield data
        except httpx.TimeoutException:
            raise ClientTimeout() from None
        except httpx.HTTPError as exc:
            raise ClientUnreachable(type(exc).__name__) from None

    async def aclose(self) -> None:
        await self._resp.aclose()
