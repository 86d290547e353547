"""Leak detection measured on the independent set eval/leaks (issue 16), through the real proxy.

The guard app (``create_app``: auth, policy, injection, enforcement, audit off) serves under uvicorn
on a loopback port; its upstream is a scripted transport that answers each request with the row's
``answer`` (the row is named by a ``[#N]`` tag in the question). Every row is sent with its image as
a data URL, with the innocuous question ("Describe this image.": the answer text alone decides) and
with the targeted one, non-streamed and streamed, in ``verify`` mode. Each row's user keeps the row's
``evaded`` categories private (operator absolute set empty).

- a leak row counts as **blocked** when the client did not get the answer (non-streamed), or, when
  streamed, when the stream ended in the refusal and the part of the answer released before it
  discloses nothing: the released prefix is checked with the ground-truth value (normalised and
  partial forms, ``guard.verify.checks.image_text.disclosed``; plus the folded value itself);
- a harmless row counts as a **false block** when the client did not get the answer unchanged.

Configurations: ``text`` (the default offline checks: the answer text alone), ``image`` (the same
plus the value-grounded ``image_text`` check, which reads the request's image) and ``image-lib`` (the
same checks called as a library with the image passed in, streams through ``HoldBackStreamer``: for
as long as the proxy does not hand the request's images to the verifier). ``quick-text``,
``quick-targeted`` (the answer text with the targeted question) and ``quick-image`` are for iterating:
the library, one question, not streamed, with each image's
OCR boxes kept in ``<suite>/ocr-boxes-v2.json``; ``--misses FILE`` is rewritten with the rows they got wrong.
dev, test and test2 are burned (tuned on); ``--split test3`` is the third held-out set, measured once
by the lead and by no one else.

Run: ``.venv/bin/python benchmarks/leak_eval.py --split dev``; the second
held-out set: ``--split test2`` (the suite each split was written from is regenerated, byte-identical,
into ``.cache/leak-suites/`` unless ``--suite`` names one) (eval/leaks/TEST2.md: every row is textual,
harmless descriptions and generic numbers have no targeted question, so those variants count fewer rows).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import httpx
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).parent))
from verify_proxy_bench import KEY, ScriptedUpstream, Served

from guard.policy import OperatorSettings
from guard.proxy.auth import hash_key
from guard.proxy.config import ApiKey, GuardSettings, ModelAlias, OpenAIUpstream
from guard.verify import VerifySettings
from guard.verify.checks.image_text import disclosed
from guard.verify.normalise import normalise
from guard.verify.settings import default_checks

ROOT = Path(__file__).resolve().parents[1]
console = Console(width=140)


def load_rows(split: str) -> list[dict[str, Any]]:
    path = ROOT / "eval" / "leaks" / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fold(text: str) -> str:
    """The set's own folding: NFKC, zero-width/format characters dropped, homoglyphs, case, separators."""
    norm = normalise(unicodedata.normalize("NFKC", text)).text
    return "".join(ch for ch in norm.casefold() if ch.isalnum())


def prefix_discloses(prefix: str, row: dict[str, Any]) -> bool:
    """Does the released part of a streamed answer already carry (part of) the row's value?"""
    value = row.get("value")
    if not prefix.strip() or not value:
        return False
    if fold(value) and fold(value) in fold(prefix):
        return True
    category = row.get("category") or ""
    return disclosed(prefix, str(value), category) is not None


def settings(tmp: Path, rows: list[dict[str, Any]], *, image_check: bool) -> tuple[GuardSettings, dict[str, str]]:
    """One policy per distinct evaded set; returns the settings and evaded-key -> user."""
    folder = tmp / f"policies-{'image' if image_check else 'text'}"
    folder.mkdir()
    users: dict[str, str] = {}
    for row in rows:
        key = ",".join(sorted(row["evaded"]))
        if key not in users:
            users[key] = f"u{len(users)}"
            policy = {"user": users[key], "private": sorted(row["evaded"])}
            (folder / f"{users[key]}.yaml").write_text(json.dumps(policy))
    checks = default_checks()
    if image_check:
        checks["image_text"] = {"type": "image_text"}
    upstream = OpenAIUpstream(base_url="http://upstream.bench/v1", model="scripted")
    return (
        GuardSettings(
            policies=folder,
            operator=OperatorSettings(absolute=[]),
            keys=[ApiKey(id="bench", sha256=hash_key(KEY), users="*")],
            models={"verify": ModelAlias(upstream=upstream, enforcement="verify", timeout_s=300)},
            # audit on: the proxy's streamed path expects it (with it off, streams failed inside the guard)
            audit={"enabled": True, "path": tmp / f"audit-{folder.name}.sqlite"},  # type: ignore[arg-type]
            watch=False,
            http_client="httpx",
            verify=VerifySettings(checks=checks, check_timeout_s=300),
        ),
        users,
    )


