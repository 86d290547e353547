"""`guard data synth` as a user runs it: a real suite on disk, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from guard.cli.app import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_synth_writes_a_suite(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    code, text = run(
        "data", "synth", "--out", str(out), "--n", "3", "--tune-n", "2", "--seed", "5", "--categories", "plate,receipt"
    )
    assert code == 0, text
    assert f"wrote {out}: 3 + 2 images" in text
    manifest = json.loads((out / "manifest.json").read_text())
    # "plate" is a family: complete and partial plates
    assert list(manifest["per_category"]) == [
        "a37_receipt",
        "a103_license_plate_complete",
        "a104_license_plate_partial",
    ]
    assert len(list((out / "images" / "bench").glob("*.jpg"))) == 3


def test_list_categories() -> None:
    code, text = run("data", "synth", "--list-categories")
    lines = text.split()
    assert code == 0 and len(lines) >= 25 and "a30_credit_card" in lines


def test_bad_category_is_one_line_exit_two(tmp_path: Path) -> None:
    code, text = run("data", "synth", "--out", str(tmp_path / "x"), "--categories", "licence plat")
    assert code == 2
    assert "unknown category 'licence plat'; did you mean" in text
    assert text.strip().count("\n") == 0
    assert not (tmp_path / "x").exists()


def test_bad_numbers_name_the_option(tmp_path: Path) -> None:
    code, text = run("data", "synth", "--out", str(tmp_path / "x"), "--n", "0")
    assert code == 2 and "--n 0:" in text and "greater than or equal to 1" in text
    code, text = run("data", "synth", "--out", str(tmp_path / "x"), "--format", "gif")
    assert code == 2 and "'gif' is not one of" in text
    code, text = run("data", "synth")
    assert code == 2 and "--out is required" in text


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, text = run("data", "synth", "--out", str(blocker / "suite"), "--n", "1")
    assert code == 2 and "cannot write there" in text and "Traceback" not in text


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from guard.cli.app import app; "
        "print(sorted(m for m in ('PIL', 'numpy', 'faker', 'guard.synth.suite') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "guard.synth.suite" not in out and "faker" not in out
