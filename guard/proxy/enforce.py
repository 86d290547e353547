"""Where an answer is checked before it leaves (per alias ``enforcement``, overridable per key).

- ``instruct``: inject the policy and trust the adapter; answers pass unchanged.
- ``verify``: also check everything an answer releases against the categories this request evades:
  every choice, its content (string or parts), tool-call and function-call names and arguments, the
  refusal and reasoning fields. A violation (or, when ``fail_closed``, a check that cannot decide)
  replaces the whole answer with a refusal in the user's terms. Channels that are not verified are
  dropped: logprobs always; in streams, reasoning deltas (refusal deltas are verified as content;
  tool calls are collected and verified before they are sent). Streams go through
  :class:`HoldBackStreamer`, so no unverified text reaches the client.
- ``precheck``: ``verify``, plus refuse without calling the upstream when the question clearly targets
  an evaded category.

The serving object reads the :class:`Verdict` for the audit record, the ``X-Guard-Outcome`` header and
the ``guard_blocked_total`` metric; its ``reason`` names category ids and check ids only, never text.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from guard.proxy.audit import Outcome
from guard.proxy.pipeline import Prepared
from guard.proxy.protocol import Choice, Chunk, Completion, DeltaChoice, ToolCall, ToolCallDelta
from guard.taxonomy import Catalog
from guard.verify import HoldBackStreamer, Verifier, VerifyResult
from guard.verify.response import refusal_text

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


@dataclass(frozen=True)
class Asked:
    """What the client asked, as the checks see it: all user-authored text, the images, the schema."""

    question: str = ""
    images: tuple[bytes, ...] = ()
    schema: Mapping[str, Any] | None = None


class Enforcement(Protocol):
    name: str
    drop: frozenset[str]
    """Request fields never forwarded under this enforcement (what it cannot verify)."""
    logprobs: bool
    """Whether logprobs may be released."""

    async def precheck(self, prepared: Prepared, verdict: Verdict, asked: Asked) -> str | None:
        """A refusal to send instead of calling the upstream, or None to go ahead."""
        ...

    async def answer(self, answer: Completion, prepared: Prepared, verdict: Verdict, asked: Asked) -> Completion:
        """The answer to send (possibly replaced); set ``verdict`` when blocking."""
        ...

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, asked: Asked
    ) -> AsyncIterator[Chunk]:
        """The chunks to send (possibly held back or cut); set ``verdict`` when blocking."""
        ...


class Instruct:
    """Inject and trust the adapter: answers pass through unchanged."""

    name = "instruct"
    drop: frozenset[str] = frozenset()
    logprobs = True

    async def precheck(self, prepared: Prepared, verdict: Verdict, asked: Asked) -> str | None:
        return None

    async def answer(self, answer: Completion, prepared: Prepared, verdict: Verdict, asked: Asked) -> Completion:
        return answer

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, asked: Asked
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


def _refusal_completion(answer: Completion, text: str) -> Completion:
    return Completion(answer.id, answer.created, (Choice(0, text, finish_reason="stop"),), answer.usage)


class Verify:
    """Check every released channel; replace a disclosing (or, fail-closed, an unverifiable) answer."""

    name = "verify"
    drop = frozenset({"logprobs", "top_logprobs"})
    logprobs = False

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

    async def _verify(self, text: str, prepared: Prepared, asked: Asked) -> VerifyResult:
        return await self.verifier.verify(
            prepared.evaded,
            text,
            names=_names(prepared),
            question=asked.question or None,
            images=asked.images,
            schema=asked.schema,
            catalog=self._catalog(prepared),
        )

    async def precheck(self, prepared: Prepared, verdict: Verdict, asked: Asked) -> str | None:
        if prepared.evaded:  # OCR and the question's reading run while the upstream answers
            self.verifier.prefetch(asked.images)
            self.verifier.read_question(
                prepared.evaded, asked.question or None, schema=asked.schema, catalog=self._catalog(prepared)
            )
        return None

    async def answer(self, answer: Completion, prepared: Prepared, verdict: Verdict, asked: Asked) -> Completion:
        released = Completion(
            answer.id, answer.created, tuple(replace(c, logprobs=None) for c in answer.choices), answer.usage
        )
        if not prepared.evaded:  # nothing to protect in this request
            return released
        texts = ["\n".join(c.channels()) for c in answer.choices]
        results = await asyncio.gather(*(self._verify(t, prepared, asked) for t in texts if t))
        for result in results:
            if not result.allowed:
                _block(verdict, result)
                refusal = self.verifier.refusal(result, names=_names(prepared), evaded=prepared.evaded)
                return _refusal_completion(answer, refusal)
        return released

    def stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, asked: Asked
    ) -> AsyncIterator[Chunk]:
        return self._stream(chunks, prepared, verdict, asked)

    async def _stream(
        self, chunks: AsyncIterator[Chunk], prepared: Prepared, verdict: Verdict, asked: Asked
    ) -> AsyncIterator[Chunk]:
        """Choice 0's content and refusal text through the hold-back streamer; tool and function calls
        collected and verified at the end; reasoning, logprobs and other choices dropped."""
        names = _names(prepared)
        streamer = HoldBackStreamer(
            self.verifier,
            prepared.evaded,
            names=names,
            question=asked.question or None,
            images=asked.images,
            schema=asked.schema,
            catalog=self._catalog(prepared),
        )
        meta: dict[str, Any] = {"id": None, "created": None, "usage": None}
        finish: list[str] = []
        calls: dict[int, list[str]] = {}  # index -> [id, name, arguments]
        function: list[str] = []  # [name, arguments] of a legacy function call

        async def deltas() -> AsyncIterator[str]:
            async for c in chunks:
                meta["id"] = meta["id"] or c.id
                meta["created"] = meta["created"] or c.created
                meta["usage"] = c.usage or meta["usage"]
                for ch in c.choices:
                    if ch.index != 0:
                        continue
                    if ch.finish_reason:
                        finish.append(ch.finish_reason)
                    for t in ch.tool_calls:
                        slot = calls.setdefault(t.index, ["", "", ""])
                        slot[0] = t.id or slot[0]
                        slot[1] += t.name or ""
                        slot[2] += t.arguments or ""
                    if ch.function_call is not None:
                        if not function:
                            function.extend(["", ""])
                        function[0] += ch.function_call.name or ""
                        function[1] += ch.function_call.arguments or ""
                    text = (ch.content or "") + (ch.refusal or "")
                    if text:
                        yield text

        def out(choice: DeltaChoice, usage: dict[str, int] | None = None) -> Chunk:
            cid = meta["id"] or f"chatcmpl-guard-{uuid.uuid4().hex[:24]}"
            created = meta["created"] or int(time.time())
            meta["id"], meta["created"] = cid, created
            return Chunk(cid, created, (choice,), usage)

        started = False
        refused = False
        async for piece in streamer.stream(deltas()):
            if not started:
                started = True
                yield out(DeltaChoice(0, role="assistant", content=""))
            yield out(DeltaChoice(0, content=piece.text))
            refused = refused or piece.kind == "refusal"
        result = streamer.result
        if result is not None and not result.allowed:
            _block(verdict, result)
        if not started:
            yield out(DeltaChoice(0, role="assistant", content=""))
        if not refused and (calls or function):
            tool_calls = [ToolCall(v[0], v[1], v[2]) for _, v in sorted(calls.items())]
            fc = ToolCall("", function[0], function[1]) if function else None
            probe = Choice(0, tool_calls=tuple(tool_calls), function_call=fc)
            checked = await self._verify("\n".join(probe.channels()), prepared, asked) if prepared.evaded else None
            if checked is not None and not checked.allowed:
                _block(verdict, checked)
                refused = True
                yield out(DeltaChoice(0, content=self.verifier.refusal(checked, names=names, evaded=prepared.evaded)))
            else:
                yield out(
                    DeltaChoice(
                        0,
                        tool_calls=tuple(ToolCallDelta(i, t.id, t.name, t.arguments) for i, t in enumerate(tool_calls)),
                        function_call=ToolCallDelta(0, None, fc.name, fc.arguments) if fc else None,
                    )
                )
        yield out(
            DeltaChoice(0, finish_reason="stop" if refused or not finish else finish[-1]),
            None if refused else meta["usage"],
        )


class Precheck(Verify):
    """``verify`` plus: refuse a question that clearly targets an evaded category, without the upstream."""

    name = "precheck"

    async def precheck(self, prepared: Prepared, verdict: Verdict, asked: Asked) -> str | None:
        if not prepared.evaded:
            return None
        if asked.images:
            self.verifier.prefetch(asked.images)
        if not (asked.question or asked.schema):
            return None
        decision = await self.verifier.aprecheck(
            asked.question, prepared.evaded, catalog=self._catalog(prepared), schema=asked.schema
        )
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
