"""The value-grounded check through real processes: `guard serve` (verify mode, image_text on) in front
of guard.proxy.fake_upstream, with an image drawn by `guard data synth`.

The fake upstream echoes the user's text, so the answer carries a value printed in the image with no
cue at all ("G07189228 is printed there."): the text recognisers let it through, only the image
(read by OCR when the request arrives) says it is the passport number this user keeps private.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from guard.proxy.auth import hash_key

pytest.importorskip("rapidocr_onnxruntime", reason="OCR extra not installed: pip install 'spy-guard[ocr]'")
sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))
from real_stack import ENV, GUARD, free_port, guard, upstream

pytestmark = pytest.mark.slow
SYNTH = ("--categories", "a31_passport", "--format", "png")

KEY = "sk-guard-value-grounded"
FILLER = "The photo shows a document lying on a wooden table next to a cup of tea. " * 3
"""The guard injects the policy ("passport is considered as private information.") into the prompt and
the upstream echoes it: the filler keeps that cue out of reach of the text recognisers."""


@dataclass
class Stack:
    url: str
    image: bytes
    value: str


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("grounded")
    suite = tmp / "suite"
    subprocess.run(
        [*GUARD, "data", "synth", "--out", str(suite), "--n", "2", "--tune-n", "0", "--seed", "7", *SYNTH],
        check=True,
        env=ENV,
        capture_output=True,
        timeout=300,
    )
    item = next(
        i for i in json.loads((suite / "bench.json").read_text())["benchmark_list"] if i["label"] == "a31_passport"
    )
    image = (suite / item["question_item"]["image_path"]).read_bytes()
    value = str(item["question_item"]["gt"])
    policies = tmp / "policies"
    policies.mkdir()
    (policies / "ana.yaml").write_text("user: ana\nprivate: [a31_passport]\n")
    up_port, guard_port = free_port(), free_port()
    config = tmp / "guard.yaml"
    config.write_text(
        f"""
policies: policies
operator: {{absolute: []}}
keys:
  - id: app
    sha256: {hash_key(KEY)}
    users: "*"
models:
  echo:
    upstream: {{kind: openai, base_url: "http://127.0.0.1:{up_port}/v1", model: echo}}
    enforcement: verify
    timeout_s: 120
audit: {{path: audit.sqlite}}
verify:
  check_timeout_s: 120
  checks:
    card_number: {{}}
    id_number: {{}}
    image_text: {{}}
"""
    )
    with upstream(tmp, up_port), guard(config, guard_port):
        yield Stack(f"http://127.0.0.1:{guard_port}/v1", image, value)


def _body(text: str, image: bytes | None, *, stream: bool = False) -> dict[str, object]:
    parts: list[dict[str, object]] = []
    if image is not None:
        url = "data:image/png;base64," + base64.b64encode(image).decode()
        parts.append({"type": "image_url", "image_url": {"url": url}})
    parts.append({"type": "text", "text": text})
    return {"model": "echo", "stream": stream, "messages": [{"role": "user", "content": parts}]}


def _ask(stack: Stack, text: str, image: bytes | None) -> str:
    r = httpx.post(
        f"{stack.url}/chat/completions",
        json=_body(text, image),
        headers={"authorization": f"Bearer {KEY}", "x-guard-user": "ana"},
        timeout=180,
    )
    assert r.status_code == 200, r.text
    return str(r.json()["choices"][0]["message"]["content"])


def test_a_value_read_from_the_image_is_blocked_whatever_the_phrasing(stack: Stack) -> None:
    spaced = " ".join(stack.value)  # "G 0 7 1 8 9 2 2 8": normalised before the comparison
    for text in (f"{FILLER}{stack.value} is printed there.", f"{FILLER}I can make out {spaced} in the corner."):
        answer = _ask(stack, text, stack.image)
        assert stack.value not in answer.replace(" ", ""), answer
        assert answer == "I can't share that: passport is private for this user."


def test_the_same_answer_without_the_image_or_with_another_value_is_released(stack: Stack) -> None:
    text = f"{FILLER}{stack.value} is printed there."
    assert stack.value in _ask(stack, text, None)  # no image: the cue-less code is not recognisable as private
    other = "Z" + stack.value[1:][::-1]
    assert other in _ask(stack, f"{FILLER}{other} is printed there.", stack.image)  # not the image's value


def test_a_streamed_leak_releases_no_character_of_the_value(stack: Stack) -> None:
    text = FILLER * 3 + f"The code {stack.value} is printed there. " + FILLER
    received = []
    with httpx.stream(
        "POST",
        f"{stack.url}/chat/completions",
        json=_body(text, stack.image, stream=True),
        headers={"authorization": f"Bearer {KEY}", "x-guard-user": "ana"},
        timeout=180,
    ) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                for choice in json.loads(line[6:]).get("choices") or []:
                    received.append((choice.get("delta") or {}).get("content") or "")
    streamed = "".join(received)
    assert streamed.endswith("I can't share that: passport is private for this user.")
    released = streamed[: -len("I can't share that: passport is private for this user.")]
    assert stack.value[:4] not in released.replace(" ", "")
