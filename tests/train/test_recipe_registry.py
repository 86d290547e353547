"""Recipes (the shipped YAMLs validate) and the adapter registry (round trip, clear errors)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.train.recipe import LORA_TARGET, RecipeError, load_recipe
from guard.train.registry import (
    Manifest,
    RegistryError,
    load_registry,
    read_manifest,
    register_adapter,
    write_manifest,
)

RECIPES = Path(__file__).resolve().parents[2] / "train"


@pytest.mark.parametrize("method", ["sft", "dpo", "nca", "ncap"])
def test_shipped_recipes_validate(method: str) -> None:
    r = load_recipe(RECIPES / f"{method}.yaml", method)  # type: ignore[arg-type]
    assert r.method == method and r.target_modules == LORA_TARGET
    assert (r.min_pixels, r.max_pixels) == (200704, 1003520)  # the paper's image bounds
    assert r.batch_size * r.grad_accum == 32


def test_recipe_errors(tmp_path: Path) -> None:
    p = tmp_path / "r.yaml"
    p.write_text("method: dpo\n")
    with pytest.raises(RecipeError, match=r"method 'dpo' does not match --method 'nca'"):
        load_recipe(p, "nca")
    p.write_text("method: dpo\nlearning_rate: -1\n")
    with pytest.raises(RecipeError, match=r"learning_rate: Input should be greater than 0 \(got -1\)"):
        load_recipe(p, "dpo")
    p.write_text("method: dpo\nlearnin_rate: 0.1\n")
    with pytest.raises(RecipeError, match=r"learnin_rate: Extra inputs are not permitted"):
        load_recipe(p, "dpo")
    p.write_text("method: dpo\nmin_pixels: 9000\nmax_pixels: 5000\n")
    with pytest.raises(RecipeError, match=r"min_pixels 9000 > max_pixels 5000"):
        load_recipe(p, "dpo")
    with pytest.raises(RecipeError, match=r"missing\.yaml: no such file; expected a recipe file"):
        load_recipe(tmp_path / "missing.yaml", "dpo")


def _manifest(**kw: object) -> Manifest:
    base = {
        "method": "ncap",
        "base_model": "/m",
        "base_model_config_sha256": "0" * 64,
        "data": "tune.json",
        "data_sha256": "1" * 64,
        "train_examples": 3,
        "eval_examples": 1,
        "hyperparameters": {"lora_rank": 8},
        "final_metrics": {"eval_pref_accuracy": 0.75},
        "guard_version": "0.1.0",
        "transformers_version": "5",
        "peft_version": "0.21",
        "created": "2026-01-01T00:00:00+00:00",
    }
    return Manifest.model_validate(base | kw)


def test_register_and_load_round_trip(tmp_path: Path) -> None:
    adapter = tmp_path / "adapters" / "ncap-a"
    adapter.mkdir(parents=True)
    write_manifest(adapter, _manifest())
    registry = tmp_path / "adapters" / "registry.yaml"
    register_adapter(registry, "ncap-a", adapter)
    register_adapter(registry, "ncap-a", adapter)  # replacing is fine
    entries = load_registry(registry)
    assert list(entries) == ["ncap-a"]
    assert entries["ncap-a"].path == registry.parent / "ncap-a"
    assert (
        entries["ncap-a"].manifest is not None
        and entries["ncap-a"].manifest.final_metrics["eval_pref_accuracy"] == 0.75
    )
    assert "path: ncap-a" in registry.read_text()


def test_registry_errors(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"no manifest"):
        read_manifest(tmp_path)
    (tmp_path / "x").mkdir()
    write_manifest(tmp_path / "x", _manifest())
    with pytest.raises(RegistryError, match=r"adapter name 'a b'"):
        register_adapter(tmp_path / "registry.yaml", "a b", tmp_path / "x")
    bad = tmp_path / "bad.yaml"
    bad.write_text("adapters: [1, 2]\n")
    with pytest.raises(RegistryError, match=r"bad.yaml: adapters: "):
        load_registry(bad)
    bad.write_text("adapters: {a: {path: x}\n")
    with pytest.raises(RegistryError, match=r"not valid YAML"):
        load_registry(bad)
    assert load_registry(tmp_path / "none.yaml") == {}
