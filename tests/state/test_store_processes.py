"""The policy store inside a real `guard serve`: hostile or broken policy files never stop start-up or
other users' reloads; their users fail closed (503, also under `no_policy: default`); readiness and
the reload-error metric say so; a vanished folder makes everyone fail closed until it is back."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from proxy_helpers import ALICE, BOB
from real_stack import free_port, guard, upstream

from guard.proxy.auth import hash_key

pytestmark = pytest.mark.slow

KEY = "sk-guard-store-any"
ADMIN = "sk-guard-store-admin"


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "alice.yaml").write_text(ALICE)
    (policies / "bob.yaml").write_text(BOB)
    (policies / "deep.yaml").write_text("user: deep\nprivate: " + "[" * 5000 + "]" * 5000 + "\n")
    (policies / "mallory.yaml").write_text("user: carol\nprivate: [age]\n")  # claims carol
    (policies / "dave.yaml").mkdir()  # a directory in place of a file
    with (policies / "huge.yaml").open("wb") as fh:
        fh.truncate(3 << 30)
    os.mkfifo(policies / "pipe.yaml")
    up_port, port = free_port(), free_port()
    config = tmp_path / "guard.yaml"
    config.write_text(
        f"""
policies: policies
no_policy: default
keys:
  - {{id: app, sha256: {hash_key(KEY)}, users: "*"}}
  - {{id: ops, sha256: {hash_key(ADMIN)}, users: alice, admin: true}}
models:
  m:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}
audit: {{path: audit.sqlite}}
"""
    )
    with upstream(tmp_path, up_port), guard(config, port):  # start-up did not exit
        yield f"http://127.0.0.1:{port}", policies
    text = (tmp_path / "guard.log").read_text()
    assert "Traceback" not in text and "RecursionError" not in text, text


def ask(url: str, user: str) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": "How old is she?"}]}
    headers = {"authorization": f"Bearer {KEY}", "x-guard-user": user}
    return httpx.post(f"{url}/v1/chat/completions", json=body, headers=headers, timeout=10)


def until(cond: Callable[[], bool], what: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_bad_files_fail_only_their_users_closed(serve: tuple[str, Path]) -> None:
    url, policies = serve
    assert ask(url, "alice").status_code == 200
    for user in ("deep", "mallory", "carol", "dave", "huge", "pipe"):
        r = ask(url, user)
        assert r.status_code == 503, (user, r.text)  # never the default policy
        assert "/" not in r.json()["error"]["message"]  # no server paths to clients
    assert ask(url, "zoe").status_code == 200  # truly no file: no_policy default applies
    public = httpx.get(f"{url}/readyz")
    assert public.status_code == 503 and public.json() == {"ready": False}
    admin = httpx.get(f"{url}/readyz", headers={"authorization": f"Bearer {ADMIN}"}).json()
    problems = " | ".join(admin["policies"]["problems"])
    for what in ("nested more than", "does not match the file name", "is a directory", "is 3 GiB", "FIFO"):
        assert what in problems, (what, problems)
    metrics = httpx.get(f"{url}/metrics").text
    assert "guard_policy_reload_errors_total 5.0" in metrics, metrics

    # other users' edits still apply while the bad files stay
    (policies / "bob.yaml").write_text("user: bob\nprivate: [injury]\n")
    until(lambda: "injury" in ask(url, "bob").json()["choices"][0]["message"]["content"], "bob's edit applied")

    # fixing the files makes the store ready again
    for name in ("deep.yaml", "mallory.yaml", "huge.yaml", "pipe.yaml"):
        (policies / name).unlink()
    (policies / "dave.yaml").rmdir()
    (policies / "dave.yaml").write_text("user: dave\nprivate: [age]\n")
    until(lambda: ask(url, "dave").status_code == 200, "dave's fixed file applied")
    ready = httpx.get(f"{url}/readyz", headers={"authorization": f"Bearer {ADMIN}"})
    assert ready.json()["policies"] == {"ok": True, "problems": []}


def test_a_vanished_folder_fails_everyone_closed(serve: tuple[str, Path]) -> None:
    url, policies = serve
    moved = policies.with_name("moved")
    policies.rename(moved)
    until(lambda: ask(url, "alice").status_code == 503, "alice fails closed")
    assert ask(url, "zoe").status_code == 503  # not the default policy: the store cannot tell
    moved.rename(policies)
    until(lambda: ask(url, "alice").status_code == 200, "folder back")


def test_reloads_racing_saves_never_pair_a_prompt_with_another_version(tmp_path: Path) -> None:
    """A real `guard serve` reloads while an editor keeps replacing alice.yaml (atomic rename) between two
    contents: every answer's policy version is the hash of the very content that was injected into it."""
    contents = {"age": b"user: alice\nprivate: [age]\n", "gender": b"user: alice\nprivate: [gender]\n"}
    version_of = {hashlib.sha256(v).hexdigest(): k for k, v in contents.items()}
    statement = {
        "age": "approximate age of people is considered as private information.",
        "gender": "gender is considered as private information.",
    }
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "alice.yaml").write_bytes(contents["age"])
    up_port, port = free_port(), free_port()
    config = tmp_path / "guard.yaml"
    config.write_text(
        f"""
policies: policies
keys:
  - {{id: app, sha256: {hash_key(KEY)}, users: "*"}}
models:
  m:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: ncap}}
audit: {{enabled: false}}
"""
    )
    stop = threading.Event()

    def editor() -> None:
        i = 0
        while not stop.is_set():
            tmp = policies / ".alice.tmp"
            tmp.write_bytes(list(contents.values())[i % 2])
            os.replace(tmp, policies / "alice.yaml")
            i += 1
            time.sleep(0.002)

    seen: set[str] = set()
    with upstream(tmp_path, up_port), guard(config, port):
        url = f"http://127.0.0.1:{port}"
        writer = threading.Thread(target=editor)
        writer.start()
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and (len(seen) < 2 or deadline - time.monotonic() > 15):
                r = ask(url, "alice")
                assert r.status_code == 200, r.text
                private = version_of[r.headers["x-guard-policy-version"]]
                echoed = r.json()["choices"][0]["message"]["content"]
                told = {line.removeprefix("echo: ") for line in echoed.splitlines()}
                other = "gender" if private == "age" else "age"
                assert statement[private] in told and statement[other] not in told, (private, told)
                seen.add(private)
        finally:
            stop.set()
            writer.join(5)
    assert seen == set(contents)  # both contents were served: the race really ran
