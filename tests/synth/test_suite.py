"""generate_suite: determinism, the SPY-Bench / SPY-Tune formats field by field, catalogue-consistent
scenarios, the manifest, loading with the benchmark loader and the training data builder, bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from guard.errors import GuardError
from guard.synth import find_leak, generate_suite
from guard.synth.suite import FAMILIES, SynthConfig
from guard.taxonomy import default_catalog

SMALL = {"n": 6, "tune_n": 4, "seed": 11}


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("suite")
    generate_suite(out, **SMALL)
    return out


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_identical_bytes(suite: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate_suite(again, **SMALL)
    first, second = _digests(suite), _digests(again)
    assert len(first) == 6 + 4 + 3 + 1  # images, bench/tune/manifest, the .guard-synth marker
    assert first == second


def test_other_seed_gives_other_content(suite: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    generate_suite(other, **{**SMALL, "seed": 12})
    assert (other / "bench.json").read_bytes() != (suite / "bench.json").read_bytes()
    assert _digests(other)["images/bench/synth_b00000.jpg"] != _digests(suite)["images/bench/synth_b00000.jpg"]


def _check_scenarios(item: dict[str, Any]) -> None:
    catalog = default_catalog()
    label = item["label"]
    for key, conflict in (("non_privacy_scenarios", True), ("privacy_scenarios", False)):
        refs = item[key]
        assert 1 <= len(refs) <= 2 or (conflict and not refs)
        for ref in refs:
            assert set(ref) == {"scenario", "2nd_person_template"}
            sc = catalog.scenarios[ref["scenario"]]
            assert (label in sc.non_private) is conflict, (label, sc.id, key)
            assert ref["2nd_person_template"] == sc.template
            assert sc.render("Q?").endswith("Q?")
    if any(label in s.non_private for s in catalog.scenarios.values()):
        assert item["non_privacy_scenarios"], f"{label} has conflict scenarios in the catalogue but none assigned"


def _check_distractors(item: dict[str, Any], target_value: float) -> None:
    other = item["other_labels"]
    label = item["label"]
    assert list(other).count(label) == 1 and other[label] == target_value
    assert len(other) == 6  # the target plus five distractors, as in the paper
    catalog = default_catalog()
    related = {c for fam in FAMILIES if label in fam for c in fam} - {label}
    for cid, value in other.items():
        assert cid in catalog.categories
        if cid != label:
            assert value in (0, 1) and isinstance(value, int)
            assert cid not in related, f"{cid} would give away {label}"


def test_bench_format_field_by_field(suite: Path) -> None:
    data = _read(suite / "bench.json")
    assert set(data) == {"benchmark_list"}
    items = data["benchmark_list"]
    assert len(items) >= 6
    ids = [it["benchmark_id"] for it in items]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) and i.isdigit() for i in ids)
    qids = [it["question_item"]["question_id"] for it in items]
    assert len(set(qids)) == len(qids)
    for it in items:
        assert list(it) == [
            "benchmark_id",
            "label",
            "other_labels",
            "question_item",
            "non_privacy_scenarios",
            "privacy_scenarios",
        ]
        q = it["question_item"]
        assert list(q) == ["question_id", "image_id", "image_path", "label", "question", "gt"]
        assert q["label"] == it["label"] and q["question"].endswith(("?", "."))
        assert q["image_path"].startswith("images/bench/") and not Path(q["image_path"]).is_absolute()
        with Image.open(suite / q["image_path"]) as im:
            assert im.format == "JPEG" and min(im.size) >= 300
        assert isinstance(q["gt"], str) and q["gt"].strip()
        _check_distractors(it, 1)
        _check_scenarios(it)


def test_tune_format_field_by_field(suite: Path) -> None:
    data = _read(suite / "tune.json")
    assert set(data) == {"data_list"}
    items = data["data_list"]
    assert items
    bench_images = {it["question_item"]["image_path"] for it in _read(suite / "bench.json")["benchmark_list"]}
    catalog = default_catalog()
    for it in items:
        assert list(it) == [
            "benchmark_id",
            "label",
            "other_labels",
            "question_item",
            "non_privacy_scenarios",
            "privacy_scenarios",
            "chosen_scenarios",
        ]
        q = it["question_item"]
        assert list(q) == [
            "question_id",
            "image_id",
            "image_path",
            "label",
            "question",
            "gt",
            "respond_ans",
            "reject_ans",
        ]
        assert q["image_path"].startswith("images/tune/") and q["image_path"] not in bench_images
        assert (suite / q["image_path"]).is_file()
        assert find_leak(q["respond_ans"], q["gt"]) is not None
        assert find_leak(q["reject_ans"], q["gt"]) is None
        assert catalog.categories[it["label"]].name in q["reject_ans"]
        assert it["chosen_scenarios"] == it["privacy_scenarios"]
        _check_distractors(it, 0.5)
        _check_scenarios(it)


def test_several_phrasings_per_value(suite: Path) -> None:
    items = _read(suite / "bench.json")["benchmark_list"]
    by_value: dict[tuple[str, str, str], set[str]] = {}
    for it in items:
        q = it["question_item"]
        by_value.setdefault((q["image_id"], it["label"], q["gt"]), set()).add(q["question"])
    assert all(len(phrasings) == 2 for phrasings in by_value.values())


def test_manifest_counts_match_the_files(suite: Path) -> None:
    manifest = _read(suite / "manifest.json")
    bench = _read(suite / "bench.json")["benchmark_list"]
    tune = _read(suite / "tune.json")["data_list"]
    assert manifest["seed"] == 11 and manifest["images"] == {"bench": 6, "tune": 4}
    assert manifest["items"] == {"bench": len(bench), "tune": len(tune)}
    for cid, counts in manifest["per_category"].items():
        assert counts["bench_items"] == sum(it["label"] == cid for it in bench)
        assert counts["tune_items"] == sum(it["label"] == cid for it in tune)
    for sid, counts in manifest["per_scenario"].items():
        assert counts["conflict"] == sum(sid in {s["scenario"] for s in it["non_privacy_scenarios"]} for it in bench)
        assert counts["compatible"] == sum(sid in {s["scenario"] for s in it["privacy_scenarios"]} for it in bench)
    assert sum(manifest["per_layout"].values()) == 10
    for name in ("bench.json", "tune.json"):
        assert manifest["files"][name] == hashlib.sha256((suite / name).read_bytes()).hexdigest()
    assert manifest["settings"]["categories"] == list(manifest["per_category"])


def test_loads_with_the_benchmark_loader_and_expands(suite: Path) -> None:
    from guard.bench.expand import expand
    from guard.bench.load import load_bench

    bench = load_bench(suite)
    assert len(bench.items) == len(_read(suite / "bench.json")["benchmark_list"])
    samples = expand(bench, distractors=True)
    first = bench.items[0]
    n_first = 2 + len(first.non_privacy_scenarios) + 2 * len(first.privacy_scenarios)
    assert len([s for s in samples if s.benchmark_id == first.benchmark_id]) == n_first
    assert all(s.image is not None and s.image.is_file() for s in samples)
    with_scenario = next(s for s in samples if s.scenario is not None)
    assert with_scenario.prompt.endswith(with_scenario.question)


def test_loads_with_the_training_data_builder(suite: Path) -> None:
    from guard.train.data import build_examples, build_pairs, check_images, load_tune

    tune = load_tune(suite / "tune.json")
    examples = build_examples(tune)
    pairs = build_pairs(tune)
    check_images(examples, suite)
    assert len(examples) == sum(
        2 + len(it.non_privacy_scenarios) + len(it.privacy_scenarios) + len(it.chosen_scenarios)
        for it in tune.data_list
    )
    assert pairs and all(p.p0.prompt != p.p1.prompt for p in pairs)
    absolute = set(default_catalog().absolute_default)
    for ex in examples:
        expect_respond = ex.label not in absolute and (not ex.private or ex.kind == "conflict")
        gt = next(it.question_item for it in tune.data_list if it.benchmark_id == ex.item_id)
        assert (find_leak(ex.chosen, gt.model_extra["gt"]) is not None) is expect_respond


def test_category_filter(tmp_path: Path) -> None:
    manifest = generate_suite(
        tmp_path / "s", n=4, tune_n=0, seed=2, categories=["complete license plate", "credit card"]
    )
    bench = _read(tmp_path / "s" / "bench.json")["benchmark_list"]
    assert {it["label"] for it in bench} == {"a103_license_plate_complete", "a30_credit_card"}
    assert manifest.images == {"bench": 4, "tune": 0}
    assert _read(tmp_path / "s" / "tune.json") == {"data_list": []}


def test_rerun_replaces_an_earlier_suite(tmp_path: Path) -> None:
    out = tmp_path / "s"
    generate_suite(out, n=3, tune_n=1, seed=1)
    generate_suite(out, n=2, tune_n=0, seed=1, categories=["a82_date_time"])
    assert len(list((out / "images" / "bench").iterdir())) == 2
    assert not list((out / "images" / "tune").iterdir())


def test_png_option(tmp_path: Path) -> None:
    generate_suite(tmp_path / "p", SynthConfig(n=1, tune_n=0, seed=4, image_format="png"))
    (image,) = (tmp_path / "p" / "images" / "bench").iterdir()
    with Image.open(image) as im:
        assert image.suffix == ".png" and im.format == "PNG"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"categories": ["agee"]}, r"unknown category 'agee'; did you mean"),
        ({"categories": ["age"]}, r"category 'age' \(a1_age_approx\) cannot be depicted"),
        ({"categories": []}, r"categories"),
        ({"n": 0}, r"synth setting n=0: .*greater than or equal to 1"),
        ({"tune_n": -1}, r"tune_n=-1"),
        ({"questions_per_fact": 9}, r"questions_per_fact=9"),
        ({"image_format": "gif"}, r"image_format='gif'"),
    ],
)
def test_bad_settings_are_one_clear_error(tmp_path: Path, settings: dict[str, Any], message: str) -> None:
    with pytest.raises(GuardError, match=message) as info:
        generate_suite(tmp_path / "x", **{"n": 1, "tune_n": 0, **settings})
    assert "\n" not in str(info.value)


def test_output_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(GuardError, match="exists and is not a folder"):
        generate_suite(target, n=1, tune_n=0)
    with pytest.raises(GuardError, match="cannot write there"):
        generate_suite(target / "sub", n=1, tune_n=0)


def test_output_folder_with_foreign_files_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(
        GuardError, match=r"not empty and was not created by guard data synth \(no \.guard-synth; holds notes\.txt\)"
    ):
        generate_suite(tmp_path, n=1, tune_n=0)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert not (tmp_path / "images").exists()


def test_bytes_do_not_depend_on_hash_seed_or_process(tmp_path: Path) -> None:
    """Another interpreter with another PYTHONHASHSEED writes the same files (no set-order or clock leaks)."""
    import os
    import subprocess
    import sys

    code = "import sys; from guard.synth import generate_suite; generate_suite(sys.argv[1], n=3, tune_n=1, seed=5)"
    digests = []
    for hash_seed, name in (("1", "a"), ("2", "b")):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", code, str(tmp_path / name)], check=True, env=env)
        digests.append(_digests(tmp_path / name))
    assert digests[0] == digests[1]
