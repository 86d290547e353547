"""The learned leak check through real processes: `guard serve` (verify mode, default checks) in front of
guard.proxy.fake_upstream, whose scripted answer says a hobby in words no recogniser knows ("According to their profile,
they spend weekends dancing salsa"). The same stack with the recognisers alone releases it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from guard.proxy.audit import read_records
from guard.proxy.auth import hash_key
from guard.proxy.fake_upstream import PARAPHRASE

sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))
from real_stack import free_port, guard, upstream

pytestmark = pytest.mark.slow
KEY = "sk-guard-leak-model"
RECOGNISERS = [
    "refusal", "card_number", "id_number", "license_plate", "email", "phone", "date", "address", "username",
    "person_name", "cued_value", "structured_field", "value_shape", "obfuscated",
]  # fmt: skip


@dataclass
class Stack:
    url: str
    folder: Path


def _config(folder: Path, up_port: int, checks: list[str] | None) -> Path:
    verify = "" if checks is None else "verify:\n  checks:\n" + "".join(f"    {c}: {{}}\n" for c in checks)
    config = folder / "guard.yaml"
    config.write_text(
        f"""
policies: policies
operator: {{absolute: []}}
keys:
  - {{id: app, sha256: {hash_key(KEY)}, users: "*"}}
models:
  echo:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: echo}}
    enforcement: verify
    timeout_s: 30
audit: {{path: audit.sqlite}}
{verify}"""
    )
    return config


@pytest.fixture(scope="module", params=["default", "recognisers"])
def stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp(f"leak-model-{request.param}")
    (tmp / "policies").mkdir()
    (tmp / "policies" / "nina.yaml").write_text("user: nina\nprivate: [hobbies, full name]\n")
    up_port, guard_port = free_port(), free_port()
    config = _config(tmp, up_port, None if request.param == "default" else RECOGNISERS)
    with upstream(tmp, up_port), guard(config, guard_port):
        yield Stack(f"http://127.0.0.1:{guard_port}/v1", tmp)
    assert PARAPHRASE not in (tmp / "guard.log").read_text()  # no answer text in the log


def test_a_paraphrased_hobby_is_blocked_by_the_learned_check(stack: Stack) -> None:
    r = httpx.post(
        f"{stack.url}/chat/completions",
        json={"model": "echo", "messages": [{"role": "user", "content": "[[paraphrase]] Describe this image."}]},
        headers={"authorization": f"Bearer {KEY}", "x-guard-user": "nina"},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    answer = r.json()["choices"][0]["message"]["content"]
    if stack.folder.name.startswith("leak-model-recognisers"):
        assert answer == PARAPHRASE and "x-guard-outcome" not in r.headers  # the recognisers miss it
        return
    assert answer == "I can't share that: hobbies is private for this user."
    assert r.headers["x-guard-outcome"] == "blocked"
    (row,) = [rec for rec in read_records(stack.folder / "audit.sqlite") if rec["user"] == "nina"]
    assert row["outcome"] == "blocked" and "leak_model" in str(row), row
