"""SPY-Tune files -> training examples (docs/design.md#training-objectives), rendered by the prompt renderer.

Every prompt goes through ``guard.prompt.render_prompt`` and every expected behaviour through
``guard.policy.decide``, so training and serving can never drift apart. In ``other_labels`` the
target carries 0.5: "this line takes the variant being built" (0 = non-private, 1 = private).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from guard.errors import GuardError
from guard.files import FileMissing, FileRefused, check_image, confined, decode_text, load_json, read_bytes
from guard.policy import Decision, decide
from guard.policy.names import hidden_char
from guard.prompt import render_prompt
from guard.taxonomy import Catalog, Scenario, default_catalog

ScenarioKind = Literal["none", "conflict", "compatible"]

TUNE_MAX_BYTES = 2 * 1024**3
"""Largest SPY-Tune file read (about 800,000 items)."""
TUNE_MAX_DEPTH = 16
IMAGE_MAX_BYTES = 64 * 1024**2
IMAGE_MAX_PIXELS = 50_000_000
"""Declared image area accepted before decoding (a decompression bomb declares far more)."""


class TuneDataError(GuardError):
    """A SPY-Tune file that cannot be turned into training examples."""


class ScenarioRef(BaseModel):
    model_config = ConfigDict(extra="allow")

    scenario: str
    template: str = Field(alias="2nd_person_template")


class TuneQuestion(BaseModel):
    model_config = ConfigDict(extra="allow")

    question_id: str
    image_path: str
    question: str
    respond_ans: str
    reject_ans: str


class TuneItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    benchmark_id: str
    label: str
    other_labels: dict[str, float] = Field(default_factory=dict)
    question_item: TuneQuestion
    non_privacy_scenarios: list[ScenarioRef] = Field(default_factory=list)
    privacy_scenarios: list[ScenarioRef] = Field(default_factory=list)
    chosen_scenarios: list[ScenarioRef] = Field(default_factory=list)
    label2text: dict[str, str] | None = None


class TuneFile(BaseModel):
    model_config = ConfigDict(extra="allow")

    data_list: list[TuneItem]
    label2text: dict[str, str] | None = None


@dataclass(frozen=True)
class Example:
    """One prompt with the answer to prefer and the one to push down."""

    prompt: str
    image: str
    chosen: str
    rejected: str
    item_id: str
    label: str
    private: bool
    scenario: str | None
    kind: ScenarioKind


@dataclass(frozen=True)
class PairedExample:
    """NCA-P: the non-private (p0) and private (p1) variants of one question and scenario."""

    p0: Example
    p1: Example


def load_tune(path: Path) -> TuneFile:
    """Read and validate a SPY-Tune JSON file; errors name the file, item and field.

    Read through the safe-file layer (regular file, size cap, nesting limit); every item must have
    a question and two non-empty, different answers, or preference training learns nothing from it.
    """
    try:
        raw_bytes = read_bytes(path, kind="SPY-Tune JSON", max_bytes=TUNE_MAX_BYTES)
        raw = load_json(
            decode_text(raw_bytes, source=path, kind="SPY-Tune JSON"), source=path, max_depth=TUNE_MAX_DEPTH
        )
    except FileMissing:
        raise TuneDataError(f"{path}: file not found (expected a SPY-Tune JSON file with 'data_list')") from None
    except FileRefused as exc:
        raise TuneDataError(str(exc)) from None
    if not isinstance(raw, dict) or "data_list" not in raw:
        raise TuneDataError(f"{path}: expected a JSON object with a 'data_list' array (SPY-Tune format)")
    try:
        tune = TuneFile.model_validate(raw)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(p) for p in e["loc"])
        raise TuneDataError(f"{path}: {where}: {e['msg']}") from None
    if not tune.data_list:
        raise TuneDataError(f"{path}: data_list is empty")
    for i, item in enumerate(tune.data_list):
        problem = _item_problem(item.question_item)
        if problem:
            raise TuneDataError(f"{path}: data_list[{i}] ({item.benchmark_id}): question_item.{problem}")
    return tune


def _item_problem(q: TuneQuestion) -> str | None:
    for field in ("question", "respond_ans", "reject_ans"):
        if not getattr(q, field).strip():
            return f"{field}: empty; every item needs a question and two non-empty answers"
    if " ".join(q.respond_ans.split()) == " ".join(q.reject_ans.split()):
        return "reject_ans: the same text as respond_ans; the chosen and rejected answers must differ"
    return None


def data_hash(path: Path) -> str:
    """sha256 of the data file's bytes (recorded in the adapter manifest, checked on --resume)."""
    try:
        return hashlib.sha256(read_bytes(path, kind="SPY-Tune JSON", max_bytes=TUNE_MAX_BYTES)).hexdigest()
    except FileRefused as exc:
        raise TuneDataError(str(exc)) from None


