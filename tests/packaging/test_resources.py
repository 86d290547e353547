"""guard.resources: a file in the current folder wins, else the copy shipped in the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard import resources

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "relative", ["train/ncap.yaml", "train/sft.yaml", "adapters/registry.yaml", "eval/judge_set.jsonl"]
)
def test_shipped_copy_matches_the_checkout(relative: str) -> None:
    assert resources.shipped(relative).read_bytes() == (REPO / relative).read_bytes()


def test_a_local_file_wins_over_the_shipped_copy(tmp_path: Path) -> None:
    (tmp_path / "train").mkdir()
    mine = tmp_path / "train" / "ncap.yaml"
    mine.write_text("method: ncap\nlearning_rate: 0.001\n", encoding="utf-8")
    assert resources.recipe("ncap", cwd=tmp_path) == mine
    assert resources.recipe("dpo", cwd=tmp_path) == resources.shipped("train/dpo.yaml")


def test_outside_a_checkout_the_defaults_resolve(tmp_path: Path) -> None:
    assert resources.registry(cwd=tmp_path).read_text(encoding="utf-8").strip().endswith("adapters: {}")
    assert resources.judge_set(cwd=tmp_path).stat().st_size > 0
    assert resources.verify_labeled(cwd=tmp_path).stat().st_size > 0
    assert (resources.judge_sets(cwd=tmp_path) / "test.jsonl").is_file()
    assert (resources.question_sets(cwd=tmp_path) / "dev.jsonl").is_file()
    assert resources.recipe("no-such-method", cwd=tmp_path) is None


@pytest.mark.parametrize(
    "relative", ["train/none.yaml", "/no/such/file.jsonl", "../pyproject.toml", "train/../../setup.py"]
)
def test_unknown_absolute_or_escaping_names_are_refused(relative: str, tmp_path: Path) -> None:
    with pytest.raises(resources.ResourceMissing, match="does not ship one by that name"):
        resources.resource(relative, cwd=tmp_path)


def test_an_existing_path_given_by_the_user_is_used_as_is(tmp_path: Path) -> None:
    mine = tmp_path / "labels.jsonl"
    mine.write_text("{}\n", encoding="utf-8")
    assert resources.resource(str(mine)) == mine
