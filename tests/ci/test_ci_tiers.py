"""CI's order of tiers (.ci/run, Makefile) and the check that a tier which skipped or ran nothing fails.

The JUnit check runs on reports written by real pytest runs of tiny generated test files.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECK = REPO / "scripts" / "junit-no-skips.py"


def commands(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]


def test_ci_runs_setup_then_pg_tier_then_tests_then_vllm_tier() -> None:
    lines = commands(REPO / ".ci" / "run")
    makes = [line for line in lines if line.startswith("make ")]
    assert makes == ["make setup", "make test-pg", "make test", "make test-vllm"]
    assert "set -euo pipefail" in lines
    assert "export GUARD_REQUIRE_BROWSER=1" in lines
    assert lines.index("export GUARD_REQUIRE_BROWSER=1") < lines.index("make test")


def test_make_pg_tier_uses_the_venv_and_rejects_skips() -> None:
    text = (REPO / "Makefile").read_text()
    body = re.search(r"^test-pg: setup\n((?:\t.*\n)+)", text, re.M)
    assert body is not None, "Makefile: no test-pg target depending on setup"
    recipe = body[1]
    assert "bash scripts/pg-tier.sh --junitxml=$(PG_TIER_REPORT)" in recipe
    assert "$(BIN)/python scripts/junit-no-skips.py $(PG_TIER_REPORT)" in recipe
    tier = (REPO / "scripts" / "pg-tier.sh").read_text()
    assert "exec .venv/bin/pytest tests/fleet -m postgres" in tier and '"$@"' in tier


def report(tmp_path: Path, name: str, source: str) -> tuple[int, Path]:
    (tmp_path / f"test_{name}.py").write_text(source)
    xml = tmp_path / f"{name}.xml"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            f"test_{name}.py",
            f"--junitxml={xml}",
            f"--rootdir={tmp_path}",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, xml


def check(xml: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHECK), str(xml)], capture_output=True, text=True, check=False)


def test_junit_check_passes_a_clean_run_and_fails_skips_and_empty_runs(tmp_path: Path) -> None:
    rc, xml = report(tmp_path, "ok", "def test_a():\n    assert 1 + 1 == 2\n")
    assert rc == 0
    assert check(xml).returncode == 0

    rc, xml = report(
        tmp_path, "skips", "import pytest\n\ndef test_a():\n    pytest.skip('no initdb')\n\ndef test_b():\n    pass\n"
    )
    assert rc == 0, "pytest itself passes a run with skips"
    done = check(xml)
    assert done.returncode == 1
    assert "test_a: skipped: no initdb" in done.stderr

    rc, xml = report(tmp_path, "empty", "")
    assert rc == 5
    done = check(xml)
    assert done.returncode == 1 and "no test ran" in done.stderr

    (tmp_path / "broken.xml").write_text("<testsuites><testsuite")
    assert check(tmp_path / "broken.xml").returncode == 2
