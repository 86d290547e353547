"""``guard dev``: the tiny model, the local CPU stack in the foreground, and the narrated demo.

The stack and demo live in ``guard.dev`` (needs the ``dev`` extra: httpx, openai, torch for training)
and are imported inside the commands, so ``guard --help`` stays fast.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import typer

from guard.cli.console import EXIT_USAGE, err, fail, out, say
from guard.cli.options import EnforcementChoice
from guard.errors import GuardError

if TYPE_CHECKING:
    from guard.dev.stack import Enforcement, StackSettings

app = typer.Typer(
    help="Developer tools: the tiny random Qwen2-VL, the local CPU stack (vLLM + guard) and the demo.",
    no_args_is_help=True,
)

WORK_HELP = "Folder for the model, suite, adapter, config, logs and audit; reused by later runs."
VENV_HELP = "The vLLM environment built by scripts/setup-vllm-env.sh."
SNIPPET = """\
from openai import OpenAI

client = OpenAI(base_url="{base_url}", api_key="{key}",
                default_headers={{"X-Guard-User": "alice"}})   # or "bob": another policy
r = client.chat.completions.create(model="{alias}", max_tokens=24, messages=[
    {{"role": "user", "content": "What is the licence plate number of this car?"}}])
print(r.choices[0].message.content)   # alice keeps her plate private: the guard's refusal"""


def _settings(
    work: Path | None,
    vllm_venv: Path | None,
    *,
    fresh: bool,
    enforcement: Enforcement,
    log_content: bool,
    guard_port: int = 8080,
    vllm_port: int = 8000,
) -> StackSettings:
    from guard.dev.stack import StackSettings, default_vllm_venv, default_work_dir

    return StackSettings(
        work=work or default_work_dir(),
        vllm_venv=vllm_venv or default_vllm_venv(),
        fresh=fresh,
        enforcement=enforcement,
        log_content=log_content,
        guard_port=guard_port,
        vllm_port=vllm_port,
    )


@app.command("tiny-model")
def tiny_model(
    out_dir: Path = typer.Option(
        ..., "--out", "-o", metavar="DIR", help="Directory to write the model, tokenizer and processor into."
    ),
    seed: int = typer.Option(0, "--seed", metavar="N", help="Seed for the random weights (same seed, same files)."),
) -> None:
    """Build the tiny random Qwen2-VL (text hidden 128, vision depth 2) that loads in transformers and vLLM."""
    from guard.train.tiny import build_tiny_qwen2vl

    if out_dir.exists() and not out_dir.is_dir():
        fail(f"--out {out_dir}: exists and is not a directory", EXIT_USAGE)
    path = build_tiny_qwen2vl(out_dir, seed=seed)
    files = ", ".join(sorted(p.name for p in path.iterdir()))
    say(f"tiny Qwen2-VL written to {path} ({files})")


