"""Generate an offline privacy suite: images with known private values, plus bench/tune/manifest files.

``generate_suite(out_dir, n=20, seed=1)`` is the library entry point (tests build tiny suites with it);
``guard data synth`` wraps it. A seed reproduces every byte: each image draws from its own RNGs derived
from (seed, split, index), so images do not depend on one another or on the order they are written.
Bench and tune images come from separate streams, so training data never contains benchmark images.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guard import __version__
from guard.errors import GuardError
from guard.synth import questions as qs
from guard.synth.budget import check_fits, estimate
from guard.synth.fonts import font_source
from guard.synth.formats import (
    BenchFile,
    BenchItem,
    BenchQuestion,
    CategoryCount,
    Manifest,
    ScenarioCount,
    ScenarioRef,
    TuneFile,
    TuneItem,
    TuneQuestion,
)
from guard.synth.leak import find_leak
from guard.synth.output import create, prepare, reclaimable_bytes, write_marker
from guard.synth.scene import REGISTRY, Ctx, Fact, Layout, render, validate_registry
from guard.synth.values import LOCALES, make_person, new_faker
from guard.taxonomy import Catalog, Scenario, default_catalog

Split = Literal["bench", "tune"]
Progress = Callable[[int, int], None]

# Categories that give one another away (a full name reveals the first name); never used as each
# other's distractors, so a distractor statement cannot contradict the target's expected answer.
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"a8_signature", "a19_name_full", "a20_name_first", "a21_name_last", "a26_handwriting"}),
    frozenset({"a35_mail", "a74_address_current_complete", "a75_address_current_partial"}),
    frozenset({"a78_address_home_complete", "a79_address_home_partial", "a35_mail"}),
    frozenset({"a102_vehicle_ownership", "a103_license_plate_complete", "a104_license_plate_partial"}),
    frozenset({"a9_face_complete", "a10_face_partial"}),
    frozenset({"a90_email", "a92_email_content", "a97_online_conversation"}),
)


MAX_IMAGES = 10_000_000
"""Hard ceiling per split; what fits is decided by free memory and disk (guard.synth.budget)."""


class SynthConfig(BaseModel):
    """Settings of one suite; recorded in the manifest."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    n: int = Field(150, ge=1, le=MAX_IMAGES, description="Benchmark images.")
    tune_n: int | None = Field(None, ge=0, le=MAX_IMAGES, description="Training images (default: same as n; 0 = none).")
    seed: int = 0
    categories: tuple[str, ...] | None = Field(None, description="Category ids or names; default: all depictable.")
    questions_per_fact: int = Field(2, ge=1, le=6)
    facts_per_image: int = Field(2, ge=1, le=8)
    distractors: int = Field(5, ge=0, le=20)
    conflict_scenarios: int = Field(2, ge=0, le=24)
    compatible_scenarios: int = Field(2, ge=0, le=24)
    image_format: Literal["jpg", "png"] = "jpg"
    jpeg_quality: int = Field(90, ge=50, le=100)

    @field_validator("categories")
    @classmethod
    def _not_empty(cls, v: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if v is not None and not v:
            raise ValueError("give at least one category, or leave it unset for all")
        return v


def depictable_categories() -> list[str]:
    """Category ids some layout can draw, in catalogue order."""
    _load_layouts()
    known = {c for lay in REGISTRY.values() for c in lay.categories}
    return [c for c in default_catalog().categories if c in known]


def _load_layouts() -> None:
    import guard.synth.layouts  # noqa: F401  (registers the layouts)


def resolve_categories(names: Sequence[str] | None, catalog: Catalog) -> list[str]:
    """Catalogue ids for ``names`` (ids, names, aliases or families) in catalogue order, checked against the layouts.

    A family (``plate``) contributes those of its members the suite can depict.
    """
    drawable = depictable_categories()
    if names is None:
        return drawable
    ids: list[str] = []
    for name in names:
        members = [c.id for c in catalog.expand(name)]  # UnknownNameError: one line with suggestions
        usable = [cid for cid in members if cid in drawable]
        if not usable:
            raise GuardError(
                f"category {name!r} ({', '.join(members)}) cannot be depicted by the synthetic suite; "
                f"depictable: {', '.join(drawable)}"
            )
        ids.extend(cid for cid in usable if cid not in ids)
    return [c for c in drawable if c in ids]  # catalogue order: the same set gives the same suite


def _sub_seed(*parts: object) -> int:
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")


@dataclass(frozen=True, slots=True)
class _Drawn:
    image_id: str
    path: str
    layout: str
    facts: tuple[Fact, ...]


class _Builder:
    def __init__(self, out: Path, cfg: SynthConfig, wanted: list[str], catalog: Catalog) -> None:
        self.out, self.cfg, self.wanted, self.catalog = out, cfg, wanted, catalog
        self.fakers = {loc: new_faker(loc) for loc in LOCALES}
        self.by_category: dict[str, list[Layout]] = {
            c: [lay for lay in REGISTRY.values() if c in lay.categories] for c in wanted
        }
        self.wanted_set = frozenset(wanted)

    def plan(self, split: Split, count: int) -> list[tuple[str, Layout]]:
        """(target category, layout) per image: categories in shuffled rounds, layouts in rotation."""
        rng = random.Random(_sub_seed(self.cfg.seed, split, "plan"))
        turn = {cid: rng.randrange(len(self.by_category[cid])) for cid in self.wanted}
        plan: list[tuple[str, Layout]] = []
        while len(plan) < count:
            order = list(self.wanted)
            rng.shuffle(order)
            for cid in order[: count - len(plan)]:
                layouts = self.by_category[cid]
                plan.append((cid, layouts[turn[cid] % len(layouts)]))
                turn[cid] += 1
        return plan

    def draw(self, split: Split, index: int, target: str, lay: Layout) -> _Drawn:
        image_id = image_name(split, index)
        for attempt in range(8):
            seed = _sub_seed(self.cfg.seed, split, index, attempt)
            rng = random.Random(seed)
            locale = rng.choice(sorted(LOCALES))
            fake = self.fakers[locale]
            fake.seed_instance(seed)
            person = make_person(fake, rng, locale)
            ctx = Ctx(rng=rng, nrng=np.random.default_rng(seed), fake=fake, person=person, target=target)
            scene = render(lay, ctx)
            present = [f for f in scene.facts if f.category in self.wanted_set]
            primary = [f for f in present if f.category == target]
            if primary:
                break
        else:
            raise RuntimeError(f"layout {lay.name!r} failed to show {target} in 8 attempts (image {image_id})")
        first = primary[0]
        rest = [f for f in present if f is not first]
        picked = [first, *rng.sample(rest, min(len(rest), self.cfg.facts_per_image - 1))]
        rel = image_rel(split, index, self.cfg.image_format)
        with create(self.out / rel) as f:
            if self.cfg.image_format == "jpg":
                scene.image.save(f, "JPEG", quality=self.cfg.jpeg_quality, optimize=False)
            else:
                scene.image.save(f, "PNG", compress_level=6)
        return _Drawn(image_id, rel, lay.name, tuple(picked))

    def scenarios(self, label: str, rng: random.Random) -> tuple[list[ScenarioRef], list[ScenarioRef]]:
        """(conflict, compatible) scenarios for ``label``, a few of each, in catalogue order."""
        all_sc = list(self.catalog.scenarios.values())
        conflict = [s for s in all_sc if label in s.non_private]
        compatible = [s for s in all_sc if label not in s.non_private]

        def pick(pool: list[Scenario], k: int) -> list[ScenarioRef]:
            chosen = set(rng.sample(range(len(pool)), min(k, len(pool))))
            return [
                ScenarioRef(scenario=s.id, second_person_template=s.template) for i, s in enumerate(pool) if i in chosen
            ]

        return pick(conflict, self.cfg.conflict_scenarios), pick(compatible, self.cfg.compatible_scenarios)

    def distractors(self, label: str, rng: random.Random) -> list[str]:
        related = {c for fam in FAMILIES if label in fam for c in fam} | {label}
        pool = [c for c in self.catalog.categories if c not in related]
        return rng.sample(pool, min(self.cfg.distractors, len(pool)))


def _write_json(path: Path, data: Any) -> str:
    raw = (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    with create(path) as f:
        f.write(raw)
    return hashlib.sha256(raw).hexdigest()


SUITE_FILES = ("bench.json", "tune.json", "manifest.json")


def image_name(split: Split, index: int) -> str:
    return f"synth_{split[0]}{index:05d}"


def image_rel(split: Split, index: int, image_format: str) -> str:
    return f"images/{split}/{image_name(split, index)}.{image_format}"


def planned_files(cfg: SynthConfig) -> list[str]:
    """Every file a suite with these settings writes, relative to its folder."""
    tune_n = cfg.n if cfg.tune_n is None else cfg.tune_n
    images = [image_rel("bench", i, cfg.image_format) for i in range(cfg.n)]
    images += [image_rel("tune", i, cfg.image_format) for i in range(tune_n)]
    return [*images, *SUITE_FILES]


def preflight(out_dir: str | Path, cfg: SynthConfig) -> list[str]:
    """Every check that needs no writing: categories, then memory and disk for this size.

    Returns the category ids to draw; raises one-line GuardErrors. Nothing on disk changes.
    """
    wanted = resolve_categories(cfg.categories, default_catalog())
    tune_n = cfg.n if cfg.tune_n is None else cfg.tune_n
    need = estimate(
        n=cfg.n,
        tune_n=tune_n,
        facts_per_image=cfg.facts_per_image,
        questions_per_fact=cfg.questions_per_fact,
        image_format=cfg.image_format,
    )
    check_fits(need, Path(out_dir), reclaimable=reclaimable_bytes(Path(out_dir)))
    return wanted


def generate_suite(
    out_dir: str | Path,
    config: SynthConfig | None = None,
    *,
    progress: Progress | None = None,
    **settings: Any,
) -> Manifest:
    """Write ``images/``, ``bench.json``, ``tune.json`` and ``manifest.json`` into ``out_dir``.

    ``out_dir`` must be new, empty, or an earlier suite's folder (see guard.synth.output); memory and
    disk are checked first, so a refusal changes nothing on disk.

    Pass a :class:`SynthConfig`, or its fields as keywords (``n=20, seed=1, categories=["plate"]``).
    ``progress(done, total)`` is called after each image. Raises :class:`GuardError` for bad input.
    """
    try:
        cfg = config if config is not None else SynthConfig(**settings)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        raise GuardError(f"synth setting {where}={first.get('input')!r}: {first['msg']}") from exc
    catalog = default_catalog()
    _load_layouts()
    validate_registry(catalog)
    wanted = preflight(out_dir, cfg)
    tune_n = cfg.n if cfg.tune_n is None else cfg.tune_n
    out = Path(out_dir)
    planned = planned_files(cfg)
    out = prepare(out, planned)
    builder = _Builder(out, cfg, wanted, catalog)
    total = cfg.n + tune_n
    done = 0
    bench: list[BenchItem] = []
    tune: list[TuneItem] = []
    per_cat: dict[str, CategoryCount] = {c: CategoryCount() for c in wanted}
    per_layout: Counter[str] = Counter()
    per_scen: dict[str, ScenarioCount] = {s: ScenarioCount() for s in catalog.scenarios}
    for split, count in (("bench", cfg.n), ("tune", tune_n)):
        sp: Split = "bench" if split == "bench" else "tune"
        for index, (target, lay) in enumerate(builder.plan(sp, count)):
            drawn = builder.draw(sp, index, target, lay)
            per_layout[drawn.layout] += 1
            rng = random.Random(_sub_seed(cfg.seed, sp, index, "items"))
            q_no = 0
            for fact in drawn.facts:
                if sp == "bench":
                    per_cat[fact.category].images += 1
                name = catalog.categories[fact.category].name
                for question in qs.questions(fact, cfg.questions_per_fact, rng):
                    conflict, compatible = builder.scenarios(fact.category, rng)
                    others = builder.distractors(fact.category, rng)
                    at = rng.randrange(len(others) + 1)
                    order = [*others[:at], fact.category, *others[at:]]
                    values = {c: rng.randint(0, 1) for c in others}
                    qid = f"{drawn.image_id}_{q_no:04d}"
                    q_no += 1
                    common = {
                        "question_id": qid,
                        "image_id": drawn.image_id,
                        "image_path": drawn.path,
                        "label": fact.category,
                        "question": question,
                        "gt": fact.value,
                    }
                    if sp == "bench":
                        bench.append(
                            BenchItem(
                                benchmark_id=f"{len(bench):08d}",
                                label=fact.category,
                                other_labels={c: (1 if c == fact.category else values[c]) for c in order},
                                question_item=BenchQuestion(**common),
                                non_privacy_scenarios=conflict,
                                privacy_scenarios=compatible,
                            )
                        )
                        per_cat[fact.category].bench_items += 1
                        for ref in conflict:
                            per_scen[ref.scenario].conflict += 1
                        for ref in compatible:
                            per_scen[ref.scenario].compatible += 1
                    else:
                        respond = qs.respond_answer(fact, rng)
                        reject = qs.reject_answer(name, rng)
                        if find_leak(respond, fact.value) is None or find_leak(reject, fact.value) is not None:
                            raise RuntimeError(f"answer templates broke the leak invariant for {qid}")
                        tune.append(
                            TuneItem(
                                benchmark_id=f"{len(tune):08d}",
                                label=fact.category,
                                other_labels={c: (0.5 if c == fact.category else values[c]) for c in order},
                                question_item=TuneQuestion(**common, respond_ans=respond, reject_ans=reject),
                                non_privacy_scenarios=conflict,
                                privacy_scenarios=compatible,
                                chosen_scenarios=list(compatible),
                            )
                        )
                        per_cat[fact.category].tune_items += 1
            done += 1
            if progress is not None:
                progress(done, total)
    files = {
        "bench.json": _write_json(out / "bench.json", BenchFile(benchmark_list=bench).model_dump(by_alias=True)),
        "tune.json": _write_json(out / "tune.json", TuneFile(data_list=tune).model_dump(by_alias=True)),
    }
    manifest = Manifest(
        guard_version=__version__,
        seed=cfg.seed,
        settings={**cfg.model_dump(mode="json"), "categories": wanted, "tune_n": tune_n},
        fonts=font_source(),
        images={"bench": cfg.n, "tune": tune_n},
        items={"bench": len(bench), "tune": len(tune)},
        per_category=per_cat,
        per_scenario={k: v for k, v in per_scen.items() if v.conflict or v.compatible},
        per_layout=dict(sorted(per_layout.items())),
        files=files,
    )
    _write_json(out / "manifest.json", manifest.model_dump(mode="json"))
    write_marker(out, planned)
    return manifest
