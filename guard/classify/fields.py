"""Structured answers read as field -> value pairs: JSON objects, markdown tables, ``Key: value`` lines.

A model asked for an age may answer ``{"edad_aproximada": "18-22"}``, ``| Name | Dr. Elif Yilmaz |`` or
``- Estimated age: 60s``. Such answers carry the value next to a field name instead of inside a
sentence, so the clause rules of :mod:`guard.classify.answers` miss them whatever the wording. Here the
answer's shape is parsed once (linear in its length, bounded in fields); the answer classifier then
names each field with the question classifier's schema-key reading and judges the value per field.
"""

from __future__ import annotations

import re
from itertools import islice

from guard.files import FileRefused, load_json

MAX_FIELDS = 40
"""Fields read from one answer: enough for any profile card, bounded for hostile input."""
MAX_JSON_CHARS = 20_000
"""Longer answers are not parsed as JSON (their lines are still read)."""
MAX_KEY_CHARS = 40
MAX_JSON_DEPTH = 32
"""Deeper JSON is not read as fields (a hostile answer nested thousands deep made the stdlib parser
raise RecursionError); its lines are still read."""

_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n?|\n?\s*```\s*$")
_LINE_FIELD = re.compile(
    r"^[ \t]*(?:[-*\u2022+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?([^\W\d][^:|\n*]{0,39}?)(?:\*\*|__)?[ \t]*"
    r"(?:\*\*|__)?:(?:\*\*|__)?[ \t]*(\S[^\n]{0,300})$",
    re.MULTILINE,
)
"""``Key: value`` on its own line, optionally a list item or bold key ("- **Hair:** dark brown")."""
_TABLE_ROW = re.compile(r"^[ \t]*\|([^|\n]{1,60})\|([^|\n]{1,300})\|", re.MULTILINE)
_RULE_ROW = re.compile(r"^[\s:|-]*$")


def _json_pairs(node: object, key: str, out: list[tuple[str, str]]) -> None:
    stack: list[tuple[str, object]] = [(key, node)]
    while stack and len(out) < MAX_FIELDS:
        k, value = stack.pop()
        if isinstance(value, dict):
            pair = _label_and_value(value)
            if pair is not None:  # {"field": "race", "value": "blanca"}: the field named, then its value
                out.append(pair)
            stack.extend((str(sub), v) for sub, v in reversed(list(value.items())))
        elif isinstance(value, list):
            scalars = [str(v) for v in value if isinstance(v, str | int | float) and not isinstance(v, bool)]
            if scalars:
                out.append((k, ", ".join(scalars)))
            stack.extend((k, v) for v in reversed(value) if isinstance(v, dict | list))
        elif value is None:
            out.append((k, ""))
        elif k:
            out.append((k, str(value)))


def _label_and_value(node: dict[object, object]) -> tuple[str, str] | None:
    """A field given as an object of its own (``{"field": "race", "value": "blanca"}``, ``{"feld": "Vorname",
    "wert": "Rena"}``): the field its label key names and the value its value key holds."""
    keys = {str(k).lower(): v for k, v in node.items()}
    label = next((v for k, v in keys.items() if k in _KV_HEADER[0] or k == "title"), None)
    value = next((v for k, v in keys.items() if k in _KV_HEADER[1] or k in ("text", "content")), None)
    if not isinstance(label, str) or not label or isinstance(value, dict | list | bool):
        return None
    return label, "" if value is None else str(value)


def _json(text: str) -> object | None:
    """The parsed JSON, or None when it is not JSON or nested deeper than ``MAX_JSON_DEPTH``."""
    try:
        parsed: object = load_json(text, source="answer", max_depth=MAX_JSON_DEPTH)
    except FileRefused:
        return None
    return parsed


def structured_fields(answer: str) -> list[tuple[str, str]]:
    """The (field name, value) pairs an answer states in a structured shape; [] for prose.

    ``null`` and empty values come back as "" so the caller can tell "asked field left empty" from
    "field absent".
    """
    out: list[tuple[str, str]] = []
    body = _FENCE.sub("", answer.strip()) if "```" in answer else answer.strip()
    if body[:1] in "{[" and len(body) <= MAX_JSON_CHARS and (parsed := _json(body)) is not None:
        _json_pairs(parsed, "", out)
        return out
    # a JSON object after a line of prose ("Sure! Structured output below. ```json {...} ```"): the span from
    # the first brace to the last one, found once each way
    start, end = body.find("{"), body.rfind("}")
    if 0 < start < end and end - start < MAX_JSON_CHARS and (parsed := _json(body[start : end + 1])) is not None:
        _json_pairs(parsed, "", out)
        if out:
            return out
    # a CSV table with a header row ("field,value" over "eye_color,blue"; "name,age" over "Ana,34")
    out += [(key, value) for key, value, _, _ in _columns(body)][:MAX_FIELDS]
    if out:
        return out
    for m in _TABLE_ROW.finditer(body):
        key, value = m.group(1).strip(), m.group(2).strip()
        if key and not _RULE_ROW.match(key + value):
            out.append((key, value))
            if len(out) >= MAX_FIELDS:
                return out
    for m in _LINE_FIELD.finditer(body):
        key = m.group(1).strip()
        if len(key.split()) <= 4:
            out.append((key, m.group(2).strip()))
            if len(out) >= MAX_FIELDS:
                break
    return out


