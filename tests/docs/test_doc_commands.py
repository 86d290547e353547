"""Every ``console`` session in README.md and docs/ runs, and prints what the page says it prints.

Each Markdown file's sessions run in order in one fresh copy of the folders the docs use (policies/,
examples/, train/, adapters/, eval/), with the ``guard`` of the environment running pytest first on
PATH; so a page can build on its earlier commands (add a key, then list keys) and never touches the
checkout. The rules for writing such blocks are in ``doc_blocks.py`` and docs/development.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from doc_blocks import Command, console_blocks, output_matches

REPO = Path(__file__).resolve().parents[2]
COPIED = ("policies", "examples", "train", "adapters", "eval", "deploy")
COMMAND_TIMEOUT_S = 120


def doc_files() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def sessions() -> list[tuple[Path, list[Command]]]:
    out = []
    for path in doc_files():
        commands = [c for block in console_blocks(path, REPO) for c in block]
        if commands:
            out.append((path, commands))
    return out


def test_docs_have_runnable_sessions() -> None:
    """The README's tour and the reference pages keep runnable examples (the rule is not silently unused)."""
    pages = {path.relative_to(REPO).as_posix() for path, _ in sessions()}
    assert {"README.md", "docs/policies.md", "docs/cli.md"} <= pages, pages


def run(command: Command, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command.command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize(
    "page", [p for p, _ in sessions()], ids=lambda p: p.relative_to(REPO).as_posix() if isinstance(p, Path) else p
)
def test_console_sessions_run_as_shown(page: Path, tmp_path: Path) -> None:
    commands = next(cmds for path, cmds in sessions() if path == page)
    work = tmp_path / "repo"
    work.mkdir()
    for folder in COPIED:
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, work / folder)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GUARD_")},
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "COLUMNS": "120",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
        "HF_HUB_OFFLINE": "1",
    }
    for command in commands:
        code, output = run(command, work, env)
        assert code == command.exit_code, (
            f"{command.source}: `{command.command}` exited {code}, the page says {command.exit_code}:\n{output}"
        )
        assert output_matches(command.expected, output.splitlines()), (
            f"{command.source}: `{command.command}` printed something else than the page shows.\n"
            f"--- page ---\n" + "\n".join(command.expected) + f"\n--- actual ---\n{output}"
        )
