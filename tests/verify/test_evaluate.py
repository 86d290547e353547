"""The labeled set loads, bad rows fail with file:line, and the default verifier keeps its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.errors import GuardError
from guard.verify import Verifier
from guard.verify.evaluate import load_labeled, per_check

LABELED = Path(__file__).resolve().parents[2] / "eval" / "verify" / "labeled.jsonl"


def test_labeled_set_is_balanced_and_valid() -> None:
    rows = load_labeled(LABELED)
    kinds = {k: sum(r.kind == k for r in rows) for k in ("leak", "refusal", "allowed")}
    assert kinds["leak"] >= 60 and kinds["refusal"] >= 20 and kinds["allowed"] >= 30
    assert all(r.leaks for r in rows if r.kind == "leak")
    assert not any(r.leaks for r in rows if r.kind != "leak")


async def test_default_verifier_on_the_labeled_set() -> None:
    """A regression floor, not a target: the benchmark prints the real figures."""
    result = await per_check(Verifier(), load_labeled(LABELED))
    combined = result["verifier"]
    assert combined.errors == 0
    assert (combined.recall or 0) >= 0.95, combined.false_negative_ids
    assert (combined.precision or 0) >= 0.95, combined.false_positive_ids
    assert all(c.n > 0 for c in result.values())  # every check is exercised by some row


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "leak", "answer": "a", "evaded": ["a99_nope"]}', "unknown category id 'a99_nope'"),
        ('{"id": "x", "kind": "maybe", "answer": "a", "evaded": ["a49_phone"]}', "invalid labeled row"),
        ('{"id": "x", "kind": "leak", "answer": "a", "evaded": ["a49_phone"], "leaks": ["a90_email"]}', "subset"),
        ("not json", "invalid labeled row"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "kind": "allowed", "answer": "a", "evaded": ["a49_phone"]}\n' + line + "\n")
    with pytest.raises(GuardError, match=rf"bad.jsonl:2: .*{message}"):
        load_labeled(path)
