"""Keys: the live-reloading key table on real files, and `guard keys add|list` as real processes
(concurrent adds keep every key, symlinks are followed, special or hostile files are refused)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from guard.proxy.auth import KeyTable, hash_key
from guard.proxy.config import ApiKey
from guard.proxy.errors import NotReady, Unauthorized
from guard.taxonomy import default_catalog

GUARD = [sys.executable, "-c", "from guard.cli.app import main; main()"]
INLINE = "sk-guard-inline-key"


def keys_yaml(*pairs: tuple[str, str]) -> str:
    return yaml.safe_dump({"keys": [{"id": i, "sha256": hash_key(k), "users": "alice"} for i, k in pairs]})


def table(path: Path) -> KeyTable:
    inline = [ApiKey(id="inline", sha256=hash_key(INLINE), users="bob")]
    return KeyTable(inline, default_catalog(), keys_file=path)


def test_added_and_removed_keys_apply_on_the_next_request(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    t = table(path)  # no file yet: inline keys only
    assert t.authenticate(f"Bearer {INLINE}").key.id == "inline"
    with pytest.raises(Unauthorized):
        t.authenticate("Bearer sk-one")
    path.write_text(keys_yaml(("one", "sk-one")))
    assert t.authenticate("Bearer sk-one").key.id == "one"  # added: no restart
    path.write_text(keys_yaml(("two", "sk-two")))
    with pytest.raises(Unauthorized, match="unknown API key"):
        t.authenticate("Bearer sk-one")  # removed: refused on the very next request
    assert t.authenticate("Bearer sk-two").key.id == "two"
    path.unlink()
    with pytest.raises(Unauthorized):
        t.authenticate("Bearer sk-two")
    assert t.authenticate(f"Bearer {INLINE}").key.id == "inline"


def test_same_size_in_place_edit_with_the_same_mtime_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(keys_yaml(("aaa", "sk-aaa")))
    st = path.stat()
    t = table(path)
    assert t.authenticate("Bearer sk-aaa")
    with path.open("r+") as fh:  # same length, same inode; then restore the old timestamps
        fh.write(keys_yaml(("bbb", "sk-bbb")))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(Unauthorized):
        t.authenticate("Bearer sk-aaa")
    assert t.authenticate("Bearer sk-bbb").key.id == "bbb"


def test_an_invalid_keys_file_fails_closed_for_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(keys_yaml(("one", "sk-one")))
    t = table(path)
    assert t.authenticate("Bearer sk-one")
    path.write_text("keys:\n  - id: one\n    id: two\n")  # duplicate key
    with pytest.raises(NotReady, match="keys file is invalid"):
        t.authenticate("Bearer sk-one")  # not the last good table: an edit may have revoked it
    assert t.problem is not None and "duplicate key 'id'" in t.problem and "\n" not in t.problem
    assert t.authenticate(f"Bearer {INLINE}").key.id == "inline"  # inline keys are unaffected
    path.write_text("keys: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(NotReady):
        t.authenticate("Bearer sk-one")
    assert t.problem is not None and "nested more than" in t.problem
    path.write_text(keys_yaml(("one", "sk-one")))
    assert t.authenticate("Bearer sk-one") and t.problem is None


def test_a_fifo_keys_file_does_not_hang_the_table(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    os.mkfifo(path)
    t = table(path)
    with pytest.raises(NotReady):
        t.authenticate("Bearer sk-x")
    assert t.problem is not None and "FIFO" in t.problem


# ---------------------------------------------------------------------------------- guard keys (processes)


def config_for(tmp_path: Path, keys_file: str = "keys.yaml") -> Path:
    (tmp_path / "policies").mkdir(exist_ok=True)
    config = tmp_path / "guard.yaml"
    config.write_text(
        f"policies: policies\nkeys_file: {keys_file}\n"
        "models:\n  m:\n    upstream: {kind: openai, base_url: 'http://127.0.0.1:9/v1', model: x}\n"
    )
    return config


def guard(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "COLUMNS": "200"}
    return subprocess.run([*GUARD, *args], capture_output=True, text=True, timeout=timeout, env=env)


def stored_ids(path: Path) -> list[str]:
    return [k["id"] for k in yaml.safe_load(path.read_text())["keys"]]


@pytest.mark.slow
def test_twelve_concurrent_keys_add_keep_all_twelve(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    procs = [
        subprocess.Popen(
            [*GUARD, "keys", "add", f"app-{i}", "--config", str(config), "--user", "alice"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for i in range(12)
    ]
    secrets = []
    for p in procs:
        out, errs = p.communicate(timeout=120)
        assert p.returncode == 0, errs.decode()
        secrets.append(out.decode().strip())
    path = tmp_path / "keys.yaml"
    assert sorted(stored_ids(path)) == sorted(f"app-{i}" for i in range(12))
    assert (path.stat().st_mode & 0o777) == 0o600
    t = KeyTable([], default_catalog(), keys_file=path)
    assert len({t.authenticate(f"Bearer {s}").key.id for s in secrets}) == 12
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_keys_add_admin_makes_an_admin_key_that_keys_list_shows(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    plain = guard("keys", "add", "app", "--config", str(config), "--user", "alice")
    admin = guard("keys", "add", "ops", "--config", str(config), "--user", "*", "--admin")
    assert plain.returncode == 0 and admin.returncode == 0, plain.stderr + admin.stderr
    t = table(tmp_path / "keys.yaml")
    assert t.authenticate(f"Bearer {admin.stdout.strip()}").key.admin is True
    assert t.authenticate(f"Bearer {plain.stdout.strip()}").key.admin is False
    listed = guard("keys", "list", "--config", str(config))
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[1]: line for line in listed.stdout.splitlines() if line.split()[1:2] in (["app"], ["ops"])}
    assert " yes " in rows["ops"] and " yes " not in rows["app"], listed.stdout


def test_keys_add_updates_a_symlinks_target(tmp_path: Path) -> None:
    real = tmp_path / "secrets" / "keys.yaml"
    real.parent.mkdir()
    real.write_text(keys_yaml(("old", "sk-old")))
    (tmp_path / "keys.yaml").symlink_to(real)
    config = config_for(tmp_path)
    r = guard("keys", "add", "new", "--config", str(config), "--user", "alice")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "keys.yaml").is_symlink()
    assert stored_ids(real) == ["old", "new"]


def test_keys_add_refuses_special_and_hostile_files_with_one_line(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    path = tmp_path / "keys.yaml"
    os.mkfifo(path)
    r = guard("keys", "add", "k", "--config", str(config), "--user", "alice", timeout=30)  # must not hang
    assert r.returncode == 2 and "FIFO" in r.stderr and "Traceback" not in r.stderr
    path.unlink()
    path.symlink_to("/dev/zero")
    r = guard("keys", "add", "k", "--config", str(config), "--user", "alice", timeout=30)
    assert r.returncode == 2 and "character device" in r.stderr and "Traceback" not in r.stderr
    path.unlink()
    path.write_text("keys: " + "[" * 5000 + "]" * 5000 + "\n")
    for args in (["keys", "add", "k", "--user", "alice"], ["keys", "list"]):
        r = guard(*args, "--config", str(config))
        assert r.returncode == 2, r
        assert "nested more than" in r.stderr and "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    assert path.read_text().startswith("keys: [[[")  # nothing was changed


def test_keys_add_refuses_a_corrupt_file_and_keeps_it(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    path = tmp_path / "keys.yaml"
    path.write_text("keys:\n  - id: a\n    id: b\n")
    r = guard("keys", "add", "k", "--config", str(config), "--user", "alice")
    assert r.returncode == 2 and "duplicate key 'id'" in r.stderr and "nothing was changed" in r.stderr
    assert path.read_text() == "keys:\n  - id: a\n    id: b\n"


def test_keys_list_prints_user_text_literally(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    path = tmp_path / "keys.yaml"
    path.write_text(
        yaml.safe_dump(
            {"keys": [{"id": "app", "sha256": hash_key("sk-a"), "users": "alice", "models": ["[/x]m\x1b]0;pwn\x07"]}]}
        )
    )
    r = guard("keys", "list", "--config", str(config))  # the config check names the hostile value, literally
    assert r.returncode == 2 and "unknown alias '[/x]m\\x1b]0;pwn\\x07'" in r.stderr, r.stderr
    assert "\x1b" not in r.stderr + r.stdout and "\x07" not in r.stderr + r.stdout


def test_a_file_key_needing_an_enforcement_the_server_lacks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(keys_yaml(("one", "sk-one")))
    t = KeyTable([], default_catalog(), keys_file=path, enforcements={"instruct"})
    assert t.authenticate("Bearer sk-one")
    doc = yaml.safe_load(path.read_text())
    doc["keys"].append({"id": "v", "sha256": hash_key("sk-v"), "users": "alice", "enforcement": "verify"})
    path.write_text(yaml.safe_dump(doc))
    with pytest.raises(NotReady):
        t.authenticate("Bearer sk-v")
    assert t.problem is not None and "keys[v].enforcement: 'verify' is not available" in t.problem