@app.command("stack")
def stack(
    port: int = typer.Option(8080, "--port", "-p", metavar="PORT", help="The guard's port (a free one if taken)."),
    vllm_port: int = typer.Option(
        8000, "--vllm-port", metavar="PORT", help="vLLM's port (a free one if this one is taken)."
    ),
    enforcement: EnforcementChoice = typer.Option(
        EnforcementChoice.precheck, "--enforcement", help="The model alias's enforcement: instruct, verify or precheck."
    ),
    log_content: bool = typer.Option(
        False, "--log-content", help="Store prompts and answers in the audit log (`guard audit show --json`)."
    ),
    work: Path | None = typer.Option(
        None, "--work", metavar="DIR", help=WORK_HELP + " Default: ~/.cache/spy-guard/dev-stack."
    ),
    vllm_venv: Path | None = typer.Option(
        None, "--vllm-venv", metavar="DIR", help=VENV_HELP + " Default: $VLLM_VENV or .venv-vllm."
    ),
    fresh: bool = typer.Option(False, "--fresh", help="Rebuild the model, suite and adapter."),
) -> None:
    """Run vLLM on CPU (tiny Qwen2-VL + adapter) and `guard serve` in front, in the foreground; Ctrl-C stops both."""
    from guard.dev.stack import ALIAS, BASE_ALIAS, conflict_scenarios, prepare, running

    try:
        settings = _settings(
            work,
            vllm_venv,
            fresh=fresh,
            guard_port=port,
            vllm_port=vllm_port,
            enforcement=enforcement.value,
            log_content=log_content,
        )

        def plain(text: str) -> None:
            out.print(text, markup=False)

        paths = prepare(settings, plain)
        with _stop_signals_as_interrupt(), running(settings, paths, plain) as live:
            out.print(
                f"\nguard   {live.base_url}   model aliases: {ALIAS} (tiny Qwen2-VL + adapter), {BASE_ALIAS}\n"
                f"key     {live.key}   (any end user in X-Guard-User; demo policies: alice, bob)\n"
                f"        X-Guard-Scenario may be one of: {', '.join(conflict_scenarios(paths))}\n"
                f"vLLM    {live.vllm.base_url}/v1   (clients go through the guard)\n"
                f"config  {live.config}\nlogs    {paths.logs}\n",
                markup=False,
            )
            out.print("Paste into Python (the tiny model is random: answers are noise, refusals are real):\n")
            out.print(SNIPPET.format(base_url=live.base_url, key=live.key, alias=ALIAS), markup=False)
            out.print(f"\nAudit: guard audit show --config {live.config}\nCtrl-C stops both.", markup=False)
            while live.vllm.alive() and live.guard.alive():
                time.sleep(0.5)
            dead = live.vllm if not live.vllm.alive() else live.guard
            tail = dead.log_tail(20)
            fail(f"{dead.name} exited with code {dead.popen.returncode}; log {dead.log_path}:\n{tail}", EXIT_USAGE)
    except KeyboardInterrupt:
        out.print("\nstopping vLLM and the guard ... stopped.")
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)


class _stop_signals_as_interrupt:
    """Ctrl-C (SIGINT) and SIGTERM both raise KeyboardInterrupt while the stack runs, so both servers are stopped.

    SIGINT is set explicitly: a process started as a script's background job inherits SIGINT *ignored*
    (POSIX shells do that), and Python then keeps ignoring it, so Ctrl-C would leave both servers running.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __enter__(self) -> None:
        def handler(signum: int, frame: FrameType | None) -> None:
            raise KeyboardInterrupt

        self._old = {signum: signal.signal(signum, handler) for signum in self.SIGNALS}

    def __exit__(self, *exc: object) -> None:
        for signum, old in self._old.items():
            signal.signal(signum, old)


@app.command("demo")
def demo(
    work: Path | None = typer.Option(
        None, "--work", metavar="DIR", help=WORK_HELP + " Default: ~/.cache/spy-guard/dev-stack."
    ),
    vllm_venv: Path | None = typer.Option(
        None, "--vllm-venv", metavar="DIR", help=VENV_HELP + " Default: $VLLM_VENV or .venv-vllm."
    ),
    fresh: bool = typer.Option(False, "--fresh", help="Rebuild the model, suite and adapter."),
) -> None:
    """The main job on the local CPU stack: two users, same image questions, refusals, audit, metrics, certify."""
    from guard.dev.demo import run_demo

    try:
        settings = _settings(work, vllm_venv, fresh=fresh, enforcement="precheck", log_content=True)
        with _stop_signals_as_interrupt():
            code = run_demo(settings, out)
    except KeyboardInterrupt:
        err.print("interrupted; vLLM and the guard are stopped")
        raise typer.Exit(130) from None
    except GuardError as exc:
        fail(str(exc), EXIT_USAGE)
    raise typer.Exit(code)


def register(root: typer.Typer) -> None:
    """Attach ``dev`` to the root app."""
    root.add_typer(app, name="dev")
