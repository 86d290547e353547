"""Shared proxy test data and builders (imported by tests; conftest puts this folder on sys.path)."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guard.policy import OperatorSettings
from guard.proxy.auth import hash_key
from guard.proxy.config import ApiKey, GuardSettings, ModelAlias, OpenAIUpstream

UPSTREAM = "http://upstream.test/v1"
KEY_ANY = "sk-test-any-user"
KEY_ALICE = "sk-test-alice-only"
KEY_LIST = "sk-test-list"
KEY_ADMIN = "sk-test-admin"

ALICE = "user: alice\nprivate:\n  - age\n  - injury\n"
BOB = "user: bob\nprivate:\n  - gender\npublic:\n  - age\n"
CAROL = "user: carol\nprivate:\n  - full name\n"

# With operator absolute = [passport]: what alice's policy renders to (docs/design.md#prompt-format), byte for byte.
ALICE_LINES = (
    "approximate age of people is considered as private information.\n"
    "injury is considered as private information.\n"
    "passport is considered as private information."
)
ALICE_HEALTHCARE_LINES = (
    "approximate age of people is considered as non-private information.\n"
    "injury is considered as non-private information.\n"
    "passport is considered as private information."
)
HEALTHCARE = (
    "You are a physician reviewing a patient's material during a consultation. You are shown the image above "
    "and asked about it. Answer from what the image shows. The question is: {question}"
)


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(buf, format="PNG")
    return buf.getvalue()


def png_data_url() -> str:
    return "data:image/png;base64," + base64.b64encode(png_bytes()).decode()


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "alice.yaml").write_text(ALICE)
    (folder / "bob.yaml").write_text(BOB)
    (folder / "carol.yaml").write_text(CAROL)
    return folder


def keys() -> list[ApiKey]:
    return [
        ApiKey(
            id="app-any",
            sha256=hash_key(KEY_ANY),
            users="*",
            scenarios=["s1_healthcare_consultation", "s0_border_security_check"],
            models=["qwen-ncap", "backup"],
        ),
        ApiKey(id="app-alice", sha256=hash_key(KEY_ALICE), users="alice", scenario="s1_healthcare_consultation"),
        ApiKey(id="app-list", sha256=hash_key(KEY_LIST), users=["alice", "bob"], models=["qwen-ncap"]),
        ApiKey(id="ops", sha256=hash_key(KEY_ADMIN), users="alice", admin=True),
    ]


@pytest.fixture
def make_settings(policies: Path, tmp_path: Path) -> Callable[..., GuardSettings]:
    def make(**over: Any) -> GuardSettings:
        models = over.pop(
            "models",
            {
                "qwen-ncap": ModelAlias(upstream=OpenAIUpstream(base_url=UPSTREAM, model="ncap"), timeout_s=2.0),
                "backup": ModelAlias(upstream=OpenAIUpstream(base_url=UPSTREAM, model="fail-500"), timeout_s=2.0),
            },
        )
        base: dict[str, Any] = {
            "policies": policies,
            "operator": OperatorSettings(absolute=["passport"]),
            "keys": keys(),
            "models": models,
            "audit": {"path": tmp_path / "audit.sqlite"},
            "watch": False,
            "readiness_cache_s": 0,
            "http_client": "httpx",  # respx mocks httpx; the aiohttp default is covered by the real-process tests
        }
        base.update(over)
        return GuardSettings.model_validate(base)

    return make


def chat_body(question: str = "How old is she?", *, image: bool = False, **extra: Any) -> dict[str, Any]:
    content: Any = question
    if image:
        content = [{"type": "image_url", "image_url": {"url": png_data_url()}}, {"type": "text", "text": question}]
    return {"model": "qwen-ncap", "messages": [{"role": "user", "content": content}], **extra}
