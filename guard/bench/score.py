"""Scoring a results file in the format the paper's scripts write (one JSON object per line).

Each line: ``benchmark_id``, ``label``, ``is_privacy`` (0/1), ``scenario`` (null, or an object with
``is_privacy`` and usually ``scenario``), and the judge's label under ``eval_resp`` (or another key).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from guard.bench.expand import REJECT, RESPOND
from guard.bench.metrics import Record, compute_metrics
from guard.errors import GuardError


class ResultsFileError(GuardError, ValueError):
    """A results line that cannot be scored; the message names file, line and field."""


def normalize_verdict(value: Any) -> str:
    """``respond``/``reject`` (case and surrounding space ignored); anything else is an exception."""
    if isinstance(value, str):
        v = value.strip().strip(".").lower()
        if v in (RESPOND, REJECT):
            return v
    return "exception"


def _flag(value: Any, where: str, field: str) -> int:
    if isinstance(value, bool) or (isinstance(value, int | float) and value in (0, 1)):
        return int(value)
    raise ResultsFileError(f"{where}: {field}: bad value {value!r}; expected 0 or 1")


def record_from_json(obj: Any, where: str, label_key: str = "eval_resp") -> Record:
    """One results line -> :class:`Record`; raises :class:`ResultsFileError` naming the field."""
    if not isinstance(obj, dict):
        raise ResultsFileError(f"{where}: expected a JSON object")
    for key in ("benchmark_id", "label", "is_privacy"):
        if key not in obj:
            raise ResultsFileError(f"{where}: {key}: missing")
    if "scenario" not in obj:
        raise ResultsFileError(f"{where}: scenario: missing (null for no scenario)")
    if label_key not in obj:
        raise ResultsFileError(f"{where}: {label_key}: missing judge label (pick the field with --label-key)")
    sc = obj["scenario"]
    if sc is None:
        name, sip = None, None
    elif isinstance(sc, dict) and "is_privacy" in sc:
        sip = _flag(sc["is_privacy"], where, "scenario.is_privacy")
        raw_name = sc.get("scenario", sc.get("name"))
        name = str(raw_name) if raw_name is not None else f"scenario-{sip}"
    else:
        raise ResultsFileError(f"{where}: scenario: expected null or an object with 'is_privacy'")
    return Record(
        benchmark_id=str(obj["benchmark_id"]),
        label=str(obj["label"]),
        is_privacy=_flag(obj["is_privacy"], where, "is_privacy"),
        scenario=name,
        scenario_is_privacy=sip,
        verdict=normalize_verdict(obj[label_key]),
    )


def read_results(path: str | Path, label_key: str = "eval_resp", distractors: bool | None = None) -> Iterator[Record]:
    """Records of a results file. Lines may carry ``distractors`` (our runs hold both settings):
    ``distractors`` picks one; None requires the file to hold a single setting."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise ResultsFileError(f"{path}: cannot read results file: {exc.strerror}") from None
    seen: set[bool] = set()
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ResultsFileError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
            setting = obj.get("distractors") if isinstance(obj, dict) else None
            if isinstance(setting, bool):
                if distractors is not None and setting != distractors:
                    continue
                seen.add(setting)
                if len(seen) > 1:
                    raise ResultsFileError(
                        f"{path}:{n}: distractors: the file holds runs with and without distractors; score one "
                        "with --distractors with|without (`guard bench report` shows both)"
                    )
            yield record_from_json(obj, f"{path}:{n}", label_key)


def score_file(
    path: str | Path, absolute: Collection[str], label_key: str = "eval_resp", distractors: bool | None = None
) -> dict[str, Any]:
    """The metrics JSON for a paper-format results file."""
    return compute_metrics(read_results(path, label_key, distractors), absolute)
