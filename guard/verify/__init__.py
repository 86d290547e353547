"""Output verification (defense in depth): check an answer against the categories a request evades.

>>> verifier = Verifier(VerifySettings())                     # invalid settings raise here
>>> verifier.prefetch(images)                                 # when the request arrives (OCR, if configured)
>>> result = await verifier.verify(resolved.evaded, answer, names=names, question=question, images=images)
>>> result.outcome                                            # allowed | blocked | error
"""

from guard.verify.base import Check, CheckConfig, CheckInput, Hit, PatternCheck
from guard.verify.checks.judge import JudgeConfig, Transport, build_messages, parse_reply
from guard.verify.checks.refusal import refusal_score
from guard.verify.precheck import PrecheckDecision, precheck
from guard.verify.registry import VerifyConfigError, build_check, build_checks, check_types, register
from guard.verify.response import chat_completion_body, refusal_text, sse_chunks
from guard.verify.settings import VerifySettings
from guard.verify.stream import HoldBackStreamer, StreamPiece
from guard.verify.verdict import Finding, Verdict, VerifyResult, Violation
from guard.verify.verifier import Verifier, decide

__all__ = [
    "Check",
    "CheckConfig",
    "CheckInput",
    "Finding",
    "Hit",
    "HoldBackStreamer",
    "JudgeConfig",
    "PatternCheck",
    "PrecheckDecision",
    "StreamPiece",
    "Transport",
    "Verdict",
    "Verifier",
    "VerifyConfigError",
    "VerifyResult",
    "VerifySettings",
    "Violation",
    "build_check",
    "build_checks",
    "build_messages",
    "chat_completion_body",
    "check_types",
    "decide",
    "parse_reply",
    "precheck",
    "refusal_score",
    "refusal_text",
    "register",
    "sse_chunks",
]