def _name(label: str, item: TuneItem, tune: TuneFile, catalog: Catalog, where: str) -> str:
    for table in (item.label2text, tune.label2text):
        if table and label in table:
            hidden = hidden_char(table[label])
            if hidden:
                raise TuneDataError(f"{where}: label2text.{label}: contains {hidden}; names are plain text on one line")
            return table[label]
    try:
        return catalog.category(label).name
    except GuardError as exc:
        raise TuneDataError(f"{where}: {exc}") from None


def _statements(
    item: TuneItem, private: bool, tune: TuneFile, catalog: Catalog, distractors: bool, where: str
) -> list[tuple[str, bool]]:
    target = _name(item.label, item, tune, catalog, where)
    if not distractors or not item.other_labels:
        return [(target, private)]
    if item.label not in item.other_labels:
        raise TuneDataError(f"{where}: other_labels does not contain the target label {item.label!r}")
    out: list[tuple[str, bool]] = []
    for label, value in item.other_labels.items():
        if label == item.label:
            out.append((target, private))
        elif value in (0, 1):
            out.append((_name(label, item, tune, catalog, where), bool(value)))
        else:
            raise TuneDataError(f"{where}: other_labels.{label}: {value!r}; valid: 0, 1 (0.5 only for the target)")
    return out


def _example(
    item: TuneItem,
    private: bool,
    scen: ScenarioRef | None,
    kind: ScenarioKind,
    tune: TuneFile,
    catalog: Catalog,
    absolute: Collection[str],
    distractors: bool,
    where: str,
) -> Example:
    q = item.question_item
    scenario = None
    if scen is not None:
        non_private = frozenset({item.label}) if kind == "conflict" else frozenset()
        scenario = Scenario(id=scen.scenario, name=scen.scenario, template=scen.template, non_private=non_private)
    decision, _ = decide(item.label, stated=private, scenario=scenario, absolute=absolute)
    respond = decision is Decision.RESPOND
    try:
        prompt = render_prompt(
            _statements(item, private, tune, catalog, distractors, where),
            q.question,
            scen.template if scen is not None else None,
        )
    except GuardError as exc:
        raise TuneDataError(f"{where}: {exc}") from None
    return Example(
        prompt=prompt,
        image=q.image_path,
        chosen=q.respond_ans if respond else q.reject_ans,
        rejected=q.reject_ans if respond else q.respond_ans,
        item_id=item.benchmark_id,
        label=item.label,
        private=private,
        scenario=scen.scenario if scen is not None else None,
        kind=kind,
    )


