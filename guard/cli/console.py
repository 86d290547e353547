"""Shared rich consoles, literal printing of untrusted text, and the one way CLI commands report an error.

Anything a user, a policy author or an API client controls (model names, category names, file paths,
file contents, error messages that quote them) reaches the terminal only through :func:`literal` or
:func:`safe`: rich markup is never interpreted (``[/x]`` cannot crash or restyle output) and every
control, format or separator character (ESC, BEL, CSI, OSC, C1 controls, bidi overrides, zero-width
characters, U+2028) is shown as a visible ``\\x..``/``\\u....`` escape, so data cannot clear the screen,
set the window title, move the cursor or reorder what the operator reads.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NoReturn

import typer
from rich.console import Console
from rich.text import Text

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_CHECK_FAILED = 1
"""Exit status when the command ran and a check it performs failed (e.g. an invalid policy)."""
EXIT_USAGE = 2
"""Exit status for usage or runtime errors (bad option, unreadable file, refused input)."""

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ESCAPES = {"\t": "\\t", "\r": "\\r", "\n": "\\n", "\x1b": "\\x1b"}


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def unsafe_char(ch: str) -> bool:
    """True for characters a terminal may act on or that change how text reads (controls, bidi, zero-width)."""
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def safe(text: object, *, multiline: bool = False) -> str:
    """``text`` as a printable string: control/format/separator characters escaped, markup left as is.

    ``multiline`` keeps ``\\n`` as a line break (for multi-line messages); everything else is escaped.
    The result carries no markup meaning only when printed as a :class:`~rich.text.Text` or with
    ``markup=False``; use :func:`literal` with rich.
    """
    s = text if isinstance(text, str) else str(text)
    if s.isprintable() and "\x1b" not in s:
        return s  # fast path: isprintable() is False for every Cc/Cf/Zl/Zp character
    return "".join(ch if (multiline and ch == "\n") or not unsafe_char(ch) else _escape(ch) for ch in s)


def literal(text: object, style: str = "", *, multiline: bool = False) -> Text:
    """A rich ``Text`` that prints ``text`` literally (no markup, no emoji codes, controls escaped)."""
    return Text(safe(text, multiline=multiline), style=style)


def row(values: Iterable[object]) -> list[Text]:
    """Table cells as literal text: pass to ``Table.add_row(*row(...))`` (plain str cells are markup)."""
    return [literal(v) for v in values]


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 policy``, ``2 policies``: ``many`` defaults to ``word + "s"``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def say(text: object, *, multiline: bool = True) -> None:
    """Print one (possibly multi-line) untrusted message to stdout, literally."""
    out.print(literal(text, multiline=multiline))


def warn(text: object) -> None:
    """Print an untrusted message to stderr, literally."""
    err.print(literal(text, multiline=True))


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one clear error to stderr and exit (never a traceback for user errors).

    ``code`` is :data:`EXIT_USAGE` (2) unless the command's own check failed (pass
    :data:`EXIT_CHECK_FAILED`, 1). The message may quote user-controlled values: it is printed
    literally, controls escaped.
    """
    err.print(Text.assemble(("error:", "red"), " ", literal(message, multiline=True)))
    raise typer.Exit(code)
