"""The CLI as a user runs it: exit codes, one line per problem, never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from guard.cli.app import app

REPO = Path(__file__).resolve().parents[2]
USERS = sorted(str(p) for p in (REPO / "policies" / "users").glob("*.yaml"))
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_check_examples_exit_zero() -> None:
    code, out = run("policy", "check", *USERS)
    assert code == 0, out
    assert out.count("ok ") == len(USERS) == 3


def test_check_bad_files_exit_one_with_a_line_each(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("user: bad\nprivate: [agee]\n")
    (tmp_path / "copy").mkdir()
    dup = tmp_path / "copy" / "alice.yaml"
    dup.write_text("user: alice\n")
    code, out = run("policy", "check", USERS[0], str(bad), str(dup), str(tmp_path))
    assert code == 1
    assert f"{bad}:2: private[0]: unknown category 'agee'" in out
    assert f"{dup}: user: bad value 'alice': user is already defined in" in out
    assert f"{tmp_path}: is a directory" in out
    assert "3 problems; 1 of 4 files valid" in out
    assert "Traceback" not in out


def test_show_prints_decisions_and_exact_text() -> None:
    code, out = run(
        "policy", "show", str(REPO / "policies/users/alice.yaml"), "-s", "s17_vehicle_registration", "-q", "Plate?"
    )
    assert code == 0, out
    assert "complete license plate is considered as non-private information.\n" in out  # resolved conflict
    assert "conflict" in out and "absolute" in out
    assert out.rstrip().splitlines()[-2].endswith("The question is: Plate?")


def test_show_raw_mode_and_operator_scenario() -> None:
    code, out = run(
        "policy",
        "show",
        str(REPO / "policies/users/bob.yaml"),
        "--operator",
        str(REPO / "policies/operator.yaml"),
        "--scenario",
        "clinic_triage",
        "--mode",
        "raw",
    )
    assert code == 0, out
    assert "injury is considered as private information.\n" in out
    assert "You are a triage nurse" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scenario", "spaceship"], "--scenario: unknown scenario 'spaceship'"),
        (["--mode", "loud"], "'loud' is not one of"),
    ],
)
def test_show_bad_options(args: list[str], message: str) -> None:
    r = runner.invoke(app, ["policy", "show", str(REPO / "policies/users/alice.yaml"), *args], env={"COLUMNS": "300"})
    assert r.exit_code == 2  # usage error
    assert message in r.output


def test_bad_operator_file_is_reported(tmp_path: Path) -> None:
    op = tmp_path / "op.yaml"
    op.write_text("render_mode: fancy\n")
    code, out = run("policy", "check", "--operator", str(op), USERS[0])
    assert code == 2  # the command could not run: a usage error, not a failed check
    assert f"{op}:1: render_mode: bad value 'fancy'" in out


def test_categories_and_scenarios_listings() -> None:
    code, out = run("categories")
    assert code == 0 and "67 categories" in out and "a103_license_plate_complete" in out
    code, out = run("categories", "plate")
    assert code == 0 and "2 categories, 1 family" in out and "a104_license_plate_partial" in out
    code, out = run("scenarios")
    assert code == 0 and "24 scenarios" in out
    code, out = run("scenarios", "hotel check-in")
    assert code == 0 and "a31_passport" in out and "{question}" in out
    code, out = run("categories", "zzzz")
    assert code == 2 and "no category or family matches 'zzzz'" in out


def test_real_console_script_on_example_and_broken_files(tmp_path: Path) -> None:
    guard = Path(sys.executable).parent / "guard"
    ok = subprocess.run([str(guard), "policy", "check", *USERS], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(b"user: x\n\xff\n")
    bad = subprocess.run([str(guard), "policy", "check", str(broken)], capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert f"{broken}:2: not UTF-8 text" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr
