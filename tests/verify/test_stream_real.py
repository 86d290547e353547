"""Verified streams through a real `guard serve` process, the fake upstream sending the answer one word per event
as a model's tokens arrive: a value whose cue comes later in the sentence never reaches the client (the hold-back
covers the longest cue distance), and a long verified stream does not stall the server for other clients (the
checks of each delta run off the event loop, on the new text's window)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "proxy"))
from real_stack import echo_verify_stack, streamed_text

pytestmark = pytest.mark.slow

KEY = "sk-guard-stream-real"
HEADERS = {"authorization": f"Bearer {KEY}", "x-guard-user": "alice"}
POLICIES = {
    "alice.yaml": "user: alice\nprivate: [birth date, address]\n",
    "bob.yaml": "user: bob\nprivate: [phone, username]\n",
}


def body(answer: str) -> dict[str, object]:
    return {"model": "echo", "stream": True, "messages": [{"role": "user", "content": f"{answer} [[echo-words]]"}]}


def test_a_value_whose_cue_comes_later_never_reaches_the_client(tmp_path: Path) -> None:
    answer = "The card shows 2 June 1984 printed in small letters in the lower corner, which is when she was born."
    with echo_verify_stack(tmp_path, KEY, POLICIES) as url:
        text = streamed_text(url, body(answer), HEADERS)
        harmless = streamed_text(url, body("The card lies on a wooden table next to a cup of tea."), HEADERS)
    assert "1984" not in text and "June" not in text, text
    assert "can't share" in text  # the guard's refusal replaced the answer
    # the echo also repeats the policy the guard put before the question; the harmless answer is released whole
    assert harmless.endswith("The card lies on a wooden table next to a cup of tea.") and "can't share" not in harmless


def test_a_masked_number_and_a_later_labelled_handle_never_reach_the_client(tmp_path: Path) -> None:
    headers = {**HEADERS, "x-guard-user": "bob"}
    with echo_verify_stack(tmp_path, KEY, POLICIES) as url:
        masked = streamed_text(url, body("The flyer gives the phone number as +•• ••• 318 447."), headers)
        handle = streamed_text(url, body("Near the avatar it reads tomekwalsh, which is the username."), headers)
    assert "318" not in masked and "447" not in masked and "can't share" in masked, masked
    assert "tomekwalsh" not in handle and "can't share" in handle, handle


def test_a_long_verified_stream_does_not_stall_other_clients(tmp_path: Path) -> None:
    sentence = "The street outside is quiet and the shop windows are full of winter coats and scarves. "
    answer = (sentence * 120).strip()  # ~10 KB, ~2,000 events
    waits: list[float] = []
    done = threading.Event()
    with echo_verify_stack(tmp_path, KEY, POLICIES) as url:
        base = url.removesuffix("/v1")

        def probe() -> None:
            with httpx.Client(timeout=30) as client:
                while not done.is_set():
                    t0 = time.perf_counter()
                    assert client.get(f"{base}/healthz").status_code == 200
                    waits.append(time.perf_counter() - t0)
                    time.sleep(0.02)

        prober = threading.Thread(target=probe)
        prober.start()
        try:
            text = streamed_text(url, body(answer), HEADERS)
        finally:
            done.set()
            prober.join(30)
    assert text.endswith(answer) and "can't share" not in text  # verified and released in full
    assert waits, "healthz was never probed while the stream ran"
    # generous bound (shared CI machines): the point is "answers while streaming", not a latency target
    assert max(waits) < 2.0, max(waits)
