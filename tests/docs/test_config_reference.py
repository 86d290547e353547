"""docs/configuration.md documents every field of the proxy's settings models (generated tables)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_docs", REPO / "scripts" / "reference-docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_settings_field_is_documented() -> None:
    gen = generator()
    page = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = []
    for path, model in gen.models(gen.root_model()):
        section = re.search(rf"### `{re.escape(path)}`: {model.__name__}\n(?P<body>.*?)(?=\n### |\Z)", page, re.S)
        if section is None:
            missing.append(f"section `{path}` ({model.__name__})")
            continue
        missing += [f"{path}.{name}" for name in model.model_fields if f"| `{name}` |" not in section["body"]]
    fix = "run .venv/bin/python scripts/reference-docs.py --write"
    assert not missing, "docs/configuration.md lacks: " + ", ".join(missing) + "; " + fix


def test_generated_tables_cover_nested_models() -> None:
    gen = generator()
    names = {model.__name__ for _, model in gen.models(gen.root_model())}
    assert {"GuardSettings", "ApiKey", "ModelAlias", "OpenAIUpstream", "LiteLLMUpstream", "AuditSettings"} <= names
