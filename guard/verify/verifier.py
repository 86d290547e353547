"""The verifier: run the configured checks on one answer and decide allowed | blocked | error."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from guard.taxonomy import Catalog, default_catalog
from guard.verify.base import Check, CheckInput, PatternCheck
from guard.verify.checks.image_text import (
    CLEARABLE_KINDS,
    SHAPE_KINDS,
    ImageTextCheck,
    cleared,
    labelled_elsewhere,
    other_time,
)
from guard.verify.checks.judge import JudgeCheck, Transport
from guard.verify.declines import undeclined
from guard.verify.masks import unplaceheld
from guard.verify.ocr import ImageReader, TextBox
from guard.verify.precheck import PrecheckDecision, precheck
from guard.verify.registry import build_checks
from guard.verify.response import refusal_text
from guard.verify.settings import VerifySettings
from guard.verify.verdict import Verdict, VerifyResult, Violation


class Verifier:
    """Built once at start-up from :class:`VerifySettings` (invalid settings raise there)."""

    def __init__(
        self,
        settings: VerifySettings | None = None,
        *,
        catalog: Catalog | None = None,
        judge_transport: Transport | None = None,
        ocr_engine: Callable[[bytes], list[TextBox]] | None = None,
        ocr_cache_images: int | None = None,
    ) -> None:
        """``judge_transport`` and ``ocr_engine`` replace the network and the OCR model (tests,
        benchmarks with cached OCR); ``ocr_cache_images`` overrides the checks' image cache size."""
        self.settings = settings or VerifySettings()
        self.catalog = catalog or default_catalog()
        self.checks: dict[str, Check] = build_checks(self.settings.checks, catalog=self.catalog)
        if judge_transport is not None:
            for check in self.checks.values():
                if isinstance(check, JudgeCheck):
                    check.transport = judge_transport
        image_checks = [c for c in self.checks.values() if isinstance(c, ImageTextCheck)]
        self.reader: ImageReader | None = None
        self._reading: set[asyncio.Task[None]] = set()
        if image_checks:  # one reader (one OCR per image) shared by every image check
            cache = ocr_cache_images or max(c.options.cache_images for c in image_checks)
            self.reader = ImageReader(cache_images=cache, engine=ocr_engine)
            for check in image_checks:
                check.reader = self.reader

    def prefetch(self, images: Sequence[bytes]) -> None:
        """Start reading the request's images (OCR) now, concurrently with the upstream call.

        A no-op when no image check is configured; ``verify`` awaits the same cached work.
        """
        if self.reader is not None and images:
            self.reader.prefetch(images)

    def read_question(
        self,
        evaded: frozenset[str],
        question: str | None,
        *,
        schema: Mapping[str, Any] | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        """Start reading the request's question (and schema) now, in a worker thread, concurrently with the upstream
        call: the answer's checks find the reading done (``guard.verify.precheck.readings``) instead of reading the
        question on the answer's path. A no-op with nothing evaded or nothing asked."""
        if not evaded or not (question or schema):
            return
        probe = CheckInput(evaded=frozenset(evaded), answer="", question=question, schema=schema, catalog=catalog)
        task = asyncio.get_running_loop().create_task(asyncio.to_thread(self._read_question, probe))
        self._reading.add(task)  # a task nobody holds may be collected before it runs
        task.add_done_callback(self._reading.discard)

    def _read_question(self, probe: CheckInput) -> None:
        for check in self.checks.values():
            try:
                check.read_question(probe)
            except Exception:  # the check meets the same error on the answer and reports it there
                continue

    @property
    def holdback_chars(self) -> int:
        """The longest window any configured check needs (cue distance + value length), and at least
        the configured ``holdback_chars``: the streamer never releases text closer to the end than this."""
        return max([self.settings.holdback_chars, *(c.window for c in self.checks.values())])

    def warm_up(self) -> None:
        """Import and load what the checks need (litellm, the OCR model), and verify a few answers once with every
        category evaded: the recognisers compile their cue patterns on first use (about 0.1 s of CPU), which the
        first request must not pay. Call once at start-up."""
        for check in self.checks.values():
            check.warm_up()
        for answer in _WARM_UP_ANSWERS:
            self.verify_offline(self.supported, answer, question="What does the card say?")

    @property
    def supported(self) -> frozenset[str]:
        """Every category some configured check recognises (all of them evaded: the most work an answer can cost)."""
        return frozenset().union(*(c.supported or frozenset() for c in self.checks.values()))

    @property
    def incremental_ok(self) -> bool:
        """True if every configured check can judge a prefix (no judge, no refusal check)."""
        return all(c.incremental for c in self.checks.values())

    def active(self, inp: CheckInput) -> dict[str, Check]:
        return {cid: c for cid, c in self.checks.items() if c.applies(inp)}

    async def verify(
        self,
        evaded: frozenset[str],
        answer: str,
        *,
        names: Mapping[str, str] | None = None,
        question: str | None = None,
        images: Sequence[bytes] = (),
        schema: Mapping[str, Any] | None = None,
        catalog: Catalog | None = None,
        only_incremental: bool = False,
        offload: bool = False,
    ) -> VerifyResult:
        """Run every check that applies to this request (concurrently); see :func:`decide`.

        ``images``: the request's images (image checks read them, see :meth:`prefetch`); ``schema``:
        its structured-output schema; ``catalog``: the request's catalogue when the user's policy
        defines custom categories. ``offload`` (or a long answer or question) runs the offline checks,
        and their test of whether they apply, in a worker thread, so a long text never holds the event
        loop (the refusal check reads the question to see whether it applies).
        """
        started = time.perf_counter()
        inp = CheckInput(
            evaded=frozenset(evaded),
            answer=answer,
            names=names or {},
            question=question,
            images=tuple(images),
            schema=schema,
            catalog=catalog,
        )
        verdicts: dict[str, Verdict] = {}
        pending: dict[str, Check] = {}
        offline: dict[str, Check] = {}
        for cid, check in self.checks.items():
            if only_incremental and not check.incremental:
                verdicts[cid] = check.skipped()
            elif check.offline:
                offline[cid] = check  # whether it applies is decided where it runs (_run_offline)
            elif check.applies(inp):
                pending[cid] = check
            else:
                verdicts[cid] = check.skipped()
        if offline and (offload or len(answer) + len(question or "") > _INLINE_CHARS):
            verdicts.update(await asyncio.to_thread(self._run_all_offline, offline, inp))
        else:
            verdicts.update(self._run_all_offline(offline, inp))
        if pending:
            results = await asyncio.gather(*(self._run_async(c, inp) for c in pending.values()))
            verdicts.update(zip(pending, results, strict=True))
            await self._clear_public_text(verdicts, offline, pending, inp)
        ordered = {cid: verdicts[cid] for cid in self.checks}
        return decide(ordered, fail_closed=self.settings.fail_closed, duration_ms=_ms(started))

    async def _clear_public_text(
        self, verdicts: dict[str, Verdict], offline: dict[str, Check], pending: dict[str, Check], inp: CheckInput
    ) -> None:
        """With the image read, a text-only finding of a weak kind (``CLEARABLE_KINDS``) that only
        repeats the image's public text (a form's heading, instructions, labels) is dropped, and so is a
        shape-only finding (``SHAPE_KINDS``) of a code the image labels as a public kind: the OCR'd text
        that is not a private value lowers the suspicion of matching text instead of raising it."""
        image = next(
            (
                c
                for cid, c in pending.items()
                if isinstance(c, ImageTextCheck) and verdicts[cid].status in ("pass", "violation")
            ),
            None,
        )
        weak = [
            cid
            for cid in offline
            if verdicts[cid].status == "violation"
            and any(f.kind in CLEARABLE_KINDS | SHAPE_KINDS for f in verdicts[cid].findings)
        ]
        if image is None or not weak:
            return
        try:
            seen = await image.public_text(inp.images, inp.evaded)
        except Exception:  # the OCR already succeeded for this image; never let clearing turn into an error
            return
        for cid in weak:
            kept = [
                f
                for f in verdicts[cid].findings
                if not (
                    (
                        f.kind in CLEARABLE_KINDS
                        and (cleared(inp.answer, f.start, f.end, seen.lines) or other_time(inp.answer, f, seen.printed))
                    )
                    or labelled_elsewhere(inp.answer, f, seen.labelled, inp.evaded)
                )
            ]
            if len(kept) < len(verdicts[cid].findings):
                verdicts[cid] = offline[cid].verdict(kept).model_copy(update={"duration_ms": verdicts[cid].duration_ms})

    def verify_offline(
        self,
        evaded: frozenset[str],
        answer: str,
        *,
        names: Mapping[str, str] | None = None,
        question: str | None = None,
    ) -> VerifyResult:
        """Synchronous variant running only the offline checks (the others are reported as skipped)."""
        started = time.perf_counter()
        inp = CheckInput(evaded=frozenset(evaded), answer=answer, names=names or {}, question=question)
        verdicts = {cid: self._run_offline(c, inp) if c.offline else c.skipped() for cid, c in self.checks.items()}
        return decide(verdicts, fail_closed=self.settings.fail_closed, duration_ms=_ms(started))

    def precheck(
        self,
        question: str,
        evaded: frozenset[str],
        *,
        catalog: Catalog | None = None,
        schema: Mapping[str, Any] | None = None,
    ) -> PrecheckDecision:
        """Precheck mode: does the question clearly target an evaded category (refuse without the model)?

        Passes through to :func:`guard.verify.precheck.precheck` (the schema too, once it takes one).
        """
        if schema is not None and _PRECHECK_TAKES_SCHEMA:
            fn: Any = precheck
            result: PrecheckDecision = fn(question, evaded, catalog=catalog or self.catalog, schema=schema)
            return result
        return precheck(question, evaded, catalog=catalog or self.catalog)

    async def aprecheck(
        self,
        question: str,
        evaded: frozenset[str],
        *,
        catalog: Catalog | None = None,
        schema: Mapping[str, Any] | None = None,
    ) -> PrecheckDecision:
        """:meth:`precheck` for the request path: a long question is read in a worker thread."""
        if len(question) > _INLINE_CHARS:
            return await asyncio.to_thread(self.precheck, question, evaded, catalog=catalog, schema=schema)
        return self.precheck(question, evaded, catalog=catalog, schema=schema)

    def refusal(
        self, result: VerifyResult, *, names: Mapping[str, str] | None = None, evaded: frozenset[str] = frozenset()
    ) -> str:
        """The replacement answer: names the disclosed categories, or all evaded ones after an error."""
        shown = result.categories or tuple(sorted(evaded))
        return refusal_text(shown, names=names, template=self.settings.refusal_template, catalog=self.catalog)

    def _run_all_offline(self, checks: dict[str, Check], inp: CheckInput) -> dict[str, Verdict]:
        return {cid: self._run_offline(check, inp) for cid, check in checks.items()}

    def _run_offline(self, check: Check, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        try:
            if not check.applies(inp):
                return check.skipped()
            verdict = check.run(inp)
        except Exception as exc:  # a crashing check must not let the answer through silently
            return check.verdict(error=f"check crashed: {type(exc).__name__}", started=started)
        return _undeclined(check, verdict, inp.answer).model_copy(update={"duration_ms": _ms(started)})

    async def _run_async(self, check: Check, inp: CheckInput) -> Verdict:
        try:
            await asyncio.to_thread(check.warm_up)  # once per process; never counted against the time limit
        except Exception as exc:
            return check.verdict(error=f"check could not start: {type(exc).__name__}: {str(exc)[:80]}")
        started = time.perf_counter()
        limit = self.settings.check_timeout_s
        try:
            verdict = await asyncio.wait_for(check.arun(inp), limit)
        except TimeoutError:
            return check.verdict(error=f"timed out after {limit:g}s", started=started)
        except Exception as exc:
            return check.verdict(error=f"check crashed: {type(exc).__name__}", started=started)
        return _undeclined(check, verdict, inp.answer).model_copy(update={"duration_ms": _ms(started)})


_WARM_UP_ANSWERS = (
    "The photo shows a street. Name: Anna Berg, born 2 June 1984 in Lyon; phone +49 151 2345 6789, email "
    "anna.berg@example.org, address Hauptstraße 5, 10115 Berlin. Passport C01X00T47, plate B-AB 1234, card "
    "4716 2280 1234 5678, username @kowal_88. She is 34, married, a nurse at St. Mary's Hospital.",
    "Die Person heißt Jana Novak, geboren am 3. Mai 1971 in Köln, Telefonnummer 0151 2345678. Elle est née le 9 "
    "avril 1990 à Lyon. La persona nació el 3 de mayo de 1971; su número es seis cero uno uno.",
)
"""Answers that reach every recogniser's cue families (en, de, fr, es) for :meth:`Verifier.warm_up`."""

_INLINE_CHARS = 2000
"""Answers (plus questions) longer than this are checked in a worker thread (the offline checks are
linear: ~5 us per answer character, ~30 us per question character for the question classifier)."""

_PRECHECK_TAKES_SCHEMA = "schema" in inspect.signature(precheck).parameters


def decide(verdicts: dict[str, Verdict], *, fail_closed: bool, duration_ms: float = 0.0) -> VerifyResult:
    """Policy: any violation blocks; otherwise a check error blocks (outcome ``error``) if fail_closed."""
    violations = tuple(
        Violation(check_id=cid, finding=f)
        for cid, v in verdicts.items()
        if v.status == "violation"
        for f in sorted(v.findings, key=lambda f: -f.score)
    )
    errors = {cid: v.error or "unknown error" for cid, v in verdicts.items() if v.status == "error"}
    if violations:
        cats = ", ".join(dict.fromkeys(v.finding.category for v in violations))
        checks = ", ".join(dict.fromkeys(v.check_id for v in violations))
        return VerifyResult(
            outcome="blocked",
            verdicts=verdicts,
            violations=violations,
            reason=f"answer discloses evaded {cats} (checks: {checks})",
            duration_ms=duration_ms,
        )
    if errors and fail_closed:
        detail = "; ".join(f"{cid}: {err}" for cid, err in errors.items())
        return VerifyResult(
            outcome="error",
            verdicts=verdicts,
            reason=f"fail closed: could not verify ({detail})",
            duration_ms=duration_ms,
        )
    reason = "" if not errors else "released unverified (fail_closed is off): " + ", ".join(errors)
    return VerifyResult(outcome="allowed", verdicts=verdicts, reason=reason, duration_ms=duration_ms)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _undeclined(check: Check, verdict: Verdict, answer: str) -> Verdict:
    """The refusal-clause rule (guard/verify/declines.py): a text recogniser's value inside a clause that
    declines ("die Hochschule nenne ich nicht") names the category, not its value; nor is a mask a value."""
    if not isinstance(check, PatternCheck) or verdict.status != "violation":
        return verdict
    kept = unplaceheld(answer, undeclined(answer, verdict.findings))
    return check.verdict(kept) if len(kept) < len(verdict.findings) else verdict