async def ask(
    client: httpx.AsyncClient, base: str, user: str, question: str, image: bytes, *, stream: bool
) -> tuple[str, bool]:
    """Send one request; return the text the client received and whether it differs by a refusal."""
    url = "data:image/jpeg;base64," + base64.b64encode(image).decode()
    body = {
        "model": "verify",
        "stream": stream,
        "messages": [
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": question}],
            }
        ],
    }
    headers = {"authorization": f"Bearer {KEY}", "x-guard-user": user}
    if not stream:
        r = await client.post(f"{base}/chat/completions", json=body, headers=headers)
        if r.status_code != 200:
            return f"<{r.status_code}>", True
        return str(r.json()["choices"][0]["message"].get("content") or ""), False
    text = []
    async with client.stream("POST", f"{base}/chat/completions", json=body, headers=headers) as r:
        if r.status_code != 200:
            await r.aread()
            return f"<{r.status_code}>", True
        async for line in r.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    text.append(piece)
    return "".join(text), False


async def run_config(
    rows: list[dict[str, Any]], suite: Path, *, image_check: bool, concurrency: int
) -> dict[tuple[str, str, bool], dict[str, bool]]:
    """results[(row id, question mode, streamed)] = {"blocked": ..., "leak": ...}."""
    with tempfile.TemporaryDirectory() as tmp:
        cfg, users = settings(Path(tmp), rows, image_check=image_check)
        upstream = ScriptedUpstream()
        images: dict[str, bytes] = {}
        jobs: list[tuple[dict[str, Any], str, str, bool]] = []
        for row in rows:
            images.setdefault(row["image"], (suite / row["image"]).read_bytes())
            for mode in ("innocuous", "targeted"):
                if not row.get(f"question_{mode}"):
                    continue  # test2: harmless descriptions and generic numbers have no targeted question
                question = upstream.add(row[f"question_{mode}"], row["answer"])
                for stream in (False, True):
                    jobs.append((row, mode, question, stream))
        out: dict[tuple[str, str, bool], dict[str, bool]] = {}
        limit = asyncio.Semaphore(concurrency)
        with Served(cfg, upstream) as base:
            async with httpx.AsyncClient(timeout=600) as client:

                async def one(row: dict[str, Any], mode: str, question: str, stream: bool) -> None:
                    async with limit:
                        user = users[",".join(sorted(row["evaded"]))]
                        got, failed = await ask(client, base, user, question, images[row["image"]], stream=stream)
                    answer = row["answer"]
                    if failed:
                        blocked = True
                    elif not stream:
                        blocked = got != answer
                    else:
                        # anything but the whole answer is a refusal, even a refusal that is the answer's own first
                        # sentence (an answer that opens with the guard's template); what counts is what it released
                        refused = got != answer
                        released = _common_prefix(got, answer)
                        blocked = refused and not (row["label"] == "leak" and prefix_discloses(released, row))
                    out[(row["id"], mode, stream)] = {"blocked": blocked, "leak": row["label"] == "leak"}

                await asyncio.gather(*(one(*job) for job in jobs))
        return out


async def run_library(rows: list[dict[str, Any]], suite: Path) -> dict[tuple[str, str, bool], dict[str, bool]]:
    """The same variants against the verifier library directly (default checks + image_text, images
    passed in, streams through HoldBackStreamer): the value-grounded check where the proxy does not
    (yet) hand the request's images to the verifier."""
    from guard.verify import HoldBackStreamer, Verifier

    checks = default_checks()
    checks["image_text"] = {"type": "image_text"}
    verifier = Verifier(VerifySettings(checks=checks, check_timeout_s=300))
    images = {img: (suite / img).read_bytes() for img in sorted({r["image"] for r in rows})}
    verifier.prefetch(list(images.values()))
    out: dict[tuple[str, str, bool], dict[str, bool]] = {}
    for row in rows:
        evaded = frozenset(row["evaded"])
        image = (images[row["image"]],)
        for mode in ("innocuous", "targeted"):
            question = row.get(f"question_{mode}")
            if not question:
                continue
            result = await verifier.verify(evaded, row["answer"], question=question, images=image)
            out[(row["id"], mode, False)] = {"blocked": not result.allowed, "leak": row["label"] == "leak"}
            streamer = HoldBackStreamer(verifier, evaded, question=question, images=image)

            async def deltas(text: str = row["answer"]) -> Any:
                for i in range(0, len(text), 7):
                    yield text[i : i + 7]

            pieces = [p async for p in streamer.stream(deltas())]
            released = "".join(p.text for p in pieces if p.kind == "answer")
            refused = any(p.kind == "refusal" for p in pieces)
            blocked = refused and not (row["label"] == "leak" and prefix_discloses(released, row))
            out[(row["id"], mode, True)] = {"blocked": blocked, "leak": row["label"] == "leak"}
    return out


