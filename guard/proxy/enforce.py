"""Where an answer is checked before it leaves (per alias ``enforcement``, overridable per key).

- ``instruct``: inject the policy and trust the adapter; answers pass unchanged.
- ``verify``: also check every answer with :class:`guard.verify.Verifier` against the categories this
  request evades; a violation (or, when ``fail_closed``, a check that cannot decide) replaces the
  answer with a refusal in the user's terms. Streams go through :class:`HoldBackStreamer`, so no
  unverified text reaches the client.
- ``precheck``: ``verify``, plus refuse without calling the upstream when the question clearly targets
  an evaded category.

The app reads the :class:`Verdict` for the audit record, the ``X-Guard-Outcome`` header and the
``guard_blocked_total`` metric; its ``reason`` names category ids and check ids only, never text.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from guard.proxy.audit import Outcome
from guard.proxy.pipeline import Prepared
from guard.taxonomy import Catalog
from guard.verify import HoldBackStreamer, Verifier, VerifyResult
from guard.verify.response import chunk as make_chunk
from guard.verify.response import refusal_text

Chunk = dict[str, Any]
Mode = Literal["instruct", "verify", "precheck"]
MODES: tuple[Mode, ...] = ("instruct", "verify", "precheck")


@dataclass
class Verdict:
    """What an enforcement decided about one answer (mutable while a stream is running).

    ``blocked_by``: (check id, cause) pairs behind a block, cause ``violation`` or ``error``.
    """

    outcome: Outcome = "answered"
    reason: str | None = None
    blocked_by: tuple[tuple[str, str], ...] = ()


class Enforcement(Protocol):
    name: str

    def precheck(self, prepared: Prepared, verdict: Verdict, *, question: str) -> str | None:
        """A refusal to send instead of calling the upstream, or None to go ahead."""
        ...

    async def answer(
        self, data: dict[str, Any], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> dict[str, Any]:
        """The answer to send (possibly replaced); set ``verdict`` when blocking."""
        ...

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> AsyncIterator[Chunk]:
        """The chunks to send (possibly held back or cut); set ``verdict`` when blocking."""
        ...


class Instruct:
    """Inject and trust the adapter: answers pass through unchanged."""

    name = "instruct"

    def precheck(self, prepared: Prepared, verdict: Verdict, *, question: str) -> str | None:
        return None

    async def answer(
        self, data: dict[str, Any], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> dict[str, Any]:
        return data

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> AsyncIterator[Chunk]:
        return chunks


def _names(prepared: Prepared) -> dict[str, str]:
    """Category id -> the name the user's policy knows it by (custom categories keep the user's name)."""
    return {r.category.id: r.category.name for r in prepared.resolved.resolutions}


def _block(verdict: Verdict, result: VerifyResult) -> None:
    verdict.outcome = "blocked"
    verdict.reason = result.reason
    pairs = [(v.check_id, "violation") for v in result.violations]
    pairs += [(cid, "error") for cid, v in result.verdicts.items() if v.status == "error" and not result.violations]
    verdict.blocked_by = tuple(dict.fromkeys(pairs))


def _message_text(data: dict[str, Any]) -> str | None:
    choices = data.get("choices") or []
    if not choices or not isinstance(choices[0], dict):
        return None
    message = choices[0].get("message") or {}
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else None


class Verify:
    """Check every answer; replace a disclosing (or, fail-closed, an unverifiable) one with a refusal."""

    name = "verify"

    def __init__(self, verifier: Verifier) -> None:
        self.verifier = verifier
        self._catalogs: dict[tuple[str, str], Catalog] = {}

    def _catalog(self, prepared: Prepared) -> Catalog | None:
        """The catalogue with the user's custom categories, one per policy version (bounded memo)."""
        policy = prepared.resolved.policy
        if not policy.custom:
            return None
        key = (policy.user, policy.version)
        hit = self._catalogs.get(key)
        if hit is None:
            if len(self._catalogs) >= 256:
                self._catalogs.clear()
            hit = self._catalogs[key] = self.verifier.catalog.with_custom(policy.custom.values())
        return hit

    def precheck(self, prepared: Prepared, verdict: Verdict, *, question: str) -> str | None:
        return None

    async def answer(
        self, data: dict[str, Any], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> dict[str, Any]:
        text = _message_text(data)
        if not prepared.evaded or text is None:  # nothing to protect, or no text answer (e.g. tool calls)
            return data
        names = _names(prepared)
        result = await self.verifier.verify(
            prepared.evaded, text, names=names, question=question or None, catalog=self._catalog(prepared)
        )
        if result.allowed:
            return data
        _block(verdict, result)
        refusal = self.verifier.refusal(result, names=names, evaded=prepared.evaded)
        choice = {"index": 0, "message": {"role": "assistant", "content": refusal}, "logprobs": None}
        return {**data, "choices": [{**choice, "finish_reason": "stop"}]}

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, *, question: str = ""
    ) -> AsyncIterator[Chunk]:
        if not prepared.evaded:
            return chunks
        return self._stream(chunks, prepared, verdict, question)

    async def _stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, question: str
    ) -> AsyncIterator[Chunk]:
        names = _names(prepared)
        streamer = HoldBackStreamer(
            self.verifier,
            prepared.evaded,
            names=names,
            question=question or None,
            catalog=self._catalog(prepared),
        )
        meta: dict[str, Any] = {}
        finish: list[str] = []

        async def deltas() -> AsyncIterator[str]:
            async for c in chunks:
                meta.setdefault("id", c.get("id"))
                meta.setdefault("created", c.get("created"))
                choices = c.get("choices") or []
                if not choices or not isinstance(choices[0], dict):
                    continue
                reason = choices[0].get("finish_reason")
                if reason:
                    finish.append(str(reason))
                delta = choices[0].get("delta") or {}
                text = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(text, str) and text:
                    yield text

        def out(content: str | None = None, *, role: bool = False, finish_reason: str | None = None) -> Chunk:
            cid = meta.get("id") or f"chatcmpl-guard-{uuid.uuid4().hex[:24]}"
            created = meta.get("created") or int(time.time())
            meta["id"], meta["created"] = cid, created
            return make_chunk(
                model="", completion_id=cid, created=created, content=content, role=role, finish_reason=finish_reason
            )

        started = False
        refused = False
        async for piece in streamer.stream(deltas()):
            if not started:
                started = True
                yield out("", role=True)
            yield out(piece.text)
            refused = refused or piece.kind == "refusal"
        result = streamer.result
        if result is not None and not result.allowed:
            _block(verdict, result)
        if not started:
            yield out("", role=True)
        yield out(finish_reason="stop" if refused or not finish else finish[-1])


