"""The embedded default stack on CPU: tiny Qwen2-VL -> ``guard train`` adapter -> vLLM -> ``guard serve``.

``guard dev stack`` runs it in the foreground and ``guard dev demo`` drives it; both build the same
assets in a work folder and reuse them on later runs (``fresh`` rebuilds). Every step is the real CLI
(``python -m guard ...``) in a subprocess, so the stack exercises exactly what a user would type, and
torch never loads in this process. The tiny model is random: the stack proves the plumbing (policy
injection, adapter routing, enforcement, audit, certification), not answer quality.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from guard.dev.processes import Server, Servers, http_ok, preferred_port
from guard.errors import GuardError

BASE_NAME = "tiny-qwen2vl"
"""vLLM's served name of the base model (``--served-model-name``)."""
ADAPTER_NAME = "ncap"
"""The adapter's registry name, which is also its name in vLLM (``--lora-modules ncap=...``), as in
examples/guard.yaml."""
ALIAS = "private-vlm"
"""The model alias clients ask the guard for."""
BASE_ALIAS = "base-vlm"
"""An alias for the base model without the adapter (to compare)."""
TRAIN_STEPS = 4
VLLM_START_TIMEOUT_S = 600.0
"""vLLM on 2 busy CPU cores took 30-105 s to start; allow for a machine under heavy load."""
GUARD_START_TIMEOUT_S = 90.0
SUITE_CATEGORIES = "a103_license_plate_complete,a104_license_plate_partial,a49_phone"
"""The synthetic suite's categories: cars with complete or partly hidden plates, phone numbers.
(The demo policies name the family `license plate`, which covers both plate categories: certification
needs questions about each.)"""
SUITE_ARGS = ("--n", "6", "--tune-n", "6", "--seed", "0", "--categories", SUITE_CATEGORIES, "--format", "png")
SUITE_STAMP = ".spy-guard-dev-suite"
"""A file in the suite recording the arguments it was made with: other arguments, another suite."""

TRAIN_RECIPE = """\
# A few steps at a high, constant learning rate: enough to move the random model's greedy outputs
# away from the base model's (plumbing only; real recipes are in train/*.yaml).
method: ncap
learning_rate: 0.05
warmup_ratio: 0.0
lr_scheduler: constant_with_warmup
beta: 1.0
seed: 0
"""

POLICIES: dict[str, str] = {
    "alice": """\
user: alice
description: Keeps her licence plate and her phone number to herself.
private:
  - license plate
  - phone
""",
    "bob": """\
user: bob
description: Happy to share his licence plate; keeps his phone number private.
private:
  - phone
public:
  - license plate
""",
}
"""The demo's two end users: same request, different policies."""

VLLM_ENV = {
    "VLLM_CPU_KVCACHE_SPACE": "1",
    "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "True",
    "VLLM_NO_USAGE_STATS": "1",
    "DO_NOT_TRACK": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}
GUARD_ENV = {"LITELLM_LOCAL_MODEL_COST_MAP": "True", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}

Say = Callable[[str], None]
Enforcement = Literal["instruct", "verify", "precheck"]


class StackError(GuardError):
    """The stack cannot be built or started; the message says which step and what to do."""


class StackSettings(BaseModel):
    """Where the stack lives and how it runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    work: Path = Field(description="folder for the model, suite, adapter, configs, logs and audit (reused)")
    vllm_venv: Path = Field(description="the vLLM environment made by scripts/setup-vllm-env.sh")
    fresh: bool = Field(default=False, description="rebuild the model, suite and adapter even if present")
    vllm_port: int = Field(default=8000, ge=1, le=65535, description="vLLM's port (a free one if it is taken)")
    guard_port: int = Field(default=8080, ge=1, le=65535, description="the guard's port (a free one if it is taken)")
    enforcement: Enforcement = Field(default="precheck", description="the alias's enforcement")
    log_content: bool = Field(
        default=False, description="store prompts and answers in the audit log (the demo turns it on: synthetic data)"
    )


def default_work_dir() -> Path:
    """``$XDG_CACHE_HOME/spy-guard/dev-stack`` (``~/.cache/...``): reused across runs, outside any checkout."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "spy-guard" / "dev-stack"


def default_vllm_venv() -> Path:
    """``$VLLM_VENV``, else ``.venv-vllm`` in the current folder (where ``make`` builds it)."""
    return Path(os.environ.get("VLLM_VENV") or ".venv-vllm")


def vllm_python(venv: Path) -> Path:
    """The vLLM environment's Python; a clear error naming the set-up command when it is missing."""
    python = venv / "bin" / "python"
    if not python.exists():
        raise StackError(
            f"{venv}: no vLLM environment here; build it with `scripts/setup-vllm-env.sh {venv}` "
            "(about 2-3 minutes, 7 GB) or point --vllm-venv / VLLM_VENV at one"
        )
    return python


