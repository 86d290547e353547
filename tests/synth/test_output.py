"""`guard data synth` never overwrites or deletes what it did not write (real folders, real CLI processes)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from guard.errors import GuardError
from guard.synth import generate_suite
from guard.synth.output import MARKER

GUARD = [sys.executable, "-m", "guard"]
SMALL = {"n": 2, "tune_n": 1, "seed": 3}


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def synth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*GUARD, "data", "synth", *args], capture_output=True, text=True, timeout=300)


def test_hand_made_suite_folder_is_refused_and_untouched(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    (mine / "images" / "bench").mkdir(parents=True)
    (mine / "bench.json").write_text('{"benchmark_list": []}')
    (mine / "images" / "bench" / "photo.jpg").write_bytes(b"\xff\xd8 my photo")
    before = snapshot(mine)
    r = synth("--out", str(mine), "--n", "1", "--tune-n", "0")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "was not created by guard data synth (no .guard-synth; holds bench.json, images)" in r.stderr
    assert snapshot(mine) == before


def test_images_symlink_is_refused_and_outside_files_survive(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    generate_suite(out, **SMALL)
    outside = tmp_path / "elsewhere"
    (outside / "bench").mkdir(parents=True)
    (outside / "bench" / "synth_b00000.jpg").write_bytes(b"precious")
    (outside / "tune").mkdir()
    precious = snapshot(outside)
    for child in sorted((out / "images").rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    (out / "images").rmdir()
    (out / "images").symlink_to(outside, target_is_directory=True)
    r = synth("--out", str(out), "--n", "2", "--tune-n", "1", "--seed", "3")
    assert r.returncode == 2 and "images is a symlink; synth writes only into folders it created" in r.stderr
    assert snapshot(outside) == precious


def test_rerun_replaces_only_its_own_files(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    generate_suite(out, **SMALL)
    (out / "notes.txt").write_text("keep me")
    (out / "images" / "bench" / "extra.png").write_bytes(b"keep me too")
    generate_suite(out, n=1, tune_n=0, seed=4)
    assert (out / "notes.txt").read_text() == "keep me"
    assert (out / "images" / "bench" / "extra.png").read_bytes() == b"keep me too"
    assert sorted(p.name for p in (out / "images" / "bench").iterdir()) == ["extra.png", "synth_b00000.jpg"]
    assert not list((out / "images" / "tune").iterdir())
    marker = json.loads((out / MARKER).read_text())
    assert marker["files"] == sorted(["images/bench/synth_b00000.jpg", "bench.json", "tune.json", "manifest.json"])


def test_planted_symlink_at_a_planned_path_is_never_followed(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    generate_suite(out, n=1, tune_n=0, seed=1)
    victim = tmp_path / "victim.txt"
    victim.write_text("do not overwrite")
    (out / "images" / "bench" / "synth_b00001.jpg").symlink_to(victim)
    with pytest.raises(GuardError, match=r"images/bench/synth_b00001\.jpg exists and was not written by synth"):
        generate_suite(out, n=2, tune_n=0, seed=1)
    assert victim.read_text() == "do not overwrite"
    assert (out / "images" / "bench" / "synth_b00000.jpg").exists()  # nothing removed either


def test_marker_cannot_point_outside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    generate_suite(out, n=1, tune_n=0, seed=1)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (out / MARKER).write_text(json.dumps({"files": ["../victim.txt", "bench.json"]}))
    with pytest.raises(GuardError, match=r"leads outside"):
        generate_suite(out, n=1, tune_n=0, seed=1)
    assert victim.read_text() == "mine" and (out / "bench.json").exists()


def test_huge_n_is_refused_before_the_previous_suite_is_touched(tmp_path: Path) -> None:
    out = tmp_path / "suite"
    generate_suite(out, **SMALL)
    before = snapshot(out)
    r = synth("--out", str(out), "--n", "10000000")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "--n: 20,000,000 images" in r.stderr and "(nothing was written)" in r.stderr
    assert r.stderr.count("\n") == 1
    assert snapshot(out) == before
