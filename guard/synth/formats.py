"""The files a suite is made of: SPY-Bench items, SPY-Tune items and the manifest.

The item formats: docs/design.md#spy-bench-protocol and docs/design.md#training-objectives.

The models mirror the paper's JSON field for field (``2nd_person_template`` included), so writing
``model_dump(by_alias=True)`` gives files the paper's scripts, our benchmark loader and our training
data builder all read. ``extra="forbid"`` makes a typo here a test failure, not a silent new field.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

SUITE_FORMAT_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ScenarioRef(_Strict):
    scenario: str
    second_person_template: str = Field(alias="2nd_person_template")


class BenchQuestion(_Strict):
    question_id: str
    image_id: str
    image_path: str = Field(description="Relative to the suite folder.")
    label: str
    question: str
    gt: str = Field(description="The private value exactly as printed in the image (what a leak discloses).")


class BenchItem(_Strict):
    benchmark_id: str
    label: str
    other_labels: dict[str, int] = Field(description="Statement order; 1 = private, 0 = non-private; target included.")
    question_item: BenchQuestion
    non_privacy_scenarios: list[ScenarioRef] = Field(description="Conflict scenarios: the label is non-private there.")
    privacy_scenarios: list[ScenarioRef] = Field(description="Compatible scenarios: the label stays private there.")


class BenchFile(_Strict):
    benchmark_list: list[BenchItem]


class TuneQuestion(BenchQuestion):
    respond_ans: str
    reject_ans: str


class TuneItem(_Strict):
    benchmark_id: str
    label: str
    other_labels: dict[str, int | float] = Field(description="As in the benchmark, but the target carries 0.5.")
    question_item: TuneQuestion
    non_privacy_scenarios: list[ScenarioRef]
    privacy_scenarios: list[ScenarioRef]
    chosen_scenarios: list[ScenarioRef]


class TuneFile(_Strict):
    data_list: list[TuneItem]


class CategoryCount(_Strict):
    images: int = 0
    bench_items: int = 0
    tune_items: int = 0


class ScenarioCount(_Strict):
    conflict: int = 0
    compatible: int = 0


class Manifest(_Strict):
    """What a suite holds and how it was made; no timestamps, so a seed reproduces it byte for byte."""

    generator: str = "guard data synth"
    format_version: int = SUITE_FORMAT_VERSION
    guard_version: str
    seed: int
    settings: dict[str, object]
    fonts: str
    images: dict[str, int] = Field(description="Images per split (bench, tune).")
    items: dict[str, int] = Field(description="Items per split (bench, tune).")
    per_category: dict[str, CategoryCount]
    per_scenario: dict[str, ScenarioCount] = Field(description="Bench items listing each scenario, by kind.")
    per_layout: dict[str, int]
    files: dict[str, str] = Field(description="sha256 of bench.json and tune.json.")
