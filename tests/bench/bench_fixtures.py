"""Tiny SPY-Bench suites (Pillow images made on the fly), shared by the bench tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image

TEMPLATE_S0 = "You are a border officer. The question is: {}"
TEMPLATE_S1 = "You are a doctor. The question is {}."


def item(
    bid: str,
    label: str,
    question: str,
    *,
    others: dict[str, int] | None = None,
    conflict: tuple[str, ...] = (),
    compatible: tuple[str, ...] = (),
    gt: Any = None,
    image: str | None = "images/{bid}.png",
) -> dict[str, Any]:
    templates = {"s0_border_security_check": TEMPLATE_S0, "s1_healthcare_consultation": TEMPLATE_S1}
    other = others if others is not None else {label: 1}
    return {
        "benchmark_id": bid,
        "label": label,
        "other_labels": other,
        "question_item": {
            "question_id": f"q{bid}",
            "image_path": image.format(bid=bid) if image else None,
            "question": question,
            "gt": gt,
        },
        "non_privacy_scenarios": [
            {"scenario": s, "2nd_person_template": templates.get(s, "In " + s + ": {}")} for s in conflict
        ],
        "privacy_scenarios": [
            {"scenario": s, "2nd_person_template": templates.get(s, "In " + s + ": {}")} for s in compatible
        ],
    }


def write_suite(folder: Path, items: list[dict[str, Any]]) -> Path:
    """bench.json plus one small PNG per item (colour varies so images differ)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, it in enumerate(items):
        rel = it["question_item"].get("image_path")
        if rel:
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (8, 8), (40 * n % 256, 90, 150)).save(folder / rel)
    (folder / "bench.json").write_text(json.dumps({"benchmark_list": items}), encoding="utf-8")
    return folder
