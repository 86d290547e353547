"""Policy store: reload semantics (last good version, fail closed, deletes) and the real file watcher."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from guard.policy import OperatorSettings
from guard.proxy.errors import NotReady
from guard.proxy.store import PolicyStore, Snapshot

OP = OperatorSettings(absolute=["passport"])


def test_valid_edit_applies_on_reload(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    before = store.lookup("alice")
    assert before is not None and before.private == ("a1_age_approx", "a41_injury")
    (policies / "alice.yaml").write_text("user: alice\nprivate: [gender]\n")
    snap = store.reload()
    after = store.lookup("alice")
    assert after is not None and after.private == ("a4_gender",) and after.version != before.version
    assert snap.errors == () and snap.generation == 2


def test_invalid_edit_keeps_the_last_good_version(policies: Path) -> None:
    seen: list[tuple[Snapshot, int]] = []
    store = PolicyStore(policies, OP, on_reload=lambda s, n: seen.append((s, n)))
    good = store.lookup("alice")
    (policies / "alice.yaml").write_text("user: alice\nprivate: [agee]\n")
    snap = store.reload()
    assert store.lookup("alice") == good
    [err] = snap.errors
    assert err.user == "alice" and err.kept_version == good.version if good else False
    assert "unknown category 'agee'" in err.message
    assert seen[-1][1] == 1
    store.reload()  # unchanged broken file: still reported, not counted again
    assert seen[-1][1] == 0 and len(store.snapshot.errors) == 1


def test_new_invalid_file_fails_closed(policies: Path) -> None:
    (policies / "dave.yaml").write_text("user: dave\nprivate: [agee]\n")
    (policies / "erin.yaml").write_text("user: [broken\n")
    store = PolicyStore(policies, OP)
    with pytest.raises(NotReady, match="policy of user 'dave' failed to load"):
        store.lookup("dave")
    with pytest.raises(NotReady, match="'erin'"):  # unreadable YAML: the file name names the user
        store.lookup("erin")
    assert sorted(store.snapshot.broken) == ["dave", "erin"]


def test_deleted_file_means_no_policy(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    (policies / "bob.yaml").unlink()
    store.reload()
    assert store.lookup("bob") is None and store.snapshot.errors == ()


def test_same_user_in_two_files_fails_closed(policies: Path) -> None:
    (policies / "alice2.yaml").write_text("user: alice\nprivate: [gender]\n")
    store = PolicyStore(policies, OP)
    with pytest.raises(NotReady, match="defined in both"):
        store.lookup("alice")


async def test_watcher_applies_edits_and_deletes(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    stop = asyncio.Event()
    task = asyncio.create_task(store.watch(stop, debounce_ms=20))
    await asyncio.sleep(0.3)  # let the watcher start

    async def until(cond: object, what: str) -> None:
        for _ in range(100):
            if callable(cond) and cond():
                return
            await asyncio.sleep(0.05)
        raise AssertionError(f"watcher did not apply: {what}")

    try:
        (policies / "alice.yaml").write_text("user: alice\nprivate: [gender]\n")
        await until(lambda: (p := store.lookup("alice")) is not None and p.private == ("a4_gender",), "edit")
        (policies / "alice.yaml").write_text("user: alice\nprivate: [nope]\n")
        await until(lambda: len(store.snapshot.errors) == 1, "invalid edit")
        p = store.lookup("alice")
        assert p is not None and p.private == ("a4_gender",)
        (policies / "bob.yaml").unlink()
        await until(lambda: store.snapshot.policies.get("bob") is None, "delete")
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)
