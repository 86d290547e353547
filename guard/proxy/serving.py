"""Serving one chat request, after authentication: the whole decision in one readable place.

``ChatService.serve`` takes the parsed request and the authorised principal and returns a typed
result: ``Answered`` (a checked completion), ``Streamed`` (checked chunks to send) or ``Refused`` (the
guard's own refusal, no upstream call), each with its ``Verdict``. It never writes responses, audit
rows or metrics: the app does that in one place for every outcome.

Order: the user's policy (fail closed when it is unavailable) -> the imitation rule (client text that
looks like the guard's policy lines) -> resolve, render, inject -> the enforcement's precheck ->
the upstream, built from the typed request -> the enforcement's checks on everything released.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from guard.errors import GuardError
from guard.policy import Policy
from guard.proxy.audit import AuditRecord
from guard.proxy.auth import Principal
from guard.proxy.config import ApiKey, GuardSettings
from guard.proxy.enforce import Asked, Enforcement, Verdict
from guard.proxy.errors import BadRequest
from guard.proxy.pipeline import Prepared, ResolveCache, prepare
from guard.proxy.protocol import ChatRequest, Chunk, ImitationRule, apply_imitation_rule, completion_body
from guard.proxy.routing import Outbound, Router, Served


@dataclass
class Answered:
    body: dict[str, Any]
    verdict: Verdict
    served: Served


@dataclass
class Streamed:
    """A started stream: ``chunks`` are already checked by the enforcement (iterate once)."""

    chunks: AsyncIterator[Chunk]
    verdict: Verdict
    served: Served
    logprobs: bool
    upstream: AsyncIterator[Chunk] = field(repr=False)
    """The upstream iterator, closed by the app when the client goes away."""


@dataclass
class Refused:
    text: str
    verdict: Verdict


Result = Answered | Streamed | Refused


class ChatService:
    """Policy -> prompt -> upstream -> checks, for one authorised request."""

    def __init__(
        self,
        settings: GuardSettings,
        router: Router,
        enforcements: dict[str, Enforcement],
        policy_for: Any,
        cache: ResolveCache,
        imitation: ImitationRule,
    ) -> None:
        self.settings = settings
        self.operator = settings.operator_settings
        self.router = router
        self.enforcements = enforcements
        self.policy_for = policy_for
        self.cache = cache
        self.imitation = imitation

    def enforcement(self, alias: str, key: ApiKey) -> Enforcement:
        """The key's override, else the alias's mode."""
        return self.enforcements[key.enforcement or self.settings.models[alias].enforcement]

    async def serve(self, chat: ChatRequest, principal: Principal, key: ApiKey, rec: AuditRecord) -> Result:
        alias = self.settings.models[chat.model]
        policy: Policy = self.policy_for(principal.user)
        rec.policy_version = policy.version
        chat = apply_imitation_rule(chat, self.imitation, self.settings.imitation)
        try:
            prepared: Prepared = prepare(
                chat.messages, policy, principal.scenario, self.operator, alias.render_mode, cache=self.cache
            )
        except GuardError as exc:
            raise BadRequest(str(exc), param="messages") from None
        rec.evaded = sorted(prepared.evaded)
        if self.settings.audit.log_content:
            rec.content = {"messages": redact(prepared.messages)}
        enforcement = self.enforcement(chat.model, key)
        if chat.stream and enforcement.name != "instruct" and chat.params.get("n", 1) > 1:
            raise BadRequest("n: streaming several choices is not supported under verification; use n: 1", param="n")
        asked = Asked(chat.question, chat.images, chat.schema)
        verdict = Verdict()
        refusal = await enforcement.precheck(prepared, verdict, asked)
        if refusal is not None:  # answered by the guard: the upstream never sees the question
            return Refused(refusal, verdict)
        out = Outbound(chat, prepared.typed, enforcement.drop)
        if chat.stream:
            first, rest, served = await self.router.stream(chat.model, out)
            chunks = enforcement.stream(_prepend(first, rest), prepared, verdict, asked)
            return Streamed(chunks, verdict, served, enforcement.logprobs, rest)
        completion, served = await self.router.complete(chat.model, out)
        completion = await enforcement.answer(completion, prepared, verdict, asked)
        return Answered(completion_body(completion, chat.model, logprobs=enforcement.logprobs), verdict, served)


async def _prepend(first: Chunk | None, rest: AsyncIterator[Chunk]) -> AsyncIterator[Chunk]:
    if first is not None:
        yield first
    async for chunk in rest:
        yield chunk


def redact(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Messages for the audit content column: images replaced by their sha256."""
    import hashlib

    out = []
    for msg in messages:
        content = msg.get("content")
        if isinstance(content, list):
            parts = []
            for part in content:
                if part.get("type") == "image_url":
                    url = part["image_url"]["url"]
                    parts.append({"type": "image_url", "sha256": hashlib.sha256(url.encode()).hexdigest()})
                else:
                    parts.append(part)
            msg = {**msg, "content": parts}
        out.append(msg)
    return out
