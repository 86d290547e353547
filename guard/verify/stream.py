"""Streaming hold-back: release only text that has been verified, never a token of a leak.

Two modes (``VerifySettings.stream_mode``):

- ``buffer``: collect the whole answer, verify it, then release it (or the refusal). Safe with every
  check, including the judge; time to first token becomes the time to the whole answer.
- ``holdback``: after each upstream delta, verify the *whole* text so far with the incremental
  (offline) checks and release text up to the last word boundary at least ``holdback_chars`` behind
  the newest character. A finding no longer than the window can therefore never be partly released:
  while it is incomplete, its first character is still inside the window. If a check that cannot
  judge prefixes applies to this request (the judge; the refusal check when the question targets an
  evaded category), the streamer falls back to ``buffer`` for that request.

On a violation the stream stops (the upstream is closed) and the refusal is emitted; if a check
cannot decide and the verifier fails closed, the same happens.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Literal

from guard.taxonomy import Catalog
from guard.verify.base import CheckInput
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
        image: bytes | None = None,
        catalog: Catalog | None = None,
        mode: Literal["buffer", "holdback"] | None = None,
        holdback_chars: int | None = None,
    ) -> None:
        self.verifier = verifier
        self.evaded = frozenset(evaded)
        self.names = dict(names or {})
        self.question = question
        self.image = image
        self.catalog = catalog
        settings = verifier.settings
        self.holdback_chars = holdback_chars or settings.holdback_chars
        requested = mode or settings.stream_mode
        probe = CheckInput(
            evaded=self.evaded, answer="", names=self.names, question=question, image=image, catalog=catalog
        )
        needs_whole = any(not c.incremental for c in verifier.active(probe).values())
        self.mode: Literal["buffer", "holdback"] = "buffer" if needs_whole else requested
        self.result: VerifyResult | None = None
        self.checks_run = 0

    async def stream(self, deltas: AsyncIterable[str]) -> AsyncIterator[StreamPiece]:
        """Consume ``deltas``; yield verified answer pieces, or a refusal once, then stop."""
        text = ""
        released = 0
        iterator = deltas.__aiter__()
        try:
            async for delta in iterator:
                text += delta
                if not self.evaded:  # nothing to protect in this request: pass through
                    if delta:
                        yield StreamPiece(delta, "answer")
                    released = len(text)
                    continue
                if self.mode != "holdback":
                    continue
                cut = self._release_point(text, released)
                if cut <= released:
                    continue
                result = await self._verify(text, only_incremental=True)
                if not result.allowed:
                    self.result = result
                    yield self._refusal(result)
                    return
                yield StreamPiece(text[released:cut], "answer")
                released = cut
        finally:
            closer = getattr(iterator, "aclose", None)
            if closer is not None:
                await closer()
        result = await self._verify(text, only_incremental=False)
        self.result = result
        if result.allowed:
            if len(text) > released:
                yield StreamPiece(text[released:], "answer")
        else:
            yield self._refusal(result)

    def _release_point(self, text: str, released: int) -> int:
        limit = len(text) - self.holdback_chars
        if limit <= released:
            return released
        # the last whitespace at or before the limit, so words are never split
        for i in range(limit, released, -1):
            if _SPACE.match(text, i - 1):
                return i
        return released

    async def _verify(self, text: str, *, only_incremental: bool) -> VerifyResult:
        self.checks_run += 1
        return await self.verifier.verify(
            self.evaded,
            text,
            names=self.names,
            question=self.question,
            image=self.image,
            catalog=self.catalog,
            only_incremental=only_incremental,
        )

    def _refusal(self, result: VerifyResult) -> StreamPiece:
        return StreamPiece(self.verifier.refusal(result, names=self.names, evaded=self.evaded), "refusal")
