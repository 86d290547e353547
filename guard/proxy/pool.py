"""Upstream pools: several servers of one model behind one alias (docs/pools.md).

Why this shape:

- **Least outstanding requests.** An LLM request holds a server for seconds, so the member with the
  fewest requests in flight is the best predictor of who answers first; ties rotate, so a pool at
  concurrency 1 still spreads. Choosing is a loop over a handful of members and two integer updates
  per request: no locks (everything runs on the event loop), no allocation on the common path.
- **Passive ejection.** A member that refuses a connection (or cannot be connected to in time) is
  ejected at once; one whose requests time out or whose connection drops is ejected after
  ``eject_after`` such failures in a row. HTTP statuses never eject: a 500 proves the member is there.
  While every member is ejected, all are tried again (a pool never refuses without trying).
- **Re-admission after a probe.** While a member is ejected a background task probes it
  (``GET <base>/models``) every ``probe_interval_s``; the first probe that answers re-admits it. A
  readiness probe (``/readyz``) that answers also re-admits, and so does an answer while every member
  is ejected. Any answer resets a member's count of failures in a row.
- **Retry only what the member never took.** A request moves to another member only when the failure
  came before any response byte and before the member could have accepted it: refused or timed-out
  connects, and connections dropped before the answer began (``Stage`` in ``http_clients``). A request
  that timed out while the member had it, or broke after the answer began, is not resent.
- **Metrics without client data.** Per-member series are labelled with the alias and the member's
  configured name (or its index); they are read from the members' counters when ``/metrics`` is
  scraped, so requests pay nothing for them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger("guard.proxy.pool")

MEMBER_NAME = r"^[A-Za-z][A-Za-z0-9._-]{0,63}$"
"""Member names start with a letter, so they never collide with the index used for unnamed members."""


class PoolMember(BaseModel):
    """One server of a pool."""

    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(pattern=r"^https?://", description="the member's /v1 URL, e.g. http://10.0.0.7:8000/v1")
    name: str | None = Field(
        default=None,
        pattern=MEMBER_NAME,
        description="label in /readyz, metrics and logs (letters, digits, . _ -; starts with a letter); "
        "default: the member's index in the list",
    )


class PoolSettings(BaseModel):
    """How a pool ejects and re-admits members."""

    model_config = ConfigDict(extra="forbid")

    eject_after: int = Field(
        default=3,
        ge=1,
        le=100,
        description="timeouts or dropped connections in a row that eject a member (a refused or timed-out "
        "connect ejects at once)",
    )
    probe_interval_s: float = Field(
        default=2.0, gt=0, le=300, description="seconds between probes (GET <base_url>/models) of an ejected member"
    )
    probe_timeout_s: float = Field(default=2.0, gt=0, le=60, description="seconds a probe waits for an answer")
    connect_timeout_s: float | None = Field(
        default=None,
        gt=0,
        le=60,
        description="seconds to open a connection to a member before trying the next one; default: the "
        "alias's timeout_s, at most 10",
    )


def member_problems(base_url: str | None, members: Sequence[PoolMember]) -> str | None:
    """Why an upstream's server list is unusable (one line), or None."""
    if base_url is not None and members:
        return "set base_url (one server) or members (a pool of several), not both"
    if base_url is None and not members:
        return "set base_url (one server) or members (a pool of several servers of the same model)"
    seen: set[str] = set()
    for i, member in enumerate(members):
        if member.name is not None:
            if member.name in seen:
                return f"members[{i}].name: {member.name!r} names two members; each name must be unique"
            seen.add(member.name)
    return None


class Checked(NamedTuple):
    """A probe's result: whether the member answered healthily, why not (admins and the log), and
    whether it could not be reached at all (refused, timed out: what ejects)."""

    ok: bool
    detail: str
    unreachable: bool = False


Probe = Callable[["Member", float], Awaitable[Checked]]
"""Checks one member within a timeout."""


