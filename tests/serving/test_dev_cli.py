"""``guard dev``: one group (tiny-model, stack, demo); a missing vLLM environment fails fast, naming the fix."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from serving_stack import guard_cli


def guard(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"COLUMNS": "200", "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PATH": "/usr/bin:/bin"}
    return subprocess.run([*guard_cli(), *args], capture_output=True, text=True, cwd=cwd, env=env, check=False)


def test_dev_group_has_the_tiny_model_the_stack_and_the_demo(tmp_path: Path) -> None:
    done = guard("dev", "--help", cwd=tmp_path)
    assert done.returncode == 0
    for command in ("tiny-model", "stack", "demo"):
        assert f" {command} " in done.stdout, done.stdout


@pytest.mark.parametrize("command", ["stack", "demo"])
def test_missing_vllm_environment_is_one_line_naming_the_setup_script(command: str, tmp_path: Path) -> None:
    done = guard("dev", command, "--vllm-venv", str(tmp_path / "no-venv"), "--work", str(tmp_path / "w"), cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no vLLM environment here; build it with `scripts/setup-vllm-env.sh" in done.stderr
    assert not (tmp_path / "w").exists(), "nothing is built before the environment is known to exist"


INTERRUPTED_WHILE_RUNNING = """
import os, signal, time
from guard.cli.dev import _stop_signals_as_interrupt
with _stop_signals_as_interrupt():
    try:
        os.kill(os.getpid(), signal.{sig})
        time.sleep(30)
    except KeyboardInterrupt:
        print("stopping")
print("restored" if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else "not restored")
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_ctrl_c_and_sigterm_stop_the_stack_even_when_started_with_sigint_ignored(sig: str) -> None:
    """A script's background job inherits SIGINT ignored; `guard dev stack` must still stop on Ctrl-C."""
    ignore_sigint = lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)  # noqa: E731 - as `cmd &` in a script
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_WHILE_RUNNING.format(sig=sig)],
        capture_output=True, text=True, timeout=60, check=False, preexec_fn=ignore_sigint,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["stopping", "restored"], done.stdout
