"""Adapter manifests and the registry (``adapters/registry.yaml``: name -> path + manifest).

The serving config refers to an adapter by name; the manifest says how it was made.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.errors import GuardError

MANIFEST = "manifest.json"


class RegistryError(GuardError):
    """A registry or manifest that cannot be read or updated."""


class Manifest(BaseModel):
    """How an adapter was made: enough to reproduce it and to refuse a wrong base model."""

    model_config = ConfigDict(extra="allow")

    name: str | None = None
    method: str
    base_model: str
    base_model_config_sha256: str
    data: str
    data_sha256: str
    train_examples: int
    eval_examples: int
    hyperparameters: dict[str, Any]
    final_metrics: dict[str, float]
    guard_version: str
    transformers_version: str
    peft_version: str
    created: str


class RegistryEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: Path
    manifest: Manifest | None = None


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    adapters: dict[str, RegistryEntry] = Field(default_factory=dict)


def write_manifest(adapter_dir: Path, manifest: Manifest) -> Path:
    path = adapter_dir / MANIFEST
    path.write_text(json.dumps(manifest.model_dump(mode="json"), indent=2, sort_keys=True) + "\n")
    return path


def read_manifest(adapter_dir: Path) -> Manifest:
    path = adapter_dir / MANIFEST
    try:
        return Manifest.model_validate_json(path.read_text())
    except FileNotFoundError:
        raise RegistryError(f"{path}: no manifest (was this adapter made by `guard train`?)") from None
    except ValidationError as exc:
        e = exc.errors()[0]
        raise RegistryError(f"{path}: {'.'.join(map(str, e['loc']))}: {e['msg']}") from None


def _read(registry: Path) -> Registry:
    if not registry.exists():
        return Registry()
    try:
        raw = yaml.safe_load(registry.read_text()) or {}
        return Registry.model_validate(raw)
    except yaml.YAMLError as exc:
        raise RegistryError(f"{registry}: not valid YAML: {str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        e = exc.errors()[0]
        raise RegistryError(f"{registry}: {'.'.join(map(str, e['loc']))}: {e['msg']}") from None


def load_registry(registry: Path) -> dict[str, RegistryEntry]:
    """Entries with paths resolved against the registry's folder and manifests read from disk."""
    out: dict[str, RegistryEntry] = {}
    for name, entry in _read(registry).adapters.items():
        path = entry.path if entry.path.is_absolute() else registry.parent / entry.path
        manifest = read_manifest(path) if (path / MANIFEST).is_file() else entry.manifest
        out[name] = RegistryEntry(path=path, manifest=manifest)
    return out


def register_adapter(registry: Path, name: str, adapter_dir: Path) -> None:
    """Add or replace ``name``; the stored path is relative to the registry when it can be."""
    if not name or any(c in name for c in " /:"):
        raise RegistryError(f"adapter name {name!r}: use letters, digits, '-', '_' or '.' (vLLM's --lora-modules)")
    manifest = read_manifest(adapter_dir)
    reg = _read(registry)
    adapter_abs = adapter_dir.resolve()
    try:
        stored = adapter_abs.relative_to(registry.parent.resolve())
    except ValueError:
        stored = adapter_abs
    reg.adapters[name] = RegistryEntry(path=stored, manifest=manifest)
    registry.parent.mkdir(parents=True, exist_ok=True)
    header = "# Adapter registry: name -> adapter dir (relative to this file) + manifest. Written by `guard train`.\n"
    body = yaml.safe_dump(reg.model_dump(mode="json"), sort_keys=True)
    registry.write_text(header + body)
