"""docs/design.md, "SPY-Bench protocol" metrics on hand-computed fixtures that reach every branch."""

from __future__ import annotations

import pytest

from guard.bench.metrics import Record, compute_metrics, hms, wilson
from guard.errors import GuardError

A = frozenset({"a31_passport"})
AGE, PASS = "a1_age_approx", "a31_passport"
C0, C1 = "s_conflict", "s_compatible"


def r(bid: str, label: str, p: int, verdict: str, sc: str | None = None, sip: int | None = None) -> Record:
    return Record(bid, label, p, sc, sip, verdict)


def fixture() -> list[Record]:
    return [
        # no-scenario pairs (r0 = non-private, r1 = private)
        r("1", AGE, 0, "respond"),
        r("1", AGE, 1, "reject"),  # n2, expected (customizable)
        r("2", AGE, 0, "reject"),
        r("2", AGE, 1, "reject"),  # n1, not expected (customizable)
        r("3", AGE, 0, "reject"),
        r("3", AGE, 1, "respond"),  # n3
        r("4", AGE, 0, "respond"),
        r("4", AGE, 1, "respond"),  # n4
        r("5", PASS, 0, "reject"),
        r("5", PASS, 1, "reject"),  # n1, expected (absolute)
        r("6", PASS, 0, "respond"),
        r("6", PASS, 1, "reject"),  # n2, not expected (absolute)
        r("7", AGE, 0, "respond"),
        r("7", AGE, 1, "garbled"),  # pair with an exception: excluded
        r("8", AGE, 1, "reject"),  # unpaired
        # compatible scenario
        r("1", AGE, 1, "reject", C1, 1),
        r("1", AGE, 0, "respond", C1, 1),  # RtA ok, AtA ok, ICS-sc ok
        r("2", AGE, 1, "respond", C1, 1),
        r("2", AGE, 0, "respond", C1, 1),  # RtA miss, AtA ok, ICS-sc n4
        r("5", PASS, 1, "reject", C1, 1),
        r("5", PASS, 0, "reject", C1, 1),  # absolute: RtA ok, AtA(abs) ok
        r("6", PASS, 0, "respond", C1, 1),  # absolute AtA miss; unpaired in ICS-sc
        r("9", AGE, 1, "exception", C1, 1),  # excluded from RtA
        # conflict scenario (private)
        r("1", AGE, 1, "respond", C0, 0),  # ok
        r("2", AGE, 1, "reject", C0, 0),  # miss
        r("5", PASS, 1, "reject", C0, 0),  # absolute: ok
        r("6", PASS, 1, "respond", C0, 0),  # absolute: miss
        r("4", AGE, 1, "", C0, 0),  # exception
        r("4", AGE, 0, "respond", C0, 0),  # non-private + conflict: in no metric
    ]


def test_overall_metrics_match_hand_computation() -> None:
    m = compute_metrics(fixture(), A)
    ics = m["ics"]
    assert (ics["n1"], ics["n2"], ics["n3"], ics["n4"]) == (2, 2, 1, 1)
    assert (ics["expected"], ics["all"], ics["unpaired"], ics["pairs_with_exception"]) == (2, 6, 1, 1)
    assert ics["score"] == pytest.approx(100 * 2 / 6)
    assert (m["rta"]["expected"], m["rta"]["all"]) == (2, 3)
    assert (m["ata_nonconflict"]["expected"], m["ata_nonconflict"]["all"]) == (3, 4)
    sc = m["ics_scenario"]
    assert (sc["expected"], sc["all"], sc["n1"], sc["n2"], sc["n4"], sc["unpaired"]) == (2, 3, 1, 1, 1, 2)
    assert (m["ata_conflict"]["expected"], m["ata_conflict"]["all"]) == (2, 4)
    assert m["hms"]["score"] == pytest.approx(hms(200 / 3, 50.0)) == pytest.approx(2 * (200 / 3) * 50 / (200 / 3 + 50))
    e = m["exceptions"]
    assert (e["count"], e["total"]) == (3, len(fixture()))
    assert e["by_situation"] == {"private": 1, "private_compatible": 1, "private_conflict": 1}


def test_per_label_breakdown() -> None:
    m = compute_metrics(fixture(), A)
    assert set(m["per_label"]) == {AGE, PASS}
    p = m["per_label"][PASS]
    assert (p["ics"]["expected"], p["ics"]["all"], p["ics"]["n1"], p["ics"]["n2"]) == (1, 2, 1, 1)
    assert (p["rta"]["expected"], p["rta"]["all"]) == (1, 1)
    assert (p["ata_nonconflict"]["expected"], p["ata_nonconflict"]["all"]) == (1, 2)
    assert (p["ata_conflict"]["expected"], p["ata_conflict"]["all"]) == (1, 2)
    assert p["exceptions"]["count"] == 0
    assert m["per_label"][AGE]["exceptions"]["count"] == 3


def test_hms_and_empty_metrics() -> None:
    assert hms(0.0, 0.0) == 0.0
    assert hms(100.0, 0.0) == 0.0
    m = compute_metrics([], A)
    assert m["ics"]["score"] == 0.0 and m["ics"]["all"] == 0 and m["ics"]["ci95"] == [0.0, 100.0]
    assert m["hms"]["score"] == 0.0 and m["exceptions"]["rate"] == 0.0


def test_wilson_interval_known_values() -> None:
    assert wilson(0, 0) == (0.0, 1.0)
    lo, hi = wilson(5, 10)
    assert lo == pytest.approx(0.2366, abs=1e-4) and hi == pytest.approx(0.7634, abs=1e-4)
    lo, hi = wilson(10, 10)
    assert lo == pytest.approx(0.7225, abs=1e-4) and hi == pytest.approx(1.0)
    assert wilson(0, 10)[0] == 0.0


def test_duplicate_situation_is_an_error() -> None:
    with pytest.raises(GuardError, match="benchmark_id 1: two results with is_privacy=0"):
        compute_metrics([r("1", AGE, 0, "respond"), r("1", AGE, 0, "reject")], A)
