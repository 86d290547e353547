"""Suites are untrusted: image paths confined to the image folder (absolute, `..`, symlink-out refused
with one line naming file, item and field), size and pixel caps judged before decoding, special files
and deep JSON refused; through a real `guard bench run`, nothing outside the suite reaches the model."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from test_real_processes import GUARD, free_port, wait_http

from guard.bench.load import BenchFileError, load_bench

FIELD = "benchmark_list[0] (benchmark_id 7): question_item.image_path"


def png(size: tuple[int, int] = (8, 8)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (1, 2, 3)).save(buf, format="PNG")
    return buf.getvalue()


def item(image: str | None) -> dict[str, Any]:
    return {
        "benchmark_id": "7",
        "label": "a1_age_approx",
        "question_item": {"question_id": "q7", "image_path": image, "question": "How old is this person?"},
    }


def suite(tmp_path: Path, image: str | None = "images/a.png") -> Path:
    folder = tmp_path / "suite"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "images" / "a.png").write_bytes(png())
    (folder / "bench.json").write_text(json.dumps({"benchmark_list": [item(image)]}))
    return folder


def refused(folder: Path, *what: str, **kw: Any) -> str:
    with pytest.raises(BenchFileError) as info:
        load_bench(folder, **kw)
    msg = str(info.value)
    assert "\n" not in msg and msg.startswith(f"{folder / 'bench.json'}: {FIELD}: "), msg
    for w in what:
        assert w in msg, msg
    return msg


def test_paths_inside_the_suite_load(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    (folder / "images" / "b.png").symlink_to(folder / "images" / "a.png")  # a symlink inside is fine
    bench = load_bench(folder)
    assert bench.image_file(bench.items[0]) == (folder / "images" / "a.png").resolve()
    folder = suite(tmp_path / "2", "images/b.png")
    (folder / "images" / "b.png").symlink_to("a.png")
    assert load_bench(folder).items[0].question_item.image_path == "images/b.png"


def test_absolute_dotdot_and_symlink_out_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    refused(suite(tmp_path / "abs", str(secret)), "absolute path")
    refused(suite(tmp_path / "etc", "/etc/passwd"), "absolute path")
    refused(suite(tmp_path / "up", "../../secret.png"), "leads outside")
    folder = suite(tmp_path / "link", "images/out.png")
    (folder / "images" / "out.png").symlink_to(secret)
    refused(folder, "'images/out.png' leads outside")
    folder = suite(tmp_path / "dirlink", "up/secret.png")
    (folder / "up").symlink_to(tmp_path)
    refused(folder, "leads outside")
    refused(suite(tmp_path / "nocheck", "../../secret.png"), "leads outside", check_images=False)  # always


def test_images_folder_option_confines_to_that_folder(tmp_path: Path) -> None:
    folder = suite(tmp_path, "a.png")
    images = folder / "images"
    assert load_bench(folder, images=images).image_root == images
    (folder / "x.png").write_bytes(png())
    with pytest.raises(BenchFileError, match="leads outside"):
        load_bench(suite(tmp_path / "2", "../x.png"), images=images)


def test_image_size_and_pixel_caps_are_checked_from_the_header(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    bomb = bytearray(png())
    bomb[16:24] = struct.pack(">II", 50000, 50000)
    bomb += b"\0" * (9 * 1024 - len(bomb))
    (folder / "images" / "a.png").write_bytes(bytes(bomb))
    refused(folder, "image declares 50000x50000 = 2,500,000,000 pixels", "at most 40,000,000 pixels")
    with (folder / "images" / "a.png").open("wb") as fh:
        fh.truncate(2 << 30)  # a 2 GiB (sparse) image is refused from its size, not loaded
    refused(folder, "is 2 GiB; a image file may be at most 32 MiB")
    (folder / "images" / "a.png").write_text("root:x:0:0:root:/root:/bin/bash\n")
    refused(folder, "not a recognised image; expected PNG, JPEG, GIF, WebP or BMP")
    (folder / "images" / "a.png").unlink()
    os.mkfifo(folder / "images" / "a.png")
    refused(folder, "FIFO")


def test_benchmark_file_caps(tmp_path: Path) -> None:
    folder = suite(tmp_path)
    (folder / "bench.json").write_text('{"benchmark_list": ' + "[" * 5000 + "]" * 5000 + "}")
    with pytest.raises(BenchFileError, match=r"not a readable JSON benchmark file: line 1: nested more than 64") as i:
        load_bench(folder)
    assert "\n" not in str(i.value)
    (folder / "bench.json").unlink()
    os.mkfifo(folder / "bench.json")
    with pytest.raises(BenchFileError, match="FIFO"):
        load_bench(folder)
    (folder / "bench.json").unlink()
    (folder / "bench.json").symlink_to("/dev/zero")
    with pytest.raises(BenchFileError, match="character device"):
        load_bench(folder)
    (folder / "bench.json").unlink()
    (folder / "bench.json").write_text(json.dumps({"benchmark_list": [item(None)]}))
    with pytest.raises(BenchFileError, match="at most 10 bytes"):
        load_bench(folder, max_bytes=10)


@pytest.mark.slow
def test_bench_run_sends_nothing_from_outside_the_suite(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(png((3, 3)))
    bad = suite(tmp_path / "bad", "images/out.png")
    (bad / "images" / "out.png").symlink_to(secret)
    good = suite(tmp_path / "good")
    port = free_port()
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    upstream = subprocess.Popen(
        [sys.executable, "-m", "guard.proxy.fake_upstream", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/v1/models", upstream)

        def run(folder: Path) -> subprocess.CompletedProcess[str]:
            args = ["bench", "run", "--bench", str(folder), "--model", "ncap", "--limit", "2"]
            args += ["--api-base", f"http://127.0.0.1:{port}/v1", "--out", str(folder / "out.jsonl")]
            return subprocess.run([*GUARD, *args], capture_output=True, text=True, timeout=120, env=env)

        r = run(bad)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert f"{FIELD}: 'images/out.png' leads outside" in r.stderr
        assert httpx.get(f"http://127.0.0.1:{port}/_recorded").json() == []  # nothing was sent
        r = run(good)  # the same harness does send a suite's own image
        assert r.returncode == 0, r.stderr
        assert len(httpx.get(f"http://127.0.0.1:{port}/_recorded").json()) == 2
    finally:
        upstream.terminate()
        upstream.wait(10)
