"""Upstream pools in-process: choosing a member, which failures move a request elsewhere, ejection and
re-admission, and the per-member metrics. Members are hosts of an ``httpx.MockTransport`` whose handler
fails the way a real server does (refused connect, dropped before the answer, timeout, broken body); the
real-process counterpart is test_pools.py."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
from collections.abc import Callable
from typing import Any

import httpx
import orjson
import pytest
from prometheus_client import CollectorRegistry, generate_latest
from pydantic import ValidationError

from guard.proxy.config import Limits, ModelAlias, OpenAIUpstream
from guard.proxy.errors import UpstreamError, UpstreamTimeout
from guard.proxy.pool import Checked, Member, Pool, PoolSettings
from guard.proxy.protocol import parse_request
from guard.proxy.routing import Outbound, Router

Handler = Callable[[httpx.Request], Any]
COMPLETION = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}],
}


def outbound(stream: bool = False) -> Outbound:
    body = {"model": "m", "messages": [{"role": "user", "content": "private question"}], "stream": stream}
    chat = parse_request(orjson.dumps(body), Limits(), lambda _m: frozenset())
    return Outbound(chat, chat.messages)


def router(handler: Handler, hosts: list[str], **pool: Any) -> Router:
    members = [{"base_url": f"http://{h}/v1", "name": h} for h in hosts]
    spec = ModelAlias.model_validate(
        {"upstream": {"kind": "openai", "model": "up", "members": members, "pool": pool}, "timeout_s": 5}
    )
    return Router({"m": spec}, transport=httpx.MockTransport(handler))


def ok(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=COMPLETION)


async def noop_probe(_m: Member, _t: float) -> Checked:
    return Checked(True, "reachable")


def test_least_outstanding_wins_and_ties_rotate() -> None:
    members = [Member(i, str(i), f"http://h{i}/v1") for i in range(3)]
    pool = Pool("m", members, PoolSettings(), noop_probe)
    members[0].outstanding, members[1].outstanding, members[2].outstanding = 4, 1, 2
    assert all(pool.pick() is members[1] for _ in range(6))
    for m in members:
        m.outstanding = 0
    picks = [pool.pick() for _ in range(300)]
    assert {m.label: picks.count(m) for m in members} == {"0": 100, "1": 100, "2": 100}
    members[1].ejected = True
    assert {pool.pick() for _ in range(20)} == {members[0], members[2]}
    assert pool.pick(tried=[members[0], members[2]]) is members[1]  # only an ejected one left: still tried
    assert pool.pick(tried=members) is None


async def test_an_answer_readmits_only_when_every_member_is_ejected() -> None:
    members = [Member(i, str(i), f"http://h{i}/v1") for i in range(2)]
    pool = Pool("m", members, PoolSettings(probe_interval_s=60), noop_probe)
    pool.failed(members[0], connect=True, timeout=False)
    pool.answered(members[0])  # a request that was already in flight when it was ejected
    assert members[0].ejected  # still out: it waits for its probe
    pool.failed(members[1], connect=True, timeout=False)
    pool.answered(members[1])  # every member out: the one that answers comes back
    assert not members[1].ejected and members[0].ejected
    await pool.aclose()


async def test_refused_connect_is_retried_on_another_member_and_ejects_it() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.host)
        if request.url.host == "down":
            raise httpx.ConnectError("refused")
        return ok(request)

    r = router(handler, ["down", "up1", "up2"], probe_interval_s=60)
    results = [await r.complete("m", outbound()) for _ in range(12)]
    assert all(c.choices[0].content == "hi" for c, _ in results)
    pool = r.pools["m"]
    down = pool.members[0]
    assert down.ejected and down.ejections == 1 and down.unreachable == 1
    assert seen.count("down") == 1  # ejected at the first refusal: never chosen again
    assert pool.retries == 1 and sum(m.outstanding for m in pool.members) == 0
    await r.aclose()


@pytest.mark.parametrize("stream", [False, True])
async def test_connection_dropped_before_any_response_byte_is_retried(stream: bool) -> None:
    """The member closed the connection before answering (a dying server): nothing came back, resend."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        if request.url.host == "dying":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        if stream:
            chunk = {
                **COMPLETION,
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": {"content": "hi"}}],
            }
            return httpx.Response(
                200, stream=httpx.ByteStream(b"data: " + orjson.dumps(chunk) + b"\n\ndata: [DONE]\n\n")
            )
        return ok(request)

    r = router(handler, ["dying", "fine"], eject_after=2)
    for _ in range(4):
        if stream:
            first, rest, served = await r.stream("m", outbound(stream=True))
            assert first is not None and first.choices[0].content == "hi" and served.alias == "m"
            assert [c async for c in rest] == []
        else:
            completion, _ = await r.complete("m", outbound())
            assert completion.choices[0].content == "hi"
    dying = r.pools["m"].members[0]
    assert dying.ejected and dying.failures == 2  # two drops in a row (eject_after: 2), then left out
    assert calls.count("dying") == 2 and r.pools["m"].retries == 2
    assert all(m.outstanding == 0 for m in r.pools["m"].members)
    await r.aclose()


