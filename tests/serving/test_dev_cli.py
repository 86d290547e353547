"""``guard dev``: one group (tiny-model, stack, demo); a missing vLLM environment fails fast, naming the fix."""

from __future__ import annotations

import subprocess
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