class Member:
    """One server's live state. Plain attributes: they are only touched on the event loop."""

    __slots__ = (
        "base",
        "chat_url",
        "ejected",
        "ejected_at",
        "ejections",
        "failures",
        "index",
        "label",
        "last_probe",
        "models_url",
        "outstanding",
        "requests",
        "timeouts",
        "unreachable",
    )

    def __init__(self, index: int, label: str, base: str) -> None:
        self.index = index
        self.label = label
        self.base = base
        self.chat_url = base + "/chat/completions"
        self.models_url = base + "/models"
        self.outstanding = 0
        """requests sent to this member and not finished (balancing and the outstanding gauge)"""
        self.requests = 0
        self.failures = 0
        """timeouts and dropped connections in a row (reset by any answer)"""
        self.unreachable = 0
        self.timeouts = 0
        self.ejected = False
        self.ejected_at = 0.0
        self.ejections = 0
        self.last_probe: Checked | None = None


class Pool:
    """The members of one alias, how to choose one, and when to leave one out."""

    def __init__(self, alias: str, members: Sequence[Member], settings: PoolSettings, probe: Probe) -> None:
        if not members:
            raise ValueError(f"model {alias!r}: a pool needs at least one member")
        self.alias = alias
        self.members = tuple(members)
        self.settings = settings
        self._probe = probe
        self._next = 0
        self._prober: asyncio.Task[None] | None = None
        self.retries = 0
        """requests resent to another member after a failure the first one never took"""

    def pick(self, tried: Sequence[Member] = ()) -> Member | None:
        """The admitted, untried member with the fewest requests in flight (ties rotate); when every
        untried member is ejected, the least busy of those; None when all were tried."""
        members = self.members
        n = len(members)
        if n == 1:
            return None if tried else members[0]
        self._next = start = (self._next + 1) % n
        best: Member | None = None
        fallback: Member | None = None
        for i in range(n):
            m = members[(start + i) % n]
            if tried and m in tried:
                continue
            if m.ejected:
                if fallback is None or m.outstanding < fallback.outstanding:
                    fallback = m
            elif best is None or m.outstanding < best.outstanding:
                best = m
        return best if best is not None else fallback

    def answered(self, member: Member) -> None:
        """The member answered (any HTTP status): it is there. An ejected member waits for its probe,
        unless every member is ejected: then the one that answers is the pool's way back."""
        member.failures = 0
        if member.ejected and all(m.ejected for m in self.members):
            self._admit(member, "it answered while every member was ejected")

    def failed(self, member: Member, *, connect: bool, timeout: bool) -> None:
        """Count a transport failure; eject at once when it could not be connected to (``connect``),
        else after ``eject_after`` failures in a row."""
        if timeout:
            member.timeouts += 1
        else:
            member.unreachable += 1
        member.failures += 1
        if len(self.members) > 1 and not member.ejected and (connect or member.failures >= self.settings.eject_after):
            self._eject(member, "could not connect" if connect else f"{member.failures} failures in a row")

    def _eject(self, member: Member, why: str) -> None:
        member.ejected = True
        member.ejected_at = time.monotonic()
        member.ejections += 1
        log.warning(
            "model %s: pool member %s ejected (%s); probing it every %g s",
            self.alias,
            member.label,
            why,
            self.settings.probe_interval_s,
        )
        if self._prober is None or self._prober.done():
            self._prober = asyncio.get_running_loop().create_task(self._probe_ejected())

    def _admit(self, member: Member, why: str) -> None:
        member.ejected = False
        member.failures = 0
        log.warning(
            "model %s: pool member %s re-admitted after %.1f s (%s)",
            self.alias,
            member.label,
            time.monotonic() - member.ejected_at,
            why,
        )

    async def _probe_ejected(self) -> None:
        """Probe the ejected members until none is left (started by the first ejection)."""
        interval, timeout = self.settings.probe_interval_s, self.settings.probe_timeout_s
        while any(m.ejected for m in self.members):
            await asyncio.sleep(interval)
            ejected = [m for m in self.members if m.ejected]
            try:
                results = await asyncio.gather(*(self._probe(m, timeout) for m in ejected))
            except Exception as exc:  # a bug in a probe must not leave members out for good
                log.error("model %s: probing pool members failed: %s", self.alias, type(exc).__name__, exc_info=exc)
                continue
            for member, result in zip(ejected, results, strict=True):
                member.last_probe = result
                if result.ok and member.ejected:
                    self._admit(member, "a probe answered")

    async def ready(self, timeout: float) -> tuple[bool, str]:
        """Probe every member now: ready when one answers. A pool's probes also eject and re-admit."""
        results = await asyncio.gather(*(self._probe(m, timeout) for m in self.members))
        for member, result in zip(self.members, results, strict=True):
            member.last_probe = result
            if result.ok and member.ejected:
                self._admit(member, "a readiness probe answered")
            elif result.unreachable and len(self.members) > 1 and not member.ejected:
                self._eject(member, f"readiness probe: {result.detail}")
        if len(self.members) == 1:
            return results[0].ok, results[0].detail
        up = sum(r.ok for r in results)
        return up > 0, f"{up} of {len(results)} members reachable"

    def describe(self) -> list[dict[str, Any]]:
        """Per-member state for admins (/readyz): label, last probe, ejected, requests in flight."""
        return [
            {
                "member": m.label,
                "ok": m.last_probe.ok if m.last_probe else None,
                "detail": m.last_probe.detail if m.last_probe else "not probed yet",
                "ejected": m.ejected,
                "outstanding": m.outstanding,
            }
            for m in self.members
        ]

    async def aclose(self) -> None:
        if self._prober is not None:
            self._prober.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._prober
            self._prober = None


