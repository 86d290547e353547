"""The console-block reader and output matcher that keep the docs' shell sessions honest."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_blocks import console_blocks, output_matches


@pytest.mark.parametrize(
    ("expected", "actual", "ok"),
    [
        (["a", "b"], ["a", "b"], True),
        (["a", "b"], ["a", "b", ""], True),
        (["a", "b"], ["a", "x", "b"], False),
        (["a", "...", "b"], ["a", "x", "y", "b"], True),
        (["a", "...", "b"], ["a", "b"], True),
        (["...", "b"], ["x", "b"], True),
        (["...", "b"], ["x", "b", "c"], False),
        (["a", "..."], ["a", "x"], True),
        (["ok ...yaml (user ...)"], ["ok p/alice.yaml (user alice: 3 private)"], True),
        (["ok ...yaml"], ["ok p/alice.json"], False),
        (["a.b"], ["axb"], False),
        ([], [], True),
        ([], ["x"], False),
    ],
)
def test_output_matches(expected: list[str], actual: list[str], ok: bool) -> None:
    assert output_matches(expected, actual) is ok


def test_console_blocks_read_commands_outputs_and_exit_codes(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "text\n```bash\n$ not run\n```\n"
        "```console\n$ guard a \\\n    --long\nout 1\n$ guard b\n[exit 1]\n```\n"
        "- item:\n\n  ```console\n  $ guard c\n  ...\n  ```\n",
        encoding="utf-8",
    )
    blocks = console_blocks(page, tmp_path)
    assert [[(c.command, c.expected, c.exit_code) for c in b] for b in blocks] == [
        [("guard a \\\n    --long", ["out 1"], 0), ("guard b", [], 1)],
        [("guard c", ["..."], 0)],
    ]
    assert blocks[0][1].source == "page.md:9"


def test_text_before_the_first_command_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```console\noutput without a command\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"page.md:2: console block text before the first"):
        console_blocks(page, tmp_path)