class Precheck(Verify):
    """``verify`` plus: refuse a question that clearly targets an evaded category, without the upstream."""

    name = "precheck"

    def precheck(self, prepared: Prepared, verdict: Verdict, *, question: str) -> str | None:
        if not prepared.evaded or not question:
            return None
        decision = self.verifier.precheck(question, prepared.evaded, catalog=self._catalog(prepared))
        if not decision.refuse:
            return None
        verdict.outcome = "blocked"
        verdict.reason = f"precheck: question targets evaded {', '.join(decision.targets)}"
        verdict.blocked_by = (("precheck", "violation"),)
        return refusal_text(
            decision.targets,
            names=_names(prepared),
            template=self.verifier.settings.refusal_template,
            catalog=self._catalog(prepared) or self.verifier.catalog,
        )


def enforcements(verifier: Verifier | None) -> dict[str, Enforcement]:
    """One enforcement per mode; ``verify``/``precheck`` only when a verifier was built."""
    out: dict[str, Enforcement] = {"instruct": Instruct()}
    if verifier is not None:
        out["verify"] = Verify(verifier)
        out["precheck"] = Precheck(verifier)
    return out


def enforcement_for(name: str, verifier: Verifier | None = None) -> Enforcement:
    """The enforcement registered under ``name`` (the config validates the name)."""
    return enforcements(verifier)[name]
