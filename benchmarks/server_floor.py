"""The server-stack floor under the proxy CPU target: the same minimal forwarder on three stacks.

    .venv/bin/python benchmarks/server_floor.py [--seconds 1.5] [--rounds 4]

``proxy_bench.py`` holds the guard to 1.5x the CPU per request of a minimal policy-injecting aiohttp
forwarder. This script answers how much of the guard's gap is its HTTP stack: it runs that forwarder
(key check, policy text prepended to the user turn, pooled aiohttp client to the upstream) as the
aiohttp app of ``proxy_bench.py``, as a plain ASGI app under uvicorn (httptools, uvloop: the guard's
server) and as a Starlette route under the same uvicorn, and prints CPU ms per request of each at
concurrency 1 and 20, side by side in one run (taking turns in slices, pinned to CPU 0; the upstream
and the load generator on CPU 1).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import proxy_bench as pb


def serve(kind: str, port: int, upstream: str) -> None:
    """The forwarder as an ASGI app (``raw``) or a Starlette route (``starlette``) under uvicorn."""
    import aiohttp
    import orjson
    import uvicorn

    url = upstream + "/v1/chat/completions"
    sessions: list[aiohttp.ClientSession] = []

    async def forward(authorization: str, raw: bytes) -> tuple[int, bytes]:
        body = pb.forwarder_body(authorization, raw)  # the same work as proxy_bench's aiohttp forwarder
        if body is None:
            return 401, b'{"error":{"message":"unknown key"}}'
        if not sessions:
            sessions.append(aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=512)))
        headers = {"content-type": "application/json"}
        async with sessions[0].post(url, data=orjson.dumps(body), headers=headers) as resp:
            return resp.status, await resp.read()

    async def raw_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        status, out = 200, b'{"status":"ok"}'
        if scope["path"] == "/v1/chat/completions":
            chunks = []
            while True:
                message = await receive()
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    break
            authorization = dict(scope["headers"]).get(b"authorization", b"").decode()
            status, out = await forward(authorization, b"".join(chunks))
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(out)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": out})

    app: Any = raw_app
    if kind == "starlette":
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import Response
        from starlette.routing import Route

        async def chat(request: Request) -> Response:
            status, out = await forward(request.headers.get("authorization", ""), await request.body())
            return Response(out, status_code=status, media_type="application/json")

        async def healthz(_request: Request) -> Response:
            return Response(b'{"status":"ok"}', media_type="application/json")

        app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]), Route("/healthz", healthz)])
    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, loop="uvloop", http="httptools"
    )


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seconds", type=float, default=1.5, help="load per slice")
    ap.add_argument("--rounds", type=int, default=4, help="slices per stack and concurrency, taking turns")
    args = ap.parse_args()
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    tmp = Path(tempfile.mkdtemp(prefix="server-floor-"))
    upstream = f"http://127.0.0.1:{pb.free_port()}"
    os.sched_setaffinity(0, {1} if (os.cpu_count() or 1) > 1 else {0})
    up_cmd = [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", upstream.rsplit(":", 1)[1], "--no-record"]
    procs = [pb.start(pb.pinned("1", up_cmd), tmp / "upstream.log", env)]
    stacks: dict[str, tuple[pb.Target, Any]] = {}
    try:
        for name, cmd in {
            "aiohttp (proxy_bench's forwarder)": [str(Path(pb.__file__).resolve()), "--serve-forwarder"],
            "uvicorn, plain ASGI": [str(Path(__file__).resolve()), "--serve", "raw"],
            "uvicorn + Starlette route": [str(Path(__file__).resolve()), "--serve", "starlette"],
        }.items():
            port = pb.free_port()
            proc = pb.start(pb.pinned("0", [sys.executable, *cmd, str(port), upstream]), tmp / f"{port}.log", env)
            procs.append(proc)
            stacks[name] = (pb.Target(name, port, "qwen-ncap", {"Authorization": f"Bearer {pb.KEY}"}), proc)
        pb.wait_ready(f"{upstream}/v1/models", procs[0], 30)
        for target, proc in stacks.values():
            pb.wait_ready(f"http://127.0.0.1:{target.port}/healthz", proc, 60)
        body = pb.payload("qwen-ncap", False)
        for c in (1, 20):
            spent = {name: [0.0, 0] for name in stacks}
            for _ in range(args.rounds):
                for name, (target, proc) in stacks.items():
                    before = pb.cpu_seconds(proc.pid)
                    errors, latencies = asyncio.run(pb.load(target, body, c, args.seconds))
                    assert errors == 0, f"{name}: {errors} non-200 answers"
                    spent[name][0] += pb.cpu_seconds(proc.pid) - before
                    spent[name][1] += len(latencies)
            base = spent[next(iter(stacks))][0] / spent[next(iter(stacks))][1]
            for name, (cpu, n) in spent.items():
                print(f"c={c:<3} {name:36s} {1000 * cpu / n:.3f} CPU ms/request  {cpu / n / base:.2f}x")
    finally:
        for proc in procs:
            proc.terminate()


if __name__ == "__main__":
    main()