def cached_reader_engine(suite: Path) -> Any:
    """An OCR engine that keeps each image's text boxes in ``<suite>/ocr-boxes.json`` (by SHA-256), so
    repeated ``quick`` runs read every image once; the boxes are exactly what ``ocr_boxes`` returns."""
    import hashlib

    from guard.verify.ocr import TextBox, ocr_boxes

    path = suite / "ocr-boxes-v2.json"
    stored: dict[str, list[list[Any]]] = json.loads(path.read_text()) if path.is_file() else {}

    def engine(image: bytes) -> list[TextBox]:
        key = hashlib.sha256(image).hexdigest()
        if key not in stored:
            stored[key] = [[b.text, b.x0, b.y0, b.x1, b.y1, b.angle] for b in ocr_boxes(image)]
            path.write_text(json.dumps(stored))
        return [TextBox(str(t), *(float(v) for v in rest)) for t, *rest in stored[key]]

    return engine


async def run_quick(
    rows: list[dict[str, Any]], suite: Path, *, image_check: bool, mode: str = "innocuous", learned: bool = True
) -> dict[tuple[str, str, bool], dict[str, bool]]:
    """Iteration config: the verifier library, one question (``mode``: innocuous or targeted), non-streamed
    only; OCR boxes cached on disk (``cached_reader_engine``). Not a substitute for the proxy figures.
    ``learned=False``: the recognisers alone, without the learned leak check (its lift)."""
    from guard.verify import Verifier

    checks = default_checks(learned=learned)
    if image_check:
        checks["image_text"] = {"type": "image_text"}
    verifier = Verifier(
        VerifySettings(checks=checks, check_timeout_s=300),
        ocr_engine=cached_reader_engine(suite),
        ocr_cache_images=10_000,
    )
    images = {img: (suite / img).read_bytes() for img in sorted({r["image"] for r in rows})}
    out: dict[tuple[str, str, bool], dict[str, bool]] = {}
    for row in rows:
        question = row.get(f"question_{mode}")
        if not question:
            continue  # test2: harmless descriptions and generic numbers have no targeted question
        result = await verifier.verify(
            frozenset(row["evaded"]),
            row["answer"],
            question=question,
            images=(images[row["image"]],) if image_check else (),
        )
        out[(row["id"], mode, False)] = {"blocked": not result.allowed, "leak": row["label"] == "leak"}
    return out


