"""Reports: a Table-4 style row (with and without distractors), per-category plots like the paper's
Fig. 5, and HTML (plots embedded as PNG) plus Markdown. matplotlib is imported only when plotting.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from guard.bench.metrics import METRIC_KEYS, METRIC_TITLES


def bar_chart_figure(
    categories: Sequence[str], series: Mapping[str, Sequence[float]], *, title: str, ylabel: str, ymax: float = 100.0
) -> Any:
    """A grouped horizontal bar chart (one row per category); the legend sits below the axes.

    Labels are plain text: category names and titles come from users ("$\\frac{$" must not be math).
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = len(categories)
    with matplotlib.rc_context({"text.parse_math": False, "text.usetex": False}):
        fig, ax = plt.subplots(figsize=(8, max(2.5, 0.28 * n * max(1, len(series)) + 1.5)))
        height = 0.8 / max(1, len(series))
        for k, (name, values) in enumerate(series.items()):
            ax.barh([i + k * height for i in range(n)], list(values), height=height, label=name)
        ax.set_yticks([i + height * (len(series) - 1) / 2 for i in range(n)])
        ax.set_yticklabels(list(categories), fontsize=8)
        ax.invert_yaxis()
        ax.set_xlim(0, ymax)
        ax.set_xlabel(ylabel)
        ax.set_title(title)
        if len(series) > 1:  # below the axes and the x label, never over the bars
            ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=len(series), frameon=False)
        fig.tight_layout()
        for text in (*ax.get_yticklabels(), ax.title, ax.xaxis.label):
            text.set_parse_math(False)
    return fig


def bar_chart_png(
    categories: Sequence[str], series: Mapping[str, Sequence[float]], *, title: str, ylabel: str, ymax: float = 100.0
) -> bytes:
    """:func:`bar_chart_figure` as PNG bytes."""
    import matplotlib.pyplot as plt

    fig = bar_chart_figure(categories, series, title=title, ylabel=ylabel, ymax=ymax)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def img_tag(png: bytes, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'


def fmt(value: float) -> str:
    return f"{value:.2f}"


def table4_rows(runs: Mapping[str, Mapping[str, Any]]) -> list[list[str]]:
    """One row per setting (e.g. ``w/ distractors``): the six SPY-Bench scores and the exception rate."""
    rows = []
    for setting, m in runs.items():
        rows.append([setting, *(fmt(m[k]["score"]) for k in METRIC_KEYS), fmt(m["exceptions"]["rate"])])
    return rows


TABLE4_HEADER = ["setting", *(METRIC_TITLES[k] for k in METRIC_KEYS), "exceptions %"]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def html_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


HTML_STYLE = (
    "body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
    "th{background:#f4f4f4}td:first-child{text-align:left}.pass{color:#176b1a}.fail{color:#a31515}"
)


def html_page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{HTML_STYLE}</style></head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )


def write_bench_report(runs: Mapping[str, Mapping[str, Any]], out_dir: str | Path, *, title: str) -> list[Path]:
    """``report.md``, ``report.html`` (with per-category ICS/HMS plots) and ``metrics.json`` in ``out_dir``."""
    import json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = table4_rows(runs)
    labels = sorted({lab for m in runs.values() for lab in m["per_label"]})
    md = [f"# {title}", "", markdown_table(TABLE4_HEADER, rows), ""]
    body = [html_table(TABLE4_HEADER, rows)]
    for key in ("ics", "hms"):
        series = {
            s: [m["per_label"].get(lab, {}).get(key, {}).get("score", 0.0) for lab in labels] for s, m in runs.items()
        }
        png = bar_chart_png(labels, series, title=f"{METRIC_TITLES[key]} per category", ylabel="score (%)")
        (out / f"per_category_{key}.png").write_bytes(png)
        body.append(f"<h2>{METRIC_TITLES[key]} per category</h2>{img_tag(png, key)}")
        md.append(f"![{METRIC_TITLES[key]} per category](per_category_{key}.png)")
    per_rows = [
        [
            lab,
            *(
                fmt(runs[s]["per_label"][lab][k]["score"]) if lab in runs[s]["per_label"] else "-"
                for s in runs
                for k in ("ics", "hms")
            ),
        ]
        for lab in labels
    ]
    per_header = ["category", *(f"{METRIC_TITLES[k]} ({s})" for s in runs for k in ("ics", "hms"))]
    body.append("<h2>Per category</h2>" + html_table(per_header, per_rows))
    md += ["", "## Per category", "", markdown_table(per_header, per_rows), ""]
    files = [out / "report.md", out / "report.html", out / "metrics.json"]
    files[0].write_text("\n".join(md), encoding="utf-8")
    files[1].write_text(html_page(title, "".join(body)), encoding="utf-8")
    files[2].write_text(json.dumps(runs, indent=2), encoding="utf-8")
    return files
