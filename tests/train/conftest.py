"""Fixtures for the training tests: the tiny Qwen2-VL and a SPY-Tune fixture with generated images."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from guard.train.tiny import build_tiny_qwen2vl

    return build_tiny_qwen2vl(tmp_path_factory.mktemp("tiny") / "qwen2vl", seed=0)


@pytest.fixture(scope="session")
def tune_file() -> Path:
    """Three SPY-Tune items in the paper's format (one with an absolute label, a31_passport)."""
    return DATA / "tune_sample.json"


@pytest.fixture(scope="session")
def images_dir(tmp_path_factory: pytest.TempPathFactory, tune_file: Path) -> Path:
    from PIL import Image

    root = tmp_path_factory.mktemp("images")
    for i, item in enumerate(json.loads(tune_file.read_text())["data_list"]):
        path = root / item["question_item"]["image_path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (112 + 14 * i, 84), (40 * i, 120, 200)).save(path)
    return root
