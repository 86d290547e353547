"""Training recipes: one YAML per method in ``train/`` (validated, typed, passed in; no globals)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from guard.errors import GuardError
from guard.files import FileRefused, load_yaml, read_text

Method = Literal["sft", "dpo", "nca", "ncap"]

LORA_TARGET = r".*model\.language_model.*\.(q|k|v|o|gate|up|down)_proj"
"""Language model only (docs/design.md#training-objectives, #measured-platform-facts): vLLM ignores
vision-tower LoRA; no embed_tokens/lm_head."""

RECIPE_DIR = Path("train")
RECIPE_MAX_BYTES = 64 * 1024
MAX_IMAGE_PIXELS = 16_777_216
"""Largest image area the processor may resize to (4096 x 4096)."""


class RecipeError(GuardError):
    """A recipe file that cannot be used."""


class Recipe(BaseModel):
    """Hyperparameters for one run. Defaults are the tiny-model CPU settings, not validated results.

    Every number has a range that a LoRA preference run can sensibly use (NaN and infinity never
    pass): a value outside it is a typo or a run that would only produce garbage (a learning rate of
    1e30 turns every adapter weight into NaN), refused before the base model loads.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    method: Method
    # LoRA
    lora_rank: Literal[8, 16, 32, 64, 128, 256] = 8
    lora_alpha: int = Field(16, ge=1, le=4096)
    lora_dropout: float = Field(0.0, ge=0, le=0.5)
    target_modules: str = Field(LORA_TARGET, min_length=1, max_length=1000)
    # optimisation
    learning_rate: float = Field(1e-4, gt=0, le=0.1)
    beta: float = Field(0.1, gt=0, le=10, description="Reward scale for DPO/NCA/NCA-P (ignored by SFT).")
    epochs: float = Field(3.0, gt=0, le=100)
    max_steps: int | None = Field(None, ge=1, le=10_000_000)
    batch_size: int = Field(4, ge=1, le=1024, description="Examples (NCA-P: pairs) per device per step.")
    grad_accum: int = Field(1, ge=1, le=4096)
    warmup_ratio: float = Field(0.1, ge=0, le=0.5)
    lr_scheduler: Literal["cosine", "linear", "constant_with_warmup"] = "cosine"
    weight_decay: float = Field(0.0, ge=0, le=1)
    max_grad_norm: float = Field(1.0, gt=0, le=1000)
    gradient_checkpointing: bool = False
    bf16: bool = Field(True, description="Used only where the device supports it (never on CPU).")
    seed: int = Field(0, ge=0, le=2**32 - 1)
    # data
    distractors: bool = True
    min_pixels: int = Field(3136, ge=784, le=MAX_IMAGE_PIXELS)
    max_pixels: int = Field(12544, ge=784, le=MAX_IMAGE_PIXELS)
    max_length: int = Field(1024, ge=16, le=131072)
    eval_fraction: float = Field(0.1, ge=0, le=0.5)
    # bookkeeping
    logging_steps: int = Field(10, ge=1, le=1_000_000)
    eval_steps: int | None = Field(
        None, ge=1, le=10_000_000, description="Evaluate every N steps (default: at the end)."
    )
    save_steps: int = Field(200, ge=1, le=10_000_000)
    save_total_limit: int = Field(2, ge=1, le=1000)

    @model_validator(mode="after")
    def _pixels(self) -> Recipe:
        if self.min_pixels > self.max_pixels:
            raise ValueError(f"min_pixels {self.min_pixels} > max_pixels {self.max_pixels}")
        return self


def default_recipe_path(method: Method) -> Path | None:
    """``train/<method>.yaml`` in the current folder, else the copy shipped in the package (guard.resources)."""
    from guard.resources import recipe

    return recipe(method)


def load_recipe(path: Path | None, method: Method) -> Recipe:
    """Load a recipe; ``--method`` wins over the file's ``method`` only if they agree (else an error)."""
    if path is None:
        return Recipe(method=method)
    try:
        raw = load_yaml(read_text(path, kind="recipe", max_bytes=RECIPE_MAX_BYTES), source=path, max_depth=4) or {}
    except FileRefused as exc:
        raise RecipeError(f"--recipe {exc}") from None
    if not isinstance(raw, dict):
        raise RecipeError(f"{path}: expected a mapping of recipe fields")
    stated = raw.setdefault("method", method)
    if stated != method:
        raise RecipeError(f"{path}: method {stated!r} does not match --method {method!r}")
    try:
        return Recipe.model_validate(raw)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = ".".join(str(p) for p in e["loc"]) or "recipe"
        shown = repr(e["input"]) if "input" in e and not isinstance(e["input"], dict) else ""
        value = f" (got {shown if len(shown) <= 60 else shown[:57] + '...'})" if shown else ""
        raise RecipeError(f"{path}: {where}: {e['msg']}{value}") from None
