"""Exit status through the real ``guard`` process: 0 done, 1 a check failed, 2 usage or runtime error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from guard.cli.console import EXIT_CHECK_FAILED, EXIT_USAGE
from guard.cli.help import GuardGroup
from guard.cli.options import api_key
from guard.cli.train import main_process

REPO = Path(__file__).resolve().parents[2]
ALICE = REPO / "policies" / "users" / "alice.yaml"


def guard(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guard", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        check=False,
        env={**os.environ, "COLUMNS": "300"},  # typer's error box does not wrap the message
    )


def test_zero_when_done() -> None:
    r = guard("policy", "check", str(ALICE))
    assert r.returncode == 0, r.stdout + r.stderr


def test_one_when_the_commands_check_failed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("user: bad\nprivate: [agee]\n", encoding="utf-8")
    r = guard("policy", "check", str(bad))
    assert r.returncode == EXIT_CHECK_FAILED == 1, r.stdout + r.stderr
    assert "unknown category 'agee'" in r.stdout and "1 problem;" in r.stdout and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["policy", "show", str(ALICE), "--render-mode", "loud"], "'loud' is not one of"),  # typer's usage error
        (["policy", "frobnicate"], "No such command"),
        (["categories", "zzzz"], "no category or family matches 'zzzz'"),  # a command's own usage error
        (["keys", "list", "--config", "missing.yaml"], "missing.yaml"),  # runtime: unreadable input
        (["policy", "show", "broken.yaml"], "broken.yaml"),  # showing an invalid policy is not a check
    ],
    ids=["bad-choice", "no-command", "no-match", "missing-config", "invalid-input"],
)
def test_two_for_usage_and_runtime_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "broken.yaml").write_text("user: [\n", encoding="utf-8")
    r = guard(*args, cwd=tmp_path)
    assert r.returncode == EXIT_USAGE == 2, r.stdout + r.stderr
    assert message in r.stdout + r.stderr and "Traceback" not in r.stderr


def test_an_unexpected_exception_is_one_line_and_exit_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """The root group turns a bug into status 2 (never 1, which means a failed check); GUARD_DEBUG adds the trace."""
    demo = typer.Typer(cls=GuardGroup)

    @demo.command()
    def boom() -> None:
        """Fails unexpectedly."""
        raise RuntimeError("disk on fire\nsecond line")

    @demo.command()
    def other() -> None:
        """A second command, so the group keeps its subcommand names."""

    monkeypatch.delenv("GUARD_DEBUG", raising=False)
    r = CliRunner().invoke(demo, ["boom"])
    assert r.exit_code == 2 and "error: unexpected RuntimeError: disk on fire" in r.output
    assert "second line" not in r.output and "Traceback" not in r.output
    monkeypatch.setenv("GUARD_DEBUG", "1")
    r = CliRunner().invoke(demo, ["boom"])
    assert r.exit_code == 2 and "Traceback" in r.output


def test_deprecated_bench_key_variable_still_works_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GUARD_BENCH_API_KEY", "sk-old")
    assert api_key("sk-new") == "sk-new" and capsys.readouterr().err == ""
    assert api_key(None) == "sk-old"
    assert "GUARD_BENCH_API_KEY is deprecated; set GUARD_API_KEY" in capsys.readouterr().err
    monkeypatch.delenv("GUARD_BENCH_API_KEY")
    assert api_key(None) is None


@pytest.mark.parametrize(
    ("env", "main"),
    [({}, True), ({"RANK": "0", "LOCAL_RANK": "0"}, True), ({"RANK": "1"}, False), ({"LOCAL_RANK": "3"}, False)],
)
def test_only_rank_zero_prints_the_recipe(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], main: bool) -> None:
    for var in ("RANK", "LOCAL_RANK"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert main_process() is main