async def test_a_member_that_took_the_request_is_not_asked_again_elsewhere() -> None:
    """Read timeout (the member had it) and a body broken after the head: no resend; 504 / 502."""
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        if request.url.host == "slow":
            raise httpx.ReadTimeout("no answer")
        return ok(request)

    r = router(handler, ["slow", "fine"], eject_after=3)
    pool = r.pools["m"]
    slow = pool.members[0]
    errors = 0
    for _ in range(8):
        try:
            await r.complete("m", outbound())
        except UpstreamTimeout as exc:
            errors += 1
            assert "http://" not in exc.message and "slow" not in exc.message  # names the alias only
    assert pool.retries == 0 and calls.count("slow") == errors == 3  # ejected after 3 timeouts in a row
    assert slow.ejected and slow.timeouts == 3
    await r.aclose()

    class Broken(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b'{"id": "c", "choi'
            raise httpx.ReadError("reset mid-body")

    def broken(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        return httpx.Response(200, stream=Broken())

    calls.clear()
    r = router(broken, ["a", "b"])
    with pytest.raises(UpstreamError):
        await r.complete("m", outbound())
    assert len(calls) == 1 and r.pools["m"].retries == 0
    await r.aclose()


async def test_all_members_down_each_tried_once_then_502_without_urls() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.host)
        raise httpx.ConnectError("refused")

    r = router(handler, ["a", "b", "c"], probe_interval_s=60)
    with pytest.raises(UpstreamError) as err:
        await r.complete("m", outbound())
    assert sorted(calls) == ["a", "b", "c"]
    assert err.value.message == "model 'm': the upstream is unreachable"
    calls.clear()
    with pytest.raises(UpstreamError):  # all ejected: every member is still tried (never refuse untried)
        await r.complete("m", outbound())
    assert sorted(calls) == ["a", "b", "c"]
    await r.aclose()


async def test_ejected_member_is_probed_and_readmitted() -> None:
    state = {"up": False}
    probes: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "flaky":
            if request.url.path.endswith("/models"):
                probes.append(request.url.host)
            if not state["up"]:
                raise httpx.ConnectError("refused")
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": []})
        return ok(request)

    r = router(handler, ["flaky", "steady"], probe_interval_s=0.05, probe_timeout_s=1)
    pool = r.pools["m"]
    flaky = pool.members[0]
    await r.complete("m", outbound())
    await r.complete("m", outbound())
    assert flaky.ejected
    await asyncio.sleep(0.2)
    assert flaky.ejected and len(probes) >= 1  # probed while down, still out
    state["up"] = True
    for _ in range(40):
        if not flaky.ejected:
            break
        await asyncio.sleep(0.05)
    assert not flaky.ejected and flaky.failures == 0
    before = flaky.requests
    for _ in range(6):
        await r.complete("m", outbound())
    assert flaky.requests - before == 3  # back in the rotation
    await asyncio.sleep(0.15)
    assert pool._prober is not None and pool._prober.done()  # the prober stops when nobody is ejected
    await r.aclose()


async def test_readiness_lists_members_and_ejects_unreachable_ones() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "gone":
            raise httpx.ConnectError("refused")
        if request.url.host == "locked":
            return httpx.Response(401)
        return httpx.Response(200, json={"data": []})

    r = router(handler, ["fine", "gone", "locked"], probe_interval_s=60)
    assert await r.ready(1.0) == {"m": (True, "1 of 3 members reachable")}
    members = r.members("m")["members"]
    assert [(m["member"], m["ok"], m["ejected"]) for m in members] == [
        ("fine", True, False),
        ("gone", False, True),  # unreachable: ejected
        ("locked", False, False),  # it answered (401): there, so not ejected
    ]
    assert members[1]["detail"] == "unreachable (ConnectError)"
    await r.aclose()


async def test_single_server_alias_keeps_its_old_behaviour() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    spec = ModelAlias.model_validate({"upstream": {"kind": "openai", "base_url": "http://one/v1", "model": "x"}})
    r = Router({"m": spec}, transport=httpx.MockTransport(handler))
    for _ in range(3):
        with pytest.raises(UpstreamError):
            await r.complete("m", outbound())
    only = r.pools["m"].members[0]
    assert only.label == "0" and not only.ejected and only.requests == 3 and r.pools["m"]._prober is None
    assert await r.ready(1.0) == {"m": (False, "unreachable (ConnectError)")}
    assert r.members("m") == {}
    await r.aclose()


async def test_metrics_per_member_with_bounded_labels() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "10.0.0.2":
            raise httpx.ConnectError("refused")
        return ok(request)

    spec = ModelAlias.model_validate(
        {
            "upstream": {
                "kind": "openai",
                "model": "up",
                "members": [{"base_url": "http://10.0.0.1/v1"}, {"base_url": "http://10.0.0.2/v1", "name": "gpu-b"}],
                "pool": {"probe_interval_s": 60},
            }
        }
    )
    r = Router({"m": spec}, transport=httpx.MockTransport(handler))
    registry = CollectorRegistry()
    r.register_metrics(registry)
    for _ in range(4):
        await r.complete("m", outbound())
    text = generate_latest(registry).decode()
    assert 'guard_upstream_member_up{member="0",model="m"} 1.0' in text
    assert 'guard_upstream_member_up{member="gpu-b",model="m"} 0.0' in text
    assert 'guard_upstream_member_requests_total{member="0",model="m"} 4.0' in text
    assert 'guard_upstream_member_failures_total{kind="unreachable",member="gpu-b",model="m"} 1.0' in text
    assert 'guard_upstream_member_ejections_total{member="gpu-b",model="m"} 1.0' in text
    assert 'guard_upstream_retries_total{model="m"} 1.0' in text
    assert "10.0.0" not in text and "private question" not in text  # no URLs, no client data
    await r.aclose()


@pytest.mark.parametrize(
    ("upstream", "message"),
    [
        ({"model": "x"}, "set base_url (one server) or members"),
        ({"model": "x", "base_url": "http://a/v1", "members": [{"base_url": "http://b/v1"}]}, "not both"),
        (
            {
                "model": "x",
                "members": [{"base_url": "http://a/v1", "name": "g"}, {"base_url": "http://b/v1", "name": "g"}],
            },
            "members[1].name: 'g' names two members",
        ),
        ({"model": "x", "members": [{"base_url": "http://a/v1", "name": "1"}]}, "String should match pattern"),
        ({"model": "x", "members": [{"base_url": "ftp://a"}]}, "String should match pattern"),
        ({"model": "x", "base_url": "http://a/v1", "pool": {"eject_after": 0}}, "greater than or equal to 1"),
        ({"model": "x", "base_url": "http://a/v1", "pool": {"probe_every": 1}}, "Extra inputs are not permitted"),
    ],
)
def test_pool_config_errors_name_the_field(upstream: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        OpenAIUpstream.model_validate(upstream)
    assert message in str(err.value), json.dumps(upstream)


# The default client (aiohttp) against loopback servers that misbehave at each stage: the stage it
# reports decides whether a request may be resent, so it is checked on real sockets, not mocks.


async def _read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    length = re.search(rb"(?i)content-length: *(\d+)", head)
    await reader.readexactly(int(length.group(1)) if length else 0)


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while True:
        try:
            await _read_request(reader)
        except (asyncio.IncompleteReadError, ConnectionError):
            break
        body = orjson.dumps(COMPLETION)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body))
        writer.write(body)
        await writer.drain()
    writer.close()


async def _drop(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Reads the request, then closes without a byte of answer (a server dying as it takes it)."""
    await _read_request(reader)
    writer.close()


async def _hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Takes the request and never answers (until the client gives up)."""
    await _read_request(reader)
    await reader.read()
    writer.close()


async def _half(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Starts an answer, then breaks off."""
    await _read_request(reader)
    writer.write(b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{"id": "c", "ch')
    await writer.drain()
    writer.close()


@pytest.mark.parametrize(
    ("bad", "resent", "error"),
    [
        (_drop, True, None),  # closed before any response byte: resent, the client gets its answer
        (None, True, None),  # nothing listening: refused, resent, ejected at once
        (_hang, False, UpstreamTimeout),  # the member has it: not resent, 504
        (_half, False, UpstreamError),  # the answer began: not resent, 502
    ],
)
async def test_aiohttp_failure_stages_on_real_sockets(bad: Any, resent: bool, error: type[Exception] | None) -> None:
    writers: list[asyncio.StreamWriter] = []

    def kept(handler: Any) -> Any:
        async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)  # closed by the test, whatever state the handler ends in
            await handler(reader, writer)

        return run

    good = await asyncio.start_server(kept(_answer), "127.0.0.1", 0)
    servers = [good]
    if bad is None:
        with socket.socket() as s:  # a port nobody listens on
            s.bind(("127.0.0.1", 0))
            bad_port = s.getsockname()[1]
    else:
        servers.append(await asyncio.start_server(kept(bad), "127.0.0.1", 0))
        bad_port = servers[1].sockets[0].getsockname()[1]
    members = [
        {"base_url": f"http://127.0.0.1:{bad_port}/v1", "name": "bad"},
        {"base_url": f"http://127.0.0.1:{good.sockets[0].getsockname()[1]}/v1", "name": "good"},
    ]
    spec = ModelAlias.model_validate(
        {
            "upstream": {"kind": "openai", "model": "up", "members": members, "pool": {"probe_interval_s": 60}},
            "timeout_s": 0.5,
        }
    )
    r = Router({"m": spec}, client="aiohttp")
    pool = r.pools["m"]
    bad_member, good_member = pool.members
    pool._next = 1  # the next pick rotates to member 0: the misbehaving one is asked first
    try:
        if error is None:
            completion, _ = await r.complete("m", outbound())
            assert completion.choices[0].content == "hi"
        else:
            with pytest.raises(error):
                await r.complete("m", outbound())
        assert bad_member.requests == 1 and good_member.requests == (1 if resent else 0)
        assert pool.retries == (1 if resent else 0)
        assert bad_member.ejected == (bad is None)  # only a refused connect ejects at once
        assert bad_member.outstanding == good_member.outstanding == 0
    finally:
        await r.aclose()
        for server in servers:
            server.close()
            await server.wait_closed()
        for writer in writers:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
