"""Streaming hold-back: release only text that has been verified, never a character of a leak.

Two modes (``VerifySettings.stream_mode``):

- ``buffer``: collect the whole answer, verify it, then release it (or the refusal). Safe with every
  check, including the judge; time to first token becomes the time to the whole answer.
- ``holdback``: keep the newest ``Verifier.holdback_chars`` characters (measured in the normalised
  text, so "nineteen eighty-four" counts as the four digits it becomes) unreleased. That window is
  the longest value plus the longest distance at which a cue may follow it, so a value can never be
  released before everything that could make it a finding has arrived. Each check looks at a bounded
  tail only (the unreleased text plus the longest cue distance before it), and only after at least
  ``step`` new characters, so the work per delta is O(new text), not O(answer); it runs in a worker
  thread, never on the event loop. One full check of the whole answer runs at the end, before the
  held tail is released. If a check that cannot judge prefixes applies to this request (the judge;
  the refusal check when the question targets an evaded category), the request falls back to
  ``buffer``.

On a violation the stream stops (the upstream is closed) and the refusal is emitted; if a check
cannot decide and the verifier fails closed, the same happens.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from guard.taxonomy import Catalog
from guard.verify.base import MAX_VALUE_CHARS, CheckInput
from guard.verify.cues import cues
from guard.verify.normalise import normalise
from guard.verify.verdict import VerifyResult
from guard.verify.verifier import Verifier

_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class StreamPiece:
    """Text safe to send to the client: part of the verified answer, or the refusal that replaces it."""

    text: str
    kind: Literal["answer", "refusal"]


class HoldBackStreamer:
    """Adapter from upstream text deltas to verified pieces; ``result`` is set when the stream ends."""

    def __init__(
        self,
        verifier: Verifier,
        evaded: frozenset[str],
        *,
        names: Mapping[str, str] | None = None,
        question: str | None = None,
        images: Sequence[bytes] = (),
        schema: Mapping[str, Any] | None = None,
        catalog: Catalog | None = None,
        mode: Literal["buffer", "holdback"] | None = None,
        holdback_chars: int | None = None,
        step: int = 64,
    ) -> None:
        self.verifier = verifier
        self.evaded = frozenset(evaded)
        self.names = dict(names or {})
        self.question = question
        self.images = tuple(images)
        self.schema = schema
        self.catalog = catalog
        # never shorter than what the configured checks need, whatever the caller asks for
        self.holdback_chars = max(holdback_chars or 0, verifier.holdback_chars)
        self.lookback = cues().before + MAX_VALUE_CHARS
        self.step = max(1, step)
        requested = mode or verifier.settings.stream_mode
        probe = CheckInput(
            evaded=self.evaded,
            answer="",
            names=self.names,
            question=question,
            images=self.images,
            schema=schema,
            catalog=catalog,
        )
        needs_whole = any(not c.incremental for c in verifier.active(probe).values())
        self.mode: Literal["buffer", "holdback"] = "buffer" if needs_whole else requested
        self.result: VerifyResult | None = None
        self.checks_run = 0
        self.chars_checked = 0

    async def stream(self, deltas: AsyncIterable[str]) -> AsyncIterator[StreamPiece]:
        """Consume ``deltas``; yield verified answer pieces, or a refusal once, then stop."""
        parts: list[str] = []
        length = 0
        released = 0
        pending = ""  # text received since the last check (joined lazily)
        tail_start = 0
        tail = ""  # text[tail_start:], kept bounded
        iterator = deltas.__aiter__()
        try:
            async for delta in iterator:
                if not delta:
                    continue
                parts.append(delta)
                length += len(delta)
                if not self.evaded:  # nothing to protect in this request: pass through
                    yield StreamPiece(delta, "answer")
                    released = length
                    continue
                if self.mode != "holdback":
                    continue
                pending += delta
                if length - released < self.holdback_chars + self.step:
                    continue
                tail += pending
                pending = ""
                # keep only what a check may need: the unreleased text and the cue distance before it
                keep_from = max(tail_start, released - self.lookback)
                tail, tail_start = tail[keep_from - tail_start :], keep_from
                result = await self._verify(tail, only_incremental=True)
                if not result.allowed:
                    self.result = result
                    yield self._refusal(result)
                    return
                cut = tail_start + self._release_point(tail, released - tail_start)
                if cut > released:
                    yield StreamPiece(tail[released - tail_start : cut - tail_start], "answer")
                    released = cut
        finally:
            closer = getattr(iterator, "aclose", None)
            if closer is not None:
                await closer()
        text = "".join(parts)
        result = await self._verify(text, only_incremental=False)
        self.result = result
        if result.allowed:
            if len(text) > released and self.evaded:
                yield StreamPiece(text[released:], "answer")
        else:
            yield self._refusal(result)

    def _release_point(self, tail: str, released: int) -> int:
        """The last word boundary at least ``holdback_chars`` normalised characters before the end."""
        norm = normalise(tail)
        keep = len(norm.text) - self.holdback_chars
        if keep <= 0:
            return released
        limit = norm.starts[keep]
        for i in range(limit, released, -1):
            if _SPACE.match(tail, i - 1):
                return i
        return released

    async def _verify(self, text: str, *, only_incremental: bool) -> VerifyResult:
        self.checks_run += 1
        self.chars_checked += len(text)
        return await self.verifier.verify(
            self.evaded,
            text,
            names=self.names,
            question=self.question,
            images=self.images,
            schema=self.schema,
            catalog=self.catalog,
            only_incremental=only_incremental,
            offload=True,
        )

    def _refusal(self, result: VerifyResult) -> StreamPiece:
        return StreamPiece(self.verifier.refusal(result, names=self.names, evaded=self.evaded), "refusal")
