"""Proxy overhead, side by side: direct upstream vs `guard serve` vs a minimal forwarder vs the LiteLLM proxy.

    .venv/bin/python benchmarks/proxy_bench.py [--seconds 3] [--litellm .venv-litellm-proxy/bin/litellm]

The "minimal forwarder" (``--serve-forwarder``, started by the benchmark itself) is the floor the guard
is held to: an aiohttp server on uvloop that checks the key, prepends a fixed policy text to the last
user turn and forwards to the upstream over a pooled aiohttp session, with no parsing, checks, audit
or metrics. The guard must stay within 1.5x of its CPU per request, measured in the same run, while
doing all of those (typed parsing, allow-listed upstream body, durable audit row before each 200).

One run starts a fast local OpenAI-compatible upstream (guard.proxy.fake_upstream), `guard serve` and
(when its command is found) the LiteLLM proxy, each proxy pinned to CPU 0 with taskset; the upstream
and this load generator share CPU 1. The load generator speaks raw HTTP/1.1 keep-alive over asyncio
so it costs little per request. It prints, per target: requests/s at concurrency 1, 20 and 100,
the proxy's CPU ms per request (from /proc) and what that means per core, resident memory, and the
latency added over direct: at c=1 and for the first streamed byte from interleaved single requests
(direct and one proxy in turn, so background load hits both alike), at c=20/100 from the load runs.
While one proxy is measured the others are paused (SIGSTOP), since they are pinned to the same core;
the proxies take turns in short slices (``--rounds``) at each concurrency, so that background load on a
shared machine falls on each of them alike and their CPU ratio is comparable within one run.

The LiteLLM proxy is not a project dependency; install it into a separate venv for this script only
(its pins conflict with ours): see the README section "proxy".
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import io
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

KEY = "sk-bench-guard"
LITELLM_KEY = "sk-" + secrets.token_hex(32)
CONCURRENCY = (1, 20, 100)
console = Console(highlight=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tiny_png() -> str:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 200)).save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def payload(model: str, stream: bool) -> bytes:
    content = [
        {"type": "image_url", "image_url": {"url": tiny_png()}},
        {"type": "text", "text": "How old is the person in the photo?"},
    ]
    return orjson.dumps({"model": model, "messages": [{"role": "user", "content": content}], "stream": stream})


@dataclass
class Target:
    name: str
    port: int
    model: str
    headers: dict[str, str]
    proc: subprocess.Popen[bytes] | None = None
    results: dict[int, tuple[float, list[float], float]] = field(default_factory=dict)  # c -> (rps, lat, cpu/req)
    ttfb: list[float] = field(default_factory=list)  # paired, streaming: time to first body byte
    serial: list[float] = field(default_factory=list)  # paired, concurrency 1: full response latency
    serial_direct: list[float] = field(default_factory=list)  # direct's side of the same pairs
    ttfb_direct: list[float] = field(default_factory=list)
    rss_mb: float | None = None
    reconnects: int = 0  # kept-alive connections the server closed during the interleaved runs

    def request(self, body: bytes) -> bytes:
        head = (
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nContent-Type: application/json\r\n"
        )
        head += "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
        head += f"Content-Length: {len(body)}\r\n\r\n"
        return head.encode() + body


async def read_response(reader: asyncio.StreamReader, first_byte: list[float] | None = None) -> int:
    """Read one HTTP/1.1 response (content-length or chunked); returns the status."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    lower = head.lower()
    if b"content-length:" in lower:
        start = lower.index(b"content-length:") + 15
        length = int(lower[start : lower.index(b"\r\n", start)])
        await reader.readexactly(length)
        if first_byte is not None:
            first_byte.append(time.perf_counter())
        return status
    first = True
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.strip(), 16)
        data = await reader.readexactly(size + 2)
        if first and first_byte is not None and size:
            first_byte.append(time.perf_counter())
            first = False
        if size == 0:
            return status
        del data


