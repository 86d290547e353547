"""Output-verification measurements, printed as tables (issue 8).

1. Per-check precision / recall on the hand-labeled set ``eval/verify/labeled.jsonl``.
2. Latency of each offline check per answer (p50 / p99 over all answers, repeated).
3. Streaming: time to first released token, pass-through vs hold-back vs buffer, on a simulated upstream.
4. With the synthetic suite (``guard.synth``), at the library level: a leaky upstream (answers every
   question with the ground-truth sentence, ``respond_ans``) -> share of leaks blocked per category,
   with and without the question; a well-behaved upstream (answers the public target, refuses the
   private one) -> false blocks.

Run: ``.venv/bin/python benchmarks/verify_bench.py [--synth-images 120] [--seed 11] [--repeat 20]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from rich.console import Console
from rich.table import Table

from guard.classify.questions import question_targets
from guard.verify import HoldBackStreamer, Verifier, VerifySettings
from guard.verify.base import CheckInput
from guard.verify.evaluate import LabeledAnswer, load_labeled, per_check
from guard.verify.normalise import normalise
from guard.verify.precheck import readings

ROOT = Path(__file__).resolve().parents[1]
TEXTUAL = {
    "a19_name_full", "a20_name_first", "a21_name_last", "a24_birth_date", "a29_ausweis", "a30_credit_card",
    "a31_passport", "a32_drivers_license", "a33_student_id", "a49_phone", "a74_address_current_complete",
    "a75_address_current_partial", "a78_address_home_complete", "a79_address_home_partial", "a82_date_time",
    "a85_username", "a90_email", "a103_license_plate_complete", "a104_license_plate_partial",
}  # fmt: skip
console = Console()


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def precision_recall(verifier: Verifier, rows: list[LabeledAnswer]) -> None:
    result = await per_check(verifier, rows)
    table = Table(title=f"Per-check precision / recall on eval/verify/labeled.jsonl ({len(rows)} answers)")
    for col in ("check", "rows", "TP", "FP", "FN", "TN", "precision %", "recall %"):
        table.add_column(col, justify="right" if col != "check" else "left")
    for cid, c in result.items():
        table.add_row(cid, str(c.n), str(c.tp), str(c.fp), str(c.fn), str(c.tn), pct(c.precision), pct(c.recall))
    console.print(table)


ADVERSARIAL = {
    "long prose": "The photo shows a quiet street with parked bicycles, a bakery and two people talking. " * 25,
    "capitalised words": "Anna Maria Louise Berg Street Hill Park " * 60,
    "digit groups": "12 34 56 78 90 " * 150,
    "clause of numbers": "code 4471 ref 2209 no 8830 id 1175 " * 55,
    "letter-digit codes": "AB12 CD34 EF56 GH78 " * 120,
    "street words": "Via Roma Corso Calle de la Paz Hauptstraße " * 50,
    "dashed digits": "1-2-3-4-5-6-7-8-9-" * 120,
    "number words": "one two three four five six seven eight nine zero " * 40,
    "spelled letters": "A B C D E F G H " * 125,
    "homoglyphs + zero-width": "Т\u200bh\u200bе с\u200bа\u200br ０１２３ " * 100,
    "name cues": "Name: Anna Berg, surname Berg, signed by J. Doe; " * 40,
    "email-ish": "jane.doe at example dot com, then at, then " * 45,
    "markdown table": "| Name | Date of birth | Card |\n|---|---|---|\n"
    + "| Jane Doe | 02.06.1984 | 4716 2280 |\n" * 55,
    "reading frames in someone's voice": "It says I told you please, one line reads we can " * 40,
    "values printed somewhere": "kowal_88 is printed in the corner, Anna is written on " * 37,
    "datum frames on one line": "among the details I can see Korvenhall " * 52,
    "labels before masks": "NOM DE FAMILLE: XXXXX SURNAME Korvenhall " * 49,
    "message labels reading on": "the surname field reads Korvenhall then " * 50,
}
"""Long answers (about 2,000 characters) shaped to make regular expressions backtrack."""


def _verifier_cpu(verifier: Verifier, evaded: frozenset[str], text: str, *, repeat: int) -> float:
    """CPU ms of the fastest of ``repeat`` whole offline verifications of one answer: the checks and what the verifier
    does with their findings (declining clauses, masks, samples). Each run's answer differs by trailing blanks, so no
    per-answer cache serves a later run."""
    runs = []
    for k in range(1, repeat + 1):
        t0 = time.thread_time()
        verifier.verify_offline(evaded, text + " " * k)
        runs.append((time.thread_time() - t0) * 1000)
    return min(runs)


def _best_run(verifier: Verifier, evaded: frozenset[str], text: str, *, repeat: int) -> tuple[dict[str, float], float]:
    """CPU ms per check and wall ms of the fastest of ``repeat`` runs of every offline check on one answer."""
    inp = CheckInput(evaded=evaded, answer=text, question="What is the name?")
    runs: list[tuple[dict[str, float], float]] = []
    for _ in range(repeat):
        normalise.cache_clear()
        times = {}
        w0 = time.perf_counter()
        for cid, check in verifier.checks.items():
            t0 = time.thread_time()
            check.run(inp)
            times[cid] = (time.thread_time() - t0) * 1000
        runs.append((times, (time.perf_counter() - w0) * 1000))
    return min(runs, key=lambda r: sum(r[0].values()))


QUESTION_ROW = "question reading (per request, before the answer)"


def latency(verifier: Verifier, answers: list[tuple[frozenset[str], str, str | None]], repeat: int) -> None:
    """Wall and CPU time per check and answer; CPU time leaves out waits for the (shared) processor. The question
    is read first, as the proxy reads it while the upstream answers, and timed on its own row."""
    all_evaded = verifier.supported
    wall: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        for evaded, answer, question in answers:
            normalise.cache_clear()  # each answer pays for its normalisation (the first check computes it)
            readings.clear()  # and each question for its reading
            inp = CheckInput(evaded=evaded | all_evaded, answer=answer, question=question)
            if question:
                # the proxy reads the question when the request arrives, while the upstream answers
                # (Verifier.read_question): timed on its own, not on the answer's path
                w0, c0 = time.perf_counter(), time.thread_time()
                for check in verifier.checks.values():
                    check.read_question(replace(inp, answer=""))
                wall[QUESTION_ROW].append((time.perf_counter() - w0) * 1000)
                cpu[QUESTION_ROW].append((time.thread_time() - c0) * 1000)
            w_all, c_all = time.perf_counter(), time.thread_time()
            for cid, check in verifier.checks.items():
                w0, c0 = time.perf_counter(), time.thread_time()
                check.run(inp)
                wall[cid].append((time.perf_counter() - w0) * 1000)
                cpu[cid].append((time.thread_time() - c0) * 1000)
            wall["all offline checks"].append((time.perf_counter() - w_all) * 1000)
            cpu["all offline checks"].append((time.thread_time() - c_all) * 1000)
    title = f"Offline check latency per answer, ms ({len(answers)} answers x {repeat}; all categories evaded)"
    table = Table(title=title)
    for col in ("check", "wall p50", "wall p99", "CPU p50", "CPU p99", "wall max"):
        table.add_column(col, justify="right" if col != "check" else "left")
    for cid, values in wall.items():
        table.add_row(
            cid,
            f"{quantile(values, 0.5):.3f}",
            f"{quantile(values, 0.99):.3f}",
            f"{quantile(cpu[cid], 0.5):.3f}",
            f"{quantile(cpu[cid], 0.99):.3f}",
            f"{max(values):.3f}",
        )
    console.print(table)
    worst = Table(
        title="Worst case: adversarial ~2,000-character answers, all offline checks + normalisation, ms (best of 5); "
        "the same answer ten times as long should cost about ten times as much (a cost quadratic in the length: ~100x)"
    )
    cols = (
        "answer",
        "chars",
        "CPU total",
        "wall total",
        "slowest check (CPU)",
        "CPU x10 length",
        "ratio",
        "verifier CPU",
    )
    for col in cols:
        worst.add_column(col, justify="right" if col != "answer" else "left")
    for name, text in ADVERSARIAL.items():
        best, wall_ms = _best_run(verifier, all_evaded, text, repeat=5)
        longer, _ = _best_run(verifier, all_evaded, text * 10, repeat=2)
        slow = max(best, key=lambda k: best[k])
        total, total10 = sum(best.values()), sum(longer.values())
        worst.add_row(
            name,
            str(len(text)),
            f"{total:.2f}",
            f"{wall_ms:.2f}",
            f"{slow} {best[slow]:.2f}",
            f"{total10:.1f}",
            f"{total10 / max(total, 1e-3):.1f}x",
            f"{_verifier_cpu(verifier, all_evaded, text, repeat=3):.2f}",
        )
    console.print(worst)
    question_worst_case()


ADVERSARIAL_QUESTIONS = {
    "set-aside clauses": "Don't, " * 300,
    "commas before question words": "forget the name, what " * 90,
    "many category words": "name age phone address passport tattoo religion " * 40,
    "texting shorthand": "yo wat r u sayin abt da pic, hw old iz she " * 45,
    "form blanks": "Fill in: " + "Name: ___ Age: ___ " * 100,
}
"""~2,000-character questions aimed at the question reading (clause splits, negation scopes, readings)."""


def question_worst_case() -> None:
    """CPU time of reading the asked categories off adversarial questions (the refusal check and precheck
    read every request's question; best of 5, each run a fresh string so no cache answers)."""
    table = Table(title="Worst case: adversarial ~2,000-character questions, question_targets, ms (best of 5)")
    for col in ("question", "chars", "CPU ms", "targets"):
        table.add_column(col, justify="right" if col != "question" else "left")
    for name, text in ADVERSARIAL_QUESTIONS.items():
        runs = []
        for k in range(5):
            t0 = time.thread_time()
            found = question_targets(text + " " * k)
            runs.append((time.thread_time() - t0) * 1000)
        table.add_row(name, str(len(text)), f"{min(runs):.2f}", str(len(found.targets)))
    console.print(table)


async def ttft(verifier: Verifier, token_delay_ms: float, tokens: int) -> None:
    words = ("The photo shows a quiet street with parked bicycles, a bakery and two people talking. " * 10).split()
    parts = [w + " " for w in words[:tokens]]

    async def upstream() -> AsyncIterator[str]:
        for part in parts:
            await asyncio.sleep(token_delay_ms / 1000)
            yield part

    async def measure(mode: str) -> tuple[float, float]:
        start = time.perf_counter()
        first = None
        if mode == "pass-through":
            async for _ in upstream():
                first = first or time.perf_counter()
        else:
            streamer = HoldBackStreamer(verifier, frozenset({"a30_credit_card", "a49_phone", "a90_email"}), mode=mode)  # type: ignore[arg-type]
            async for _ in streamer.stream(upstream()):
                first = first or time.perf_counter()
        end = time.perf_counter()
        return ((first or end) - start) * 1000, (end - start) * 1000

    table = Table(title=f"Streaming: time to first released token ({tokens} tokens, {token_delay_ms:g} ms apart)")
    for col in ("mode", "TTFT ms", "added TTFT ms", "total ms"):
        table.add_column(col, justify="right" if col != "mode" else "left")
    base, _ = await measure("pass-through")
    for mode in ("pass-through", "holdback", "buffer"):
        first, total = await measure(mode)
        table.add_row(mode, f"{first:.1f}", f"{first - base:+.1f}", f"{total:.1f}")
    console.print(table)


async def synth(
    verifier: Verifier, images: int, seed: int, ocr_images: int = 0
) -> list[tuple[frozenset[str], str, str | None]]:
    try:
        from guard.synth import generate_suite
        from guard.synth.suite import depictable_categories
    except ImportError as exc:
        console.print(f"[yellow]synthetic suite unavailable ({exc}); skipping the leak measurement")
        return []
    cats = [c for c in depictable_categories() if c in TEXTUAL]
    with tempfile.TemporaryDirectory() as tmp:
        try:
            generate_suite(Path(tmp) / "suite", n=1, tune_n=images, seed=seed, categories=cats)
        except Exception as exc:  # the suite is still being built by another engineer
            console.print(f"[yellow]synthetic suite failed to generate ({type(exc).__name__}: {exc}); skipping")
            return []
        items = json.loads((Path(tmp) / "suite" / "tune.json").read_text(encoding="utf-8"))["data_list"]
        if ocr_images:
            await ocr_measure(items, Path(tmp) / "suite", ocr_images)
    blocked: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # blocked w/o question, with question, n
    false_block = [0, 0]  # well-behaved: blocked, n
    false_ids: dict[str, int] = defaultdict(int)
    answers: list[tuple[frozenset[str], str, str | None]] = []
    for item in items:
        q = item["question_item"]
        label = item["label"]
        evaded = frozenset({label})
        answers.append((evaded, q["respond_ans"], q["question"]))
        no_q = await verifier.verify(evaded, q["respond_ans"])
        with_q = await verifier.verify(evaded, q["respond_ans"], question=q["question"])
        row = blocked[label]
        row[0] += not no_q.allowed
        row[1] += not with_q.allowed
        row[2] += 1
        # well-behaved: the target is private -> refuses; the target is public, private distractors -> answers
        refused = await verifier.verify(evaded, q["reject_ans"], question=q["question"])
        others = frozenset(c for c, v in item["other_labels"].items() if v == 1 and c != label)
        answered = await verifier.verify(others, q["respond_ans"], question=q["question"]) if others else None
        for res, tag in ((refused, "refusal"), (answered, "answer")):
            if res is None:
                continue
            false_block[1] += 1
            if not res.allowed:
                false_block[0] += 1
                false_ids[f"{tag}:{label}->{','.join(res.categories)}"] += 1
    table = Table(
        title=f"Leaky upstream (answer = ground-truth sentence), synthetic suite seed {seed}, {len(items)} items"
    )
    for col in ("category", "items", "blocked % (answer only)", "blocked % (with question)"):
        table.add_column(col, justify="right" if col != "category" else "left")
    tot = [0, 0, 0]
    for label in sorted(blocked, key=lambda c: int(c.split("_")[0][1:])):
        b0, b1, n = blocked[label]
        tot = [tot[0] + b0, tot[1] + b1, tot[2] + n]
        table.add_row(label, str(n), f"{100 * b0 / n:.1f}", f"{100 * b1 / n:.1f}")
    table.add_row("all", str(tot[2]), f"{100 * tot[0] / tot[2]:.1f}", f"{100 * tot[1] / tot[2]:.1f}")
    console.print(table)
    rate = 100 * false_block[0] / false_block[1] if false_block[1] else 0.0
    console.print(f"Well-behaved upstream: {false_block[0]} false blocks in {false_block[1]} answers ({rate:.2f}%)")
    for key, count in sorted(false_ids.items(), key=lambda kv: -kv[1])[:10]:
        console.print(f"  false block {key}: {count}")
    return answers


class _FakeJudge(BaseHTTPRequestHandler):
    """A local OpenAI-compatible server that answers at once: the figures are the client's overhead."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        answer = body["messages"][1]["content"].split("<<<\n", 1)[1]
        content = json.dumps({"disclosed": [1] if any(ch.isdigit() for ch in answer) else []})
        data = json.dumps(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


async def judge_latency(calls: int) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeJudge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/v1"
        judge = {"type": "judge", "model": "openai/bench-judge", "api_base": base, "api_key": "k", "timeout_s": 60}
        verifier = Verifier(VerifySettings(checks={"judge": judge}, check_timeout_s=60))
        t0 = time.perf_counter()
        verifier.warm_up()
        warm = (time.perf_counter() - t0) * 1000
        evaded = frozenset({"a1_age_approx", "a49_phone"})
        wall: list[float] = []
        outcomes: dict[str, int] = defaultdict(int)
        for i in range(calls + 3):
            answer = "He is about 45." if i % 2 else "A sunny street."
            t0 = time.perf_counter()
            result = await verifier.verify(evaded, answer)
            if i >= 3:  # the first calls set up litellm's HTTP client
                wall.append((time.perf_counter() - t0) * 1000)
                outcomes[result.outcome] += 1
    finally:
        server.shutdown()
        server.server_close()
    console.print(
        f"Judge through litellm to a local OpenAI-compatible server that answers at once ({calls} calls): "
        f"p50 {quantile(wall, 0.5):.1f} ms, p99 {quantile(wall, 0.99):.1f} ms per answer; "
        f"outcomes {dict(outcomes)}; warm-up (import litellm) {warm:.0f} ms"
    )


async def ocr_measure(items: list[dict[str, object]], root: Path, images: int) -> None:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        console.print("[yellow]image_text: the OCR extra is not installed (pip install 'spy-guard[ocr]'); skipping")
        return
    verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=120))
    verifier.warm_up()
    seen: dict[str, float] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # blocked, refusal blocked, n
    for item in items:
        q = item["question_item"]
        assert isinstance(q, dict)
        path = str(q["image_path"])
        if path not in seen and len(seen) >= images:
            continue
        image = (root / path).read_bytes()
        t0 = time.perf_counter()
        evaded = frozenset({str(item["label"])})
        leak = await verifier.verify(evaded, str(q["respond_ans"]), images=(image,))
        if path not in seen:
            seen[path] = (time.perf_counter() - t0) * 1000
        refusal = await verifier.verify(evaded, str(q["reject_ans"]), images=(image,))
        row = counts[str(item["label"])]
        row[0] += not leak.allowed
        row[1] += not refusal.allowed
        row[2] += 1
    table = Table(title=f"image_text (OCR) alone, answer text without question, {len(seen)} images")
    for col in ("category", "items", "leaks blocked %", "refusals blocked %"):
        table.add_column(col, justify="right" if col != "category" else "left")
    for label in sorted(counts, key=lambda c: int(c.split("_")[0][1:])):
        b, fb, n = counts[label]
        table.add_row(label, str(n), f"{100 * b / n:.1f}", f"{100 * fb / n:.1f}")
    console.print(table)
    times = list(seen.values())
    console.print(
        f"OCR per image: p50 {quantile(times, 0.5):.0f} ms, max {max(times):.0f} ms (first look; cached after)"
    )
    paths = list(seen)[:4]
    await ocr_overlap([(root / p).read_bytes() for p in paths])


async def ocr_overlap(images: list[bytes]) -> None:
    """Added latency of a non-streamed verified answer when OCR starts with the request (prefetch) and
    the upstream takes D ms: what the client waits beyond the upstream's own time. Also OCR CPU time."""
    from guard.verify.ocr import ocr_boxes

    cpu = []
    for image in images:
        c0 = time.process_time()
        ocr_boxes(image)
        cpu.append((time.process_time() - c0) * 1000)
    table = Table(title=f"Value-grounded check: OCR started with the request, {len(images)} images (fresh cache each)")
    for col in ("upstream time ms", "answer ready ms (p50)", "added beyond upstream ms (p50 / max)"):
        table.add_column(col, justify="right")
    for upstream_ms in (500, 2000, 5000, 8000):
        added = []
        for image in images:
            verifier = Verifier(VerifySettings(checks={"image_text": {}}, check_timeout_s=120))
            verifier.warm_up()
            t0 = time.perf_counter()
            verifier.prefetch([image])
            await asyncio.sleep(upstream_ms / 1000)  # the upstream answering
            await verifier.verify(frozenset({"a31_passport", "a19_name_full"}), "A plain answer.", images=(image,))
            added.append((time.perf_counter() - t0) * 1000 - upstream_ms)
        table.add_row(
            str(upstream_ms),
            f"{upstream_ms + quantile(added, 0.5):.0f}",
            f"{quantile(added, 0.5):.0f} / {max(added):.0f}",
        )
    console.print(table)
    console.print(f"OCR CPU time per image: p50 {quantile(cpu, 0.5):.0f} ms, max {max(cpu):.0f} ms")


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labeled", type=Path, default=ROOT / "eval" / "verify" / "labeled.jsonl")
    parser.add_argument("--synth-images", type=int, default=120, help="synthetic images (0: skip)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=20, help="latency repetitions")
    parser.add_argument("--token-delay-ms", type=float, default=20.0)
    parser.add_argument("--tokens", type=int, default=60)
    parser.add_argument("--judge-calls", type=int, default=40, help="judge round trips (0: skip)")
    parser.add_argument("--ocr-images", type=int, default=12, help="images for the OCR check (0: skip)")
    args = parser.parse_args()
    verifier = Verifier(VerifySettings())
    verifier.warm_up()  # as `guard serve` does at start-up: the latencies below are those of a warm proxy
    rows = load_labeled(args.labeled)
    await precision_recall(verifier, rows)
    answers = [(frozenset(r.evaded), r.answer, r.question) for r in rows]
    if args.synth_images:
        answers += await synth(verifier, args.synth_images, args.seed, args.ocr_images)
    latency(verifier, answers, args.repeat)
    await ttft(verifier, args.token_delay_ms, args.tokens)
    if args.judge_calls:
        await judge_latency(args.judge_calls)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
