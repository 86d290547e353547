"""The documented example config is valid as shipped."""

from pathlib import Path

from guard.proxy.config import load_config

REPO = Path(__file__).resolve().parents[2]


def test_examples_guard_yaml_loads() -> None:
    settings = load_config(REPO / "examples" / "guard.yaml")
    assert settings.models and any(a.enforcement == "verify" for a in settings.models.values())
    assert settings.server.shutdown_timeout_s > 0 and settings.imitation == "reject"
