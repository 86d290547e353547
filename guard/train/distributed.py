"""What ``accelerate launch`` training needs beyond ``Trainer``: ranks that agree, and one writer.

Every rank runs ``run_training``; these helpers are collectives (all ranks call them in the same
order) that turn a per-rank fact into one decision for the whole run, so a problem on one rank
stops every rank with the same message instead of leaving the others blocked in a gradient
all-reduce. With one process they are plain local checks.

- :func:`any_rank`: a flag set on any rank (a non-finite loss, a NaN weight) is set on all.
- :func:`rank_digests`: one sha256 per rank, e.g. of the training split (every rank must train on
  the same split of the same data) or of the trained LoRA weights (data-parallel replicas hold the
  same weights after every step only if gradients were synchronised).
- :func:`adapter_digest`: the digest of adapter tensors by name, computed the same way on a model's
  state and on the saved ``adapter_model.safetensors``, so a manifest can show the file holds what
  every rank trained.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from guard.errors import GuardError

ADAPTER_FILE = "adapter_model.safetensors"


class RanksDisagree(GuardError):
    """The processes of one run hold different data or different weights where they must not."""


def any_rank(accelerator: Any, flag: bool) -> bool:
    """True on every rank when ``flag`` is true on at least one (a sum all-reduce of one integer)."""
    if accelerator.num_processes == 1:
        return flag
    import torch

    local = torch.tensor([int(flag)], dtype=torch.int64, device=accelerator.device)
    return bool(int(accelerator.reduce(local, reduction="sum").item()) > 0)


def rank_values(accelerator: Any, value: int) -> list[int]:
    """``value`` from every rank, in rank order (e.g. how many items each rank trained on)."""
    if accelerator.num_processes == 1:
        return [value]
    import torch

    local = torch.tensor([value], dtype=torch.int64, device=accelerator.device)
    return [int(v) for v in accelerator.gather(local).cpu().tolist()]


def rank_digests(accelerator: Any, digest: str) -> list[str]:
    """Every rank's sha256 hex digest, in rank order."""
    if accelerator.num_processes == 1:
        return [digest]
    import torch

    local = torch.tensor(list(bytes.fromhex(digest)), dtype=torch.int64, device=accelerator.device)
    rows = accelerator.gather(local).cpu().view(accelerator.num_processes, -1)
    return [bytes(row.tolist()).hex() for row in rows]


def require_agreement(accelerator: Any, what: str, digest: str, remedy: str) -> list[str]:
    """All ranks' digests of ``what``; RanksDisagree on every rank when any two differ."""
    digests = rank_digests(accelerator, digest)
    if len(set(digests)) > 1:
        groups = ", ".join(f"rank {r}: {d[:12]}" for r, d in enumerate(digests))
        raise RanksDisagree(f"the {accelerator.num_processes} processes disagree on {what} ({groups}); {remedy}")
    return digests


def split_digest(train_items: Sequence[Any], eval_items: Sequence[Any]) -> str:
    """sha256 of the train and eval items in order (frozen dataclasses of strings: a stable repr)."""
    h = hashlib.sha256()
    for part in (train_items, eval_items):
        for item in part:
            h.update(repr(item).encode("utf-8"))
            h.update(b"\0")
        h.update(b"\1")
    return h.hexdigest()


def adapter_digest(tensors: Mapping[str, Any]) -> str:
    """sha256 over the adapter's tensors sorted by name: name, dtype, shape and bytes of each."""
    import torch

    h = hashlib.sha256()
    for name in sorted(tensors):
        t = tensors[name].detach().cpu().contiguous()
        h.update(f"{name}\0{t.dtype}\0{tuple(t.shape)}\0".encode())
        h.update(t.view(-1).view(torch.uint8).numpy().tobytes())  # raw bytes: bf16 has no numpy dtype
    return h.hexdigest()


def model_adapter_digest(model: Any) -> str:
    """:func:`adapter_digest` of the adapter as peft saves it (saved names, without the adapter name)."""
    from peft import get_peft_model_state_dict

    return adapter_digest(get_peft_model_state_dict(model))


def file_adapter_digest(adapter_dir: Path) -> str:
    """:func:`adapter_digest` of a saved ``adapter_model.safetensors``."""
    from safetensors.torch import load_file

    return adapter_digest(load_file(str(adapter_dir / ADAPTER_FILE)))


def params_sharded(accelerator: Any) -> bool:
    """True when each rank holds only a shard of the weights (FSDP, DeepSpeed ZeRO-3)."""
    from accelerate.utils import DistributedType

    kind = accelerator.distributed_type
    if kind == DistributedType.FSDP:
        return True
    if kind == DistributedType.DEEPSPEED:
        plugin = accelerator.state.deepspeed_plugin
        return plugin is not None and int(plugin.zero_stage) == 3
    return False