async def load(target: Target, body: bytes, concurrency: int, seconds: float) -> tuple[int, list[float]]:
    raw = target.request(body)
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", target.port)
        try:
            while time.perf_counter() < stop_at:
                t0 = time.perf_counter()
                writer.write(raw)
                status = await read_response(reader)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return errors, latencies


async def paired(targets: list[Target], n: int, stream: bool) -> dict[str, list[float]]:
    """One request to each target in turn, n rounds, over one kept-alive connection each.

    Interleaving puts direct and proxied requests under the same background load, so their difference
    is the proxy's own cost even on a busy shared machine. Returns latency (or time to the first
    body byte when ``stream``) per target name, in seconds.
    """
    conns = {t.name: await asyncio.open_connection("127.0.0.1", t.port) for t in targets}
    raws = {t.name: t.request(payload(t.model, stream)) for t in targets}
    out: dict[str, list[float]] = {t.name: [] for t in targets}
    for _ in range(n):
        for t in targets:
            for _attempt in range(3):
                reader, writer = conns[t.name]
                marks: list[float] = []
                t0 = time.perf_counter()
                try:
                    writer.write(raws[t.name])
                    await read_response(reader, marks)
                except (asyncio.IncompleteReadError, ConnectionError):  # the server closed a kept-alive connection
                    t.reconnects += 1
                    writer.close()
                    conns[t.name] = await asyncio.open_connection("127.0.0.1", t.port)
                    continue
                out[t.name].append((marks[0] if stream else time.perf_counter()) - t0)
                break
    for _reader, writer in conns.values():
        writer.close()
    return out


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tree_pids(pid: int) -> list[int]:
    """The process and its descendants (the LiteLLM CLI serves from a child process)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        return [pid, *(c.pid for c in proc.children(recursive=True))]
    except psutil.NoSuchProcess:
        return []


def wait_ready(
    url: str, proc: subprocess.Popen[bytes] | None, timeout: float, headers: dict[str, str] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1.0, headers=headers).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} not ready after {timeout}s")


def pinned(cpu: str, cmd: list[str]) -> list[str]:
    return (["taskset", "-c", cpu] if shutil.which("taskset") else []) + cmd


def start(cmd: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Run ``cmd`` in the log's (temporary) folder: ``python -c``/``-m`` put the working directory first
    on ``sys.path``, so started from a checkout every process would import that checkout's guard and
    ``--compare-src`` would compare the code with itself."""
    with log.open("wb") as fh:
        return subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=log.parent)


def write_configs(tmp: Path, upstream: str, guard_port: int) -> tuple[Path, Path, Path]:
    policies = tmp / "policies"
    policies.mkdir()
    (policies / "alice.yaml").write_text("user: alice\nprivate: [age, gender, license plate]\n")
    guard_cfg = tmp / "guard.yaml"
    guard_cfg.write_text(
        f"""
policies: policies
keys:
  - id: bench
    sha256: {hashlib.sha256(KEY.encode()).hexdigest()}
    users: "*"
models:
  qwen-ncap:
    upstream: {{kind: openai, base_url: "{upstream}/v1", model: ncap}}
audit: {{path: audit.sqlite}}
"""
    )
    no_audit = tmp / "guard-no-audit.yaml"
    no_audit.write_text(guard_cfg.read_text().replace("audit: {path: audit.sqlite}", "audit: {enabled: false}"))
    litellm_cfg = tmp / "litellm.yaml"
    litellm_cfg.write_text(
        f"""
model_list:
  - model_name: qwen-ncap
    litellm_params: {{model: openai/ncap, api_base: "{upstream}/v1", api_key: not-used}}
general_settings: {{master_key: {LITELLM_KEY}}}
litellm_settings: {{drop_params: true, set_verbose: false, json_logs: false}}
"""
    )
    return guard_cfg, no_audit, litellm_cfg


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)] * 1000


