"""Fixtures of the vLLM tier: one session stack (tiny model -> guard train -> vLLM -> guard serve).

Every server runs in its own process group with its log in the session's temp dir; a failing test gets
the tail of each log in its report, and every group is stopped when the session ends, also on failure.
The helpers (ports, processes, data, configs) live in ``serving_stack.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serving_stack import (
    ADAPTER_NAME,
    GUARD_START_TIMEOUT_S,
    TIMINGS,
    Proc,
    Processes,
    free_port,
    guard_cli,
    guard_config,
    http_ok,
    lora_modules,
    registry_path,
    run_cli,
    start_vllm,
    train_adapter,
)

_SESSION_PROCS: list[Processes] = []


@pytest.fixture(scope="session")
def processes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Processes]:
    """The session's process table; everything in it is stopped when the session ends."""
    log_dir = tmp_path_factory.mktemp("serving-logs")
    table = Processes(log_dir=log_dir)
    _SESSION_PROCS.append(table)
    try:
        yield table
    finally:
        TIMINGS.extend(table.timings)
        table.stop_all()
        _SESSION_PROCS.remove(table)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On a failing test, attach the tail of every started server's log to the report."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed:
        for table in _SESSION_PROCS:
            for proc in table.servers.values():
                state = "running" if proc.alive() else f"exited {proc.popen.returncode}"
                report.sections.append((f"{proc.name} log ({state}, {proc.log_path})", proc.log_tail()))


@pytest.fixture(scope="session")
def stack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("stack")


@pytest.fixture(scope="session")
def tiny_model(stack_dir: Path) -> Path:
    """The tiny random Qwen2-VL, built by ``guard dev tiny-model``."""
    out = stack_dir / "tiny-qwen2vl"
    run_cli(["dev", "tiny-model", "--out", str(out)])
    return out


@pytest.fixture(scope="session")
def adapter(stack_dir: Path, tiny_model: Path) -> Path:
    """The adapter vLLM serves as ``ncap-tier`` (its registry name), trained by ``guard train``."""
    return train_adapter(stack_dir, tiny_model, ADAPTER_NAME, seed=0)


@pytest.fixture(scope="session")
def vllm(processes: Processes, stack_dir: Path, tiny_model: Path, adapter: Path) -> Proc:
    """vLLM on CPU serving the tiny model as ``tiny-qwen2vl`` and every registered adapter under its
    registry name (so far: ``ncap-tier``); prompts logged."""
    modules = lora_modules(registry_path(stack_dir))
    assert modules == {ADAPTER_NAME: adapter}
    return start_vllm(processes, tiny_model, modules)


@pytest.fixture(scope="session")
def guard_yaml(stack_dir: Path, vllm: Proc) -> Path:
    return guard_config(stack_dir / "guard", vllm.base_url)


@pytest.fixture(scope="session")
def guard(processes: Processes, guard_yaml: Path) -> Proc:
    """``guard serve`` in front of vLLM, started from this environment; ready when /healthz answers."""
    port = free_port()
    argv = [*guard_cli(), "serve", "--config", str(guard_yaml), "--port", str(port), "--log-level", "warning"]
    return processes.start("guard", argv, port=port, ready=http_ok("/healthz"), timeout=GUARD_START_TIMEOUT_S)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print how long each server start and CLI step took (the tier's timings for the closing note)."""
    if TIMINGS:
        terminalreporter.section("serving tier timings")
        for what, seconds in TIMINGS:
            terminalreporter.write_line(f"{seconds:7.1f} s  {what}")
