"""``pip install spy-guard`` works outside the repository: the built wheel carries its shipped files.

Builds the wheel from this checkout, installs it without dependencies into a fresh venv outside the
repository (the dependencies come from this environment through a ``.pth`` line, so nothing is
downloaded), and runs the CLI and the resolver from an empty folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (
    "train/sft.yaml",
    "train/dpo.yaml",
    "train/nca.yaml",
    "train/ncap.yaml",
    "train/accelerate/deepspeed-zero2.yaml",
    "train/accelerate/deepspeed-zero3.yaml",
    "train/accelerate/fsdp.yaml",
    "train/accelerate/ncap-8gpu-recipe.yaml",
    "adapters/registry.yaml",
    "eval/judge_set.jsonl",
    "eval/verify/labeled.jsonl",
    "eval/judge/dev.jsonl",
    "eval/judge/test.jsonl",
    "eval/questions/dev.jsonl",
    "eval/questions/test.jsonl",
)

pytestmark = pytest.mark.slow


def sh(*argv: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, f"{' '.join(map(str, argv))} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from a copy of the sources (symlinks kept), so the checkout gets no build/ or egg-info churn."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "guard", src / "guard", symlinks=True, ignore=ignore)
    for relative in SHIPPED:
        (src / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / relative, src / relative)
    out = tmp_path_factory.mktemp("wheel")
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", src, "-w", out, cwd=out)
    (built,) = out.glob("spy_guard-*.whl")
    return built


def test_wheel_carries_the_shipped_files_as_real_files(wheel: Path) -> None:
    root = REPO / "guard" / "_resources"
    links = {p.relative_to(root).as_posix() for p in root.rglob("*")}
    assert {p for p in links if "." in Path(p).name} == set(SHIPPED), "guard/_resources and SHIPPED disagree"
    with zipfile.ZipFile(wheel) as zf:
        for relative in SHIPPED:
            data = zf.read(f"guard/_resources/{relative}")
            assert data == (REPO / relative).read_bytes(), relative


def test_installed_wheel_works_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    sh(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    sh(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    site = sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).strip()
    (Path(site) / "deps-from-test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "dana.yaml").write_text("user: dana\nprivate: [age, license plate]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    guard = venv / "bin" / "guard"
    checked = sh(guard, "policy", "check", "dana.yaml", cwd=work, env=env)
    assert "ok dana.yaml (user dana: 3 private, 0 public)" in checked
    where = sh(
        python,
        "-c",
        "import guard, guard.resources as r; print(guard.__file__); print(r.recipe('ncap')); print(r.judge_set())",
        cwd=work,
        env=env,
    ).split()
    assert all(line.startswith(site) for line in where), where
    assert Path(where[1]).read_bytes() == (REPO / "train" / "ncap.yaml").read_bytes()
    assert "no adapters registered" in sh(guard, "adapters", "list", cwd=work, env=env)
    # guard train's default recipe (guard/train/recipe.py asks guard.resources) is the shipped one.
    code = "from guard.train.recipe import default_recipe_path as d; print(d('dpo'))"
    default = sh(python, "-c", code, cwd=work, env=env)
    assert default.strip() == str(Path(site) / "guard" / "_resources" / "train" / "dpo.yaml")
    judge_sets = sh(python, "-c", "import guard.resources as r; print(r.judge_sets())", cwd=work, env=env).strip()
    assert judge_sets.startswith(site) and Path(judge_sets, "dev.jsonl").is_file()
    # The CLI's default labeled set resolves outside the checkout (guard/cli/bench.py uses guard.resources).
    assert "agreement" in sh(guard, "bench", "agreement", "--split", "dev", cwd=work, env=env)
