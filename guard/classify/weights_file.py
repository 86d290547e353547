"""The file format of the learned models shipped as package data (the question model, the verifier's leak model):
an ``.npz`` of sorted hashed feature keys, their weight rows as int8 with one scale, any extra arrays and a JSON
header (feature set, bits, bar, provenance). No pickle: loading needs numpy only, and a file of another feature
set, or a broken one, is a one-line error naming the file."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from guard.errors import GuardError


@dataclass(frozen=True)
class WeightsFile:
    """A parsed model file: its header fields, keys (int64, sorted), float weights (one row per key) and extras."""

    bits: int
    threshold: float
    keys: np.ndarray
    weights: np.ndarray
    provenance: Mapping[str, Any]
    extras: Mapping[str, np.ndarray]
    digest: str
    """SHA-256 of the file's bytes."""


def rows_of(keys: np.ndarray, features: np.ndarray) -> np.ndarray:
    """Positions in ``keys`` (sorted) of the ``features`` (hashed indices) that have a weight row; the others
    were never seen in training (or seen once) and weigh nothing."""
    pos = np.searchsorted(keys, features)
    inside = pos < len(keys)
    pos, features = pos[inside], features[inside]
    found: np.ndarray = pos[keys[pos] == features]
    return found


def write_weights(
    *,
    features: str,
    bits: int,
    threshold: float,
    provenance: Mapping[str, Any],
    keys: np.ndarray,
    weights: np.ndarray,
    **extras: np.ndarray,
) -> bytes:
    """The ``.npz`` bytes of a model: ``weights`` (shape ``(len(keys), ...)``) stored as int8 times one scale."""
    peak = float(np.abs(weights).max()) if weights.size else 0.0
    scale = peak / 127 if peak > 0 else 1.0
    header = {
        "features": features,
        "bits": bits,
        "threshold": threshold,
        "scale": scale,
        "provenance": dict(provenance),
    }
    arrays = {
        "header": np.array(json.dumps(header, sort_keys=True)),
        "keys": keys.astype(np.uint32),
        "weights": np.round(weights / scale).astype(np.int8),
        **extras,
    }
    buf = io.BytesIO()
    save: Any = np.savez_compressed  # its stub types every keyword as its own options (allow_pickle: bool)
    save(buf, **arrays)
    return buf.getvalue()


def read_weights(data: bytes, *, features: str, source: str, what: str) -> WeightsFile:
    """Parse :func:`write_weights` bytes; another feature set, a value out of range or unsorted keys raise a
    :class:`GuardError` "<source>: not a <what> file: <why>"."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            header = json.loads(str(z["header"]))
            if header.get("features") != features:
                raise ValueError(f"features is {header.get('features')!r}, this guard reads {features!r}")
            bits, threshold, scale = int(header["bits"]), float(header["threshold"]), float(header["scale"])
            if not 8 <= bits <= 24 or not 0.0 < threshold < 1.0:
                raise ValueError(f"bits {bits} (8-24) or threshold {threshold} (0-1) out of range")
            keys = z["keys"].astype(np.int64)
            weights = z["weights"].astype(np.float64) * scale
            extras = {name: z[name] for name in z.files if name not in ("header", "keys", "weights")}
        if weights.shape[:1] != keys.shape or np.any(np.diff(keys) <= 0):
            raise ValueError(f"weights {weights.shape} do not match {len(keys)} sorted keys")
    except (ValueError, KeyError, TypeError, OSError, json.JSONDecodeError) as exc:
        raise GuardError(f"{source}: not a {what} file: {exc}") from None
    return WeightsFile(
        bits=bits,
        threshold=threshold,
        keys=keys,
        weights=weights,
        provenance=header.get("provenance", {}),
        extras=extras,
        digest=hashlib.sha256(data).hexdigest(),
    )
