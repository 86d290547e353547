"""Offline privacy suite: images with known private values, and SPY-Bench / SPY-Tune files from them.

``generate_suite`` writes a suite; ``find_leak`` is the ground-truth leak scorer (pure, light import).
Heavy modules (Pillow, numpy, faker) load only when a suite is generated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from guard.synth.leak import LeakMatch, LeakValueError, find_any_leak, find_leak, leaks, normalize_value

if TYPE_CHECKING:
    from guard.synth.formats import Manifest
    from guard.synth.suite import SynthConfig

__all__ = [
    "LeakMatch",
    "LeakValueError",
    "Manifest",
    "SynthConfig",
    "find_any_leak",
    "find_leak",
    "generate_suite",
    "leaks",
    "normalize_value",
]


def generate_suite(out_dir: Any, config: SynthConfig | None = None, **settings: Any) -> Manifest:
    """See :func:`guard.synth.suite.generate_suite` (imported lazily: it pulls in Pillow and faker)."""
    from guard.synth.suite import generate_suite as _generate

    return _generate(out_dir, config, **settings)


def __getattr__(name: str) -> Any:
    if name == "SynthConfig":
        from guard.synth.suite import SynthConfig

        return SynthConfig
    if name == "Manifest":
        from guard.synth.formats import Manifest

        return Manifest
    raise AttributeError(name)
