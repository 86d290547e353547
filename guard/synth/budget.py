"""Will a suite of this size fit? Checked before any file is touched, so a too-large ``--n`` loses nothing.

The estimates are deliberately generous upper bounds measured on the shipped layouts (a 1024 px
JPEG page is ~140 KB, a PNG ~650 KB; one bench/tune item is ~2.5 KB of JSON and, while the suite is
built, well under 8 KB of Python objects plus its JSON text when written).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from guard.errors import GuardError

IMAGE_BYTES = {"jpg": 256 * 1024, "png": 1024 * 1024}
"""Upper bound per image file on disk."""
ITEM_JSON_BYTES = 4 * 1024
ITEM_MEMORY_BYTES = 16 * 1024
"""Per item while building: the objects, the JSON dump and its encoded bytes."""
BASE_MEMORY_BYTES = 512 * 1024 * 1024
"""Interpreter, fonts, Faker locales and one image being drawn."""
SAFETY = 1.25


@dataclass(frozen=True)
class Estimate:
    images: int
    items: int
    disk_bytes: int
    memory_bytes: int


def estimate(*, n: int, tune_n: int, facts_per_image: int, questions_per_fact: int, image_format: str) -> Estimate:
    """Upper bounds for a suite of ``n`` bench and ``tune_n`` tune images."""
    images = n + tune_n
    items = images * facts_per_image * questions_per_fact
    disk = images * IMAGE_BYTES[image_format] + items * ITEM_JSON_BYTES
    memory = BASE_MEMORY_BYTES + items * ITEM_MEMORY_BYTES
    return Estimate(images, items, int(disk * SAFETY), int(memory * SAFETY))


def available_memory() -> int | None:
    """Bytes of memory available to a new allocation (MemAvailable on Linux), None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def free_disk(path: Path) -> int | None:
    """Free bytes on the file system that will hold ``path`` (its nearest existing parent)."""
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def _gib(n: int) -> str:
    return f"{n / (1 << 30):.1f} GiB"


def check_fits(est: Estimate, out: Path, *, reclaimable: int = 0) -> None:
    """Raise a one-line GuardError if the suite cannot fit in free memory or disk (``reclaimable``: bytes
    of an earlier suite in ``out`` that will be replaced)."""
    memory = available_memory()
    if memory is not None and est.memory_bytes > memory:
        raise GuardError(
            f"--n: {est.images:,} images ({est.items:,} items) need about {_gib(est.memory_bytes)} of memory, "
            f"{_gib(memory)} is available; use a smaller --n/--tune-n (nothing was written)"
        )
    disk = free_disk(out)
    if disk is not None and est.disk_bytes > disk + reclaimable:
        raise GuardError(
            f"--n: {est.images:,} images need about {_gib(est.disk_bytes)} of disk under {out}, "
            f"{_gib(disk + reclaimable)} is free; use a smaller --n/--tune-n or another --out (nothing was written)"
        )
