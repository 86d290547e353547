"""examples/guard.yaml is the documented starting point: it loads, runs offline and matches the dev stack."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from guard.dev.stack import ADAPTER_NAME, ALIAS
from guard.proxy.config import OpenAIUpstream, load_config

REPO = Path(__file__).resolve().parents[2]


def test_example_config_needs_no_internet_and_points_at_the_dev_stack() -> None:
    settings = load_config(REPO / "examples" / "guard.yaml")
    for name, alias in settings.models.items():
        up = alias.upstream
        assert isinstance(up, OpenAIUpstream), f"{name}: a hosted (litellm) upstream needs the internet"
        assert urlparse(up.base_url).hostname in {"127.0.0.1", "localhost"}, f"{name}: {up.base_url}"
        for fallback in alias.fallbacks:
            assert isinstance(settings.models[fallback].upstream, OpenAIUpstream)
    dev = settings.models[ALIAS].upstream
    assert isinstance(dev, OpenAIUpstream)
    assert (dev.base_url, dev.model) == ("http://127.0.0.1:8000/v1", ADAPTER_NAME)


def test_example_shows_the_hosted_fallback_commented_out() -> None:
    text = (REPO / "examples" / "guard.yaml").read_text(encoding="utf-8")
    assert "# fallbacks: [gpt-4o-mini]" in text and "#     kind: litellm" in text


def test_docs_use_only_model_aliases_the_example_config_defines() -> None:
    """A snippet that sends `model="X"` or `--model X` to the example config's guard names one of its aliases."""
    import re

    aliases = set(load_config(REPO / "examples" / "guard.yaml").models)
    pages = [REPO / "README.md", *(REPO / "docs").glob("*.md")]
    wrong = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for line in text.splitlines():
            uses_example = "examples/guard.yaml" in line and "certify" in line
            for m in re.finditer(r"--model (\S+)" if uses_example else r'create\(model="([^"]+)"', line):
                if m[1] not in aliases | {ALIAS}:
                    wrong.append(f"{page.relative_to(REPO)}: {m[0]}")
    assert not wrong, f"not an alias of examples/guard.yaml ({sorted(aliases)}): {wrong}"