@dataclass(frozen=True)
class StackPaths:
    """Everything the stack writes, under one work folder."""

    root: Path

    @property
    def model(self) -> Path:
        return self.root / BASE_NAME

    @property
    def suite(self) -> Path:
        return self.root / "suite"

    @property
    def adapters(self) -> Path:
        return self.root / "adapters"

    @property
    def registry(self) -> Path:
        return self.adapters / "registry.yaml"

    @property
    def guard(self) -> Path:
        return self.root / "guard"

    @property
    def config(self) -> Path:
        return self.guard / "guard.yaml"

    @property
    def policies(self) -> Path:
        return self.guard / "policies"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def guard_command(*args: str) -> list[str]:
    """``guard ARGS`` with this interpreter (the same environment as the caller)."""
    return [sys.executable, "-m", "guard", *args]


def run_guard(*args: str, what: str, timeout: float = 900.0) -> str:
    """Run a ``guard`` command to completion; its output, or :class:`StackError` with it when it fails."""
    env = {**os.environ, **GUARD_ENV, "COLUMNS": os.environ.get("COLUMNS", "150")}
    done = subprocess.run(guard_command(*args), capture_output=True, text=True, env=env, timeout=timeout, check=False)
    if done.returncode != 0:
        raise StackError(
            f"{what} failed (guard {' '.join(args[:2])} exited {done.returncode}):\n{done.stdout}{done.stderr}"
        )
    return done.stdout


def build_model(paths: StackPaths, say: Say, *, fresh: bool) -> None:
    if not fresh and (paths.model / "config.json").exists():
        say(f"tiny Qwen2-VL: reusing {paths.model}")
        return
    run_guard("dev", "tiny-model", "--out", str(paths.model), what="building the tiny model")
    say(f"tiny Qwen2-VL written to {paths.model} (random weights, text hidden 128, vision depth 2)")


def build_suite(paths: StackPaths, say: Say, *, fresh: bool) -> None:
    stamp = paths.suite / SUITE_STAMP
    made_with = " ".join(SUITE_ARGS)
    if not fresh and stamp.is_file() and stamp.read_text(encoding="utf-8") == made_with:
        say(f"synthetic suite: reusing {paths.suite}")
        return
    run_guard("data", "synth", "--out", str(paths.suite), *SUITE_ARGS, what="generating the synthetic suite")
    stamp.write_text(made_with, encoding="utf-8")
    bench = json.loads((paths.suite / "bench.json").read_text(encoding="utf-8"))["benchmark_list"]
    say(f"synthetic suite in {paths.suite}: {len(bench)} questions about plates and phone numbers (fake values)")


def adapter_registered(paths: StackPaths) -> bool:
    """True when the registry names the demo adapter and its folder exists (a broken registry: False)."""
    from guard.train.registry import load_registry

    if not paths.registry.exists():
        return False
    try:
        entry = load_registry(paths.registry).get(ADAPTER_NAME)
    except GuardError:
        return False
    return entry is not None and entry.path.is_dir()


def train_adapter(paths: StackPaths, say: Say, *, fresh: bool) -> None:
    if not fresh and adapter_registered(paths):
        say(f"adapter {ADAPTER_NAME}: reusing {paths.adapters / ADAPTER_NAME}")
        return
    recipe = paths.root / "recipe-ncap.yaml"
    recipe.write_text(TRAIN_RECIPE, encoding="utf-8")
    if paths.registry.exists():
        paths.registry.unlink()
    run_guard(
        "train", "--method", "ncap", "--recipe", str(recipe), "--base", str(paths.model),
        "--data", str(paths.suite / "tune.json"), "--images", str(paths.suite),
        "--out", str(paths.adapters / ADAPTER_NAME), "--max-steps", str(TRAIN_STEPS),
        "--name", ADAPTER_NAME, "--registry", str(paths.registry),
        what="training the adapter",
    )  # fmt: skip
    say(f"NCA-P LoRA adapter, {TRAIN_STEPS} steps: {paths.adapters / ADAPTER_NAME} (registry name {ADAPTER_NAME})")


def conflict_scenarios(paths: StackPaths) -> list[str]:
    """Scenarios in which the suite's categories are needed (non-private): the demo key may choose them,
    so certification also tests questions the policy must let through (the scenario wins)."""
    bench = json.loads((paths.suite / "bench.json").read_text(encoding="utf-8"))["benchmark_list"]
    return sorted({str(s["scenario"]) for item in bench for s in item["non_privacy_scenarios"]})


