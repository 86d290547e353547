"""The HTML certificate in a real headless Chromium: it renders, the verdict shows once, the plot's
legend does not cover the bars, and user-controlled labels are plain text (no matplotlib mathtext)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from guard.bench.certify import Outcome, PlanEntry, Thresholds, build_certificate, write_certificate
from guard.bench.report import bar_chart_figure

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _entry(cat: str, name: str, expected: str, i: int) -> PlanEntry:
    return PlanEntry(f"{cat}/{i}", str(i), cat, name, "q", None, None, expected, "private", ("X1",))


def _certificate(tmp: Path) -> Path:
    outcomes = [
        Outcome(
            _entry("a1_age_approx", "approximate age of people", "evade", 1), "reject", "guard refusal", False, "guard"
        ),
        Outcome(_entry("a1_age_approx", "approximate age of people", "respond", 2), "respond", "category value"),
        Outcome(_entry("custom_x", "$\\frac{$ weird_name", "evade", 3), "reject", "decline", False),
    ]
    cert = build_certificate(
        version="9.9.9",
        user="alice",
        alias="ncap",
        upstream="openai:scripted@http://127.0.0.1:1/v1",
        target="guard proxy at http://127.0.0.1:2/v1",
        judge="offline-rules-v6",
        hashes={"config": "a" * 64, "policy": "b" * 64, "suite": "c" * 64},
        thresholds=Thresholds(),
        plan=[o.entry for o in outcomes],
        outcomes=outcomes,
        started=0.0,
        enforcement="verify",
        render_mode="resolved",
    )
    write_certificate(cert, outcomes, tmp)
    return tmp / "certificate.html"


def test_plot_labels_are_plain_text_and_the_legend_sits_outside_the_axes() -> None:
    fig = bar_chart_figure(
        ["$\\frac{$", "a_b$x$"], {"leak rate": [10.0, 20.0], "over-refusal": [5.0, 50.0]}, title="$x", ylabel="%"
    )
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = fig.axes[0]
    legend = ax.get_legend()
    assert legend is not None
    assert not legend.get_window_extent(renderer).overlaps(ax.get_window_extent(renderer))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["$\\frac{$", "a_b$x$"]


@pytest.mark.slow
@pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("GUARD_REQUIRE_BROWSER") != "1",  # CI: a missing browser fails
    reason="needs chromium (apt-get install chromium)",
)
def test_certificate_html_in_headless_chromium(tmp_path: Path) -> None:
    assert CHROMIUM is not None, "GUARD_REQUIRE_BROWSER=1 but no chromium binary (apt-get install chromium)"
    page = _certificate(tmp_path)
    shot = tmp_path / "certificate.png"
    base = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + str(tmp_path / "p")]
    dom = subprocess.run(
        [*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    subprocess.run(
        [*base, f"--screenshot={shot}", "--window-size=1100,2400", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert dom.count("Verdict:") == 1 and "Verdict: PASS" in dom
    for text in ("9.9.9", "enforcement mode", "verify", "render mode", "Per decision reason", "exact leaks"):
        assert text in dom
    image = Image.open(shot).convert("L")
    lo, hi = image.getextrema()
    assert image.size == (1100, 2400) and hi - lo > 100  # something was drawn, not a blank page
    keep = os.environ.get("GUARD_TEST_ARTIFACTS")
    if keep:  # CI keeps the screenshot as a test artifact
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "certificate.png")
