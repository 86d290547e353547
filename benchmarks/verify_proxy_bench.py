"""Output verification through the proxy (issue 8): leaks blocked, false blocks, streaming TTFT cost.

The guard app (``create_app``, the whole request path: auth, policy, injection, enforcement, audit)
serves on a loopback port under uvicorn; its upstream is a scripted in-process transport that answers
each request from a map keyed by a tag in the question (synth suites repeat question texts, so every
request carries ``[#N]``). Suite: ``guard.synth.generate_suite`` (one image per item); each item's
user keeps the item's category private (operator absolute set empty, so ``evaded`` is the policy's).

1. Leaky upstream (answers every question with the suite's ground-truth sentence, ``respond_ans``):
   share of leaks blocked per category, ``verify`` (non-streamed and streamed: a streamed leak counts
   as blocked only if the ground-truth value never reached the client) and ``precheck``.
2. Well-behaved upstream (refuses when the asked category is private; answers it when it is public
   and other categories of the item are private): false blocks in ``verify`` mode.
3. Time to first token through the proxy, streamed answer of 60 tokens 20 ms apart: instruct vs
   verify (holdback) vs verify (buffer).

Run: ``.venv/bin/python benchmarks/verify_proxy_bench.py [--images 150] [--seed 11]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import httpx
from rich.console import Console
from rich.progress import track
from rich.table import Table

sys.path.insert(0, str(Path(__file__).parent))
from verify_bench import TEXTUAL, quantile

from guard.policy import OperatorSettings
from guard.proxy.app import create_app
from guard.proxy.auth import hash_key
from guard.proxy.config import ApiKey, GuardSettings, ModelAlias, OpenAIUpstream
from guard.verify import VerifySettings

console = Console(width=130)
KEY = "sk-bench"
TAG = re.compile(r"\[#(\d+)\]")
FILLER = "The rest of the picture shows a plain background, soft daylight and nothing else of note. " * 6


class ScriptedUpstream:
    """OpenAI-compatible upstream as an httpx transport handler: answer = ``answers[tag]``."""

    def __init__(self, token_delay_s: float = 0.0) -> None:
        self.answers: dict[int, str] = {}
        self.token_delay_s = token_delay_s
        self.calls = 0

    def add(self, question: str, answer: str) -> str:
        tag = len(self.answers)
        self.answers[tag] = answer
        return f"{question} [#{tag}]"

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        body = json.loads(request.content)
        content = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
        text = content if isinstance(content, str) else " ".join(p.get("text", "") for p in content)
        match = TAG.search(text)
        answer = self.answers[int(match.group(1))] if match else "untagged"
        if not body.get("stream"):
            message = {"role": "assistant", "content": answer}
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
            return httpx.Response(
                200, json={"id": "up", "object": "chat.completion", "created": 0, "choices": [choice]}
            )
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=self._sse(answer))

    async def _sse(self, answer: str) -> AsyncIterator[bytes]:
        for word in re.findall(r"\S+\s*", answer):
            if self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            delta = {"index": 0, "delta": {"content": word}, "finish_reason": None}
            chunk = {"id": "up", "object": "chat.completion.chunk", "created": 0, "choices": [delta]}
            yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"


class Served:
    """The guard app under uvicorn on a free loopback port, in a thread (with its own event loop)."""

    def __init__(self, settings: GuardSettings, upstream: ScriptedUpstream) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        app = create_app(settings, transport=httpx.MockTransport(upstream))
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the guard did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}/v1"

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def settings(tmp: Path, policies: dict[str, list[str]], stream_mode: str = "holdback") -> GuardSettings:
    folder = tmp / f"policies-{len(list(tmp.iterdir()))}"
    folder.mkdir()
    for user, private in policies.items():
        (folder / f"{user}.yaml").write_text(json.dumps({"user": user, "private": private}))
    upstream = OpenAIUpstream(base_url="http://upstream.bench/v1", model="scripted")
    return GuardSettings(
        policies=folder,
        operator=OperatorSettings(absolute=[]),
        keys=[ApiKey(id="bench", sha256=hash_key(KEY), users="*")],
        models={mode: ModelAlias(upstream=upstream, enforcement=mode) for mode in ("instruct", "verify", "precheck")},
        audit={"enabled": False},
        watch=False,
        http_client="httpx",
        verify=VerifySettings(stream_mode=stream_mode),  # type: ignore[arg-type]
    )


async def ask(client: httpx.AsyncClient, model: str, user: str, question: str, stream: bool) -> tuple[str, str, float]:
    """(answer text as the client saw it, X-Guard-Outcome, seconds to the first content byte)."""
    body = {"model": model, "messages": [{"role": "user", "content": question}], "stream": stream}
    headers = {"Authorization": f"Bearer {KEY}", "X-Guard-User": user}
    t0 = time.perf_counter()
    if not stream:
        r = await client.post("/chat/completions", json=body, headers=headers)
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"], r.headers.get("x-guard-outcome", ""), 0.0
    parts: list[str] = []
    first = 0.0
    async with client.stream("POST", "/chat/completions", json=body, headers=headers) as r:
        r.raise_for_status()
        async for line in r.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            delta = json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
            if delta and not first:
                first = time.perf_counter() - t0
            parts.append(delta)
    return "".join(parts), "", first


def suite(images: int, seed: int, tmp: Path) -> list[dict[str, Any]]:
    from guard.synth import generate_suite

    generate_suite(tmp / "suite", n=1, tune_n=images, seed=seed)
    items: list[dict[str, Any]] = json.loads((tmp / "suite" / "tune.json").read_text(encoding="utf-8"))["data_list"]
    return items


async def leaky(items: list[dict[str, Any]], tmp: Path) -> None:
    upstream = ScriptedUpstream()
    users = {f"u{i}": [it["label"]] for i, it in enumerate(items)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # verify, streamed, precheck, pre-upstream, n
    with Served(settings(tmp, users), upstream) as base:
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            for i, item in enumerate(track(items, description="leaky upstream", console=console)):
                q = item["question_item"]
                question = upstream.add(q["question"], q["respond_ans"])
                row = counts[item["label"]]
                text, outcome, _ = await ask(client, "verify", f"u{i}", question, False)
                row[0] += outcome == "blocked" and q["gt"] not in text
                text, _, _ = await ask(client, "verify", f"u{i}", question, True)
                row[1] += q["gt"] not in text
                calls = upstream.calls
                text, outcome, _ = await ask(client, "precheck", f"u{i}", question, False)
                row[2] += outcome == "blocked" and q["gt"] not in text
                row[3] += upstream.calls == calls  # refused before the upstream
                row[4] += 1
    table = Table(title=f"Leaky upstream through the proxy: leaks blocked per category ({len(items)} items)")
    cols = ("category", "textual", "items", "verify %", "verify streamed %", "precheck %", "of which no upstream %")
    for col in cols:
        table.add_column(col, justify="left" if col == "category" else "right")
    totals: dict[bool, list[int]] = {True: [0] * 5, False: [0] * 5}
    for label in sorted(counts, key=lambda c: int(c.split("_")[0][1:])):
        row = counts[label]
        textual = label in TEXTUAL
        totals[textual] = [a + b for a, b in zip(totals[textual], row, strict=True)]
        table.add_row(label, "yes" if textual else "", str(row[4]), *(f"{100 * v / row[4]:.1f}" for v in row[:4]))
    for textual, row in totals.items():
        if row[4]:
            name = "all textual" if textual else "all other"
            table.add_row(name, "", str(row[4]), *(f"{100 * v / row[4]:.1f}" for v in row[:4]))
    console.print(table)


async def well_behaved(items: list[dict[str, Any]], tmp: Path) -> None:
    upstream = ScriptedUpstream()
    users: dict[str, list[str]] = {}
    cases: list[tuple[str, str, str, str]] = []  # (kind, label, user, tagged question)
    for i, item in enumerate(items):
        q, label = item["question_item"], item["label"]
        users[f"r{i}"] = [label]  # private target: the model refuses
        cases.append(("refusal", label, f"r{i}", upstream.add(q["question"], q["reject_ans"])))
        others = sorted(c for c, v in item["other_labels"].items() if v == 1 and c != label)
        if others:  # public target, private distractors: the model answers
            users[f"a{i}"] = others
            cases.append(("answer", label, f"a{i}", upstream.add(q["question"], q["respond_ans"])))
    false: dict[str, int] = defaultdict(int)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with Served(settings(tmp, users), upstream) as base:
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            for kind, label, user, question in track(cases, description="well-behaved upstream", console=console):
                for stream in (False, True):
                    text, outcome, _ = await ask(client, "verify", user, question, stream)
                    blocked = outcome == "blocked" or text.startswith("I can't share that")
                    per_kind[f"{kind}{' streamed' if stream else ''}"][0] += blocked
                    per_kind[f"{kind}{' streamed' if stream else ''}"][1] += 1
                    if blocked and not stream:
                        false[f"{kind}:{label}"] += 1
    table = Table(title="Well-behaved upstream through the proxy (verify mode): false blocks")
    for col in ("answers", "n", "false blocks", "%"):
        table.add_column(col, justify="left" if col == "answers" else "right")
    total = [0, 0]
    for kind, (b, n) in per_kind.items():
        total = [total[0] + b, total[1] + n]
        table.add_row(kind, str(n), str(b), f"{100 * b / n:.2f}")
    table.add_row("all", str(total[1]), str(total[0]), f"{100 * total[0] / max(total[1], 1):.2f}")
    console.print(table)
    for key, count in sorted(false.items(), key=lambda kv: -kv[1])[:8]:
        console.print(f"  false block {key}: {count}")


async def ttft(items: list[dict[str, Any]], tmp: Path, n: int, delay_ms: float) -> None:
    rows: dict[str, list[float]] = {}
    for stream_mode in ("holdback", "buffer"):
        upstream = ScriptedUpstream(token_delay_s=delay_ms / 1000)
        users: dict[str, list[str]] = {}
        cases: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            others = sorted(c for c, v in item["other_labels"].items() if v == 1 and c != item["label"])
            if not others or len(cases) >= n:
                continue
            users[f"t{i}"] = others
            answer = " ".join((item["question_item"]["respond_ans"] + " " + FILLER).split()[:60])
            cases.append((f"t{i}", upstream.add(item["question_item"]["question"], answer)))
        with Served(settings(tmp, users, stream_mode), upstream) as base:
            async with httpx.AsyncClient(base_url=base, timeout=60) as client:
                models = ("instruct", "verify") if stream_mode == "holdback" else ("verify",)
                for model in models:
                    name = model if model == "instruct" else f"verify ({stream_mode})"
                    rows[name] = []
                    for user, question in track(cases, description=f"TTFT {name}", console=console):
                        _, _, first = await ask(client, model, user, question, True)
                        rows[name].append(first * 1000)
    table = Table(
        title=f"Streaming through the proxy: time to first token ({n} answers, 60 tokens {delay_ms:g} ms apart)"
    )
    for col in ("mode", "TTFT p50 ms", "TTFT p90 ms", "added p50 ms"):
        table.add_column(col, justify="left" if col == "mode" else "right")
    base_p50 = quantile(rows["instruct"], 0.5)
    for name, values in rows.items():
        p50 = quantile(values, 0.5)
        table.add_row(name, f"{p50:.0f}", f"{quantile(values, 0.9):.0f}", f"{p50 - base_p50:+.0f}")
    console.print(table)


async def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--images", type=int, default=150, help="synthetic suite items")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--ttft-answers", type=int, default=20)
    parser.add_argument("--token-delay-ms", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        items = suite(args.images, args.seed, tmp)
        await leaky(items, tmp)
        await well_behaved(items, tmp)
        await ttft(items, tmp, args.ttft_answers, args.token_delay_ms)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
