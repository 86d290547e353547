"""The policy API on the embedded store (a policies folder) through a real `guard serve`."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fleet_stack import ADMIN, ALICE_ONLY, APP, chat, free_port, replica, upstream, write_config

from guard.policy import FileProblems, load_policy

pytestmark = pytest.mark.slow

ALICE_1 = b"user: alice\nprivate: [age]\n"
ALICE_2 = b'{"user": "alice", "private": ["age", "injury"], "public": ["gender"]}'
BAD = b"user: alice\nprivate: [agee]\npublic: [age]\nextra: 1\n"


def auth(key: str = ADMIN, **extra: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}", **extra}


@pytest.fixture(scope="module")
def guard_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("api-files")
    up = free_port()
    with upstream(tmp, up):
        config = write_config(tmp, f"http://127.0.0.1:{up}")
        port = free_port()
        with replica(config, port, "guard.log"):
            yield f"http://127.0.0.1:{port}", tmp


def test_create_update_delete_with_versions(guard_url: tuple[str, Path]) -> None:
    base, tmp = guard_url
    url = f"{base}/v1/guard/policies/alice"
    with httpx.Client(timeout=10) as c:
        assert c.get(url, headers=auth()).status_code == 404
        created = c.put(url, content=ALICE_1, headers=auth())
        assert created.status_code == 201, created.text
        v1 = hashlib.sha256(ALICE_1).hexdigest()
        assert created.json()["version"] == v1 and created.headers["etag"] == f'"{v1}"'
        path = tmp / "policies" / "alice.yaml"
        assert path.read_bytes() == ALICE_1 and stat.S_IMODE(path.stat().st_mode) == 0o600
        # the request path applies it at once (the store reloaded before the API answered)
        r = chat(c, base, "alice")
        assert r.status_code == 200 and r.headers["x-guard-policy-version"] == v1
        got = c.get(url, headers=auth())
        assert got.content == ALICE_1 and got.headers["etag"] == f'"{v1}"'
        # changing needs If-Match: none -> 428, stale -> 412 (nothing changed), current -> 200
        assert c.put(url, content=ALICE_2, headers=auth()).status_code == 428
        stale = c.put(url, content=ALICE_2, headers=auth(**{"if-match": f'"{"0" * 64}"'}))
        assert stale.status_code == 412 and stale.headers["etag"] == f'"{v1}"'
        assert path.read_bytes() == ALICE_1
        updated = c.put(url, content=ALICE_2, headers=auth(**{"if-match": f'"{v1}"'}))
        assert updated.status_code == 200, updated.text
        v2 = hashlib.sha256(ALICE_2).hexdigest()
        assert chat(c, base, "alice").headers["x-guard-policy-version"] == v2
        history = c.get(f"{url}/history", headers=auth()).json()["changes"]
        assert [(h["action"], h["version"], h["by"]) for h in history] == [
            ("put", v2, "key:ops"),
            ("put", v1, "key:ops"),
        ]
        assert history[1]["body"] == ALICE_1.decode()
        assert c.delete(url, headers=auth()).status_code == 428
        assert c.delete(url, headers=auth(**{"if-match": v2})).status_code == 204
        assert not path.exists()
        assert chat(c, base, "alice").status_code == 403  # no_policy: reject
        assert c.get(f"{url}/history", headers=auth()).json()["changes"][0]["action"] == "delete"


def test_invalid_policy_same_lines_as_policy_check(guard_url: tuple[str, Path], tmp_path: Path) -> None:
    base, tmp = guard_url
    with httpx.Client(timeout=10) as c:
        r = c.put(f"{base}/v1/guard/policies/alice", content=BAD, headers=auth())
    assert r.status_code == 422
    problems = r.json()["error"]["problems"]
    (tmp_path / "alice.yaml").write_bytes(BAD)
    with pytest.raises(FileProblems) as exc:
        load_policy(tmp_path / "alice.yaml")
    expected = [str(p).replace(str(tmp_path / "alice.yaml"), "alice.yaml") for p in exc.value.problems]
    assert problems == expected and len(problems) >= 1
    check = subprocess.run(
        [sys.executable, "-m", "guard", "policy", "check", "alice.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    for line in problems:
        assert line in check.stdout
    # a policy naming another user is refused too (the body must be the path's user)
    with httpx.Client(timeout=10) as c:
        other = c.put(f"{base}/v1/guard/policies/bob", content=ALICE_1, headers=auth())
    assert other.status_code == 422 and "may only hold the policy of user 'bob'" in other.text
    assert not (tmp / "policies" / "bob.yaml").exists()


@pytest.mark.parametrize(
    ("key", "user", "status"),
    [
        (APP, "alice", 403),  # not an admin key
        (ALICE_ONLY, "bob", 403),  # an admin key limited to alice
        ("sk-guard-unknown", "alice", 401),
        (ADMIN, "..%2F..%2Fetc", 404),  # decoded to a path with slashes: no such route
        (ADMIN, "-alice", 400),
        (ADMIN, "al%20ice", 400),
        (ADMIN, "a" * 200, 400),
    ],
)
def test_refused_callers(guard_url: tuple[str, Path], key: str, user: str, status: int) -> None:
    base, tmp = guard_url
    with httpx.Client(timeout=10) as c:
        r = c.put(f"{base}/v1/guard/policies/{user}", content=b"user: x\n", headers=auth(key))
    assert r.status_code == status, r.text
    assert "error" in r.json()
    assert sorted(p.name for p in (tmp / "policies").iterdir() if not p.name.startswith(".")) == []


def test_push_pull_cli(guard_url: tuple[str, Path], tmp_path: Path) -> None:
    base, _ = guard_url
    env = {"GUARD_ADMIN_KEY": ADMIN, "PATH": "/usr/bin:/bin"}
    src = tmp_path / "carol.yaml"
    src.write_bytes(b"user: carol\nprivate: [full name]\n")

    def guard(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "guard", "policy", *args, "--url", base],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    first = guard("push", str(src))
    assert first.returncode == 0 and "created carol" in first.stdout, first.stdout + first.stderr
    again = guard("push", str(src))
    assert again.returncode == 2 and "--if-match" in again.stderr + again.stdout  # usage: needs --if-match
    pulled = guard("pull", "carol", "--out", str(tmp_path / "pulled.yaml"))
    assert pulled.returncode == 0, pulled.stderr
    assert (tmp_path / "pulled.yaml").read_bytes() == src.read_bytes()
    version = hashlib.sha256(src.read_bytes()).hexdigest()
    assert version in pulled.stdout
    src.write_bytes(b"user: carol\nprivate: [full name, age]\n")
    pushed = guard("push", str(src), "--if-match", version)
    assert pushed.returncode == 0 and "updated carol" in pushed.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"user: carol\nprivate: [nonsense-category]\n")
    refused = guard("push", str(bad), "--user", "carol", "--overwrite")
    assert refused.returncode == 1 and "nonsense-category" in refused.stdout + refused.stderr
