"""Reading the docs' shell sessions: fenced ``console`` blocks are runnable examples, checked by the tests.

The rule the docs follow (docs/development.md): a ```` ```console ```` block is a shell session that
runs offline in a few seconds, from the repository root. ``$ `` starts a command (a trailing ``\\``
continues it on the next line); the lines after it are the output it must print, where a line ``...``
stands for any number of lines, ``...`` inside a line for any text, and a last line ``[exit N]`` for a
non-zero exit status. Commands that need a GPU, vLLM, the network or minutes go in ```` ```bash ````
blocks, which are shown and not run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FENCE = re.compile(r"^(?P<indent> *)```(?P<info>[\w-]*)\s*$")
EXIT = re.compile(r"^\[exit (\d+)\]$")
ELLIPSIS = "..."


@dataclass
class Command:
    """One ``$`` command of a console block and what it must print."""

    source: str
    """``file:line`` of the command, for failure messages."""
    command: str
    expected: list[str] = field(default_factory=list)
    exit_code: int = 0


def console_blocks(path: Path, root: Path) -> list[list[Command]]:
    """The console blocks of a Markdown file, each a list of commands in order."""
    blocks: list[list[Command]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    rel = path.relative_to(root)
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        info, indent = m["info"], m["indent"]
        body: list[tuple[int, str]] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append((i + 1, lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i]))
            i += 1
        i += 1
        if info == "console":
            blocks.append(parse_session(body, str(rel)))
    return blocks


def parse_session(body: list[tuple[int, str]], rel: str) -> list[Command]:
    commands: list[Command] = []
    current: Command | None = None
    continuing = False
    for lineno, line in body:
        if continuing and current is not None:
            current.command += "\n" + line
            continuing = line.endswith("\\")
            continue
        if line.startswith("$ "):
            current = Command(source=f"{rel}:{lineno}", command=line[2:])
            commands.append(current)
            continuing = line.endswith("\\")
            continue
        if current is None:
            raise ValueError(f"{rel}:{lineno}: console block text before the first `$ ` command: {line!r}")
        exit_match = EXIT.match(line.strip())
        if exit_match:
            current.exit_code = int(exit_match[1])
        else:
            current.expected.append(line.rstrip())
    return commands


def _line_pattern(expected: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(piece) for piece in expected.split(ELLIPSIS)) + r"\Z")


def output_matches(expected: list[str], actual: list[str]) -> bool:
    """Do the ``actual`` lines fit the ``expected`` lines (``...`` = any lines, ``...`` in a line = any text)?

    Without ``...`` lines the output must match line for line; trailing whitespace is ignored.
    """
    actual = [a.rstrip() for a in actual]
    while actual and not actual[-1]:
        actual.pop()
    patterns: list[re.Pattern[str] | None] = [None if e == ELLIPSIS else _line_pattern(e) for e in expected]
    # reachable[j]: expected[:i] can match actual[:j]; dynamic programming over both lists.
    reachable = [True] + [False] * len(actual)
    for pattern in patterns:
        nxt = [False] * (len(actual) + 1)
        if pattern is None:
            seen = False
            for j in range(len(actual) + 1):
                seen = seen or reachable[j]
                nxt[j] = seen
        else:
            for j in range(len(actual)):
                if reachable[j] and pattern.match(actual[j]):
                    nxt[j + 1] = True
        reachable = nxt
    return reachable[len(actual)]
