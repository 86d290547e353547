"""Prometheus metrics, in a registry owned by one app (no process-wide globals, so tests stay isolated)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0015, 0.0025, 0.005, 0.01, 0.025, 0.1)


class Metrics:
    """The proxy's series; ``render()`` is the ``/metrics`` body."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "guard_requests",
            "Chat requests by model alias, HTTP status and outcome.",
            ["model", "status", "outcome"],
            registry=r,
        )
        self.upstream_latency = Histogram(
            "guard_upstream_latency_seconds",
            "Upstream latency by alias (to the first chunk when streaming).",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.overhead = Histogram(
            "guard_overhead_seconds",
            "Time the guard itself spends on a request (auth, policy, rendering, audit), excluding the upstream.",
            buckets=OVERHEAD_BUCKETS,
            registry=r,
        )
        self.blocked = Counter(
            "guard_blocked",
            "Answers withheld by verification, by alias, check id and cause (violation or error).",
            ["model", "check", "cause"],
            registry=r,
        )
        self.reload_errors = Counter(
            "guard_policy_reload_errors",
            "Policy files that failed to load, counted at each failing reload.",
            registry=r,
        )
        self.policies_loaded = Gauge("guard_policies_loaded", "Users with a policy in force.", registry=r)
        self.policy_files_invalid = Gauge(
            "guard_policy_files_invalid", "Policy files currently failing to load.", registry=r
        )
        self.users_failing_closed = Gauge(
            "guard_policy_users_failing_closed",
            "Users whose requests are refused because their policy failed to load.",
            registry=r,
        )

        # labelled children, looked up once per label set (``labels()`` costs a lock and a tuple per call);
        # the label values are bounded by the caller (configured aliases, statuses, outcomes)
        self._requests_by: dict[tuple[str, int, str], Any] = {}
        self._upstream_by: dict[str, Any] = {}

    def request_done(self, model: str, status: int, outcome: str) -> None:
        """Count one finished chat request."""
        child = self._requests_by.get((model, status, outcome))
        if child is None:
            child = self._requests_by[(model, status, outcome)] = self.requests.labels(model, str(status), outcome)
        child.inc()

    def upstream_seconds(self, alias: str, seconds: float) -> None:
        child = self._upstream_by.get(alias)
        if child is None:
            child = self._upstream_by[alias] = self.upstream_latency.labels(alias)
        child.observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