FORWARDER_POLICY = (
    "approximate age of people is considered as private information.\n"
    "gender is considered as private information.\n"
    "license plate is considered as private information."
)


FORWARDER_KEYS = {hashlib.sha256(KEY.encode()).hexdigest(): "alice"}
FORWARDER_POLICIES = {"alice": FORWARDER_POLICY + "\n\n"}


def forwarder_body(authorization: str, raw: bytes) -> dict[str, Any] | None:
    """The minimal forwarder's own work: the key checked, the user's policy text prepended to the last
    turn's text, the upstream model set. None for an unknown key. (benchmarks/server_floor.py runs
    the same work on other server stacks.)"""
    token = authorization.removeprefix("Bearer ")
    user = FORWARDER_KEYS.get(hashlib.sha256(token.encode()).hexdigest())
    if user is None:
        return None
    body: dict[str, Any] = orjson.loads(raw)
    last = body["messages"][-1]
    if isinstance(last["content"], str):
        last["content"] = FORWARDER_POLICIES[user] + last["content"]
    else:
        for part in last["content"]:
            if part.get("type") == "text":
                part["text"] = FORWARDER_POLICIES[user] + part["text"]
    body["model"] = "ncap"
    return body


def serve_forwarder(port: int, upstream: str) -> None:
    """The minimal policy-injecting forwarder (see the module docstring); runs until killed."""
    import aiohttp
    import uvloop
    from aiohttp import web

    url = upstream + "/v1/chat/completions"
    state: dict[str, aiohttp.ClientSession] = {}

    async def chat(request: web.Request) -> web.StreamResponse:
        body = forwarder_body(request.headers.get("Authorization", ""), await request.read())
        if body is None:
            return web.json_response({"error": {"message": "unknown key"}}, status=401)
        session = state.get("s")
        if session is None:
            session = state["s"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=512))
        async with session.post(url, data=orjson.dumps(body), headers={"content-type": "application/json"}) as resp:
            if not body.get("stream"):
                return web.Response(body=await resp.read(), status=resp.status, content_type="application/json")
            out = web.StreamResponse(status=resp.status, headers={"content-type": "text/event-stream"})
            await out.prepare(request)
            async for chunk in resp.content.iter_any():
                await out.write(chunk)
            await out.write_eof()
            return out

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_get("/healthz", healthz)
    uvloop.install()
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--serve-forwarder":
        serve_forwarder(int(sys.argv[2]), sys.argv[3])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seconds", type=float, default=3.0, help="load duration per target and concurrency")
    ap.add_argument("--paired", type=int, default=400, help="rounds of interleaved single requests (latency)")
    ap.add_argument(
        "--rounds", type=int, default=3, help="slices per load run, the proxies taking turns (fairer on a busy machine)"
    )
    default_litellm = Path(".venv-litellm-proxy/bin/litellm")
    ap.add_argument("--litellm", default=str(default_litellm) if default_litellm.exists() else shutil.which("litellm"))
    ap.add_argument("--no-litellm", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (configs, logs, audit)")
    ap.add_argument("--audit-split", action="store_true", help="also measure the guard with its audit log off")
    ap.add_argument(
        "--compare-src",
        type=Path,
        help="also measure the guard from another source tree holding a guard/ package, e.g. the last commit's: "
        "`git archive HEAD guard | tar -x -C DIR` (before/after in one run)",
    )
    args = ap.parse_args()
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR"}
    tmp = Path(tempfile.mkdtemp(prefix="proxy-bench-"))
    up_port, guard_port, ll_port, fwd_port, na_port = (free_port() for _ in range(5))
    upstream = f"http://127.0.0.1:{up_port}"
    guard_cfg, no_audit_cfg, litellm_cfg = write_configs(tmp, upstream, guard_port)
    procs: list[subprocess.Popen[bytes]] = []
    os.sched_setaffinity(0, {1} if os.cpu_count() and os.cpu_count() > 1 else {0})  # type: ignore[arg-type]
    targets = [
        Target("direct", up_port, "ncap", {}),
        Target("guard serve", guard_port, "qwen-ncap", {"Authorization": f"Bearer {KEY}", "X-Guard-User": "alice"}),
    ]
    try:
        procs.append(
            start(
                pinned("1", [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(up_port), "--no-record"]),
                tmp / "upstream.log",
                env,
            )
        )
        guard_cmd = [
            sys.executable,
            "-c",
            "from guard.cli.app import main; main()",
            "serve",
            "--config",
            str(guard_cfg),
        ]
        targets[1].proc = start(
            pinned("0", [*guard_cmd, "--port", str(guard_port), "--log-level", "warning"]), tmp / "guard.log", env
        )
        procs.append(targets[1].proc)
        fwd = Target("minimal forwarder", fwd_port, "qwen-ncap", {"Authorization": f"Bearer {KEY}"})
        fwd.proc = start(
            pinned("0", [sys.executable, str(Path(__file__).resolve()), "--serve-forwarder", str(fwd_port), upstream]),
            tmp / "fwd.log",
            env,
        )
        procs.append(fwd.proc)
        targets.append(fwd)
        if args.audit_split:  # the same guard without its audit log: what durability costs
            na = Target("guard, audit off", na_port, "qwen-ncap", dict(targets[1].headers))
            na.proc = start(
                pinned("0", [*guard_cmd[:-1], str(no_audit_cfg), "--port", str(na_port), "--log-level", "warning"]),
                tmp / "guard-no-audit.log",
                env,
            )
            procs.append(na.proc)
            targets.append(na)
        if args.compare_src is not None:
            other = Target("guard, --compare-src", free_port(), "qwen-ncap", dict(targets[1].headers))
            other_env = {**env, "PYTHONPATH": str(args.compare_src.resolve())}
            other_cfg = tmp / "guard-compare.yaml"  # its own audit database: two writers would contend
            other_cfg.write_text(guard_cfg.read_text().replace("audit.sqlite", "audit-compare.sqlite"))
            other.proc = start(
                pinned("0", [*guard_cmd[:-1], str(other_cfg), "--port", str(other.port), "--log-level", "warning"]),
                tmp / "guard-compare.log",
                other_env,
            )
            procs.append(other.proc)
            targets.append(other)
        if args.litellm and not args.no_litellm:
            ll = Target("LiteLLM proxy", ll_port, "qwen-ncap", {"Authorization": f"Bearer {LITELLM_KEY}"})
            ll.proc = start(
                pinned("0", [args.litellm, "--config", str(litellm_cfg), "--port", str(ll_port), "--num_workers", "1"]),
                tmp / "litellm.log",
                env,
            )
            procs.append(ll.proc)
            targets.append(ll)
        wait_ready(f"{upstream}/v1/models", procs[0], 30)
        wait_ready(f"http://127.0.0.1:{guard_port}/healthz", targets[1].proc, 60)
        wait_ready(f"http://127.0.0.1:{fwd_port}/healthz", fwd.proc, 60)
        for t in targets[3:]:
            if t.name == "LiteLLM proxy":
                try:
                    wait_ready(f"http://127.0.0.1:{ll_port}/health/liveliness", t.proc, 180)
                except (TimeoutError, RuntimeError) as exc:
                    console.print(f"LiteLLM proxy did not start ({exc}); see {tmp / 'litellm.log'}")
                    targets.remove(t)
            else:
                wait_ready(f"http://127.0.0.1:{t.port}/healthz", t.proc, 60)
        load_before = os.getloadavg()[0]
        run(targets, args.seconds, args.paired, args.rounds)
        console.print(
            f"machine: {os.cpu_count()} CPUs, load average {load_before:.1f} before / {os.getloadavg()[0]:.1f} after "
            "(other jobs on a shared machine inflate wall-clock latency; CPU ms per request is the stable figure)"
        )
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        if args.keep:
            console.print(f"configs and logs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def only(active: Target, targets: list[Target]) -> Iterator[None]:
    """Pause (SIGSTOP) the other proxies while one is measured: they share its core, and the LiteLLM
    proxy keeps working after it answers (callbacks, background loops), which would bill the guard."""
    paused = [p for t in targets if t is not active and t.proc is not None for p in tree_pids(t.proc.pid)]
    for pid in paused:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in paused:
            os.kill(pid, signal.SIGCONT)


def measure(t: Target, targets: list[Target], c: int, seconds: float) -> tuple[int, list[float], float]:
    """One load slice on ``t`` alone (the other proxies paused): errors, latencies, CPU seconds used."""
    with only(t, targets):
        pids = tree_pids(t.proc.pid) if t.proc else []
        cpu0 = sum(cpu_seconds(p) for p in pids)
        errors, lat = asyncio.run(load(t, payload(t.model, False), c, seconds))
        cpu = sum(cpu_seconds(p) for p in pids) - cpu0 if pids else float("nan")
    return errors, lat, cpu


def run(targets: list[Target], seconds: float, n_paired: int, rounds: int) -> None:
    """Load at each concurrency: the proxies take turns in ``rounds`` slices of ``seconds / rounds``
    (so a burst of background load on a shared machine hits each of them, not just one), then the
    interleaved single requests for latency."""
    direct, proxies = targets[0], targets[1:]
    steps = len(targets) + len(CONCURRENCY) * (1 + rounds * len(proxies)) + 2 * len(proxies)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("benchmarking", total=steps)
        for t in targets:
            with only(t, targets):
                asyncio.run(load(t, payload(t.model, False), 4, 0.5))  # warm-up (connections, lazy imports)
            progress.advance(task)
        for c in CONCURRENCY:
            errors, lat, _ = measure(direct, targets, c, seconds)
            direct.results[c] = (len(lat) / seconds, lat, float("nan"))
            progress.advance(task)
            slices: dict[str, list[tuple[int, list[float], float]]] = {t.name: [] for t in proxies}
            for _ in range(rounds):
                for t in proxies:
                    slices[t.name].append(measure(t, targets, c, seconds / rounds))
                    progress.advance(task)
            for t in proxies:
                errors = sum(e for e, _, _ in slices[t.name])
                lat = [x for _, part, _ in slices[t.name] for x in part]
                cpu = sum(u for _, _, u in slices[t.name])
                if errors:
                    console.print(f"{t.name} c={c}: {errors} non-200 responses")
                t.results[c] = (len(lat) / seconds, lat, cpu * 1000 / max(len(lat), 1))
        for t in proxies:
            t.rss_mb = sum(rss_mb(p) for p in tree_pids(t.proc.pid)) if t.proc else None
            with only(t, targets):
                serial = asyncio.run(paired([direct, t], n_paired, stream=False))
                progress.advance(task)
                first_byte = asyncio.run(paired([direct, t], n_paired, stream=True))
                progress.advance(task)
            t.serial, t.serial_direct = serial[t.name], serial[direct.name]
            t.ttfb, t.ttfb_direct = first_byte[t.name], first_byte[direct.name]
            if not direct.serial:
                direct.serial, direct.ttfb = t.serial_direct, t.ttfb_direct
    report(targets)


def capacity(t: Target) -> float:
    """Requests one core can serve: 1000 / CPU ms per request (at concurrency 20)."""
    cpu = t.results[20][2]
    return 1000 / cpu if cpu == cpu and cpu > 0 else float("nan")


def report(targets: list[Target]) -> None:
    direct = targets[0]
    load = Table(title="throughput (proxies pinned to CPU 0; upstream + load generator on CPU 1)")
    for col in ("target", *(f"req/s c={c}" for c in CONCURRENCY), *(f"CPU ms/req c={c}" for c in CONCURRENCY)):
        load.add_column(col, justify="left" if col == "target" else "right")
    load.add_column("req/s per core", justify="right")
    load.add_column("RSS MB", justify="right")
    for t in targets:
        cpus = ["-" if t.results[c][2] != t.results[c][2] else f"{t.results[c][2]:.2f}" for c in CONCURRENCY]
        cap = capacity(t)
        load.add_row(
            t.name,
            *(f"{t.results[c][0]:.0f}" for c in CONCURRENCY),
            *cpus,
            "-" if cap != cap else f"{cap:.0f}",
            "-" if t.rss_mb is None else f"{t.rss_mb:.0f}",
        )
    console.print(load)
    lat = Table(title="latency added over direct, ms (c=1 and first byte: interleaved requests)")
    for col in ("target", "p50 c=1", "p99 c=1", "p50 c=20", "p99 c=20", "p50 c=100", "stream first byte p50"):
        lat.add_column(col, justify="left" if col == "target" else "right")
    for t in targets:
        if t is direct:
            cells = [f"({pct(t.serial, 0.5):.2f})", f"({pct(t.serial, 0.99):.2f})"]
            cells += [f"({pct(t.results[c][1], q):.2f})" for c, q in ((20, 0.5), (20, 0.99), (100, 0.5))]
            cells.append(f"({pct(t.ttfb, 0.5):.2f})")
            lat.add_row("direct (absolute)", *cells)
            continue
        cells = [
            f"{pct(t.serial, 0.5) - pct(t.serial_direct, 0.5):.2f}",
            f"{pct(t.serial, 0.99) - pct(t.serial_direct, 0.99):.2f}",
        ]
        for c, q in ((20, 0.5), (20, 0.99), (100, 0.5)):
            cells.append(f"{pct(t.results[c][1], q) - pct(direct.results[c][1], q):.2f}")
        cells.append(f"{pct(t.ttfb, 0.5) - pct(t.ttfb_direct, 0.5):.2f}")
        lat.add_row(t.name, *cells)
    console.print(lat)
    guard, fwd = targets[1], targets[2]
    checks = [
        ("p50 added at c=1 <= 1.5 ms", pct(guard.serial, 0.5) - pct(guard.serial_direct, 0.5) <= 1.5),
        ("stream first byte added <= 1.5 ms", pct(guard.ttfb, 0.5) - pct(guard.ttfb_direct, 0.5) <= 1.5),
    ]
    for c in (1, 20):
        ratio = guard.results[c][2] / fwd.results[c][2]
        checks.append((f"CPU per request at c={c} within 1.5x of the minimal forwarder ({ratio:.2f}x)", ratio <= 1.5))
    litellm = [t for t in targets if t.name == "LiteLLM proxy"]
    if litellm:
        ll = litellm[0]
        ratio = capacity(guard) / capacity(ll)
        checks.append((f">= 4x the LiteLLM proxy's throughput per core ({ratio:.1f}x by CPU per request)", ratio >= 4))
        best_g = max(guard.results[c][0] for c in CONCURRENCY)
        best_l = max(ll.results[c][0] for c in CONCURRENCY)
        console.print(
            f"(wall-clock best req/s on this shared machine: guard {best_g:.0f}, LiteLLM {best_l:.0f}, "
            f"{best_g / best_l:.1f}x)"
        )
    for t in targets[3:]:
        if t.name.startswith("guard"):
            ratios = ", ".join(f"c={c} {t.results[c][2] / fwd.results[c][2]:.2f}x" for c in (1, 20))
            console.print(f"({t.name}: CPU per request vs the minimal forwarder {ratios})")
    for t in targets:
        if t.reconnects:
            console.print(f"note: {t.name} closed kept-alive connections {t.reconnects} time(s); requests were retried")
    for name, ok in checks:
        console.print(f"{'PASS' if ok else 'FAIL'}  {name}")


if __name__ == "__main__":
    main()
