"""Policy store: reload semantics (last good version, fail closed, deletes, per-file isolation, hostile files,
version = hash of what was applied, folder problems) on real files, and the real file watcher."""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
from pathlib import Path

import pytest

from guard.policy import OperatorSettings
from guard.proxy.store import PolicyStore, PolicyUnavailable, Snapshot

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
    with pytest.raises(PolicyUnavailable, match=r"policy of user 'dave' is unavailable: dave\.yaml cannot be used"):
        store.lookup("dave")
    with pytest.raises(PolicyUnavailable, match="'erin'"):  # unreadable YAML: the file name names the user
        store.lookup("erin")
    assert sorted(store.snapshot.broken) == ["dave", "erin"]


def test_deleted_file_means_no_policy(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    (policies / "bob.yaml").unlink()
    store.reload()
    assert store.lookup("bob") is None and store.snapshot.errors == ()


def test_same_user_in_two_files_fails_closed(policies: Path) -> None:
    (policies / "alice.yml").write_text("user: alice\nprivate: [gender]\n")
    store = PolicyStore(policies, OP)
    with pytest.raises(PolicyUnavailable, match="defined in two files"):
        store.lookup("alice")
    assert any("defined in both" in p for p in store.health().problems)


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


# --- hostile and broken files: one bad file affects only its user -----------------------------------------


def _counting_store(policies: Path) -> tuple[PolicyStore, list[int]]:
    counts: list[int] = []
    store = PolicyStore(policies, OP, on_reload=lambda _s, n: counts.append(n))
    return store, counts


def test_deeply_nested_file_affects_only_its_user_and_other_edits_still_apply(policies: Path) -> None:
    (policies / "mallory.yaml").write_text("user: mallory\nprivate: " + "[" * 5000 + "]" * 5000 + "\n")
    store, counts = _counting_store(policies)  # start-up does not raise
    with pytest.raises(PolicyUnavailable, match="mallory"):
        store.lookup("mallory")
    assert counts == [1]
    health = store.health()
    assert not health.ready
    [problem] = health.problems
    assert "mallory.yaml" in problem and "nested more than" in problem and "\n" not in problem
    (policies / "bob.yaml").write_text("user: bob\nprivate: [injury]\n")  # another user's edit still applies
    store.reload()
    bob = store.lookup("bob")
    assert bob is not None and bob.private == ("a41_injury",)
    assert counts == [1, 0]  # the unchanged bad file is not counted twice


def test_huge_sparse_fifo_and_device_files_are_refused_without_hanging(policies: Path) -> None:
    with (policies / "huge.yaml").open("wb") as fh:
        fh.truncate(4 << 30)
    os.mkfifo(policies / "pipe.yaml")
    (policies / "zero.yaml").symlink_to("/dev/zero")
    store, counts = _counting_store(policies)  # returns: nothing hangs or reads gigabytes
    for user, what in [("huge", "is 4 GiB"), ("pipe", "FIFO"), ("zero", "character device")]:
        with pytest.raises(PolicyUnavailable, match=user):
            store.lookup(user)
        assert any(f"{user}.yaml" in p and what in p for p in store.health().problems), store.health()
    assert counts == [3]
    assert store.lookup("alice") is not None


def test_directory_in_place_of_a_file_fails_its_user_closed_and_store_not_ready(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    assert store.health().ready
    (policies / "alice.yaml").unlink()
    (policies / "alice.yaml").mkdir()
    store.reload()
    with pytest.raises(PolicyUnavailable, match=r"alice\.yaml cannot be used"):
        store.lookup("alice")  # not None: no_policy (e.g. the default policy) must not apply
    health = store.health()
    assert not health.ready and any("alice.yaml: is a directory" in p for p in health.problems)
    assert store.lookup("bob") is not None


def test_unreadable_file_fails_closed_and_drops_the_last_good_version(
    policies: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PolicyStore(policies, OP)
    (policies / "alice.yaml").chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the kernel's answer for a non-root reader explicit
        real_open = os.open
        denied = str(policies / "alice.yaml")

        def open_as_non_root(path: str | os.PathLike[str], flags: int, *args: int) -> int:
            if os.fspath(path) == denied:
                raise PermissionError(13, "Permission denied", denied)
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", open_as_non_root)
    try:
        store.reload()
        with pytest.raises(PolicyUnavailable):
            store.lookup("alice")
        assert any("cannot be opened" in p for p in store.health().problems)
    finally:
        (policies / "alice.yaml").chmod(0o600)


def test_user_must_match_the_file_name(policies: Path) -> None:
    (policies / "mallory.yaml").write_text("user: alice\nprivate: []\n")
    store = PolicyStore(policies, OP)
    with pytest.raises(PolicyUnavailable, match="mallory"):
        store.lookup("mallory")
    alice = store.lookup("alice")  # alice's own file still decides for alice
    assert alice is not None and alice.source.endswith("alice.yaml")
    (policies / "alice.yaml").unlink()
    store.reload()
    with pytest.raises(PolicyUnavailable, match=r"mallory\.yaml claims this user"):
        store.lookup("alice")  # never mallory.yaml's content, never "no policy"
    assert not store.health().ready
    assert any("does not match the file name" in p for p in store.health().problems)


def test_missing_folder_fails_everyone_closed_until_it_is_back(policies: Path, tmp_path: Path) -> None:
    store, counts = _counting_store(policies)
    moved = tmp_path / "elsewhere"
    policies.rename(moved)
    store.reload()
    for user in ("alice", "nobody"):
        with pytest.raises(PolicyUnavailable, match="cannot be read"):
            store.lookup(user)
    health = store.health()
    assert not health.ready and "policies folder" in health.problems[0]
    assert counts[-1] == 1
    moved.rename(policies)
    store.reload()
    assert store.health().ready and store.lookup("alice") is not None and store.lookup("nobody") is None


def test_missing_folder_at_start_up_does_not_raise(tmp_path: Path) -> None:
    store = PolicyStore(tmp_path / "nope", OP)
    assert not store.health().ready
    with pytest.raises(PolicyUnavailable):
        store.lookup("alice")


def test_hidden_and_other_files_are_ignored(policies: Path) -> None:
    (policies / ".alice.yaml.swp").write_text("garbage: [")
    (policies / "notes.txt").write_text("x")
    store = PolicyStore(policies, OP)
    assert store.health().ready and sorted(store.snapshot.policies) == ["alice", "bob", "carol"]


# --- versions: the hash of exactly what was applied, even when saves race reloads ---------------------------


def test_version_is_the_hash_of_the_applied_bytes(policies: Path) -> None:
    store = PolicyStore(policies, OP)
    alice = store.lookup("alice")
    assert alice is not None
    assert alice.version == hashlib.sha256((policies / "alice.yaml").read_bytes()).hexdigest()


def test_reloads_racing_saves_never_mix_content_and_version(policies: Path) -> None:
    """A writer swaps alice.yaml between two contents (atomic replace, as editors do) while reloads run."""
    contents = {
        ("a1_age_approx",): b"user: alice\nprivate: [age]\n",
        ("a4_gender",): b"user: alice\nprivate: [gender]\n",
    }
    digest_of = {k: hashlib.sha256(v).hexdigest() for k, v in contents.items()}
    (policies / "alice.yaml").write_bytes(contents[("a1_age_approx",)])
    store = PolicyStore(policies, OP)
    stop = threading.Event()

    def writer() -> None:
        i = 0
        while not stop.is_set():
            data = list(contents.values())[i % 2]
            tmp = policies / ".alice.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, policies / "alice.yaml")
            i += 1

    t = threading.Thread(target=writer)
    t.start()
    seen: set[tuple[str, ...]] = set()
    try:
        for _ in range(300):
            store.reload()
            p = store.lookup("alice")
            assert p is not None
            assert p.version == digest_of[p.private], "older content under a newer hash"
            seen.add(p.private)
    finally:
        stop.set()
        t.join(5)
    assert seen == set(contents)  # both versions were applied at some point: the race really happened


async def test_areload_parses_off_the_event_loop(policies: Path) -> None:
    threads: list[str] = []
    store = PolicyStore(policies, OP, on_reload=lambda _s, _n: threads.append(threading.current_thread().name))
    (policies / "bob.yaml").write_text("user: bob\nprivate: [injury]\n")
    snap = await store.areload()
    assert threads[-1] != threading.main_thread().name
    assert snap.policies["bob"].private == ("a41_injury",)


async def test_watcher_survives_the_folder_disappearing(policies: Path, tmp_path: Path) -> None:
    store = PolicyStore(policies, OP)
    stop = asyncio.Event()
    task = asyncio.create_task(store.watch(stop, debounce_ms=20, retry_s=0.1))
    await asyncio.sleep(0.3)
    try:
        moved = tmp_path / "moved"
        policies.rename(moved)
        for _ in range(100):
            if not store.health().ready:
                break
            await asyncio.sleep(0.05)
        assert not store.health().ready
        moved.rename(policies)
        for _ in range(100):
            if store.health().ready:
                break
            await asyncio.sleep(0.05)
        assert store.health().ready and store.lookup("alice") is not None
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


def test_dangling_symlink_fails_its_user_closed(policies: Path, tmp_path: Path) -> None:
    target = tmp_path / "real-alice.yaml"
    target.write_text("user: alice\nprivate: [age]\n")
    (policies / "alice.yaml").unlink()
    (policies / "alice.yaml").symlink_to(target)
    store = PolicyStore(policies, OP)
    assert store.lookup("alice") is not None  # a symlinked policy file is fine
    target.unlink()
    store.reload()
    with pytest.raises(PolicyUnavailable):
        store.lookup("alice")
    assert any("alice.yaml: no such file" in p for p in store.health().problems)
