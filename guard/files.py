"""The safe-file layer: every file the guard reads or rewrites on an operator's behalf goes through here.

Files are hostile input too (a policy, suite, keys file or image may be written by someone other
than the operator, or by mistake). So a reader only ever gets a regular file (never a FIFO that
hangs or a device that never ends), no more than a size cap per kind, strict UTF-8, YAML without
duplicate keys and JSON/YAML no deeper than a limit (checked before any recursive step, so a
RecursionError cannot happen), paths confined to their root after resolving symlinks, and image
dimensions read from the header before anything decodes the pixels. Writers replace files
atomically (following a symlink to its target) under an exclusive lock, so concurrent
read-modify-write cycles never lose an update. Every refusal is a ``FileRefused`` whose message is
one line naming the file (and field) and the limit or what would be valid.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import stat
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from guard.errors import GuardError

DEFAULT_MAX_DEPTH = 64
"""Nesting depth allowed in YAML and JSON documents (a policy needs 3, a benchmark suite 5)."""

_CHUNK = 1 << 16


class FileRefused(GuardError):
    """A file (or a value inside it) the guard will not use; ``str()`` is one line.

    Format: ``<source>[: <field>]: <what is wrong>[; <the limit or what is valid>]``.
    """

    def __init__(self, source: str | Path, problem: str, valid: str = "", *, field: str = "") -> None:
        self.source = str(source)
        self.field = field
        self.problem = problem
        self.valid = valid
        where = f"{self.source}: {field}" if field else self.source
        text = f"{where}: {problem}" + (f"; {valid}" if valid else "")
        super().__init__(_one_line(text))


class FileMissing(FileRefused):
    """The file does not exist (callers that treat 'missing' as 'empty' catch this one)."""


def _one_line(text: str) -> str:
    return " ".join(text.split("\n")).replace("\r", " ")


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def _file_type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


# --------------------------------------------------------------------------------------------- reading


def read_bytes(path: Path, *, kind: str, max_bytes: int, head: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (only the first ``head`` bytes if given).

    The file is opened non-blocking (a FIFO cannot hang the open) and checked with ``fstat`` on the
    opened descriptor (no race between check and read); the cap is enforced before reading and again
    while reading, in case the file grows. ``head`` reads just enough to sniff a header.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileMissing(path, "no such file", f"expected a {kind} file") from None
    except IsADirectoryError:
        raise FileRefused(path, "is a directory", f"expected a {kind} file") from None
    except OSError as exc:
        raise FileRefused(
            path, f"cannot be opened: {exc.strerror or exc}", f"expected a readable {kind} file"
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(path, f"is {_file_type(st.st_mode)}", f"expected a regular {kind} file")
        if st.st_size > max_bytes:
            raise FileRefused(path, f"is {_size(st.st_size)}", f"a {kind} file may be at most {_size(max_bytes)}")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while head is None or total < head:
            want = max_bytes + 1 - total if head is None else min(head, max_bytes + 1) - total
            chunk = os.read(fd, min(_CHUNK, want))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileRefused(
                    path,
                    f"grew past {_size(max_bytes)} while being read",
                    f"a {kind} file may be at most {_size(max_bytes)}",
                )
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused(path, f"cannot be read: {exc.strerror or exc}", f"expected a readable {kind} file") from None
    finally:
        os.close(fd)


def decode_text(raw: bytes, *, source: str | Path, kind: str) -> str:
    """Strict UTF-8 (a leading BOM is dropped); the error names the byte offset and line."""
    skip = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        return raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + skip
        line = raw[:at].count(b"\n") + 1
        raise FileRefused(
            source,
            f"line {line}: not UTF-8 text (byte 0x{raw[at]:02x} at offset {at})",
            f"save the {kind} file as UTF-8",
        ) from None


def read_text(path: Path, *, kind: str, max_bytes: int) -> str:
    """The text of a regular UTF-8 file of at most ``max_bytes`` (see ``read_bytes``)."""
    return decode_text(read_bytes(path, kind=kind, max_bytes=max_bytes), source=path, kind=kind)


# ------------------------------------------------------------------------------------------------ YAML


class _DepthLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses a collection nested deeper than ``max_depth``.

    PyYAML's scanner and parser are iterative; only the composer recurses (once per nesting level),
    so refusing at the composer's entry keeps the Python stack shallow whatever the input.
    """

    def __init__(self, stream: str, max_depth: int) -> None:
        super().__init__(stream)
        self.max_depth = max_depth
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        collection = self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent)
        if not collection:
            return super().compose_node(parent, index)
        self.depth += 1
        try:
            if self.depth > self.max_depth:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise _TooDeep(mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def compose_yaml(text: str, *, source: str | Path, max_depth: int = DEFAULT_MAX_DEPTH) -> yaml.Node | None:
    """The checked node tree of one YAML document (None when empty), for callers that need line numbers.

    Refuses: syntax errors, several documents, nesting deeper than ``max_depth`` (aliases count with
    the depth they expand to; an alias cycle is refused), and a mapping that repeats a key.
    """
    loader = _DepthLoader(text, max_depth)
    try:
        node = loader.get_single_node()
    except _TooDeep as exc:
        raise FileRefused(
            source, f"line {exc.line}: nested more than {max_depth} levels deep", "flatten the document"
        ) from None
    except yaml.YAMLError as exc:
        raise FileRefused(source, _yaml_problem(exc), "fix the YAML syntax") from None
    finally:
        loader.dispose()
    if node is not None:
        _check_nodes(node, source=source, max_depth=max_depth)
    return node


def construct_yaml(node: yaml.Node | None, *, source: str | Path) -> Any:
    """Python data for a node tree from ``compose_yaml`` (safe tags only)."""
    if node is None:
        return None
    try:
        return SafeConstructor().construct_document(node)
    except yaml.YAMLError as exc:
        raise FileRefused(source, _yaml_problem(exc), "fix the YAML value") from None


def load_yaml(text: str, *, source: str | Path, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """Safe YAML: duplicate keys rejected with their line, nesting limited, never a RecursionError."""
    return construct_yaml(compose_yaml(text, source=source, max_depth=max_depth), source=source)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"line {mark.line + 1}: " if mark is not None else ""
    return f"{where}malformed YAML: {problem}"


def _check_nodes(root: yaml.Node, *, source: str | Path, max_depth: int) -> None:
    """Iterative walk: duplicate keys, alias cycles and the expanded nesting depth (aliases included)."""
    height: dict[int, int] = {}  # node id -> nesting height of the subtree (collections only count)
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        nid = id(node)
        children = _children(node)
        if done:
            on_path.discard(nid)
            below = max((height[id(c)] for c in children), default=0)
            height[nid] = below + (1 if isinstance(node, yaml.CollectionNode) else 0)
            if height[nid] > max_depth:
                raise FileRefused(
                    source,
                    f"line {node.start_mark.line + 1}: nested more than {max_depth} levels deep (aliases expanded)",
                    "flatten the document",
                )
            continue
        if nid in height:
            continue
        if nid in on_path:
            raise FileRefused(source, f"line {node.start_mark.line + 1}: an alias refers to itself", "remove the cycle")
        on_path.add(nid)
        if isinstance(node, yaml.MappingNode):
            _check_duplicates(node, source)
        stack.append((node, True))
        for child in children:
            cid = id(child)
            if cid in on_path:
                raise FileRefused(
                    source, f"line {child.start_mark.line + 1}: an alias refers to itself", "remove the cycle"
                )
            if cid not in height:
                stack.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_duplicates(node: yaml.MappingNode, source: str | Path) -> None:
    first: dict[tuple[str, str], int] = {}
    for key, _value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
            continue
        line = key.start_mark.line + 1
        ident = (key.tag, key.value)
        if ident in first:
            shown = key.value if len(key.value) <= 60 else key.value[:57] + "..."
            raise FileRefused(
                source,
                f"line {line}: duplicate key {shown!r} (first at line {first[ident]})",
                "each key may appear only once in a mapping",
            )
        first[ident] = line


# ------------------------------------------------------------------------------------------------ JSON

_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def json_depth_ok(text: str, max_depth: int) -> tuple[bool, int]:
    """(within the limit, offset where it was exceeded): an iterative scan, strings skipped."""
    depth = 0
    for m in _JSON_TOKENS.finditer(text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > max_depth:
                return False, m.start()
        elif tok in "]}":
            depth -= 1
    return True, -1


def load_json(text: str, *, source: str | Path, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """JSON with a nesting limit checked before parsing (the stdlib parser recurses per level)."""
    ok, offset = json_depth_ok(text, max_depth)
    if not ok:
        line = text.count("\n", 0, offset) + 1
        raise FileRefused(source, f"line {line}: nested more than {max_depth} levels deep", "flatten the document")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileRefused(
            source, f"line {exc.lineno} column {exc.colno}: malformed JSON: {exc.msg}", "fix the JSON syntax"
        ) from None
    except (ValueError, RecursionError) as exc:  # e.g. an integer literal with too many digits
        raise FileRefused(source, f"unusable JSON value: {str(exc).splitlines()[0]}", "fix the JSON value") from None


# ----------------------------------------------------------------------------------------------- paths


def confined(root: Path, relative: str, *, field: str, source: str | Path | None = None) -> Path:
    """``root / relative`` after resolving symlinks, refused unless it stays inside ``root``.

    Absolute paths, ``..`` escapes and symlinks that point outside are all refused (``source``, the
    file naming the path, defaults to ``root``).
    """
    where = source if source is not None else root
    if not relative or "\x00" in relative:
        raise FileRefused(where, f"{relative!r} is not a usable path", f"give a path relative to {root}", field=field)
    if Path(relative).is_absolute() or relative.startswith(("/", "\\")):
        raise FileRefused(where, f"absolute path {relative!r} refused", f"give a path relative to {root}", field=field)
    base = root.resolve()
    try:
        target = (base / relative).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise FileRefused(
            where, f"{relative!r} cannot be resolved ({exc})", "remove the symlink loop", field=field
        ) from None
    if not target.is_relative_to(base):
        raise FileRefused(
            where, f"{relative!r} leads outside {root} (to {target})", f"keep files inside {root}", field=field
        )
    return target


# ---------------------------------------------------------------------------------------------- images


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) declared in the header of a PNG, JPEG, GIF, WebP or BMP; None if unknown."""
    try:
        if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
            w, h = struct.unpack(">II", data[16:24])
            return w, h
        if data[:6] in (b"GIF87a", b"GIF89a"):
            w, h = struct.unpack("<HH", data[6:10])
            return w, h
        if data[:2] == b"BM" and len(data) >= 26:
            (dib,) = struct.unpack("<I", data[14:18])
            if dib == 12:
                w, h = struct.unpack("<HH", data[18:22])
                return w, h
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp_size(data)
        if data[:2] == b"\xff\xd8":
            return _jpeg_size(data)
    except struct.error:
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    return None


_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    n = len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD9:  # markers without a length
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if marker in _JPEG_SOF:
            if i + 9 > n:
                return None
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        if length < 2:
            return None
        i += 2 + length
    return None


def check_image(data: bytes, *, source: str | Path, max_pixels: int, max_bytes: int) -> tuple[int, int]:
    """(width, height) of an image within the limits, judged from its header before any decoding."""
    if len(data) > max_bytes:
        raise FileRefused(source, f"image is {_size(len(data))}", f"images may be at most {_size(max_bytes)}")
    size = image_size(data)
    if size is None:
        raise FileRefused(source, "not a recognised image", "expected PNG, JPEG, GIF, WebP or BMP")
    w, h = size
    if w <= 0 or h <= 0:
        raise FileRefused(source, f"image declares {w}x{h} pixels", "width and height must be positive")
    if w * h > max_pixels:
        raise FileRefused(
            source, f"image declares {w}x{h} = {w * h:,} pixels", f"images may have at most {max_pixels:,} pixels"
        )
    return w, h


# ---------------------------------------------------------------------------------------------- writing


def _target(path: Path) -> Path:
    """The file a write to ``path`` should replace: a symlink is followed to its final target."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` (a symlink's target, if it is one) with ``data``: temp file, fsync, rename, fsync dir.

    A reader sees the old or the new content, never a mix; a crash leaves the old file in place.
    """
    target = _target(path)
    if target.exists() and not target.is_file():
        st = target.stat()
        raise FileRefused(path, f"is {_file_type(st.st_mode)}", "expected a regular file to replace")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError as exc:  # some file systems cannot fsync a directory
        if exc.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
            raise
    finally:
        os.close(dfd)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Exclusive lock on ``<path>.lock`` (next to a symlink's target) for a read-modify-write cycle.

    Every writer of ``path`` takes this lock around read + ``atomic_write``, so concurrent writers
    (other processes included) apply their changes one after the other and none is lost.
    """
    target = _target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = target.with_name(target.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