class PoolCollector:
    """Prometheus series per pool member, read from the members when /metrics is scraped."""

    def __init__(self, pools: Iterable[Pool]) -> None:
        self.pools = tuple(pools)

    def describe(self) -> Iterator[Metric]:
        return iter(_Families().all())

    def collect(self) -> Iterator[Metric]:
        f = _Families()
        for pool in self.pools:
            for m in pool.members:
                labels = [pool.alias, m.label]
                f.up.add_metric(labels, 0.0 if m.ejected else 1.0)
                f.outstanding.add_metric(labels, float(m.outstanding))
                f.requests.add_metric(labels, float(m.requests))
                f.failures.add_metric([*labels, "unreachable"], float(m.unreachable))
                f.failures.add_metric([*labels, "timeout"], float(m.timeouts))
                f.ejections.add_metric(labels, float(m.ejections))
            f.retries.add_metric([pool.alias], float(pool.retries))
        return iter(f.all())


class _Families:
    """The per-member metric families (label values: configured aliases and member labels only)."""

    def __init__(self) -> None:
        member = ["model", "member"]
        self.up = GaugeMetricFamily(
            "guard_upstream_member_up", "1 while a pool member is admitted, 0 while ejected.", labels=member
        )
        self.outstanding = GaugeMetricFamily(
            "guard_upstream_member_outstanding", "Requests in flight to a pool member.", labels=member
        )
        self.requests = CounterMetricFamily(
            "guard_upstream_member_requests", "Requests sent to a pool member (retries included).", labels=member
        )
        self.failures = CounterMetricFamily(
            "guard_upstream_member_failures",
            "Transport failures of a pool member by kind (unreachable: refused or dropped; timeout).",
            labels=[*member, "kind"],
        )
        self.ejections = CounterMetricFamily(
            "guard_upstream_member_ejections", "Times a pool member was ejected.", labels=member
        )
        self.retries = CounterMetricFamily(
            "guard_upstream_retries",
            "Requests resent to another pool member after a failure before the first one took them.",
            labels=["model"],
        )

    def all(self) -> list[Metric]:
        return [self.up, self.outstanding, self.requests, self.failures, self.ejections, self.retries]