def vllm_argv(python: Path, model: Path, adapters: dict[str, Path], port: int) -> list[str]:
    """vLLM's OpenAI server on CPU with LoRA: every adapter is served under its registry name.

    Started as ``python -m vllm.entrypoints.openai.api_server``: the ``vllm`` console script fails
    under the ``vllm-cpu`` distribution name.
    """
    modules = [f"{name}={path}" for name, path in adapters.items()]
    return [
        str(python), "-m", "vllm.entrypoints.openai.api_server",
        "--model", str(model), "--served-model-name", BASE_NAME,
        "--host", "127.0.0.1", "--port", str(port),
        "--enable-lora", "--max-lora-rank", "8", "--max-loras", "2",
        "--limit-mm-per-prompt", '{"image": 1, "video": 0}', "--max-model-len", "2048", "--seed", "0",
        *(["--lora-modules", *modules] if modules else []),
    ]  # fmt: skip


def write_guard_config(paths: StackPaths, settings: StackSettings, vllm_url: str) -> Path:
    """The guard's config for this stack: the demo users' policies, two aliases, audit in the work folder."""
    paths.policies.mkdir(parents=True, exist_ok=True)
    for user, text in POLICIES.items():
        (paths.policies / f"{user}.yaml").write_text(text, encoding="utf-8")

    def alias(model: str) -> dict[str, object]:
        upstream = {"kind": "openai", "base_url": f"{vllm_url}/v1", "model": model}
        return {"upstream": upstream, "enforcement": settings.enforcement, "timeout_s": 120}

    config = {
        "policies": "policies",
        "keys_file": "keys.yaml",
        "models": {ALIAS: alias(ADAPTER_NAME), BASE_ALIAS: alias(BASE_NAME)},
        "audit": {"path": "audit.sqlite", "log_content": settings.log_content},
    }
    header = (
        "# Written by `guard dev stack` / `guard dev demo` for the local CPU stack; rewritten on each start.\n"
        f"# {ALIAS} = the tiny Qwen2-VL with the {ADAPTER_NAME} adapter, {BASE_ALIAS} = the same model without it.\n"
    )
    paths.config.write_text(header + yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    keys = paths.guard / "keys.yaml"
    if keys.exists():
        keys.unlink()  # one fresh demo key per start
    return paths.config


@dataclass
class RunningStack:
    """The started stack: both servers, the guard's URL, a key and the config they run with."""

    paths: StackPaths
    servers: Servers
    vllm: Server
    guard: Server
    config: Path
    key: str

    @property
    def base_url(self) -> str:
        """The guard's OpenAI base URL (what clients set as ``base_url``)."""
        return f"{self.guard.base_url}/v1"


def prepare(settings: StackSettings, say: Say) -> StackPaths:
    """Build (or reuse) the tiny model, the synthetic suite and the adapter (after checking the vLLM env)."""
    vllm_python(settings.vllm_venv)
    paths = StackPaths(settings.work.resolve())
    paths.root.mkdir(parents=True, exist_ok=True)
    build_model(paths, say, fresh=settings.fresh)
    build_suite(paths, say, fresh=settings.fresh)
    train_adapter(paths, say, fresh=settings.fresh)
    return paths


@contextmanager
def running(settings: StackSettings, paths: StackPaths, say: Say) -> Iterator[RunningStack]:
    """Start vLLM, then the guard in front of it; both are stopped when the block ends (also on errors/Ctrl-C)."""
    python = vllm_python(settings.vllm_venv)
    servers = Servers(log_dir=paths.logs)
    try:
        port = preferred_port(settings.vllm_port)
        adapters = {ADAPTER_NAME: paths.adapters / ADAPTER_NAME}
        t0 = time.monotonic()
        say(f"starting vLLM on CPU (log: {paths.logs}); on 2 busy cores this takes 30-120 s")
        vllm = servers.spawn("vllm", vllm_argv(python, paths.model, adapters, port), port=port, env=VLLM_ENV)
        servers.wait_ready(vllm, http_ok("/v1/models"), VLLM_START_TIMEOUT_S)
        say(f"vLLM ready in {time.monotonic() - t0:.0f} s at {vllm.base_url}/v1 (models {BASE_NAME}, {ADAPTER_NAME})")

        config = write_guard_config(paths, settings, vllm.base_url)
        allow = [arg for scenario in conflict_scenarios(paths) for arg in ("--allow-scenario", scenario)]
        key = run_guard(
            "keys", "add", "demo", "--config", str(config), "--user", "*", *allow, what="adding a key"
        ).strip()  # fmt: skip
        gport = preferred_port(settings.guard_port)
        argv = guard_command("serve", "--config", str(config), "--port", str(gport), "--log-level", "warning")
        guard = servers.start(
            "guard", argv, port=gport, ready=http_ok("/healthz"), timeout=GUARD_START_TIMEOUT_S, env=GUARD_ENV
        )
        say(f"guard serve ready in {guard.started_s:.1f} s at {guard.base_url}/v1 (config {config})")
        yield RunningStack(paths=paths, servers=servers, vllm=vllm, guard=guard, config=config, key=key)
    finally:
        servers.stop_all()
