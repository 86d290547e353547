"""Loading a SPY-Bench benchmark file (``benchmark_list``) and checking its images and labels.

Every error names the file, the item (index and ``benchmark_id``) and the field, so a user can fix a
hand-edited suite without reading a traceback.

A suite is untrusted input: its ``image_path`` values are sent to a model, so each one must stay
inside the image folder (the suite's folder, or ``--images``) after resolving symlinks; absolute
paths, ``..`` escapes and symlinks pointing out are refused. The benchmark file and each image are
read through the safe-file layer (regular files only, size caps, JSON nesting limit), and images are
judged by the dimensions in their header before anything decodes them. Consumers should take image
paths from ``Bench.image_file(item)`` (confined again at use) rather than joining paths themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guard.errors import GuardError, UnknownNameError
from guard.files import FileMissing, FileRefused, check_image, confined, load_json, read_bytes, read_text
from guard.taxonomy import SAFE_LABEL, Catalog, default_catalog

BENCH_FILE = "bench.json"
"""The benchmark file's name inside a suite folder."""
BENCH_MAX_BYTES = 256 << 20
"""Largest benchmark file read (SPY-Bench's full list is a few MiB)."""
IMAGE_MAX_BYTES = 32 << 20
"""Largest image file a suite may name."""
IMAGE_HEADER_BYTES = 2 << 20
"""Bytes read to find an image's dimensions (a JPEG's size marker can follow large metadata)."""
IMAGE_MAX_PIXELS = 40_000_000
"""Most pixels (width x height, from the header) an image may declare: a few photos' worth, far
below what a decompression bomb declares."""


class BenchFileError(GuardError, ValueError):
    """A benchmark file that cannot be used; the message names file, item and field."""


