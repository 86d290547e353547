"""What text a policy author may write where the prompt (or the terminal) repeats it.

A custom category's name and aliases are pasted into the injected statements
(``"<name> is considered as private information."``), so a name must read as a name and nothing
else. The rule is structural, not a list of bad examples:

* a name is a short noun phrase: at most ``NAME_MAX_CHARS`` characters and ``NAME_MAX_WORDS`` words of
  letters, digits and combining accents, separated by single spaces, with ``- ' ( )`` inside and ``.``
  only between two letters or digits (``v1.2``), so a name can never end a sentence or start a line;
* its letters come from one script (Latin, Cyrillic, Greek, CJK, ...), so ``pаssport`` with a
  Cyrillic ``а`` is refused as mixed-script;
* it does not fold to a built-in id, name, alias or family name: folding applies NFKC, case folding,
  a table of look-alike letters and digits (``ѕ``->``s``, ``0``->``o``) and drops everything but
  letters and digits, so ``PASS-PORT``, ``ｐａｓｓｐｏｒｔ`` or an all-Cyrillic look-alike are refused;
* it does not use the statement's own words (``considered``, ``information``) or instruction verbs
  (``ignore``, ``disregard``, ...), so it cannot restate a decision or address the model.

Free text (``description``) may not carry control, format (bidi, zero-width) or separator
characters either: it is shown in terminals and tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

NAME_MAX_CHARS = 60
NAME_MAX_WORDS = 8
DESCRIPTION_MAX_CHARS = 500

_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_PUNCT_INSIDE = frozenset("-'()")
STATEMENT_WORDS = frozenset(
    {
        "considered",
        "information",
        "ignore",
        "ignoring",
        "disregard",
        "forget",
        "instruction",
        "instructions",
        "override",
    }
)
"""Words a name may not contain: the statement format's own words and instruction verbs aimed at the model."""

# Letters and digits that render like another Latin letter (folded before comparing names).
_LOOKALIKES = {
    **dict(zip("аВвеёЕзіїјкмнорсѕтуухһԁԛԝӏ", "abbeeeeiijkmhopcstyyxhdqwl", strict=True)),
    **dict(zip("αβεηικμνοργτυχωϲ", "abenikuvopytuxwc", strict=True)),
    **dict(zip("ɡıɩℓ015", "giilols", strict=True)),
}


def describe_char(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def hidden_char(text: str, *, allow_newlines: bool = False) -> str | None:
    """The first control, format (bidi, zero-width), separator or unassigned character, described."""
    for ch in text:
        if allow_newlines and ch in "\n\t":
            continue
        if unicodedata.category(ch) in _HIDDEN:
            return describe_char(ch)
    return None


def text_problem(text: str, *, max_chars: int = DESCRIPTION_MAX_CHARS) -> str | None:
    """Why free text (a description) cannot be used, or None."""
    bad = hidden_char(text, allow_newlines=True)
    if bad:
        return f"contains the invisible or control character {bad}; remove it"
    if len(text) > max_chars:
        return f"is {len(text)} characters long; at most {max_chars}"
    return None


def fold(name: str) -> str:
    """The key two names are compared under: NFKC, case folding, look-alikes mapped, letters and digits only."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(_LOOKALIKES.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(filter(str.isalnum, text))


@cache
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "CJK" if first in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"} else first


def _inner_dot(name: str, i: int) -> bool:
    return name[i] == "." and 0 < i < len(name) - 1 and name[i - 1].isalnum() and name[i + 1].isalnum()


def _shape_problem(name: str) -> str | None:
    if not name:
        return "is empty"
    bad = hidden_char(name)
    if bad:
        return f"contains the invisible or control character {bad}; names are plain text on one line"
    if name != name.strip() or "  " in name:
        return "has leading, trailing or double spaces; separate words with one space"
    if len(name) > NAME_MAX_CHARS:
        return f"is {len(name)} characters long; a name has at most {NAME_MAX_CHARS}"
    words = name.split(" ")
    if len(words) > NAME_MAX_WORDS:
        return f"has {len(words)} words; a name is a short noun phrase of at most {NAME_MAX_WORDS} words"
    scripts: set[str] = set()
    marks = 0
    for i, ch in enumerate(name):
        cat = unicodedata.category(ch)
        if cat[0] == "M":
            marks += 1
            if i == 0 or marks > 2:
                return f"has a stray or stacked combining mark {describe_char(ch)}"
            continue
        marks = 0
        if cat[0] == "L":
            scripts.add(_script(ch))
        elif not (cat == "Nd" or ch == " " or ch in _PUNCT_INSIDE or _inner_dot(name, i)):
            return (
                f"contains {ch!r} ({describe_char(ch)}); a name uses letters, digits, spaces and - ' ( ), "
                "with '.' only between two letters or digits"
            )
    if not any(ch.isalnum() for ch in name):
        return "has no letter or digit"
    if len(scripts) > 1:
        return f"mixes scripts ({', '.join(sorted(scripts)).lower()}); write a name in one script"
    return None


def name_problem(name: str, reserved: Mapping[str, str]) -> str | None:
    """Why ``name`` cannot be a custom category's name or alias, or None.

    ``reserved`` maps folded built-in names to what they name (see :func:`folded_names`).
    """
    shape = _shape_problem(name)
    if shape:
        return shape
    words = {fold(w) for w in re.split(r"[\s\-'().]+", name) if w}
    used = sorted(words & STATEMENT_WORDS)
    if used:
        return (
            f"uses the word {used[0]!r}: names may not contain the statement's words or instructions "
            f"({', '.join(sorted(STATEMENT_WORDS))})"
        )
    key = fold(name)
    if key in reserved:
        return (
            f"imitates the built-in {reserved[key]} (same letters after folding case, width, spacing and "
            "look-alike characters); choose a distinct name"
        )
    return None


def folded_names(names: Mapping[str, str]) -> dict[str, str]:
    """Built-in names (name -> what it names) keyed by :func:`fold`, to compare custom names against."""
    return {fold(n): what for n, what in names.items()}