def build_examples(
    tune: TuneFile,
    *,
    catalog: Catalog | None = None,
    absolute: Collection[str] | None = None,
    distractors: bool = True,
) -> list[Example]:
    """SFT/DPO/NCA examples: the five situations of docs/design.md#training-objectives per item, in file order.

    (private, none) reject; (non-private, none) respond; (private, each conflict scenario) respond;
    (private, each compatible scenario) reject; (non-private, each chosen scenario) respond.
    Absolute labels always reject (``decide`` applies the rule).
    """
    cat = catalog or default_catalog()
    absolute_set = frozenset(cat.absolute_default if absolute is None else absolute)
    out: list[Example] = []
    for i, item in enumerate(tune.data_list):
        where = f"data_list[{i}] ({item.benchmark_id})"
        args = (tune, cat, absolute_set, distractors, where)
        out.append(_example(item, True, None, "none", *args))
        out.append(_example(item, False, None, "none", *args))
        out += [_example(item, True, s, "conflict", *args) for s in item.non_privacy_scenarios]
        out += [_example(item, True, s, "compatible", *args) for s in item.privacy_scenarios]
        out += [_example(item, False, s, "compatible", *args) for s in item.chosen_scenarios]
    return out


def build_pairs(
    tune: TuneFile,
    *,
    catalog: Catalog | None = None,
    absolute: Collection[str] | None = None,
    distractors: bool = True,
) -> list[PairedExample]:
    """NCA-P pairs: for no scenario, each conflict and each chosen scenario, the p0/p1 variants."""
    cat = catalog or default_catalog()
    absolute_set = frozenset(cat.absolute_default if absolute is None else absolute)
    out: list[PairedExample] = []
    for i, item in enumerate(tune.data_list):
        where = f"data_list[{i}] ({item.benchmark_id})"
        args = (tune, cat, absolute_set, distractors, where)
        scenarios: list[tuple[ScenarioRef | None, ScenarioKind]] = [(None, "none")]
        scenarios += [(s, "conflict") for s in item.non_privacy_scenarios]
        scenarios += [(s, "compatible") for s in item.chosen_scenarios]
        for scen, kind in scenarios:
            out.append(PairedExample(_example(item, False, scen, kind, *args), _example(item, True, scen, kind, *args)))
    return out


def check_images(examples: Collection[Example], images: Path) -> None:
    """Fail early, naming the item, for any image that is missing, outside ``images``, not an image or too big.

    Each file is read once through the safe-file layer and judged from its header (format and
    declared size), so a decompression bomb or ``/etc/passwd`` is refused before anything decodes it.
    """
    if not images.is_dir():
        raise TuneDataError(f"--images {images}: not a directory")
    seen: set[str] = set()
    for ex in examples:
        if ex.image in seen:
            continue
        seen.add(ex.image)
        where = f"item {ex.item_id}: image_path {ex.image!r}"
        try:
            path = confined(images, ex.image, field=f"item {ex.item_id}: image_path")
            data = read_bytes(path, kind="image", max_bytes=IMAGE_MAX_BYTES)
            check_image(data, source=path, max_pixels=IMAGE_MAX_PIXELS, max_bytes=IMAGE_MAX_BYTES)
        except FileMissing:
            raise TuneDataError(f"{where} not found under {images}") from None
        except FileRefused as exc:
            raise TuneDataError(f"{where}: {exc}") from None


def split_items(tune: TuneFile, eval_fraction: float, seed: int) -> tuple[TuneFile, TuneFile]:
    """Hold out whole images (and so every question about them).

    Suites ask several questions per image; splitting by question would let a value seen in a
    training answer reappear in a held-out one and make eval accuracy optimistic.
    """
    import random

    images = sorted({item.question_item.image_path for item in tune.data_list})
    random.Random(seed).shuffle(images)
    n_eval = round(len(images) * eval_fraction) if eval_fraction > 0 else 0
    if eval_fraction > 0 and len(images) > 1:
        n_eval = min(max(n_eval, 1), len(images) - 1)
    held = set(images[:n_eval])
    train = [it for it in tune.data_list if it.question_item.image_path not in held]
    evals = [it for it in tune.data_list if it.question_item.image_path in held]
    meta: Mapping[str, Any] = {"label2text": tune.label2text}
    return TuneFile(data_list=train, **meta), TuneFile(data_list=evals, **meta)