class ScenarioRef(BaseModel):
    """A scenario as a benchmark item carries it: its id and its second-person template."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    scenario: str = Field(min_length=1)
    template: str = Field(alias="2nd_person_template", min_length=1)


class QuestionItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    question_id: str = Field(min_length=1)
    image_path: str | None = None
    question: str = Field(min_length=1)
    gt: Any = None


class BenchItem(BaseModel):
    """One benchmark question with its distractor labels and scenarios (docs/design.md#spy-bench-protocol)."""

    model_config = ConfigDict(extra="allow")

    benchmark_id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    other_labels: dict[str, float] = Field(default_factory=dict)
    question_item: QuestionItem
    non_privacy_scenarios: list[ScenarioRef] = Field(default_factory=list)
    privacy_scenarios: list[ScenarioRef] = Field(default_factory=list)
    label2text: dict[str, str] | None = None
    instruct_templates: list[str] | None = None

    @field_validator("benchmark_id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @field_validator("instruct_templates")
    @classmethod
    def _two_templates(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return value
        if len(value) != 2 or any(t.count("{}") != 1 for t in value):
            raise ValueError("expected two templates [non-private, private], each with one {} slot")
        return value

    def display_name(self, label: str, catalog: Catalog) -> str:
        """The label's prompt text: the item's ``label2text`` override, else the catalogue name."""
        if self.label2text and label in self.label2text:
            return self.label2text[label]
        return catalog.categories[label].name


class Bench(BaseModel):
    """A loaded benchmark: its items and where the images live."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: Path
    image_root: Path
    items: list[BenchItem]

    def image_file(self, item: BenchItem) -> Path | None:
        """The item's image, resolved and confined to ``image_root`` (``BenchFileError`` if it escapes)."""
        rel = item.question_item.image_path
        if not rel:
            return None
        index = next((i for i, it in enumerate(self.items) if it is item), -1)
        try:
            return confined(self.image_root, rel, field=_item_field(index, item.benchmark_id), source=self.path)
        except FileRefused as exc:
            raise BenchFileError(str(exc)) from None


def _where(path: Path, index: int, raw: Any) -> str:
    bid = raw.get("benchmark_id") if isinstance(raw, dict) else None
    return f"{path}: {_item_field(index, bid)}"


def _item_field(index: int, bid: Any) -> str:
    return f"benchmark_list[{index}]" + (f" (benchmark_id {bid})" if bid is not None else "")


def load_bench(
    path: str | Path,
    *,
    images: str | Path | None = None,
    catalog: Catalog | None = None,
    check_images: bool = True,
    max_bytes: int = BENCH_MAX_BYTES,
    max_image_bytes: int = IMAGE_MAX_BYTES,
    max_pixels: int = IMAGE_MAX_PIXELS,
) -> Bench:
    """Load a benchmark file (or a suite folder holding ``bench.json``) and validate every item.

    ``images`` is the folder image paths are relative to and confined to (default: the file's folder).
    Labels must be catalogue ids or appear in the item's ``label2text``. ``check_images`` also checks
    each image file: a regular file within ``max_image_bytes`` whose header declares at most
    ``max_pixels`` (PNG, JPEG, GIF, WebP or BMP); paths are confined either way.
    """
    path = Path(path)
    if path.is_dir():
        path = path / BENCH_FILE
    catalog = catalog or default_catalog()
    try:
        data = load_json(read_text(path, kind="benchmark", max_bytes=max_bytes), source=path)
    except FileMissing:
        raise BenchFileError(
            f"{path}: no such benchmark file (expected a JSON file or a folder with {BENCH_FILE})"
        ) from None
    except FileRefused as exc:
        raise BenchFileError(f"{path}: not a readable JSON benchmark file: {_after(str(exc), path)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("benchmark_list"), list):
        raise BenchFileError(f"{path}: expected a JSON object with a 'benchmark_list' array")
    root = Path(images) if images is not None else path.parent
    items: list[BenchItem] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["benchmark_list"]):
        where = _where(path, i, raw)
        try:
            item = BenchItem.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "item"
            raise BenchFileError(f"{where}: {loc}: {first['msg']}") from None
        if item.benchmark_id in seen:
            raise BenchFileError(f"{where}: benchmark_id: duplicate of benchmark_list[{seen[item.benchmark_id]}]")
        seen[item.benchmark_id] = i
        _check_labels(item, where, catalog)
        rel = item.question_item.image_path
        if rel:
            field = f"{_item_field(i, item.benchmark_id)}: question_item.image_path"
            try:
                image = confined(root, rel, field=field, source=path)
            except FileRefused as exc:
                raise BenchFileError(str(exc)) from None
            if check_images:
                _check_image_file(image, rel, where, root, max_image_bytes, max_pixels)
        items.append(item)
    return Bench(path=path, image_root=root, items=items)


def _check_labels(item: BenchItem, where: str, catalog: Catalog) -> None:
    known = set(item.label2text or ())

    def check(label: str, field: str) -> None:
        if label == SAFE_LABEL or (label not in catalog.categories and label not in known):
            try:
                hint = f" (did you mean {catalog.category(label).id!r}?)"
            except UnknownNameError as exc:
                hint = f" (did you mean {', '.join(repr(s) for s in exc.suggestions)}?)" if exc.suggestions else ""
            raise BenchFileError(
                f"{where}: {field}: unknown label {label!r}{hint}; expected a category id such as 'a1_age_approx' "
                "(see `guard categories`) or a key of the item's label2text"
            )

    check(item.label, "label")
    for label, value in item.other_labels.items():
        check(label, f"other_labels.{label}")
        if value not in (0, 1, 0.5):
            raise BenchFileError(f"{where}: other_labels.{label}: bad value {value!r}; expected 0 or 1")
    if item.other_labels and item.label not in item.other_labels:
        raise BenchFileError(f"{where}: other_labels: the target label {item.label!r} is missing")
    for field in ("non_privacy_scenarios", "privacy_scenarios"):
        for j, sc in enumerate(getattr(item, field)):
            n = sc.template.count("{}") + sc.template.count("{question}")
            if n != 1:
                raise BenchFileError(
                    f"{where}: {field}[{j}].2nd_person_template: expected exactly one {{}} slot, found {n}"
                )


def _after(message: str, path: Path) -> str:
    """``message`` without a leading ``<path>: `` (the caller names the file already)."""
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _check_image_file(image: Path, rel: str, where: str, root: Path, max_bytes: int, max_pixels: int) -> None:
    """The image exists, is a regular file within the size cap, and its header is within the pixel cap."""
    field = f"{where}: question_item.image_path"
    try:
        head = read_bytes(image, kind="image", max_bytes=max_bytes, head=IMAGE_HEADER_BYTES)  # header only
        check_image(head, source=rel, max_pixels=max_pixels, max_bytes=max_bytes)
    except FileMissing:
        raise BenchFileError(
            f"{field}: image {rel!r} not found under {root} (pass --images DIR if the images live elsewhere)"
        ) from None
    except FileRefused as exc:
        raise BenchFileError(f"{field}: {_after(str(exc), image)}") from None
