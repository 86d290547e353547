"""The real serving path: openai SDK -> guard serve -> vLLM (CPU) with a LoRA adapter from guard train.

One vLLM start for the module (plus one restart in the last test). The tiny model is random: these
tests prove the plumbing (exact prompts, adapter routing, streaming, failures, certify), not quality.
Run with ``pytest -m vllm tests/serving`` after ``scripts/setup-vllm-env.sh`` (``make test-vllm``).
"""

from __future__ import annotations

import ast
import base64
import io
import json
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from serving_stack import (
    ADAPTER_NAME,
    API_KEY,
    BASE_NAME,
    IMAGE_SIDE,
    IMAGE_TOKENS,
    POLICY_USER,
    RUNTIME_ADAPTER,
    VLLM_READY,
    VLLM_START_TIMEOUT_S,
    Proc,
    Processes,
    guard_cli,
    is_ready,
    lora_modules,
    registry_path,
    run_cli,
    start_vllm,
    train_adapter,
    write_bench_suite,
)

pytestmark = pytest.mark.vllm

QUESTION = "What is the plate number of this car?"
SCENARIO = "s0_border_security_check"
LOGGED_PROMPT = re.compile(r"details: prompt: (?P<prompt>'.*'|\".*\"), prompt_token_ids: \[(?P<ids>[\d, ]*)\]")


def image_url() -> str:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (IMAGE_SIDE, IMAGE_SIDE), (200, 30, 30))
    ImageDraw.Draw(img).rectangle([20, 20, 90, 60], fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def messages(question: str = QUESTION) -> list[dict[str, Any]]:
    return [
        {
            "role": "user",
            "content": [{"type": "image_url", "image_url": {"url": image_url()}}, {"type": "text", "text": question}],
        }
    ]


@pytest.fixture
def api() -> Iterator[Callable[..., openai.OpenAI]]:
    """``api(guard, **headers)``: an openai client for the guard acting as POLICY_USER; closed after the test."""
    made: list[openai.OpenAI] = []

    def make(guard: Proc, **headers: str) -> openai.OpenAI:
        c = openai.OpenAI(
            base_url=f"{guard.base_url}/v1",
            api_key=API_KEY,
            default_headers={"X-Guard-User": POLICY_USER, **headers},
            max_retries=0,
            timeout=60,
        )
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


# vLLM sampling extras (passed through by the guard): the random model often picks special tokens or
# <|im_end|> first; keep them in the text and keep going, so every answer has max_tokens visible tokens.
VISIBLE = {"skip_special_tokens": False, "ignore_eos": True}


def answer(c: openai.OpenAI, model: str, max_tokens: int = 16) -> str:
    r = c.chat.completions.create(
        model=model,
        messages=messages(),  # type: ignore[arg-type]
        temperature=0,
        max_tokens=max_tokens,
        extra_body=VISIBLE,
    )
    return r.choices[0].message.content or ""


@cache
def tokenizer(model_dir: Path) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_dir)


def policy_text(guard_yaml: Path, scenario: str | None) -> str:
    """What the guard must inject for POLICY_USER, computed from the foundation API (docs/design.md#prompt-format)."""
    from guard.policy import OperatorSettings, load_policy
    from guard.prompt import render_resolved

    operator = OperatorSettings()
    loaded = load_policy(guard_yaml.parent / "policies" / f"{POLICY_USER}.yaml", absolute=operator.absolute_set)
    resolved = operator.resolve(loaded.policy, scenario)
    return render_resolved(resolved, operator.render_mode, QUESTION)


def expected_prompt(model_dir: Path, text: str) -> tuple[str, list[int]]:
    """The prompt vLLM must see (the tiny chat template around image + text) and its token ids, with the
    single ``<|image_pad|>`` expanded to the image's IMAGE_TOKENS tokens as vLLM does."""
    tok = tokenizer(model_dir)
    chat = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": text}]}]
    prompt = tok.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
    pad = tok.convert_tokens_to_ids("<|image_pad|>")
    ids: list[int] = []
    for t in tok(prompt, add_special_tokens=False)["input_ids"]:
        ids.extend([t] * IMAGE_TOKENS if t == pad else [t])
    return prompt, ids


def logged_prompts(vllm: Proc) -> list[tuple[str, list[int]]]:
    """Prompts and token ids as vLLM logged them (``--enable-log-requests`` at DEBUG level)."""
    found = []
    for m in LOGGED_PROMPT.finditer(vllm.log_text()):
        ids = [int(x) for x in m["ids"].split(",") if x.strip()]
        found.append((ast.literal_eval(m["prompt"]), ids))
    return found


@pytest.mark.parametrize("scenario", [None, SCENARIO])
def test_image_request_reaches_vllm_with_exactly_the_rendered_prompt(
    api: Callable[..., openai.OpenAI], guard: Proc, vllm: Proc, tiny_model: Path, guard_yaml: Path, scenario: str | None
) -> None:
    text = policy_text(guard_yaml, scenario)
    # The border check needs the plate: the scenario turns Alice's private statement non-private.
    stance = "non-private" if scenario else "private"
    assert f"complete license plate is considered as {stance} information." in text
    prompt, ids = expected_prompt(tiny_model, text)
    before = len(logged_prompts(vllm))

    headers = {"X-Guard-Scenario": scenario} if scenario else {}
    raw = api(guard, **headers).chat.completions.with_raw_response.create(
        model="private-vlm",
        messages=messages(),  # type: ignore[arg-type]
        temperature=0,
        max_tokens=4,
    )
    r = raw.parse()

    assert raw.headers["x-guard-policy-version"]
    assert r.usage is not None and r.usage.prompt_tokens == len(ids)
    new = logged_prompts(vllm)[before:]
    assert new, "vLLM logged no prompt for the request"
    assert new[-1] == (prompt, ids)


