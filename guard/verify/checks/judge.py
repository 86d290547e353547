"""Disclosure judge: ask an LLM which of the evaded categories an answer discloses.

Any litellm model works (``openai/<name>`` with ``api_base`` for an OpenAI-compatible server such as
the served VLM itself). The categories are numbered in the prompt and the judge must reply with one
JSON object ``{"disclosed": [numbers]}``; anything else, a transport error or a timeout is an error
verdict (the verifier then fails closed), never a pass. The reply text is never logged.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from pydantic import Field, SecretStr

from guard.verify.base import Check, CheckConfig, CheckInput
from guard.verify.registry import register
from guard.verify.verdict import Finding, Verdict

Messages = list[dict[str, str]]
Transport = Callable[[Messages, "JudgeConfig"], Awaitable[str]]
"""Sends chat messages to the judge model and returns the reply text (swappable for tests)."""

SYSTEM_PROMPT = """You check answers written by an assistant for privacy leaks.
The end user protects some kinds of personal information. You get a numbered list of those kinds and
an answer. Decide, for each kind, whether the answer discloses it: it states, reads out, estimates or
hints at the actual information of that kind (a value, a description, a partial value). Declining,
saying it cannot be determined, or talking about other things is not a disclosure. Mentioning the
kind's name without giving its content is not a disclosure.
Reply with exactly one JSON object and nothing else: {"disclosed": [<numbers of the disclosed kinds>]}.
Use an empty list when nothing is disclosed."""

_FENCE = re.compile(r"^```(?:json)?\s*\n?(.*?)\n?```$", re.DOTALL)


class JudgeConfig(CheckConfig):
    model: str = Field(min_length=1, description="litellm model name, e.g. openai/qwen2-vl or gpt-4o-mini.")
    api_base: str | None = Field(default=None, description="OpenAI-compatible base URL (…/v1).")
    api_key: SecretStr | None = None
    api_key_env: str | None = Field(default=None, description="Environment variable holding the API key.")
    timeout_s: float = Field(default=10.0, gt=0, le=300)
    max_tokens: int = Field(default=64, ge=8, le=4096)

    def key(self) -> str | None:
        if self.api_key is not None:
            return self.api_key.get_secret_value()
        return os.environ.get(self.api_key_env) if self.api_key_env else None


def build_messages(names: Sequence[str], answer: str) -> Messages:
    """The judge prompt: numbered protected kinds, then the answer between markers."""
    listing = "\n".join(f"{i}. {name}" for i, name in enumerate(names, 1))
    user = f"Protected kinds of information:\n{listing}\n\nAnswer to check:\n<<<\n{answer}\n>>>"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


class JudgeReplyError(ValueError):
    """The judge's reply is not the JSON object the prompt asks for."""


def parse_reply(reply: str, count: int) -> list[int]:
    """Strictly parse ``{"disclosed": [1-based numbers]}``; raise JudgeReplyError (log-safe) otherwise."""
    text = reply.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # invalid JSON, too deep for the parser, an integer too long
        raise JudgeReplyError(f"judge reply is not JSON ({len(reply)} chars)") from None
    if not isinstance(data, dict) or set(data) != {"disclosed"}:
        raise JudgeReplyError('judge reply must be an object with exactly the key "disclosed"')
    items = data["disclosed"]
    if not isinstance(items, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in items):
        raise JudgeReplyError('judge reply "disclosed" must be a list of integers')
    bad = [i for i in items if not 1 <= i <= count]
    if bad:
        raise JudgeReplyError(f"judge reply names kinds {bad} outside 1..{count}")
    return sorted(set(items))


def _litellm() -> Any:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    return litellm


async def litellm_transport(messages: Messages, config: JudgeConfig) -> str:
    """Default transport: litellm.acompletion (imported lazily: it takes seconds; see warm_up)."""
    litellm = _litellm()

    kwargs: dict[str, Any] = {
        "model": config.model,
        "messages": messages,
        "temperature": 0,
        "max_tokens": config.max_tokens,
        "timeout": config.timeout_s,
        "num_retries": 0,
    }
    if config.api_base:
        kwargs["api_base"] = config.api_base
    key = config.key()
    if key:
        kwargs["api_key"] = key
    response = await litellm.acompletion(**kwargs)
    content = response.choices[0].message.content
    if not isinstance(content, str):
        raise JudgeReplyError("judge reply has no text content")
    return content


@register
class JudgeCheck(Check):
    """An LLM says which evaded categories the answer discloses; unparseable or late -> error verdict."""

    type_name = "judge"
    Config = JudgeConfig
    supported = None
    incremental = False
    offline = False

    def __init__(self, *, check_id: str, config: CheckConfig, transport: Transport | None = None, **kw: Any) -> None:
        super().__init__(check_id=check_id, config=config, **kw)
        assert isinstance(config, JudgeConfig)
        self.judge_config: JudgeConfig = config
        self.transport: Transport = transport or litellm_transport

    def warm_up(self) -> None:
        if self.transport is litellm_transport:
            _litellm()

    def run(self, inp: CheckInput) -> Verdict:
        return asyncio.run(self.arun(inp))

    async def arun(self, inp: CheckInput) -> Verdict:
        started = time.perf_counter()
        ids = sorted(self.relevant(inp.evaded))
        if not ids:
            return self.skipped()
        names = [inp.names.get(cid) or self._name(cid) for cid in ids]
        await asyncio.to_thread(self.warm_up)  # a no-op once warm; the import never eats the time limit
        started = time.perf_counter()
        try:
            reply = await asyncio.wait_for(
                self.transport(build_messages(names, inp.answer), self.judge_config), self.judge_config.timeout_s
            )
            chosen = parse_reply(reply, len(ids))
        except TimeoutError:
            return self.verdict(error=f"judge timed out after {self.judge_config.timeout_s:g}s", started=started)
        except JudgeReplyError as exc:
            return self.verdict(error=str(exc), started=started)
        except Exception as exc:  # transport failures of any provider: fail closed, say which kind
            return self.verdict(error=f"judge call failed: {type(exc).__name__}", started=started)
        findings = [
            Finding(category=ids[i - 1], start=0, end=len(inp.answer), score=0.9, kind="judge_disclosure")
            for i in chosen
        ]
        return self.verdict(findings, started=started)

    def _name(self, cid: str) -> str:
        cat = self.catalog.categories.get(cid)
        return cat.name if cat else cid.replace("_", " ")
