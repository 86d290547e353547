"""The safe-file layer on real files: special files, size caps, encodings, YAML/JSON depth and
duplicates, path confinement through symlinks, header-only image sizes, atomic writes and locks.

Self-contained: every file is built in tmp_path.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import struct
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.files import (
    FileMissing,
    FileRefused,
    atomic_write,
    check_image,
    confined,
    image_size,
    load_json,
    load_yaml,
    locked,
    read_bytes,
    read_text,
)


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and "Traceback" not in text
    return text


# --------------------------------------------------------------------------------- special files, sizes


def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.yaml"
    os.mkfifo(fifo)
    result: list[BaseException] = []

    def read() -> None:
        try:
            read_bytes(fifo, kind="policy", max_bytes=1024)
        except BaseException as exc:  # collected and checked below
            result.append(exc)

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t.join(5)
    assert not t.is_alive(), "reading a FIFO hung"
    [exc] = result
    assert isinstance(exc, FileRefused)
    assert "FIFO" in _one_line(exc) and str(fifo) in str(exc) and "regular policy file" in str(exc)


def test_dev_zero_is_refused() -> None:
    with pytest.raises(FileRefused, match="character device; expected a regular keys file"):
        read_bytes(Path("/dev/zero"), kind="keys", max_bytes=1 << 20)


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a directory"):
        read_text(tmp_path, kind="policy", max_bytes=100)
    with pytest.raises(FileMissing, match="no such file"):
        read_text(tmp_path / "nope.yaml", kind="policy", max_bytes=100)


def test_huge_sparse_file_is_refused_by_size(tmp_path: Path) -> None:
    big = tmp_path / "huge.yaml"
    with big.open("wb") as fh:
        fh.truncate(8 << 30)  # 8 GiB, sparse: costs no disk
    start = time.perf_counter()
    with pytest.raises(FileRefused) as info:
        read_bytes(big, kind="policy", max_bytes=256 << 10)
    assert time.perf_counter() - start < 1.0  # refused from fstat, nothing read
    assert _one_line(info.value) == f"{big}: is 8 GiB; a policy file may be at most 256 KiB"


def test_size_cap_and_exact_limit(tmp_path: Path) -> None:
    f = tmp_path / "k.yaml"
    f.write_bytes(b"x" * 100)
    assert read_bytes(f, kind="keys", max_bytes=100) == b"x" * 100
    with pytest.raises(FileRefused, match="is 100 bytes; a keys file may be at most 99 bytes"):
        read_bytes(f, kind="keys", max_bytes=99)


def test_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "keys.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused, match="character device"):
        read_text(link, kind="keys", max_bytes=1000)


def test_strict_utf8_names_the_offset_and_bom_is_fine(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_bytes(b"user: alice\nprivate: [caf\xe9]\n")
    with pytest.raises(FileRefused) as info:
        read_text(f, kind="policy", max_bytes=1000)
    assert "line 2: not UTF-8 text (byte 0xe9 at offset 25); save the policy file as UTF-8" in _one_line(info.value)
    f.write_bytes(b"\xef\xbb\xbfuser: alice\n")
    assert read_text(f, kind="policy", max_bytes=1000) == "user: alice\n"


# ------------------------------------------------------------------------------------------ YAML / JSON


def test_yaml_5000_nested_brackets_one_line_error() -> None:
    text = "user: alice\nprivate: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(FileRefused) as info:
        load_yaml(text, source="alice.yaml")
    assert _one_line(info.value) == "alice.yaml: line 2: nested more than 64 levels deep; flatten the document"


def test_yaml_nesting_at_the_limit_loads() -> None:
    assert load_yaml("[" * 64 + "]" * 64, source="x", max_depth=64) is not None
    with pytest.raises(FileRefused, match="nested more than 64"):
        load_yaml("[" * 65 + "]" * 65, source="x", max_depth=64)
    deep_block = "".join(" " * i + "k:\n" for i in range(0, 200, 2))  # block mappings, 100 deep
    with pytest.raises(FileRefused, match="nested more than 64"):
        load_yaml(deep_block, source="x")


def test_yaml_alias_expansion_counts_toward_depth_and_cycles_refused() -> None:
    levels = ["a0: &a0 [[[[[[[[[[1]]]]]]]]]]"]  # 10 deep
    for i in range(1, 12):  # each anchor nests the previous one: 10 + 11*1... via alias inside 1 list
        levels.append(f"a{i}: &a{i} [[[[[[*a{i - 1}]]]]]]")  # +6 each
    with pytest.raises(FileRefused, match="aliases expanded"):
        load_yaml("\n".join(levels) + "\n", source="x")
    with pytest.raises(FileRefused, match="refers to itself"):
        load_yaml("a: &x [1, *x]\n", source="x")


def test_yaml_duplicate_keys_rejected_with_lines() -> None:
    with pytest.raises(FileRefused) as info:
        load_yaml("user: alice\nprivate: [age]\npublic: []\nprivate: [gender]\n", source="alice.yaml")
    assert _one_line(info.value) == (
        "alice.yaml: line 4: duplicate key 'private' (first at line 2); each key may appear only once in a mapping"
    )
    with pytest.raises(FileRefused, match="line 3: duplicate key 'user'"):
        load_yaml("user: alice\nx: 1\n'user': mallory\n", source="f")
    with pytest.raises(FileRefused, match="duplicate key 'id'"):
        load_yaml("custom:\n  - id: a\n    id: b\n", source="f")
    # merge keys are not duplicates; the same key in different mappings is fine
    assert load_yaml("base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\nn: {x: 3}\n", source="f") == {
        "base": {"x": 1},
        "m": {"x": 1, "y": 2},
        "n": {"x": 3},
    }


def test_yaml_is_safe_and_errors_are_one_line() -> None:
    with pytest.raises(FileRefused, match=r"line 1: malformed YAML: could not determine a constructor for the tag"):
        load_yaml("!!python/object/apply:os.system ['echo pwned']\n", source="f")
    with pytest.raises(FileRefused) as info:
        load_yaml("user: [broken\n", source="f.yaml")
    assert _one_line(info.value).startswith("f.yaml: line 2: malformed YAML")
    with pytest.raises(FileRefused, match="malformed YAML"):
        load_yaml("a: 1\n---\nb: 2\n", source="f")  # two documents
    assert load_yaml("", source="f") is None


def test_yaml_billion_laughs_stays_cheap() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 9)]
    start = time.perf_counter()
    data = load_yaml("\n".join(lines) + "\n", source="f")
    assert time.perf_counter() - start < 2.0
    assert data["a8"][0] is data["a7"]  # shared, not expanded


def test_json_depth_without_recursion() -> None:
    with pytest.raises(FileRefused) as info:
        load_json('{"benchmark_list": ' + "[" * 5000 + "]" * 5000 + "}", source="bench.json")
    assert _one_line(info.value) == "bench.json: line 1: nested more than 64 levels deep; flatten the document"
    # brackets inside strings do not count
    assert load_json(
        '{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', source="x", max_depth=2
    )
    with pytest.raises(FileRefused, match=r"line 2 column 1: malformed JSON"):
        load_json('{"a": 1,\n}', source="x")
    with pytest.raises(FileRefused, match="unusable JSON value"):
        load_json("1" * 5000, source="x")


# ----------------------------------------------------------------------------------------------- paths


def test_confined_refuses_absolute_dotdot_and_symlink_escapes(tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    (suite / "images").mkdir(parents=True)
    (suite / "images" / "a.png").write_bytes(b"x")
    secret = tmp_path / "secret.txt"
    secret.write_text("s")
    (suite / "images" / "out.png").symlink_to(secret)
    (suite / "linkdir").symlink_to(tmp_path)
    (suite / "images" / "in.png").symlink_to(suite / "images" / "a.png")
    field = "benchmark_list[0].question_item.image_path"

    assert confined(suite, "images/a.png", field=field) == (suite / "images" / "a.png").resolve()
    assert confined(suite, "images/in.png", field=field) == (suite / "images" / "a.png").resolve()
    assert confined(suite, "images/../images/a.png", field=field).name == "a.png"
    for bad, what in [
        (str(secret), "absolute path"),
        ("/etc/passwd", "absolute path"),
        ("../secret.txt", "leads outside"),
        ("images/../../secret.txt", "leads outside"),
        ("images/out.png", "leads outside"),
        ("linkdir/secret.txt", "leads outside"),
        ("a\x00b", "not a usable path"),
    ]:
        with pytest.raises(FileRefused) as info:
            confined(suite, bad, field=field, source=suite / "bench.json")
        msg = _one_line(info.value)
        assert msg.startswith(f"{suite / 'bench.json'}: {field}: ") and what in msg, msg


# ---------------------------------------------------------------------------------------------- images


def _pillow(fmt: str, size: tuple[int, int], **kw: object) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buf, format=fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("fmt", "kw"),
    [
        ("PNG", {}),
        ("JPEG", {}),
        ("JPEG", {"progressive": True}),
        ("GIF", {}),
        ("BMP", {}),
        ("WEBP", {}),
        ("WEBP", {"lossless": True}),
    ],
)
def test_image_size_reads_headers_of_real_images(fmt: str, kw: dict[str, object]) -> None:
    assert image_size(_pillow(fmt, (37, 21), **kw)) == (37, 21)


def test_image_size_unknown_is_none() -> None:
    assert image_size(b"root:x:0:0:root:/root:/bin/bash\n") is None
    assert image_size(b"\x89PNG\r\n\x1a\n") is None  # truncated
    assert image_size(b"") is None


def test_png_declaring_50000x50000_is_refused_from_its_header(tmp_path: Path) -> None:
    png = bytearray(_pillow("PNG", (8, 8)))
    png[16:24] = struct.pack(">II", 50000, 50000)  # lie in IHDR; CRC no longer matters: nothing decodes it
    png += b"\x00" * (9 * 1024 - len(png))
    f = tmp_path / "bomb.png"
    f.write_bytes(bytes(png))
    data = read_bytes(f, kind="image", max_bytes=20 << 20)
    assert len(data) == 9 * 1024
    with pytest.raises(FileRefused) as info:
        check_image(data, source=f, max_pixels=40_000_000, max_bytes=20 << 20)
    assert _one_line(info.value) == (
        f"{f}: image declares 50000x50000 = 2,500,000,000 pixels; images may have at most 40,000,000 pixels"
    )


def test_check_image_other_refusals() -> None:
    ok = _pillow("PNG", (10, 10))
    assert check_image(ok, source="x.png", max_pixels=100, max_bytes=10_000) == (10, 10)
    with pytest.raises(FileRefused, match="images may be at most 10 bytes"):
        check_image(ok, source="x.png", max_pixels=100, max_bytes=10)
    with pytest.raises(FileRefused, match="not a recognised image; expected PNG, JPEG, GIF, WebP or BMP"):
        check_image(b"root:x:0:0", source="/etc/passwd", max_pixels=100, max_bytes=100)


# --------------------------------------------------------------------------------------------- writing


def test_atomic_write_mode_content_and_symlink_target(tmp_path: Path) -> None:
    target = tmp_path / "real" / "keys.yaml"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "keys.yaml"
    link.symlink_to(target)
    atomic_write(link, b"new\n")
    assert link.is_symlink() and target.read_text() == "new\n"
    assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["keys.yaml"]  # no temp file left


def test_atomic_write_refuses_a_directory_and_leaves_no_temp(tmp_path: Path) -> None:
    d = tmp_path / "keys.yaml"
    d.mkdir()
    with pytest.raises(FileRefused, match="is a directory"):
        atomic_write(d, b"x")
    assert list(tmp_path.iterdir()) == [d]


def _locked_increment(path_str: str, n: int) -> None:
    path = Path(path_str)
    for _ in range(n):
        with locked(path):
            value = int(path.read_text()) if path.exists() else 0
            time.sleep(0.001)  # widen the read-modify-write window
            atomic_write(path, f"{value + 1}\n".encode())


def test_locked_read_modify_write_loses_nothing_across_processes(tmp_path: Path) -> None:
    counter = tmp_path / "counter"
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    procs = [ctx.Process(target=_locked_increment, args=(str(counter), 20)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert counter.read_text() == "120\n"
    assert (counter.stat().st_mode & 0o777) == 0o600


def test_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_bytes(b"\xef\xbb\xbfab\xe9")
    with pytest.raises(FileRefused, match=r"byte 0xe9 at offset 5\)"):
        read_text(f, kind="policy", max_bytes=100)


def test_read_bytes_head_reads_only_the_start_but_checks_the_whole_size(tmp_path: Path) -> None:
    f = tmp_path / "img.png"
    f.write_bytes(b"a" * 10_000)
    assert read_bytes(f, kind="image", max_bytes=10_000, head=100) == b"a" * 100
    assert read_bytes(f, kind="image", max_bytes=10_000, head=1 << 20) == b"a" * 10_000
    with pytest.raises(FileRefused, match=r"is 9\.8 KiB; a image file may be at most 9\.8 KiB"):
        read_bytes(f, kind="image", max_bytes=9_999, head=100)


# ------------------------------------------------------------------------------------- never a crash

_HEADERS = [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"GIF89a", b"BM", b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"\xff\xd8"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([b"", *_HEADERS]), st.binary(max_size=64))
def test_image_size_never_raises(prefix: bytes, rest: bytes) -> None:
    size = image_size(prefix + rest)
    assert size is None or (isinstance(size[0], int) and isinstance(size[1], int))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[]{}:,-&*!| \n\"'ab1<", max_size=300))
def test_load_yaml_raises_only_file_refused(text: str) -> None:
    try:
        load_yaml(text, source="f", max_depth=8)
    except FileRefused as exc:
        assert "\n" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='[]{}:,"\\ 1e-tn', max_size=300))
def test_load_json_raises_only_file_refused(text: str) -> None:
    try:
        load_json(text, source="f", max_depth=8)
    except FileRefused as exc:
        assert "\n" not in str(exc)