_SENTENCE_START = re.compile(
    r"(?i)(?:this|that|these|those|it|its|it's|there|here|i|we|you|he|she|they|a|an|the|das|es|ich|wir|er|sie|"
    r"ce|c'est|il|elle|je|nous|on|un|une|le|la|les|esto|esta|este|yo|el|los|las|una)\b"
)
"""A line that starts like a sentence, not like a field name."""
_JSON_PAIR = re.compile(r'"([^"\n]{1,40})"\s*:\s*\[?\s*"([^"\n]{1,300})"')
"""A JSON string field anywhere ("place_of_birth": "Tarragona"), also inside an unfinished object (a stream)."""
_KV_HEADER = (
    frozenset({"field", "key", "name", "label", "attribute", "feld", "schlüssel", "champ", "clé", "campo", "clave"}),
    frozenset({"value", "wert", "inhalt", "valeur", "contenu", "valor", "contenido"}),
)
"""A two-column table of keys and values ("field,value", "Feld;Wert"): each row below is a key and its value."""
_LABEL_KEYS = "|".join(sorted(_KV_HEADER[0] | {"title"}))
_VALUE_KEYS = "|".join(sorted(_KV_HEADER[1] | {"text", "content"}))
_LABEL_VALUE = re.compile(
    rf'"(?i:{_LABEL_KEYS})"\s*:\s*"([^"\n]{{1,40}})"\s*,\s*"(?i:{_VALUE_KEYS})"\s*:\s*"([^"\n]{{1,300}})"'
)
"""A field given as an object of its own, in any of the key/value header words: ``{"label": "surname", "value":
"Bogumił"}``, ``{"feld": "Vorname", "wert": "Rena"}``, ``{"campo": "número de expediente", "valor": "PN-1657"}``."""


_XML_FIELD = re.compile(r"<([A-Za-z][\w.-]{0,39})(\s[^<>]{0,200})?>([^<>\n]{1,300})</\1\s*>")
"""An element named for its content: ``<marital_status>Separated</marital_status>``, ``<Nachname>X</Nachname>``;
or a generic or markup element named by an attribute: ``<field name="nationality">X</field>``, ``<span
class="place_of_birth">X</span>``."""
_NAME_ATTR = re.compile(r"""\b(?:name|key|label|field|id|type)\s*=\s*["']([^"'<>]{1,40})["']""")
_MARKUP_ATTR = re.compile(
    r"""(?<![\w-])(?:class|itemprop|data-[\w-]{1,20}|name|id)\s*=\s*["']([A-Za-z][\w-]{1,39})["']"""
)
_STYLE_WORDS = frozenset(
    re.findall(
        r"\S+",
        """doc text value val v k key label title header footer content wrapper container row col cell bold small
        muted highlight strong em italic big note hint caption badge tag pill lead right left center""",
    )
)
"""Class names of presentation, not of a field."""


