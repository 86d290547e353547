"""Which run a checkpoint belongs to, so ``--resume`` never continues someone else's training.

A run writes ``run.json`` into ``--out`` before its first step: the method, a fingerprint of the
base model, the sha256 of the data file and the LoRA shape. ``--resume`` compares the new run with
it and refuses any difference (an SFT checkpoint on base A cannot continue as DPO on base B, nor
on other data). A fresh run refuses an ``--out`` that already holds checkpoints.

The base fingerprint hashes ``config.json`` and, for every weight file, its name, size and first
and last 4 MiB: cheap on multi-GB models, and different for any two checkpoints in practice.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from guard.errors import GuardError
from guard.files import FileMissing, FileRefused, atomic_write, load_json, read_bytes, read_text
from guard.train.data import TUNE_MAX_BYTES
from guard.train.recipe import Recipe

RUN_FILE = "run.json"
_SAMPLE = 4 * 1024 * 1024
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")


class RunIdentity(BaseModel):
    """What a checkpoint was trained as; two runs may share checkpoints only when all fields match."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: str
    base: str
    base_fingerprint: str
    data: str
    data_sha256: str
    lora_rank: int
    lora_alpha: int
    target_modules: str

    @classmethod
    def of(cls, recipe: Recipe, *, base: Path, data: Path) -> RunIdentity:
        try:
            data_sha = hashlib.sha256(read_bytes(data, kind="SPY-Tune JSON", max_bytes=TUNE_MAX_BYTES)).hexdigest()
        except FileRefused as exc:
            raise GuardError(str(exc)) from None
        return cls(
            method=recipe.method,
            base=str(base),
            base_fingerprint=base_fingerprint(base),
            data=str(data),
            data_sha256=data_sha,
            lora_rank=recipe.lora_rank,
            lora_alpha=recipe.lora_alpha,
            target_modules=recipe.target_modules,
        )


def base_fingerprint(base: Path) -> str:
    """sha256 over config.json and a sample (name, size, head, tail) of every weight file."""
    h = hashlib.sha256()
    try:
        h.update(read_bytes(base / "config.json", kind="model config", max_bytes=16 * 1024 * 1024))
    except FileRefused as exc:
        raise GuardError(f"--base {base}: {exc}") from None
    for path in sorted(p for p in base.iterdir() if p.suffix in _WEIGHT_SUFFIXES and p.is_file()):
        size = path.stat().st_size
        h.update(f"\0{path.name}\0{size}\0".encode())
        with path.open("rb") as f:
            h.update(f.read(_SAMPLE))
            if size > 2 * _SAMPLE:
                f.seek(size - _SAMPLE)
                h.update(f.read(_SAMPLE))
    return h.hexdigest()


def write_identity(out_dir: Path, identity: RunIdentity) -> None:
    atomic_write(out_dir / RUN_FILE, (identity.model_dump_json(indent=1) + "\n").encode(), mode=0o644)


def _read_identity(out_dir: Path) -> RunIdentity:
    path = out_dir / RUN_FILE
    try:
        raw = load_json(read_text(path, kind="run identity", max_bytes=64 * 1024), source=path)
        return RunIdentity.model_validate(raw)
    except FileMissing:
        raise GuardError(
            f"--resume: {path} is missing, so the checkpoints cannot be matched to this run; start a new --out"
        ) from None
    except (FileRefused, ValidationError) as exc:
        first = str(exc).splitlines()[0]
        raise GuardError(f"--resume: {path} is unusable ({first}); start a new --out") from None


_WHAT = {
    "method": "--method",
    "base_fingerprint": "--base (model files)",
    "data_sha256": "--data (file contents)",
    "lora_rank": "lora_rank",
    "lora_alpha": "lora_alpha",
    "target_modules": "target_modules",
}


def check_fresh_or_resumable(out_dir: Path, identity: RunIdentity, *, resume: bool) -> None:
    """Refuse a resume of another run's checkpoint, and a fresh run over existing checkpoints."""
    checkpoints = sorted((out_dir / "checkpoints").glob("checkpoint-*")) if out_dir.is_dir() else []
    if not resume:
        if checkpoints:
            raise GuardError(
                f"--out {out_dir}: already holds checkpoints of an earlier run ({checkpoints[-1].name}); "
                "pass --resume to continue it or choose a new --out"
            )
        return
    if not checkpoints:
        raise GuardError(f"--resume: no checkpoint-* under {out_dir / 'checkpoints'}")
    before = _read_identity(out_dir)
    for field, option in _WHAT.items():
        old, new = getattr(before, field), getattr(identity, field)
        if old != new:
            shown = (
                f"{before.method} on {before.base} with {before.data}"
                if field in ("method", "base_fingerprint", "data_sha256")
                else f"{old!r}"
            )
            raise GuardError(
                f"--resume: the checkpoints in {out_dir} were trained as {shown}; this run differs in {option} "
                f"({_short(old)} -> {_short(new)}); resume with the same settings or start a new --out"
            )


def _short(value: object) -> str:
    text = str(value)
    return text[:12] if len(text) == 64 and all(c in "0123456789abcdef" for c in text) else json.dumps(value)