def test_alias_selects_the_adapter(api: Callable[..., openai.OpenAI], guard: Proc, vllm: Proc) -> None:
    c = api(guard)
    adapted, base = answer(c, "private-vlm"), answer(c, "base-vlm")
    assert adapted == answer(c, "private-vlm"), "greedy decoding should repeat itself"
    assert adapted != base, "the adapter alias answered like the base model"
    served = {m["id"] for m in httpx.get(f"{vllm.base_url}/v1/models", timeout=10).json()["data"]}
    assert {ADAPTER_NAME, BASE_NAME} <= served


def test_streaming_through_the_guard(api: Callable[..., openai.OpenAI], guard: Proc) -> None:
    c = api(guard)
    whole = answer(c, "private-vlm", max_tokens=12)
    with c.chat.completions.create(
        model="private-vlm",
        messages=messages(),  # type: ignore[arg-type]
        temperature=0,
        max_tokens=12,
        stream=True,
        extra_body=VISIBLE,
    ) as stream:
        pieces = [chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices]
    assert len([p for p in pieces if p]) >= 2, f"expected several content chunks, got {pieces!r}"
    assert "".join(pieces) == whole


def test_runtime_lora_loading_without_restarts(
    api: Callable[..., openai.OpenAI], guard: Proc, vllm: Proc, stack_dir: Path, tiny_model: Path, processes: Processes
) -> None:
    c = api(guard)
    with pytest.raises(openai.APIStatusError) as missing:
        answer(c, "next-vlm")
    assert missing.value.status_code == 502

    new_dir = train_adapter(stack_dir, tiny_model, RUNTIME_ADAPTER, seed=1)
    listing = run_cli(["adapters", "list", "--registry", str(registry_path(stack_dir))])
    assert RUNTIME_ADAPTER in listing and ADAPTER_NAME in listing
    assert lora_modules(registry_path(stack_dir))[RUNTIME_ADAPTER] == new_dir

    pids = {name: proc.popen.pid for name, proc in processes.servers.items()}
    r = httpx.post(
        f"{vllm.base_url}/v1/load_lora_adapter",
        json={"lora_name": RUNTIME_ADAPTER, "lora_path": str(new_dir)},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    nxt = answer(c, "next-vlm")
    assert nxt not in {answer(c, "private-vlm"), answer(c, "base-vlm")}
    assert {name: proc.popen.pid for name, proc in processes.servers.items()} == pids
    assert guard.alive() and vllm.alive()


def test_certify_with_the_offline_judge(guard: Proc, guard_yaml: Path, stack_dir: Path) -> None:
    suite = write_bench_suite(stack_dir / "suite")
    out = stack_dir / "certificates"
    argv = [
        "certify",
        "--config",
        str(guard_yaml),
        "--user",
        POLICY_USER,
        "--model",
        "private-vlm",
        "--suite",
        str(suite),
        "--judge",
        "offline",
        "--proxy-url",
        f"{guard.base_url}/v1",
        "--key",
        API_KEY,
        "--out",
        str(out),
        "--no-progress",
        "--concurrency",
        "2",
        # The tier's suite has one question per category (a plumbing check): knowingly fewer than
        # certification asks for by default.
        "--min-must-evade",
        "1",
    ]
    done = subprocess.run([*guard_cli(), *argv], capture_output=True, text=True, timeout=600, check=False)
    # 0 = pass, 1 = below threshold (expected of a random model); 2 = could not certify.
    assert done.returncode in (0, 1), f"guard certify exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    cert = json.loads((out / "certificate.json").read_text())
    assert cert["user"] == POLICY_USER
    assert cert["model"]["alias"] == "private-vlm"
    assert cert["target"] == f"guard proxy at {guard.base_url}/v1"
    assert cert["judge"].startswith("offline")
    assert cert["plan"]["requests"] > 0 and cert["plan"]["must_evade"] > 0
    assert cert["verdict"] == ("pass" if done.returncode == 0 else "fail")
    outcomes = (out / "outcomes.jsonl").read_text().splitlines()
    assert len(outcomes) == cert["plan"]["requests"]


def test_vllm_down_gives_an_error_and_the_guard_recovers(
    api: Callable[..., openai.OpenAI], guard: Proc, vllm: Proc, processes: Processes, tiny_model: Path, stack_dir: Path
) -> None:
    c = api(guard)
    assert answer(c, "private-vlm")
    vllm.stop()

    with pytest.raises(openai.APIStatusError) as down:
        answer(c, "private-vlm")
    assert down.value.status_code in (502, 503)
    assert httpx.get(f"{guard.base_url}/readyz", timeout=10).status_code == 503

    # Restart on the same port; while vLLM starts, the guard must keep answering with 502/503.
    back = start_vllm(processes, tiny_model, lora_modules(registry_path(stack_dir)), port=vllm.port, wait=False)
    during: list[int] = []
    while back.alive() and not is_ready(VLLM_READY, back) and time.monotonic() - back.t0 < VLLM_START_TIMEOUT_S:
        try:
            answer(c, "private-vlm", max_tokens=1)
            during.append(200)
        except openai.APIStatusError as exc:
            during.append(exc.status_code)
        time.sleep(2)
    processes.wait_ready(back, VLLM_READY, VLLM_START_TIMEOUT_S)
    assert during and set(during) <= {502, 503, 200}, f"statuses while vLLM restarted: {during}"
    assert during[0] in (502, 503), f"statuses while vLLM restarted: {during}"

    assert answer(c, "private-vlm"), "the guard did not recover after vLLM came back"
    assert httpx.get(f"{guard.base_url}/readyz", timeout=10).status_code == 200
    assert guard.alive()
