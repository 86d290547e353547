"""Fleet stores, side by side in one run: the embedded stores (policies folder + SQLite audit) vs PostgreSQL.

    .venv/bin/python benchmarks/store_bench.py [--requests 400] [--updates 100]

Starts its own PostgreSQL cluster (the test tier's helper, tests/fleet/pg_cluster.py: the distribution's
binaries, a temp folder, loopback only), a fast local upstream (guard.proxy.fake_upstream), and
`guard serve` with each store kind. Per kind, at concurrency 1, requests are interleaved with direct
upstream calls (so background load hits both alike) and it prints: the guard's CPU ms per request
(from /proc), the PostgreSQL server's CPU ms per request (all its processes), p50/p90 latency and the
p50 added over the direct upstream. Then two replicas on the PostgreSQL store: ``--updates`` policy
changes through replica A's API, each followed by polling both replicas (a chat request every ~5 ms)
until both apply it; prints the propagation time p50 / p90 / max (the later of the two replicas).
Audit: synchronous (the row is committed before each 200) in both kinds; SQLite with synchronous=FULL.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fleet"))
sys.path.insert(0, str(ROOT / "tests" / "proxy"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fleet_stack import ADMIN, chat, free_port, replica, upstream, write_config  # noqa: E402
from pg_cluster import Cluster, find_bin  # noqa: E402
from proxy_bench import cpu_seconds, pct  # noqa: E402


def pg_pids(cluster: Cluster) -> list[int]:
    import psutil

    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    proc = psutil.Process(pid)
    return [pid, *(c.pid for c in proc.children(recursive=True))]


def pg_cpu(cluster: Cluster) -> float:
    total = 0.0
    for pid in pg_pids(cluster):
        with contextlib.suppress(OSError):  # a backend that ended meanwhile
            total += cpu_seconds(pid)
    return total


def measure(base: str, direct: str, pid: int, cluster: Cluster, n: int) -> dict[str, float]:
    body = {"model": "echo", "messages": [{"role": "user", "content": "hello"}]}
    lat: list[float] = []
    lat_direct: list[float] = []
    with httpx.Client(timeout=10) as c:
        for _ in range(20):  # warm-up
            chat(c, base, "alice")
        cpu0, pg0 = cpu_seconds(pid), pg_cpu(cluster)
        for _ in range(n):
            t = time.perf_counter()
            r = chat(c, base, "alice")
            lat.append(time.perf_counter() - t)
            assert r.status_code == 200, r.text
            t = time.perf_counter()
            c.post(f"{direct}/v1/chat/completions", json=body)
            lat_direct.append(time.perf_counter() - t)
        cpu, pgc = cpu_seconds(pid) - cpu0, pg_cpu(cluster) - pg0
    return {
        "cpu_ms": cpu * 1000 / n,
        "pg_cpu_ms": pgc * 1000 / n,
        "p50": pct(lat, 0.5),
        "p90": pct(lat, 0.9),
        "added_p50": pct(lat, 0.5) - pct(lat_direct, 0.5),
    }


def propagation(urls: list[str], updates: int) -> list[float]:
    out: list[float] = []
    with httpx.Client(timeout=10) as c:
        got = c.get(f"{urls[0]}/v1/guard/policies/alice", headers={"authorization": f"Bearer {ADMIN}"})
        current: str | None = got.headers["etag"].strip('"') if got.status_code == 200 else None
        for i in range(updates):
            body = f"user: alice\nprivate: [age]\ndescription: update {i}\n".encode()
            headers = {"authorization": f"Bearer {ADMIN}"}
            if current:
                headers["if-match"] = current
            r = c.put(f"{urls[0]}/v1/guard/policies/alice", content=body, headers=headers)
            assert r.status_code in (200, 201), r.text
            t0 = time.perf_counter()
            current = hashlib.sha256(body).hexdigest()
            pending = set(urls)
            while pending:
                for u in list(pending):
                    if chat(c, u, "alice").headers.get("x-guard-policy-version") == current:
                        pending.discard(u)
                if time.perf_counter() - t0 > 10:
                    raise TimeoutError(f"update {i} not applied within 10 s")
                if pending:
                    time.sleep(0.005)
            out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--updates", type=int, default=100)
    args = ap.parse_args()
    bindir = find_bin()
    if bindir is None:
        sys.exit("no PostgreSQL server binaries found (apt-get install postgresql)")
    cluster = Cluster(bindir)
    tmp = Path(tempfile.mkdtemp(prefix="store-bench-"))
    alice = b"user: alice\nprivate: [age, injury]\n"
    try:
        cluster.init()
        cluster.start()
        dsn = cluster.dsn()
        subprocess.run([sys.executable, "-m", "guard", "db", "upgrade", "--dsn", dsn], check=True, capture_output=True)
        up = free_port()
        with upstream(tmp, up):
            direct = f"http://127.0.0.1:{up}"
            results: dict[str, dict[str, float]] = {}
            kinds = {
                "embedded (files + SQLite)": {"store": "files", "audit": "sqlite"},
                "postgres (policies + audit)": {"store": "postgres", "audit": "postgres"},
            }
            for i, (label, kw) in enumerate(kinds.items()):
                folder = tmp / f"k{i}"
                folder.mkdir()
                config = write_config(folder, direct, dsn=dsn, **kw)
                (folder / "policies" / "alice.yaml").write_bytes(alice)
                port = free_port()
                with replica(config, port, "guard.log") as proc:
                    base = f"http://127.0.0.1:{port}"
                    if kw["store"] == "postgres":
                        r = httpx.put(
                            f"{base}/v1/guard/policies/alice",
                            content=alice,
                            headers={"authorization": f"Bearer {ADMIN}"},
                        )
                        assert r.status_code in (201, 428), r.text
                        time.sleep(0.5)
                    results[label] = measure(base, direct, proc.pid, cluster, args.requests)
            print(
                f"c=1, {args.requests} requests each, interleaved with direct upstream calls; "
                f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}"
            )
            print(
                f"{'store':30} {'guard CPU ms/req':>17} {'PG CPU ms/req':>14} {'p50 ms':>8} {'p90 ms':>8} "
                f"{'added p50 ms':>13}"
            )
            for label, m in results.items():
                print(
                    f"{label:30} {m['cpu_ms']:17.3f} {m['pg_cpu_ms']:14.3f} {m['p50']:8.2f} {m['p90']:8.2f} "
                    f"{m['added_p50']:13.2f}"
                )
            folder = tmp / "fleet"
            folder.mkdir()
            configs = [
                write_config(folder, direct, store="postgres", audit="postgres", dsn=dsn, name=f"r{i}.yaml", poll_s=2.0)
                for i in range(2)
            ]
            ports = [free_port(), free_port()]
            with replica(configs[0], ports[0], "r0.log"), replica(configs[1], ports[1], "r1.log"):
                times = propagation([f"http://127.0.0.1:{p}" for p in ports], args.updates)
            ms = sorted(t * 1000 for t in times)
            print(
                f"policy propagation across 2 replicas over {len(ms)} updates (PUT answered -> both apply): "
                f"p50 {statistics.median(ms):.1f} ms, p90 {ms[int(0.9 * len(ms)) - 1]:.1f} ms, max {ms[-1]:.1f} ms"
            )
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
