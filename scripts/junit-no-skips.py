"""Fail a test tier whose JUnit report ran nothing or skipped something (CI must not pass silently).

python scripts/junit-no-skips.py REPORT.xml     # exit 0: tests ran, none skipped; 1 otherwise; 2 bad report
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def problems(report: Path) -> list[str]:
    """One line per reason the tier does not count as passed (empty: it passed with nothing skipped)."""
    root = ET.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    cases = [case for suite in suites for case in suite.iter("testcase")]
    found = [f"{report}: no test ran"] if not cases else []
    for case in cases:
        name = f"{case.get('classname')}::{case.get('name')}"
        for outcome in ("skipped", "failure", "error"):
            for node in case.findall(outcome):
                found.append(f"{name}: {outcome}: {node.get('message', '').strip()}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: junit-no-skips.py REPORT.xml", file=sys.stderr)
        return 2
    try:
        found = problems(Path(argv[0]))
    except (OSError, ET.ParseError) as exc:
        print(f"junit-no-skips: cannot read {argv[0]}: {exc}", file=sys.stderr)
        return 2
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
