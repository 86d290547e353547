"""The asyncio runner: bounded concurrency, retries with exponential backoff, per-call timeouts,
a resumable cache and a progress bar with ETA.

A fixed pool of workers pulls requests from one iterator (cheaper than one task per sample for a
32,700-sample run). Only successful calls are cached, so a rerun retries the failures.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from guard.bench.cache import JsonlCache, cache_key
from guard.bench.models import ChatModel, GenParams, Message, ModelCallError, Reply


class RunSettings(BaseModel):
    """How hard to push the model and how patiently to retry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concurrency: int = Field(default=8, ge=1, le=1024)
    retries: int = Field(default=4, ge=0, description="Extra attempts after a retryable failure.")
    backoff: float = Field(default=0.5, ge=0.0, description="First retry delay in seconds; doubles each time.")
    backoff_max: float = Field(default=30.0, ge=0.0)
    timeout: float = Field(default=120.0, gt=0.0, description="Per-call timeout in seconds.")
    params: GenParams = GenParams()


@dataclass(frozen=True, slots=True)
class Request:
    """One call: ``key`` is the sample id (reports only; the cache key hashes the whole request)."""

    key: str
    messages: list[Message]
    headers: Mapping[str, str] | None = None


@dataclass(slots=True)
class Generation:
    key: str
    response: str | None
    error: str | None = None
    attempts: int = 0
    cached: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


def backoff_delay(attempt: int, settings: RunSettings, rng: random.Random) -> float:
    """Exponential backoff with jitter: ``backoff * 2**attempt``, capped, times 0.5..1."""
    return float(min(settings.backoff_max, settings.backoff * 2**attempt) * (0.5 + rng.random() / 2))


async def call_with_retries(
    model: ChatModel,
    request: Request,
    settings: RunSettings,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    rng: random.Random | None = None,
) -> Generation:
    """One request with the per-call timeout and retries; never raises for a model failure."""
    rng = rng or random.Random()
    attempt = 0
    while True:
        attempt += 1
        try:
            reply = await asyncio.wait_for(_reply(model, request, settings.params), settings.timeout)
            extra: dict[str, object] = {"guard_outcome": reply.guard_outcome} if reply.guard_outcome else {}
            return Generation(request.key, reply.text, attempts=attempt, extra=extra)
        except TimeoutError:
            error, retryable = f"timed out after {settings.timeout:g} s", True
        except ModelCallError as exc:
            error, retryable = str(exc), exc.retryable
        if not retryable or attempt > settings.retries:
            return Generation(request.key, None, error=error, attempts=attempt)
        await sleep(backoff_delay(attempt - 1, settings, rng))


async def _reply(model: ChatModel, request: Request, params: GenParams) -> Reply:
    """The answer with the guard's outcome header when the model can report it (HTTP models)."""
    full = getattr(model, "complete_reply", None)
    if full is not None:
        reply: Reply = await full(request.messages, params, request.headers)
        return reply
    return Reply(await model.complete(request.messages, params, request.headers))


def request_cache_key(request: Request, model: ChatModel, params: GenParams) -> str:
    """A hash of everything that determines the answer: the full messages (text and image bytes, which
    travel inside them as data URLs), the model, the parameters and the headers (user, scenario).
    The sample id is not part of it: an edited question or a replaced image is a new request."""
    return cache_key("v2", model.id, params.model_dump(), dict(request.headers or {}), request.messages)


async def run_requests(
    requests: Sequence[Request],
    model: ChatModel,
    settings: RunSettings | None = None,
    *,
    cache: JsonlCache | None = None,
    progress: bool = True,
    description: str = "generating",
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> list[Generation]:
    """Run every request (skipping cached ones); results come back in request order."""
    settings = settings or RunSettings()
    cache = cache if cache is not None else JsonlCache(None)
    results: list[Generation | None] = [None] * len(requests)
    todo: list[tuple[int, str]] = []
    for i, req in enumerate(requests):
        key = request_cache_key(req, model, settings.params)
        hit = cache.get(key)
        if hit is not None:
            outcome = hit.get("guard_outcome")
            extra: dict[str, object] = {"guard_outcome": outcome} if isinstance(outcome, str) else {}
            results[i] = Generation(req.key, hit.get("response"), attempts=0, cached=True, extra=extra)
        else:
            todo.append((i, key))

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not progress,
        transient=False,
    )
    rng = random.Random(0)
    pending = iter(todo)

    async def worker(task_id: TaskID) -> None:
        for i, key in pending:
            gen = await call_with_retries(model, requests[i], settings, sleep=sleep, rng=rng)
            if gen.ok:
                cache.put(key, {"id": gen.key, "model": model.id, "response": gen.response, **gen.extra})
            results[i] = gen
            bar.advance(task_id)

    with bar:
        task_id = bar.add_task(description, total=len(requests), completed=len(requests) - len(todo))
        workers = min(settings.concurrency, max(1, len(todo)))
        await asyncio.gather(*(worker(task_id) for _ in range(workers)))
    return [r if r is not None else Generation(requests[i].key, None, error="not run") for i, r in enumerate(results)]