def markup_field(tag: str) -> str | None:
    """The field a markup element's attribute names for its content (``<span class="first_name">`` -> "first name",
    ``<td itemprop="birthPlace">``), or None: no such attribute, or a class of presentation ("bold", "value")."""
    named = _MARKUP_ATTR.search(tag)
    if named is None or named.group(1).lower() in _STYLE_WORDS:
        return None
    return re.sub(r"[_.-]+", " ", named.group(1))


_GENERIC_TAGS = frozenset(
    {"field", "item", "entry", "value", "data", "attribute", "property", "param", "feld", "champ", "campo"}
)
_MARKUP = frozenset(
    re.findall(
        r"\S+",
        """a abbr b bdi bdo big blockquote body button caption cite code dd del dfn div dl dt em figcaption figure
        font footer h1 h2 h3 h4 h5 h6 head header html i ins kbd label legend li main mark nav ol option p pre q s
        samp section small span strong sub summary sup table tbody td tfoot th thead time title tr tt u ul var""",
    )
)
"""HTML's own elements: their name says how text looks, not what it is (cells are read by their column)."""
_HTML_ROW = re.compile(r"(?is)<tr[^>]{0,200}>(.{0,3000}?)</tr\s*>")
_HTML_CELL = re.compile(r"(?is)<(t[hd])[^>]{0,200}>\s*([^<]{0,300}?)\s*</t[hd]\s*>")
_HTML_CELL_PAIR = re.compile(
    r"(?is)<t[hd][^>]{0,200}>\s*([^<]{1,60}?)\s*</t[hd]\s*>\s*<td[^>]{0,200}>\s*([^<]{0,300}?)\s*</td\s*>"
)
"""A label cell and its value cell written without their row (``<td class="label">Surname</td><td>Riley</td>``)."""
_CSV_CELL = re.compile(r'[ \t]*(?:"((?:[^"\n]|"")*)"|([^,;"\n]*))[ \t]*')
_HEADER_CELL = re.compile(r"[^\W\d][^\W\d]*(?:[ _./-]+[^\W\d]+){0,4}")


