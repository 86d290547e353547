"""Store settings: bad values are one clear line naming the field; the policy page stays off without a secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from fleet_stack import write_config

from guard.errors import GuardError
from guard.proxy.config import load_config
from guard.proxy.errors import ConfigError


def config_with(tmp_path: Path, old: str, new: str) -> Path:
    path = write_config(tmp_path, "http://127.0.0.1:9")
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))
    return path


def test_postgres_store_needs_a_dsn(tmp_path: Path) -> None:
    path = config_with(tmp_path, "policy_store: {}", "policy_store: {kind: postgres}")
    with pytest.raises(ConfigError, match=r"policy_store.*needs dsn or dsn_env"):
        load_config(path)


def test_dsn_must_be_postgresql(tmp_path: Path) -> None:
    path = config_with(tmp_path, "policy_store: {}", "policy_store: {kind: postgres, dsn: 'mysql://x'}")
    with pytest.raises(ConfigError, match=r"policy_store.dsn"):
        load_config(path)


def test_postgres_store_does_not_need_the_policies_folder(tmp_path: Path) -> None:
    path = config_with(tmp_path, "policy_store: {}", "policy_store: {kind: postgres, dsn: 'postgresql://g@h/db'}")
    (tmp_path / "policies").rmdir()
    assert load_config(path).policy_store.kind == "postgres"


def test_unset_dsn_env_and_short_page_secret_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guard.proxy.app import create_app

    monkeypatch.delenv("GUARD_TEST_NO_SUCH_DSN", raising=False)
    path = config_with(tmp_path, "audit: {", "audit: {kind: postgres, dsn_env: GUARD_TEST_NO_SUCH_DSN, ")
    with pytest.raises(GuardError, match=r"^audit.dsn_env: environment variable GUARD_TEST_NO_SUCH_DSN is not set"):
        create_app(load_config(path))
    monkeypatch.setenv("GUARD_TEST_PAGE_SECRET", "too-short")
    path = write_config(tmp_path, "http://127.0.0.1:9", name="short.yaml")
    with pytest.raises(GuardError, match=r"policy_page.secret_env: GUARD_TEST_PAGE_SECRET must hold at least 32"):
        create_app(load_config(path))
