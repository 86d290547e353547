"""Every command's ``--help``, walked from the root: one tool with one vocabulary.

No typer type placeholders (``<str>``, ``<bool>``, ``<list[str]>``), help text on every option and
argument, one meaning per short flag across commands, one spelling of each shared option.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from guard.cli.app import app

PLACEHOLDER = re.compile(r"<[A-Za-z_][\w\[\]|, .]*>")
ROOT: Any = typer.main.get_command(app)


def walk(cmd: Any = ROOT, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """(words, click command) for the root, every group and every command."""
    found = [(path, cmd)]
    for name, sub in getattr(cmd, "commands", {}).items():
        found += walk(sub, (*path, name))
    return found


COMMANDS = walk()


def params(cmd: Any) -> list[Any]:
    return list(cmd.get_params(typer.Context(cmd)))  # includes --help


def long_name(param: Any) -> str:
    return next((o for o in param.opts if o.startswith("--")), param.name)


def test_the_walk_sees_every_command_once() -> None:
    names = [" ".join(words) for words, _ in COMMANDS]
    assert len(names) == len(set(names)) and len(names) > 30
    assert {"dev tiny-model", "dev stack", "dev demo", "serve", "certify", "bench run"} <= set(names)
    # one `dev` group: guard/cli/dev.py's (train's old copy would register a second, shadowed one)
    assert [g.name for g in app.registered_groups].count("dev") == 1


@pytest.mark.parametrize(("words", "cmd"), COMMANDS, ids=[" ".join(w) or "guard" for w, _ in COMMANDS])
def test_help_has_no_type_placeholders_and_describes_everything(words: tuple[str, ...], cmd: Any) -> None:
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "240", "TERMINAL_WIDTH": "240"})
    assert result.exit_code == 0, result.output
    assert not PLACEHOLDER.findall(result.output), (words, PLACEHOLDER.findall(result.output))
    undocumented = [long_name(p) for p in params(cmd) if not (getattr(p, "help", None) or "").strip()]
    assert not undocumented, (words, undocumented)


def test_a_short_flag_has_one_meaning_and_a_shared_option_one_short_flag() -> None:
    meanings: dict[str, set[str]] = defaultdict(set)
    shorts: dict[str, set[str]] = defaultdict(set)
    for words, cmd in COMMANDS:
        for p in params(cmd):
            if getattr(p, "param_type_name", "") != "option":
                continue
            short = [o for o in p.opts if not o.startswith("--")]
            for s in short:
                meanings[s].add(long_name(p))
            shorts[long_name(p)].add(f"{short[0] if short else ''} ({' '.join(words)})")
    assert meanings, "no short flags found"
    assert {s: m for s, m in meanings.items() if len(m) > 1} == {}
    mixed = {name: uses for name, uses in shorts.items() if len({u.split(" ")[0] for u in uses}) > 1}
    assert mixed == {}, "an option has its short flag in some commands only"


def options_named(name: str) -> list[tuple[tuple[str, ...], Any]]:
    return [(w, p) for w, cmd in COMMANDS for p in params(cmd) if name in getattr(p, "opts", [])]


def test_every_config_reads_guard_config_and_every_api_key_guard_api_key() -> None:
    configs = options_named("--config")
    assert len(configs) >= 6
    assert [w for w, p in configs if p.envvar != "GUARD_CONFIG"] == []
    keys = options_named("--api-key")
    assert len(keys) >= 2 and [w for w, p in keys if p.envvar != "GUARD_API_KEY"] == []
    envvars = {p.envvar for _, cmd in COMMANDS for p in params(cmd) if isinstance(getattr(p, "envvar", None), str)}
    assert {e for e in envvars if e.endswith("API_KEY")} == {"GUARD_API_KEY", "GUARD_JUDGE_API_KEY"}


@pytest.mark.parametrize(
    "name", ["--distractors", "--render-mode", "--enforcement", "--log-level", "--method", "--format"]
)
def test_choice_options_are_enums_with_one_set_of_values_per_name(name: str) -> None:
    found = options_named(name)
    assert found, name
    choices = set()
    for words, p in found:
        desc = p.type_descriptor
        assert desc.is_choice, (words, name)
        choices.add(tuple(str(getattr(c, "value", c)) for c in desc.choices))
    assert len(choices) == 1, (name, choices)


def test_a_bad_choice_is_a_usage_error_naming_the_values() -> None:
    result = CliRunner().invoke(app, ["bench", "score", "--results", "x.jsonl", "--distractors", "any"])
    assert result.exit_code == 2
    assert "'any' is not one of" in result.output and "with" in result.output and "without" in result.output
