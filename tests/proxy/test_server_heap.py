"""The serving process's collector settings (``guard.proxy.server.settle_heap``).

A request's objects die by reference count; what made the cyclic collector expensive under load was
its youngest generation filling with the in-flight requests' live objects and each full collection
walking the start-up heap. These tests restore the process's collector state afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from guard.proxy.server import GC_THRESHOLDS, settle_heap


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _collections_while_holding(n: int) -> int:
    """Young collections run while ``n`` containers are alive at once (as in-flight requests are)."""
    before = gc.get_stats()[0]["collections"]
    alive = [[i] for i in range(n)]
    del alive
    return int(gc.get_stats()[0]["collections"] - before)


@pytest.mark.usefixtures("restored_gc")
def test_start_up_objects_are_frozen_out_of_full_collections() -> None:
    startup = [{"pattern": i} for i in range(5_000)]  # stands for the taxonomy, models, compiled patterns
    settle_heap()
    assert gc.get_freeze_count() >= len(startup)
    assert gc.get_threshold() == GC_THRESHOLDS


@pytest.mark.usefixtures("restored_gc")
def test_in_flight_objects_no_longer_trigger_young_collections() -> None:
    gc.set_threshold(700, 10, 10)  # CPython's default
    assert _collections_while_holding(3_000) >= 1
    settle_heap()
    assert _collections_while_holding(3_000) == 0
