"""The hand-written reference pages name every metric series and audit column the code has."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_metric_series_is_documented() -> None:
    from guard.proxy.metrics import Metrics

    page = (REPO / "docs" / "metrics.md").read_text(encoding="utf-8")
    names = set()
    for metric in Metrics().registry.collect():
        suffix = "_total" if metric.type == "counter" else ""
        names.add(metric.name + suffix)
    missing = sorted(n for n in names if f"`{n}`" not in page)
    assert names and not missing, f"docs/metrics.md lacks {missing}"


def test_every_audit_column_is_documented() -> None:
    from guard.proxy.audit import COLUMNS

    page = (REPO / "docs" / "audit.md").read_text(encoding="utf-8")
    missing = [c for c in COLUMNS if f"| `{c}` |" not in page]
    assert COLUMNS and not missing, f"docs/audit.md lacks the columns {missing}"


def test_every_cli_command_is_documented() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("reference_docs", REPO / "scripts" / "reference-docs.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    page = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [path for path, _ in gen.commands() if f"### `{path}`" not in page]
    fix = "run .venv/bin/python scripts/reference-docs.py --write"
    assert not missing, f"docs/cli.md lacks the commands {missing}; {fix}"
