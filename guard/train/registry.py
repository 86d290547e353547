"""Adapter manifests and the registry (``adapters/registry.yaml``: name -> path + manifest).

The serving config refers to an adapter by name; the manifest says how it was made.

The registry is read through the safe-file layer (regular file, size cap, no duplicate keys) and
updated as a read-modify-write under an exclusive lock (``<registry>.lock``) with an atomic replace,
so concurrent registrations keep every entry and a reader never sees half a file. A registry that
exists but is empty, corrupt or not a registry is an error: it is never read as "nothing registered"
(and then overwritten), which would silently drop every entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.errors import GuardError
from guard.files import FileMissing, FileRefused, atomic_write, load_json, load_yaml, locked, read_text

MANIFEST = "manifest.json"
REGISTRY_MAX_BYTES = 8 << 20
"""Largest registry read (thousands of adapters with their manifests)."""
MANIFEST_MAX_BYTES = 1 << 20
HEADER = "# Adapter registry: name -> adapter dir (relative to this file) + manifest. Written by `guard train`.\n"


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
    adapter_sha256: str | None = None
    """guard.train.distributed.adapter_digest of adapter_model.safetensors (tensor names, shapes, bytes)."""
    processes: int = 1
    """How many processes trained it (``accelerate launch --num_processes``)."""
    rank_adapter_sha256: list[str] | None = None
    """Each rank's adapter digest after training (data parallel; None when weights were sharded)."""
    rank_train_items: list[int] | None = None
    """How many training items each rank computed a loss on in the last run."""


class RegistryEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: Path
    manifest: Manifest | None = None


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    adapters: dict[str, RegistryEntry] = Field(default_factory=dict)


def write_manifest(adapter_dir: Path, manifest: Manifest) -> Path:
    path = adapter_dir / MANIFEST
    text = json.dumps(manifest.model_dump(mode="json"), indent=2, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"), mode=0o644)
    return path


def read_manifest(adapter_dir: Path) -> Manifest:
    path = adapter_dir / MANIFEST
    try:
        data = load_json(read_text(path, kind="manifest", max_bytes=MANIFEST_MAX_BYTES), source=path)
        return Manifest.model_validate(data)
    except FileMissing:
        raise RegistryError(f"{path}: no manifest (was this adapter made by `guard train`?)") from None
    except FileRefused as exc:
        raise RegistryError(str(exc)) from None
    except ValidationError as exc:
        e = exc.errors()[0]
        raise RegistryError(f"{path}: {'.'.join(map(str, e['loc'])) or 'manifest'}: {e['msg']}") from None


def _read(registry: Path) -> Registry:
    """The registry's entries; a missing file is an empty registry, an unusable one an error."""
    try:
        text = read_text(registry, kind="adapter registry", max_bytes=REGISTRY_MAX_BYTES)
    except FileMissing:
        return Registry()
    except FileRefused as exc:
        raise RegistryError(str(exc)) from None
    try:
        raw = load_yaml(text, source=registry, max_depth=16)
    except FileRefused as exc:
        raise RegistryError(f"{registry}: not valid YAML: {exc.problem}; {exc.valid}") from None
    if raw is None:
        raise RegistryError(
            f"{registry}: is empty (no `adapters:` mapping); refusing to treat it as 'nothing registered'. "
            "Restore it from a backup, or write `adapters: {}` to start an empty registry"
        )
    if not isinstance(raw, dict):
        raise RegistryError(f"{registry}: top level is a {type(raw).__name__}; expected a mapping with `adapters:`")
    try:
        return Registry.model_validate(raw)
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
    """Add or replace ``name``; the stored path is relative to the registry when it can be.

    Read-modify-write under the registry's lock, then an atomic replace (a symlinked registry has its
    target updated): concurrent registrations all land, and an unreadable registry is never overwritten.
    """
    if not name or any(c in name for c in " /:") or not name.isprintable():
        raise RegistryError(f"adapter name {name!r}: use letters, digits, '-', '_' or '.' (vLLM's --lora-modules)")
    manifest = read_manifest(adapter_dir)
    adapter_abs = adapter_dir.resolve()
    with locked(registry):
        reg = _read(registry)
        try:
            stored = adapter_abs.relative_to(registry.parent.resolve())
        except ValueError:
            stored = adapter_abs
        reg.adapters[name] = RegistryEntry(path=stored, manifest=manifest)
        body = yaml.safe_dump(reg.model_dump(mode="json"), sort_keys=True, allow_unicode=True)
        atomic_write(registry, (HEADER + body).encode("utf-8"), mode=0o644)