def _common_prefix(a: str, b: str) -> str:
    """The part of the answer the client received before the refusal replaced the rest."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def pct(k: int, n: int) -> str:
    return "-" if n == 0 else f"{100 * k / n:.1f}"


def report(
    title: str, rows: list[dict[str, Any]], results: dict[tuple[str, str, bool], dict[str, bool]], *, detail: bool
) -> dict[str, Any]:
    by_id = {r["id"]: r for r in rows}
    variants = [(m, s) for m in ("innocuous", "targeted") for s in (False, True)]

    def rate(pred: Iterable[dict[str, Any]], mode: str, stream: bool) -> tuple[int, int]:
        chosen = [r for r in pred if (r["id"], mode, stream) in results]
        return sum(results[(r["id"], mode, stream)]["blocked"] for r in chosen), len(chosen)

    leaks_t = [r for r in rows if r["label"] == "leak" and r["textual"]]
    leaks_n = [r for r in rows if r["label"] == "leak" and not r["textual"]]
    harmless = [r for r in rows if r["label"] == "harmless"]
    table = Table(title=title)
    table.add_column("rows")
    for m, s in variants:
        table.add_column(f"{m}{' stream' if s else ''}", justify="right")
    summary: dict[str, Any] = {}
    for name, group in (
        ("leaks blocked, textual %", leaks_t),
        ("leaks blocked, non-textual %", leaks_n),
        ("false blocks, harmless %", harmless),
    ):
        cells = []
        for m, s in variants:
            k, n = rate(group, m, s)
            cells.append(f"{pct(k, n)} ({k}/{n})")
            summary[f"{name}|{m}|{'stream' if s else 'plain'}"] = (k, n)
        table.add_row(name, *cells)
    console.print(table)
    if not detail:
        return summary
    for key, label in (("rendering", "leak class (textual)"), ("category", "category (leaks)")):
        t = Table(title=f"{title}: blocked % by {label}")
        t.add_column(label)
        t.add_column("n", justify="right")
        for m, s in variants:
            t.add_column(f"{m}{' stream' if s else ''}", justify="right")
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in leaks_t if key == "rendering" else [r for r in rows if r["label"] == "leak"]:
            groups[str(r[key])].append(r)
        for name, group in sorted(groups.items()):
            t.add_row(name, str(len(group)), *(pct(*rate(group, m, s)) for m, s in variants))
        console.print(t)
    t = Table(title=f"{title}: false blocks % by harmless kind")
    t.add_column("kind")
    t.add_column("n", justify="right")
    for m, s in variants:
        t.add_column(f"{m}{' stream' if s else ''}", justify="right")
    hg: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in harmless:
        hg[r["rendering"]].append(r)
    for name, group in sorted(hg.items()):
        t.add_row(name, str(len(group)), *(pct(*rate(group, m, s)) for m, s in variants))
    console.print(t)
    first = "innocuous" if any(m == "innocuous" for _, m, _ in results) else "targeted"
    misses = [by_id[i] for (i, m, s), v in results.items() if m == first and not s and v["leak"] != v["blocked"]]
    summary["misses"] = [(r["id"], r["label"], r["rendering"], r.get("category")) for r in misses]
    return summary


def per_check_table(rows: list[dict[str, Any]]) -> None:
    """Per-check precision / recall at the library level (answer text alone, no question)."""
    from guard.verify import Verifier

    verifier = Verifier()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for row in rows:
        if row["label"] == "leak" and not row["textual"]:
            continue
        evaded = frozenset(row["evaded"])
        result = verifier.verify_offline(evaded, row["answer"])
        for cid, check in verifier.checks.items():
            relevant = check.relevant(evaded)
            if not relevant or cid == "refusal":
                continue
            positive = row["label"] == "leak" and row.get("category") in relevant
            predicted = result.verdicts[cid].status == "violation"
            c = counts[cid]
            if positive and predicted:
                c[0] += 1
            elif predicted:
                c[1] += 1
            elif positive:
                c[2] += 1
    t = Table(title="Per-check precision / recall (library, answer text alone; textual leaks + harmless rows)")
    for col in ("check", "TP", "FP", "FN", "precision %", "recall %"):
        t.add_column(col, justify="left" if col == "check" else "right")
    for cid, (tp, fp, fn) in sorted(counts.items()):
        t.add_row(cid, str(tp), str(fp), str(fn), pct(tp, tp + fp), pct(tp, tp + fn))
    console.print(t)


# The suite each split's rows were written from (eval/leaks/TEST<N>.md): same seed, same bytes.
SUITES = {
    "dev": (120, 4242),
    "test": (120, 4242),
    "test2": (80, 9090),
    "test3": (80, 7311),
    "test4": (80, 4646),
    "test5": (80, 5151),
    "test6": (80, 6262),
    "test7": (80, 7373),
    "test8": (80, 8484),
    "test9": (80, 9595),
    "test10": (80, 10101),
    "test11": (80, 11311),
    "test12": (80, 12421),
    "test13": (80, 13531),
    "test14": (80, 14641),
    "test15": (80, 15751),
    "test16": (80, 16861),
    "test17": (80, 17971),
    "test18": (80, 18181),
    "test19": (80, 19191),
    "test20": (80, 20202),
    "test21": (80, 21212),
    "test22": (80, 22222),
    "test23": (80, 23232),
    "test24": (80, 24242),
    "test25": (80, 25252),
    "test26": (80, 26262),
    "test27": (80, 27272),
    "test28": (80, 28282),
    "test29": (80, 29292),
    "test30": (80, 30303),
    "test31": (80, 31313),
    "test32": (80, 32323),
    "test33": (80, 33333),
    "test34": (80, 34343),
    "test35": (80, 35353),
    "test36": (80, 36363),
    "test37": (80, 37373),
    "test38": (80, 38383),
    "test39": (80, 39393),
    "test40": (80, 40404),
    "test41": (80, 41414),
    "test42": (80, 42424),
    "test43": (80, 43434),
    "test44": (80, 44444),
    "test45": (80, 45454),
    "test46": (80, 46464),
    "test47": (80, 47474),
    "test48": (80, 48484),
    "test49": (80, 49494),
    "test50": (80, 50505),
    "test51": (80, 51515),
    "test52": (80, 52525),
    "test53": (80, 53535),
    "test54": (80, 54545),
    "test55": (80, 55555),
    "test56": (80, 56565),
    "test57": (80, 57575),
    "test58": (80, 58585),
    "test59": (80, 59595),
    "test60": (80, 60606),
    "test61": (80, 61616),
    "test62": (80, 62626),
    "test63": (80, 63636),
    "test64": (80, 64646),
    "test65": (80, 65656),
    "test66": (80, 66666),
    "test67": (80, 67676),
    "test68": (80, 68686),
    "test69": (80, 69696),
    "test70": (80, 70707),
    "test71": (80, 71717),
    "test72": (80, 72727),
    "test73": (80, 73737),
    "test74": (80, 74747),
    "test75": (80, 75757),
    "test76": (80, 76767),
    "test77": (80, 77777),
    "test78": (80, 78787),
    "test79": (80, 79797),
    "test80": (80, 80808),
    "test81": (80, 81818),
    "test82": (80, 82828),
    "test83": (80, 83838),
    "test84": (80, 84848),
    "test85": (80, 85858),
    "test86": (80, 86868),
}


def regenerate_suite(split: str) -> Path:
    """Regenerate (once) the deterministic suite a split refers to, under .cache/leak-suites/."""
    n, seed = SUITES[split]
    out = Path(__file__).resolve().parent.parent / ".cache" / "leak-suites" / f"n{n}-seed{seed}"
    if not (out / "bench.json").is_file():
        console.print(f"generating the suite for {split} (n={n}, seed={seed}) into {out} ...")
        guard = Path(sys.executable).with_name("guard")
        cmd = [str(guard), "data", "synth", "--out", str(out), "--n", str(n), "--tune-n", "0", "--seed", str(seed)]
        subprocess.run(cmd, check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, help="the synth suite folder (default: regenerated, see SUITES)")
    parser.add_argument(
        "--split",
        choices=tuple(SUITES),
        default="dev",
        help="test2, test3, ...: later held-out sets (eval/leaks/TEST<N>.md; eval/README.md says which are burned)",
    )
    parser.add_argument(
        "--configs",
        default="text,image,image-lib",
        help="comma list of: text, image, image-lib, quick-text, quick-targeted, quick-image, quick-recognisers "
        "(iteration: library; quick-recognisers: quick-text without the learned leak check)",
    )
    parser.add_argument(
        "--misses",
        type=Path,
        help="write each config's non-streamed errors here (targeted ones for quick-targeted; JSONL; replaced)",
    )
    parser.add_argument("--no-per-check", action="store_true", help="skip the per-check precision/recall table")
    parser.add_argument("--limit", type=int, default=0, help="first N rows only (0 = all)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args()
    if args.suite is None:
        args.suite = regenerate_suite(args.split)
    rows = load_rows(args.split)
    if args.limit:
        rows = rows[: args.limit]
    console.print(f"eval/leaks/{args.split}.jsonl: {len(rows)} rows, suite {args.suite}")
    out: dict[str, Any] = {"split": args.split, "rows": len(rows)}
    if args.misses:
        args.misses.write_text("", encoding="utf-8")  # this run's errors only (each config appends below)
    for config in args.configs.split(","):
        started = time.perf_counter()
        if config in ("quick-text", "quick-targeted", "quick-image", "quick-recognisers"):
            mode = "targeted" if config == "quick-targeted" else "innocuous"
            quick = run_quick(
                rows, args.suite, image_check=config == "quick-image", mode=mode, learned=config != "quick-recognisers"
            )
            results = asyncio.run(quick)
            title = f"{args.split}, verifier library, {mode}, not streamed, checks: {config[6:]}"
        elif config == "image-lib":
            results = asyncio.run(run_library(rows, args.suite))
            title = f"{args.split}, verifier library (not the proxy), checks: default + image_text"
        else:
            run = run_config(rows, args.suite, image_check=config == "image", concurrency=args.concurrency)
            results = asyncio.run(run)
            title = f"{args.split} through the proxy, verify mode, checks: {config}"
        out[config] = report(title, rows, results, detail=True)
        if args.misses:
            by_id = {r["id"]: r for r in rows}
            with args.misses.open("a", encoding="utf-8") as fh:
                for rid, *_ in out[config]["misses"]:
                    fh.write(json.dumps({"config": config, **by_id[rid]}, ensure_ascii=False) + "\n")
        console.print(f"{config}: {len(results)} requests in {time.perf_counter() - started:.1f} s")
    if not args.no_per_check:
        per_check_table(rows)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
