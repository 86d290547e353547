"""The suite's output folder: written only when fresh or created by synth itself, and only its own files removed.

``guard data synth --out DIR`` writes into DIR when DIR does not exist, is empty, or holds the
marker file ``.guard-synth`` that an earlier run wrote. The marker lists every file that run wrote
(relative paths); a rerun removes exactly those (after checking each is still a regular file, not
a symlink, inside DIR) and nothing else. Anything else is refused before a byte changes:

* a non-empty folder without the marker (a hand-made suite, a home directory);
* ``images/`` or its split folders being symlinks or not folders (deleting through them would
  reach files outside DIR);
* a file the new suite would write that exists but was not written by synth.

New files are created with ``O_EXCL | O_NOFOLLOW``: a symlink planted at a path is never followed.
The marker lists the planned files before the first one is written, so an interrupted run can
still be cleaned up by the next.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from guard.errors import GuardError
from guard.files import FileRefused, confined, load_json, read_bytes

MARKER = ".guard-synth"
_MARKER_MAX_BYTES = 64 * 1024 * 1024
_SUBDIRS = ("images", "images/bench", "images/tune")


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _read_marker(out: Path) -> list[str]:
    marker = out / MARKER
    st = _lstat(marker)
    if st is None or not stat.S_ISREG(st.st_mode):
        raise GuardError(f"--out {out}: {MARKER} is not a regular file; choose a new or empty folder")
    try:
        data = load_json(read_bytes(marker, kind="synth marker", max_bytes=_MARKER_MAX_BYTES).decode(), source=marker)
    except (FileRefused, UnicodeDecodeError) as exc:
        raise GuardError(f"--out {out}: unreadable {MARKER} ({exc}); choose a new or empty folder") from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise GuardError(f"--out {out}: {MARKER} does not list the files synth wrote; choose a new or empty folder")
    return files


def write_marker(out: Path, files: Iterable[str]) -> None:
    """Record (atomically) the files this run wrote or is about to write."""
    tmp = out / f"{MARKER}.tmp"
    text = json.dumps({"written_by": "guard data synth", "files": sorted(set(files))}, indent=0) + "\n"
    if _lstat(tmp) is not None:
        tmp.unlink()
    with create(tmp) as f:
        f.write(text.encode("utf-8"))
    os.replace(tmp, out / MARKER)


def create(path: Path) -> BinaryIO:
    """A new file opened for writing; never follows a symlink, never replaces an existing file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        raise GuardError(f"{path}: already exists and was not written by synth; choose a new or empty --out") from None
    return os.fdopen(fd, "wb")


def prepare(out: Path, planned: Iterable[str]) -> Path:
    """Check ``out`` and make it ready for the ``planned`` files; returns the folder to write into.

    Nothing is deleted or created until every check passed.
    """
    out = Path(os.path.abspath(out))
    try:
        st = _lstat(out)
        if st is not None and stat.S_ISLNK(st.st_mode):
            out = out.resolve()
            st = _lstat(out)
    except OSError as exc:  # e.g. a parent is a file
        raise GuardError(f"--out {out}: cannot write there ({exc.strerror or exc}); choose a writable folder") from None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise GuardError(f"--out {out}: exists and is not a folder")
    previous: list[str] = []
    if st is not None:
        try:
            entries = sorted(p.name for p in out.iterdir())
        except OSError as exc:
            raise GuardError(f"--out {out}: cannot be listed ({exc.strerror or exc})") from None
        if entries and MARKER not in entries:
            raise GuardError(
                f"--out {out}: folder is not empty and was not created by guard data synth "
                f"(no {MARKER}; holds {', '.join(entries[:3])}{', ...' if len(entries) > 3 else ''}); "
                "choose a new or empty folder"
            )
        if entries:
            previous = _read_marker(out)
    for sub in _SUBDIRS:
        sst = _lstat(out / sub)
        if sst is not None and not stat.S_ISDIR(sst.st_mode):
            what = "a symlink" if stat.S_ISLNK(sst.st_mode) else "not a folder"
            raise GuardError(f"--out {out}: {sub} is {what}; synth writes only into folders it created")
    removable: list[Path] = []
    for rel in previous:
        try:
            target = confined(out, rel, field=MARKER)
        except FileRefused as exc:
            raise GuardError(f"--out {out}: {exc}") from None
        path = out / rel
        pst = _lstat(path)
        if pst is None:
            continue
        if not stat.S_ISREG(pst.st_mode) or path.resolve() != target:
            raise GuardError(f"--out {out}: {rel} is no longer a regular file synth wrote; remove it by hand")
        removable.append(path)
    planned = list(planned)
    previous_set = set(previous)
    for rel in planned:
        if rel not in previous_set and _lstat(out / rel) is not None:
            raise GuardError(f"--out {out}: {rel} exists and was not written by synth; choose a new or empty folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_marker(out, [*previous, *planned])
        for path in removable:
            path.unlink()
        for sub in _SUBDIRS:
            (out / sub).mkdir(exist_ok=True)
    except OSError as exc:
        raise GuardError(f"--out {out}: cannot write there ({exc.strerror or exc}); choose a writable folder") from None
    return out


def reclaimable_bytes(out: Path) -> int:
    """Bytes of files an earlier synth run wrote in ``out`` (they will be replaced); 0 when unknown."""
    try:
        files = _read_marker(Path(os.path.abspath(out)))
    except GuardError:
        return 0
    total = 0
    for rel in files:
        st = _lstat(out / rel)
        if st is not None and stat.S_ISREG(st.st_mode):
            total += st.st_size
    return total
