"""Config loading: a complete example works; each mistake gives one clear line naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.proxy.config import load_config
from guard.proxy.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]

GOOD = """
policies: policies
operator: operator.yaml
no_policy: reject
keys_file: keys.yaml
keys:
  - id: app
    sha256: "{sha}"
    users: "*"
    scenarios: [s1_healthcare_consultation]
models:
  qwen-ncap:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:8000/v1", model: ncap}}
    fallbacks: [gpt]
  gpt:
    upstream: {{kind: litellm, model: openai/gpt-4o-mini, params: {{num_retries: 2}}}}
    render_mode: raw
audit: {{path: audit/guard.sqlite}}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "policies").mkdir()
    (tmp_path / "operator.yaml").write_text("default_stance: public\n")
    return tmp_path


def write(folder: Path, text: str) -> Path:
    path = folder / "guard.yaml"
    path.write_text(text)
    return path


def test_good_config_resolves_paths_against_its_folder(folder: Path) -> None:
    s = load_config(write(folder, GOOD.format(sha="a" * 64)))
    assert s.policies == folder / "policies" and s.audit.path == folder / "audit/guard.sqlite"
    assert s.models["gpt"].upstream.kind == "litellm" and s.models["gpt"].render_mode == "raw"
    assert s.operator_settings.default_stance == "public" and s.all_keys()[0].id == "app"


def test_shipped_example_config_is_valid() -> None:
    s = load_config(REPO / "examples" / "guard.yaml")
    assert s.models and s.all_keys()


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("no_policy: reject", "no_policy: allow"), "no_policy: bad value 'allow'"),
        (("audit:", "adit:"), "unknown field 'adit'; valid fields:"),
        (('sha256: "' + "a" * 64, 'sha256: "xyz'), "keys[0].sha256: bad value 'xyz"),
        (("fallbacks: [gpt]", "fallbacks: [gtp]"), "fallbacks: 'gtp' is not another configured alias"),
        (("kind: openai,", "kind: vllm,"), "models.qwen-ncap.upstream"),
        (("scenarios: [s1_healthcare_consultation]", "scenarios: [s1_helthcare]"), "unknown scenario 's1_helthcare'"),
        (('users: "*"', 'users: ["al ice"]'), "'al ice' is not a user id"),
        (("policies: policies", "policies: nowhere"), "is not a folder of policy files"),
        (("operator: operator.yaml", "operator: missing.yaml"), "missing.yaml: no such file"),
    ],
)
def test_bad_config_names_the_field(folder: Path, change: tuple[str, str], needle: str) -> None:
    text = GOOD.format(sha="a" * 64)
    assert change[0] in text
    with pytest.raises(ConfigError) as info:
        load_config(write(folder, text.replace(change[0], change[1])))
    assert needle in str(info.value)


def test_line_numbers_in_errors(folder: Path) -> None:
    with pytest.raises(ConfigError, match=r"guard.yaml:4: no_policy"):
        load_config(write(folder, GOOD.format(sha="a" * 64).replace("no_policy: reject", "no_policy: 1")))


def test_key_model_must_be_an_alias(folder: Path) -> None:
    text = GOOD.format(sha="a" * 64).replace('users: "*"', 'users: "*"\n    models: [qwen]')
    with pytest.raises(ConfigError, match=r"keys\[app\].models: unknown alias 'qwen'"):
        load_config(write(folder, text))
