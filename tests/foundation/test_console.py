"""Untrusted text reaches the terminal literally: no markup, no control sequences (real CLI subprocess too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table

from guard.cli.console import literal, row, safe

HOSTILE = "m[/x]o[bold]d\x1b]0;title\x07\x1b[2J\x9b31m\u202eevil\u2066\u200b\u2028:smile:\tend"


def _render(*renderables: object) -> str:
    console = Console(file=None, record=True, width=200, color_system=None, force_terminal=False)
    with console.capture() as cap:
        for r in renderables:
            console.print(r)
    return cap.get()


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("\x07", "\\x07"),
        ("\x9b", "\\x9b"),
        ("\u202e", "\\u202e"),
        ("\u200b", "\\u200b"),
        ("\u2028", "\\u2028"),
        ("\n", "\\n"),
        ("\U000e0041", "\\U000e0041"),
        ("[/x] plain ünïcode 中文", "[/x] plain ünïcode 中文"),
    ],
)
def test_safe_escapes_every_control_and_format_character(raw: str, shown: str) -> None:
    assert safe(raw) == shown


def test_multiline_keeps_only_line_breaks() -> None:
    assert safe("a\nb\x1bc", multiline=True) == "a\nb\\x1bc"


def test_literal_and_row_never_interpret_markup_or_controls() -> None:
    table = Table("model")
    table.add_row(*row([HOSTILE]))
    text = _render(literal(HOSTILE), table)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text and "\x9b" not in text
    assert "m[/x]o[bold]d" in text and ":smile:" in text  # markup and emoji codes shown as typed
    assert "\\x1b]0;title\\x07" in text


def test_fail_prints_hostile_message_literally(tmp_path: Path) -> None:
    """A real process: `guard policy check` on a file whose name carries markup and escape sequences."""
    folder = tmp_path / "m["
    folder.mkdir()
    bad = folder / "x]\x1b]0;pwn\x07.yaml"  # the path reads ".../m[/x]<ESC>]0;pwn<BEL>.yaml"
    bad.write_text("user: [\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "guard", "policy", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    both = r.stdout + r.stderr
    assert r.returncode == 1, both
    assert "Traceback" not in both and "MarkupError" not in both
    assert "\x1b" not in both and "\x07" not in both
    assert "m[/x]\\x1b]0;pwn\\x07.yaml" in both


def test_adapters_list_prints_registry_text_literally(tmp_path: Path) -> None:
    """A registry entry named with markup and escape sequences (a real `guard adapters list` process)."""
    registry = tmp_path / "registry.yaml"
    registry.write_text('adapters:\n  "a[/x]\\e]0;pwn\\a":\n    path: "p\\e[2J"\n', encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "guard", "adapters", "list", "--registry", str(registry)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "a[/x]\\x1b]0;pwn\\x07" in r.stdout and "p\\x1b[2J" in r.stdout