def _csv_line(text: str, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """The cells of one comma- (or semicolon-) separated line, with their spans; None if it is not one."""
    cells: list[tuple[str, int, int]] = []
    at = start
    sep = ""
    while at <= end and len(cells) < MAX_FIELDS:
        m = _CSV_CELL.match(text, at, end)
        if m is None:
            return None
        group = 1 if m.group(1) is not None else 2
        cells.append((m.group(group).strip(), m.start(group), m.end(group)))
        at = m.end()
        if at >= end:
            break
        if not sep:
            sep = text[at]
        if text[at] != sep:
            return None
        at += 1
    return cells if len(cells) >= 2 else None


def _key_value_header(header: list[tuple[str, int, int]]) -> bool:
    keys, values = _KV_HEADER
    return header[0][0].lower() in keys and header[1][0].lower() in values


def _columns(text: str) -> list[tuple[str, str, int, int]]:
    """Fields given by a header row: CSV (``document,surname`` over ``passport,"Todd"``) and HTML tables
    (``<th>hobbies</th>`` over ``<td>Pottery</td>``; a row of a th and a td is a key and its value)."""
    out: list[tuple[str, str, int, int]] = []
    if "," in text or ";" in text:
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        header: list[tuple[str, int, int]] | None = None
        for lo, hi in lines[:200]:
            cells = _csv_line(text, lo, hi)
            if cells is None:
                header = None
                continue
            if header is not None and len(cells) == len(header) == 2 and _key_value_header(header):
                (key, _, _), (cell, a, b) = cells
                if key and cell:
                    out.append((key, cell, a, b))
            elif header is not None and len(cells) == len(header):
                out += [(k, v, a, b) for (k, _, _), (v, a, b) in zip(header, cells, strict=True) if v]
            elif all(_HEADER_CELL.fullmatch(c) and len(c) <= MAX_KEY_CHARS for c, _, _ in cells):
                header = cells
            else:
                header = None
            if len(out) >= MAX_FIELDS:
                return out
    if "<t" in text or "<T" in text:
        heads: list[str] = []
        rows = 0
        for row in _HTML_ROW.finditer(text):
            rows += 1
            tds = list(_HTML_CELL.finditer(text, row.start(1), row.end(1)))
            kinds = [c.group(1).lower() for c in tds]
            if tds and all(k == "th" for k in kinds):
                heads = [c.group(2).strip() for c in tds]
            elif len(tds) == 2 and (kinds[0] == "th" or not heads):
                key, value = tds[0].group(2).strip(), tds[1]
                if key and value.group(2).strip():
                    out.append((key, value.group(2).strip(), value.start(2), value.end(2)))
            elif heads and len(tds) == len(heads):
                out += [(k, c.group(2).strip(), c.start(2), c.end(2)) for k, c in zip(heads, tds, strict=True)]
            if len(out) >= MAX_FIELDS:
                break
        if not rows:  # cells without rows: each label cell and the value cell after it
            for pair in islice(_HTML_CELL_PAIR.finditer(text), MAX_FIELDS):
                if pair.group(2).strip():
                    out.append((pair.group(1).strip(), pair.group(2).strip(), pair.start(2), pair.end(2)))
    return out


def field_spans(text: str) -> list[tuple[str, str, int, int]]:
    """(field name, value, value start, value end) of every field ``text`` states: table rows, ``Key: value``
    lines and JSON string fields, each found where it stands (no whole-document parse), so a prefix of a
    streamed answer yields the fields it already holds. Bounded: at most ``MAX_FIELDS`` per shape."""
    out: list[tuple[str, str, int, int]] = []
    for pattern in (_LABEL_VALUE, _JSON_PAIR, _TABLE_ROW, _LINE_FIELD):
        found = 0
        for m in pattern.finditer(text):
            key, value = m.group(1).strip(" *_"), m.group(2).strip()
            if not key or not value or (pattern is _TABLE_ROW and _RULE_ROW.match(key + value)):
                continue
            if pattern is _LINE_FIELD and (len(key.split()) > 4 or _SENTENCE_START.match(key)):
                continue  # "This looks like a shop receipt: ...": a sentence before a colon, not a field name
            if pattern is _LINE_FIELD and key[-1].isdigit() and value[0].isdigit():
                continue  # "Clock 11:28", "a 3:1 ratio": a time or a ratio, not a field
            start = m.start(2) + (len(m.group(2)) - len(m.group(2).lstrip()))
            out.append((key, value, start, start + len(value)))
            found += 1
            if found >= MAX_FIELDS:
                break
    if "</" in text:
        for m in _XML_FIELD.finditer(text):
            tag, value = m.group(1), m.group(3).strip()
            attrs = m.group(2) or ""
            generic = _NAME_ATTR.search(attrs) if tag.lower() in _GENERIC_TAGS else None
            named = generic.group(1) if generic else markup_field(attrs) if tag.lower() in _MARKUP else None
            if (named or tag.lower() not in _MARKUP) and value:
                key = re.sub(r"[_.-]+", " ", named or tag)
                out.append((key, value, m.start(3), m.end(3)))
                if len(out) >= 2 * MAX_FIELDS:
                    break
    out += [(k, v, a, b) for k, v, a, b in _columns(text) if k and v]
    return out
