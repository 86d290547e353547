"""Files spy-guard ships beside its code: training recipes, the adapter registry default, labeled sets.

In a checkout they live at the top level (``train/ncap.yaml``, ``adapters/registry.yaml``,
``eval/judge/``) where people edit them; the wheel carries copies under ``guard/_resources`` with the
same relative paths, so ``pip install spy-guard`` works from any folder. A file or folder with that
relative path in the current folder wins (an operator's own recipe or registry); else the shipped copy.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from guard.errors import GuardError

RECIPES = "train"
REGISTRY = "adapters/registry.yaml"
JUDGE_SET = "eval/judge_set.jsonl"
JUDGE_SETS = "eval/judge"
QUESTION_SETS = "eval/questions"
VERIFY_LABELED = "eval/verify/labeled.jsonl"


class ResourceMissing(GuardError):
    """A shipped file is neither in the current folder nor in the installed package."""


def shipped(relative: str) -> Path:
    """The installed package's copy of ``relative`` (a file such as ``train/ncap.yaml``, or a folder such as
    ``eval/judge``); ResourceMissing if none."""
    parts = Path(relative).parts
    item = None if Path(relative).is_absolute() or ".." in parts else files("guard").joinpath("_resources", *parts)
    if item is None or not (item.is_file() or item.is_dir()):
        raise ResourceMissing(f"{relative}: no such file here, and spy-guard does not ship one by that name")
    with as_file(item) as path:  # a real file for regular installs (wheels, editable); zip imports unsupported
        return Path(path).resolve()  # in a checkout: the top-level file the symlink names


def resource(relative: str, *, cwd: Path | None = None) -> Path:
    """``relative`` in ``cwd`` (default: the current folder) if it exists there, else the shipped copy."""
    local = (cwd or Path.cwd()) / relative
    return local if local.exists() else shipped(relative)


def recipe(method: str, *, cwd: Path | None = None) -> Path | None:
    """The default recipe for ``method`` (``train/<method>.yaml``), or None when none is shipped."""
    try:
        return resource(f"{RECIPES}/{method}.yaml", cwd=cwd)
    except ResourceMissing:
        return None


def registry(*, cwd: Path | None = None) -> Path:
    """The adapter registry to read: ``adapters/registry.yaml`` here, else the shipped empty one.

    Writers (``guard train --name``) keep writing ``adapters/registry.yaml`` in the current folder.
    """
    return resource(REGISTRY, cwd=cwd)


def judge_set(*, cwd: Path | None = None) -> Path:
    """The judge calibration set (``eval/judge_set.jsonl``)."""
    return resource(JUDGE_SET, cwd=cwd)


def judge_sets(*, cwd: Path | None = None) -> Path:
    """The judge's labeled answers folder (``eval/judge``: dev.jsonl, test.jsonl)."""
    return resource(JUDGE_SETS, cwd=cwd)


def question_sets(*, cwd: Path | None = None) -> Path:
    """The question classifier's labeled questions folder (``eval/questions``: dev.jsonl, test.jsonl)."""
    return resource(QUESTION_SETS, cwd=cwd)


def verify_labeled(*, cwd: Path | None = None) -> Path:
    """The verification checks' labeled answers (``eval/verify/labeled.jsonl``)."""
    return resource(VERIFY_LABELED, cwd=cwd)
