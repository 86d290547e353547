"""Bad recipes, data and images are refused before the model loads; garbage runs never register; resume checks identity.

Real files and real `guard train` processes. "Before the model loads" is shown with a base folder
whose config.json is valid but which holds no weights: had the run reached ``from_pretrained`` it
would fail with a different message.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guard.cli.app import app
from guard.errors import GuardError
from guard.train.recipe import Recipe
from guard.train.run import run_training

GUARD = [sys.executable, "-m", "guard"]


@pytest.fixture()
def hollow_base(tmp_path: Path, tiny_model: Path) -> Path:
    """A base folder with the tiny model's config.json and no weights: loading it would fail."""
    base = tmp_path / "hollow"
    base.mkdir()
    shutil.copy(tiny_model / "config.json", base / "config.json")
    return base


def train(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """A real `guard train` process."""
    return subprocess.run([*GUARD, "train", *args], capture_output=True, text=True, timeout=timeout)


def train_here(*args: str, timeout: int = 0) -> subprocess.CompletedProcess[str]:
    """The same command line through the CLI in this process (no interpreter start-up per case)."""
    result = CliRunner().invoke(app, ["train", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return subprocess.CompletedProcess(["guard", "train", *args], result.exit_code, "", result.output)


def base_args(base: Path, data: Path, images: Path, out: Path, method: str = "dpo") -> list[str]:
    return ["--method", method, "--base", str(base), "--data", str(data), "--images", str(images), "--out", str(out)]


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]  # stderr, or the in-process output
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("recipe", "expected"),
    [
        ("learning_rate: 1e30\n", "learning_rate: Input should be less than or equal to 0.1"),
        ("learning_rate: .nan\n", "learning_rate: Input should be a finite number"),
        ("beta: 0\n", "beta: Input should be greater than 0"),
        ("epochs: 1000\n", "epochs: Input should be less than or equal to 100"),
        ("batch_size: 0\n", "batch_size: Input should be greater than or equal to 1"),
        ("lora_rank: 7\n", "lora_rank: Input should be 8, 16, 32, 64, 128 or 256 (got 7)"),
        ("warmup_ratio: 0.9\n", "warmup_ratio: Input should be less than or equal to 0.5"),
        ("beta: 0.1\nbeta: 0.2\n", "line 3: duplicate key 'beta' (first at line 2)"),
    ],
)
def test_bad_recipe_is_one_line_before_the_model(
    tmp_path: Path, hollow_base: Path, tune_file: Path, images_dir: Path, recipe: str, expected: str
) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("method: dpo\n" + recipe)
    run = train if "1e30" in recipe else train_here  # one real process; the rest through the same CLI in-process
    line = one_line_error(run(*base_args(hollow_base, tune_file, images_dir, tmp_path / "o"), "--recipe", str(path)))
    assert expected in line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("kind", ["fifo", "devzero"])
def test_recipe_that_is_a_special_file_never_hangs(
    tmp_path: Path, hollow_base: Path, tune_file: Path, images_dir: Path, kind: str
) -> None:
    recipe = tmp_path / "r.yaml"
    if kind == "fifo":
        os.mkfifo(recipe)
    else:
        recipe = Path("/dev/zero")
    args = [*base_args(hollow_base, tune_file, images_dir, tmp_path / "o"), "--recipe", str(recipe)]
    line = one_line_error(train(*args, timeout=60))
    assert f"--recipe {recipe}: is a" in line and "expected a regular recipe file" in line


def _tune(tmp_path: Path, tune_file: Path, change: dict[str, str]) -> Path:
    data = json.loads(tune_file.read_text())
    data["data_list"][1]["question_item"].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"reject_ans": "  "}, "data_list[1] (00000204): question_item.reject_ans: empty"),
        ({"respond_ans": "No.", "reject_ans": " No. "}, "question_item.reject_ans: the same text as respond_ans"),
        ({"question": ""}, "question_item.question: empty"),
    ],
)
def test_useless_items_are_refused(
    tmp_path: Path, hollow_base: Path, tune_file: Path, images_dir: Path, change: dict[str, str], expected: str
) -> None:
    data = _tune(tmp_path, tune_file, change)
    assert expected in one_line_error(train_here(*base_args(hollow_base, data, images_dir, tmp_path / "o")))


@pytest.mark.parametrize("kind", ["directory", "latin1", "fifo", "devzero"])
def test_data_file_that_is_not_a_json_file(tmp_path: Path, hollow_base: Path, images_dir: Path, kind: str) -> None:
    data = tmp_path / "tune.json"
    if kind == "directory":
        data.mkdir()
        expected = "tune.json: is a directory"
    elif kind == "latin1":
        data.write_bytes(b'{"data_list": "caf\xe9"}')
        expected = "line 1: not UTF-8 text (byte 0xe9 at offset 18)"
    elif kind == "fifo":
        os.mkfifo(data)
        expected = "tune.json: is a FIFO (named pipe)"
    else:
        data = Path("/dev/zero")
        expected = "/dev/zero: is a character device"
    run = train if kind in ("fifo", "devzero") else train_here  # special files: a real process with a timeout
    assert expected in one_line_error(run(*base_args(hollow_base, data, images_dir, tmp_path / "o"), timeout=60))


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


