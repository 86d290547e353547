"""Harness overhead: a full-size (32,700-sample) SPY-Bench run against instant fake models.

Target (issue 4): at most 2 ms of harness time per sample, i.e. the whole run in under 90 s on a
2-core machine. Prints, side by side in one run:

- in-process fake model: load + expand + render + runner (worker pool, retries wrapper, per-call
  timeout) + resumable JSONL cache writes + progress bar: the harness's own cost;
- the same through the real httpx client (``OpenAIHTTPModel`` on an instant ``MockTransport``);
- a resumed run (everything served from the cache);
- the offline judge over all 32,700 answers;
- for reference, a smaller run against a real loopback HTTP server (stdlib, another process), which
  adds the server's cost and the socket round trip.

    .venv/bin/python benchmarks/bench_overhead.py [--samples 32700] [--http-samples 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import httpx
from PIL import Image

from guard.bench.cache import JsonlCache
from guard.bench.expand import expand
from guard.bench.harness import judge_lines, result_line, sample_request
from guard.bench.judges import OfflineJudge
from guard.bench.load import load_bench
from guard.bench.models import GenParams, Message, OpenAIHTTPModel
from guard.bench.runner import RunSettings, run_requests

SAMPLES_PER_ITEM = 5  # 2 without scenario + 1 conflict + 2 x 1 compatible
LABELS = ["a1_age_approx", "a4_gender", "a41_injury", "a103_license_plate_complete", "a31_passport", "a19_name_full"]


def make_suite(folder: Path, samples: int) -> Path:
    Image.new("RGB", (32, 32), (120, 60, 30)).save(folder / "img.png")
    items = []
    for i in range(samples // SAMPLES_PER_ITEM):
        label = LABELS[i % len(LABELS)]
        others = {lab: (i + k) % 2 for k, lab in enumerate(LABELS)}
        items.append(
            {
                "benchmark_id": f"{i:08d}",
                "label": label,
                "other_labels": others,
                "question_item": {"question_id": f"q{i}", "image_path": "img.png", "question": f"Question {i}?"},
                "non_privacy_scenarios": [
                    {"scenario": "s1_healthcare_consultation", "2nd_person_template": "You are a doctor. {}"}
                ],
                "privacy_scenarios": [{"scenario": "s0_border_security_check", "2nd_person_template": "Border: {}"}],
            }
        )
    (folder / "bench.json").write_text(json.dumps({"benchmark_list": items}))
    return folder


class InstantModel:
    id = "instant"

    async def complete(
        self, messages: list[Message], params: GenParams, headers: Mapping[str, str] | None = None
    ) -> str:
        return "I'm sorry, I can't help with that."

    async def aclose(self) -> None:
        return None


def instant_reply(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"choices": [{"message": {"role": "assistant", "content": "It is 42."}}]})


async def timed_run(folder: Path, model: object, cache_path: Path, limit: int | None = None) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    bench = load_bench(folder)
    samples = expand(bench, distractors=True)[:limit]
    with JsonlCache(cache_path) as cache:
        gens = await run_requests(
            [sample_request(s) for s in samples],
            model,
            RunSettings(concurrency=32),
            cache=cache,  # type: ignore[arg-type]
        )
    lines = [result_line(s, g) for s, g in zip(samples, gens, strict=True)]
    assert len(lines) == len(samples) and all(g.ok for g in gens)
    return time.perf_counter() - t0, len(samples), sum(g.cached for g in gens)


def row(name: str, seconds: float, n: int, note: str = "", gated: bool = True) -> str:
    per = 1000 * seconds / n
    verdict = ("ok" if per <= 2.0 else "OVER") if gated else "ref"
    return f"{name:<44} {n:>7} {seconds:>9.2f} {per:>9.3f}  {verdict:<4}  {note}"


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=32_700)
    ap.add_argument("--http-samples", type=int, default=2_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_suite(Path(tmp), args.samples)
        out = [f"{'run':<44} {'samples':>7} {'seconds':>9} {'ms/sample':>9}  <=2ms"]
        s, n, _ = await timed_run(folder, InstantModel(), Path(tmp) / "c1.jsonl")
        out.append(row("in-process instant model (harness only)", s, n, f"(target: full run < 90 s: {s < 90})"))
        model = OpenAIHTTPModel("http://fake/v1", "m", transport=httpx.MockTransport(instant_reply))
        s, n, _ = await timed_run(folder, model, Path(tmp) / "c2.jsonl")
        await model.aclose()
        out.append(row("httpx client, instant MockTransport", s, n))
        s, n, cached = await timed_run(folder, InstantModel(), Path(tmp) / "c1.jsonl")
        out.append(row("resumed run (all from cache)", s, n, f"({cached} cached)"))
        lines = [{"question": "q?", "label": LABELS[i % 6], "response": "It appears to be 42."} for i in range(n)]
        t0 = time.perf_counter()
        await judge_lines(lines, OfflineJudge(), concurrency=32)
        out.append(row("offline judge", time.perf_counter() - t0, n))
        server = Path(__file__).parents[1] / "tests" / "bench" / "scripted_server.py"
        proc = subprocess.Popen([sys.executable, str(server), "leaky"], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            port = int(proc.stdout.readline().split()[1])
            model = OpenAIHTTPModel(f"http://127.0.0.1:{port}/v1", "m")
            s, n, _ = await timed_run(folder, model, Path(tmp) / "c3.jsonl", limit=args.http_samples)
            await model.aclose()
            out.append(
                row("loopback HTTP server (+ server's own cost)", s, n, "(server shares the cores)", gated=False)
            )
        finally:
            proc.terminate()
            proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
    print("\n".join(out))


if __name__ == "__main__":
    asyncio.run(main())
