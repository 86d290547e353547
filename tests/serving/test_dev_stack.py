"""``guard dev stack``: both servers in the foreground, a working snippet, Ctrl-C stops both cleanly.

Runs the command as a user would (its own process group, like a terminal's foreground job), reads the
base URL and key it prints, runs the printed OpenAI SDK snippet, then sends SIGINT and checks that the
command exits 0 and that vLLM and the guard are gone (their ports closed). It starts with SIGINT ignored,
as a script's background job (``cmd &``, or CI started that way) does: Ctrl-C must still stop it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from serving_stack import free_port, guard_cli, vllm_python

from guard.dev.processes import port_free

pytestmark = pytest.mark.vllm

READY_LINE = "Ctrl-C stops both."
START_TIMEOUT_S = 900.0
STOP_TIMEOUT_S = 120.0
"""vLLM on two busy CPU cores once took over 60 s to stop."""


def read_until(proc: subprocess.Popen[str], marker: str, timeout: float) -> str:
    """Lines of ``proc``'s stdout until one contains ``marker``; fails with the output so far."""
    assert proc.stdout is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            pytest.fail(f"guard dev stack exited {proc.wait()} before it was ready:\n" + "".join(seen))
        seen.append(line)
        if marker in line:
            return "".join(seen)
    pytest.fail(f"guard dev stack not ready after {timeout:.0f} s:\n" + "".join(seen))


def stop_output(proc: subprocess.Popen[str], work: Path, timeout: float) -> str:
    """What ``proc`` printed once it exited; on a timeout, fails with the processes still running and the logs."""
    try:
        return proc.communicate(timeout=timeout)[0]
    except subprocess.TimeoutExpired:
        ps = subprocess.run(["ps", "-eo", "pid,ppid,sid,stat,etime,args"], capture_output=True, text=True, check=False)
        mine = (str(proc.pid), str(work))  # its session, its children, the servers started on its work folder
        left = "\n".join(line for line in ps.stdout.splitlines() if any(part in line for part in mine))
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        try:
            out = proc.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            out = "(its output pipe is still held open by another process)"
        logs = "\n".join(f"--- {log.name}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:])
                         for log in sorted((work / "logs").glob("*.log")))  # fmt: skip
        pytest.fail(f"guard dev stack still running {timeout:.0f} s after Ctrl-C; processes:\n{left}\n"
                    f"output:\n{out}\n{logs}")  # fmt: skip


def test_dev_stack_serves_the_snippet_and_stops_on_ctrl_c(tiny_model: Path, tmp_path: Path) -> None:
    work = tmp_path / "dev-stack"
    work.mkdir()
    shutil.copytree(tiny_model, work / "tiny-qwen2vl")  # the session's model: only the adapter is trained here
    guard_port, vllm_port = free_port(), free_port()
    argv = [
        *guard_cli(), "dev", "stack", "--work", str(work), "--vllm-venv", str(vllm_python().parent.parent),
        "--port", str(guard_port), "--vllm-port", str(vllm_port),
    ]  # fmt: skip
    env = {**os.environ, "COLUMNS": "200", "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )  # fmt: skip
    try:
        shown = read_until(proc, READY_LINE, START_TIMEOUT_S)
        base_url = re.search(r"^guard\s+(http://127\.0\.0\.1:\d+/v1)", shown, re.M)
        key = re.search(r"^key\s+(sk-guard-\S+)", shown, re.M)
        assert base_url and key, shown
        assert base_url[1] == f"http://127.0.0.1:{guard_port}/v1"
        snippet = shown[shown.index("from openai import OpenAI") : shown.index("\nAudit:")]
        done = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert "private for this user" in done.stdout, done.stdout  # alice's plate: the guard's refusal
        assert httpx.get(f"http://127.0.0.1:{vllm_port}/v1/models", timeout=5).status_code == 200

        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground process group
        out = stop_output(proc, work, STOP_TIMEOUT_S)
        assert proc.returncode == 0, out
        assert "stopped" in out
        assert port_free(guard_port) and port_free(vllm_port)
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # also when the leader is gone but a member of its group is not
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()  # else a later test trips over the unclosed pipe's ResourceWarning