@pytest.mark.parametrize("kind", ["bomb", "passwd_copy", "passwd_link", "absolute", "escape", "directory", "fifo"])
def test_bad_images_are_refused_before_the_model(
    tmp_path: Path, hollow_base: Path, tune_file: Path, images_dir: Path, kind: str
) -> None:
    images = tmp_path / "images"
    shutil.copytree(images_dir, images)
    rel = json.loads(tune_file.read_text())["data_list"][1]["question_item"]["image_path"]
    target = images / rel
    target.unlink()
    change: dict[str, str] = {}
    if kind == "bomb":
        target.write_bytes(_png_header(100_000, 100_000) + b"\0" * 64)
        expected = "image declares 100000x100000 = 10,000,000,000 pixels; images may have at most 50,000,000"
    elif kind == "passwd_copy":
        target.write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
        expected = "not a recognised image; expected PNG, JPEG, GIF, WebP or BMP"
    elif kind == "passwd_link":
        target.symlink_to("/etc/passwd")
        expected = "leads outside"
    elif kind == "absolute":
        change = {"image_path": "/etc/passwd"}
        expected = "absolute path '/etc/passwd' refused"
    elif kind == "escape":
        change = {"image_path": "../../../../etc/passwd"}
        expected = "leads outside"
    elif kind == "fifo":
        os.mkfifo(target)
        expected = "is a FIFO (named pipe); expected a regular image file"
    else:
        target.mkdir()
        expected = "is a directory"
    data = _tune(tmp_path, tune_file, change) if change else tune_file
    run = train if kind in ("bomb", "fifo") else train_here  # real processes (a FIFO must not hang: timeout)
    line = one_line_error(run(*base_args(hollow_base, data, images, tmp_path / "o")))
    assert "item 00000204: image_path" in line and expected in line, line


def test_non_finite_training_is_never_saved_or_registered(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path
) -> None:
    """A recipe that slips past validation (built in code) and diverges: the run stops, nothing is kept."""
    garbage = Recipe.model_construct(
        **{**Recipe(method="sft").model_dump(), "learning_rate": 1e30, "max_steps": 3, "batch_size": 2}
        | {"warmup_ratio": 0.0}
    )
    registry = tmp_path / "registry.yaml"
    with pytest.raises(GuardError, match=r"training stopped: .*(NaN|nan|inf).*the adapter was not saved or registered"):
        run_training(
            garbage,
            base=tiny_model,
            data=tune_file,
            images=images_dir,
            out_dir=tmp_path / "o",
            register_as="bad",
            registry=registry,
        )
    assert not registry.exists()
    assert not (tmp_path / "o" / "manifest.json").exists()
    assert not (tmp_path / "o" / "adapter_model.safetensors").exists()


def test_resume_refuses_another_method_base_or_data(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "run"
    recipe = Recipe(method="sft", batch_size=2, save_steps=1, eval_fraction=0, max_steps=1)
    run_training(recipe, base=tiny_model, data=tune_file, images=images_dir, out_dir=out)
    assert (out / "checkpoints" / "checkpoint-1").is_dir() and (out / "run.json").is_file()
    sft = ["--max-steps", "1", "--recipe", str(tmp_path / "r.yaml")]
    (tmp_path / "r.yaml").write_text("method: sft\nbatch_size: 2\nsave_steps: 1\neval_fraction: 0\n")

    (tmp_path / "d.yaml").write_text("method: dpo\nbatch_size: 2\nsave_steps: 1\neval_fraction: 0\n")
    dpo = ["--recipe", str(tmp_path / "d.yaml"), "--resume", "--name", "x", "--registry", str(tmp_path / "reg.yaml")]
    line = one_line_error(train(*base_args(tiny_model, tune_file, images_dir, out, "dpo"), *dpo))
    assert "--resume: the checkpoints in" in line and "were trained as sft on" in line and "differs in --method" in line
    assert not (tmp_path / "reg.yaml").exists()

    other_base = tmp_path / "base-b"
    shutil.copytree(tiny_model, other_base)
    weights = next(other_base.glob("*.safetensors"))
    blob = bytearray(weights.read_bytes())
    blob[-1] ^= 0xFF  # a different model with the same config
    weights.write_bytes(bytes(blob))
    assert "differs in --base (model files)" in one_line_error(
        train_here(*base_args(other_base, tune_file, images_dir, out, "sft"), *sft, "--resume")
    )

    other_data = tmp_path / "other.json"
    other_data.write_text(tune_file.read_text() + "\n")
    assert "differs in --data (file contents)" in one_line_error(
        train_here(*base_args(tiny_model, other_data, images_dir, out, "sft"), *sft, "--resume")
    )

    again = train_here(*base_args(tiny_model, tune_file, images_dir, out, "sft"), *sft)
    assert "already holds checkpoints of an earlier run (checkpoint-1); pass --resume" in one_line_error(again)
