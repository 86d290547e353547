"""Glue between samples, the runner and the judges: requests out, paper-format result lines back.

A result line is what the paper's scripts write, plus our fields: ``benchmark_id``, ``label``,
``is_privacy``, ``scenario`` (null or ``{"scenario", "is_privacy"}``), ``question``, ``response``,
``sample_id``, ``distractors``, ``error``; judging adds ``eval_resp`` and ``judge_reason``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from guard.bench.expand import Sample
from guard.bench.judges import EXCEPTION, Judge, Judgment
from guard.bench.models import user_messages
from guard.bench.runner import Generation, Request
from guard.errors import GuardError
from guard.taxonomy import Catalog, default_catalog


def sample_request(sample: Sample) -> Request:
    return Request(sample.id, user_messages(sample.prompt, sample.image))


def result_line(sample: Sample, gen: Generation) -> dict[str, Any]:
    scenario = (
        None if sample.scenario is None else {"scenario": sample.scenario, "is_privacy": sample.scenario_is_privacy}
    )
    return {
        "sample_id": sample.id,
        "benchmark_id": sample.benchmark_id,
        "label": sample.label,
        "is_privacy": sample.is_privacy,
        "scenario": scenario,
        "distractors": sample.distractors,
        "question": sample.question,
        "response": gen.response,
        "error": gen.error,
    }


async def judge_lines(
    lines: Sequence[dict[str, Any]],
    judge: Judge,
    *,
    catalog: Catalog | None = None,
    concurrency: int = 8,
    progress: bool = True,
) -> list[dict[str, Any]]:
    """Add ``eval_resp`` (respond | reject | exception) and ``judge_reason`` to each line.

    A line without a response (the model call failed) is an exception with the call's error.
    """
    catalog = catalog or default_catalog()
    out: list[dict[str, Any]] = [dict(line) for line in lines]
    sem = asyncio.Semaphore(concurrency)

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("judging"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), disable=not progress
    )

    async def one(line: dict[str, Any], task: Any) -> None:
        response = line.get("response")
        if not isinstance(response, str):
            got = Judgment(EXCEPTION, f"no response: {line.get('error') or 'missing'}")
        else:
            label = str(line.get("label", ""))
            name = catalog.categories[label].name if label in catalog.categories else label
            async with sem:
                got = await judge.judge(str(line.get("question", "")), name, response)
        line["eval_resp"] = got.label
        line["judge_reason"] = got.reason
        if got.raw is not None and got.label == EXCEPTION:
            line["judge_raw"] = got.raw
        bar.advance(task)

    with bar:
        task = bar.add_task("judging", total=len(out))
        await asyncio.gather(*(one(line, task) for line in out))
    return out


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Objects from a JSONL file; a bad line is an error naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GuardError(f"{path}: cannot read: {exc.strerror}") from None
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GuardError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise GuardError(f"{path}:{n}: expected a JSON object")
        rows.append(obj)
    return rows


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
