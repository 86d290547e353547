"""The adapter registry on real files: concurrent registrations from real processes keep every entry,
an emptied or corrupt registry is an error (never reset), symlinks are followed, special files refused."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
import yaml

from guard.train.registry import Manifest, RegistryError, load_registry, read_manifest, register_adapter, write_manifest


def manifest() -> Manifest:
    return Manifest.model_validate(
        {
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
    )


def adapter(root: Path, name: str) -> Path:
    d = root / "adapters" / name
    d.mkdir(parents=True)
    write_manifest(d, manifest())
    return d


def _register(registry: str, name: str, adapter_dir: str) -> None:
    register_adapter(Path(registry), name, Path(adapter_dir))


def test_concurrent_registrations_from_processes_keep_every_entry(tmp_path: Path) -> None:
    registry = tmp_path / "adapters" / "registry.yaml"
    dirs = [adapter(tmp_path, f"a{i}") for i in range(12)]
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_register, args=(str(registry), d.name, str(d))) for d in dirs]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sorted(load_registry(registry)) == sorted(d.name for d in dirs)
    assert yaml.safe_load(registry.read_text())["adapters"]["a3"]["path"] == "a3"


@pytest.mark.parametrize("content", ["", "# only a comment\n", "\n\n"])
def test_an_emptied_registry_is_an_error_and_is_not_overwritten(tmp_path: Path, content: str) -> None:
    registry = tmp_path / "registry.yaml"
    registry.write_text(content)
    with pytest.raises(RegistryError, match=r"is empty .* refusing to treat it as 'nothing registered'"):
        load_registry(registry)
    with pytest.raises(RegistryError, match="is empty"):
        register_adapter(registry, "new", adapter(tmp_path, "new"))
    assert registry.read_text() == content


def test_a_corrupt_registry_is_an_error_and_is_not_overwritten(tmp_path: Path) -> None:
    registry = tmp_path / "registry.yaml"
    for content, what in [
        ("adapters: {a: {path: x}\n", "not valid YAML"),
        ("adapters:\n  a: {path: x}\n  a: {path: y}\n", "duplicate key 'a'"),
        ("adapters: " + "[" * 5000 + "]" * 5000 + "\n", "nested more than"),
        ("- just\n- a list\n", "top level is a list"),
    ]:
        registry.write_text(content)
        with pytest.raises(RegistryError, match=what) as info:
            register_adapter(registry, "new", adapter(tmp_path / what.replace(" ", "_"), "new"))
        assert "\n" not in str(info.value)
        assert registry.read_text() == content


def test_a_symlinked_registry_has_its_target_updated(tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "registry.yaml"
    shared.parent.mkdir()
    shared.write_text("adapters: {}\n")
    link = tmp_path / "adapters" / "registry.yaml"
    link.parent.mkdir()
    link.symlink_to(shared)
    register_adapter(link, "a", adapter(tmp_path, "a"))
    assert link.is_symlink() and list(load_registry(shared)) == ["a"]


def test_special_files_are_refused_without_hanging(tmp_path: Path) -> None:
    registry = tmp_path / "registry.yaml"
    os.mkfifo(registry)
    with pytest.raises(RegistryError, match="FIFO"):
        load_registry(registry)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "manifest.json").write_text('{"method": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(RegistryError, match="nested more than 64 levels"):
        read_manifest(bad)
    (bad / "manifest.json").unlink()
    (bad / "manifest.json").symlink_to("/dev/zero")
    with pytest.raises(RegistryError, match="character device"):
        read_manifest(bad)
