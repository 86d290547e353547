"""Training recipes: one YAML per method in ``train/`` (validated, typed, passed in; no globals)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from guard.errors import GuardError

Method = Literal["sft", "dpo", "nca", "ncap"]

LORA_TARGET = r".*model\.language_model.*\.(q|k|v|o|gate|up|down)_proj"
"""Language model only (DESIGN §7/§10): vLLM ignores vision-tower LoRA; no embed_tokens/lm_head."""

RECIPE_DIR = Path("train")


class RecipeError(GuardError):
    """A recipe file that cannot be used."""


class Recipe(BaseModel):
    """Hyperparameters for one run. Defaults are the tiny-model CPU settings, not validated results."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: Method
    # LoRA
    lora_rank: Literal[8, 16, 32, 64, 128, 256] = 8
    lora_alpha: int = Field(16, ge=1)
    lora_dropout: float = Field(0.0, ge=0, lt=1)
    target_modules: str = LORA_TARGET
    # optimisation
    learning_rate: float = Field(1e-4, gt=0)
    beta: float = Field(0.1, gt=0, description="Reward scale for DPO/NCA/NCA-P (ignored by SFT).")
    epochs: float = Field(3.0, gt=0)
    max_steps: int | None = Field(None, ge=1)
    batch_size: int = Field(4, ge=1, description="Examples (NCA-P: pairs) per device per step.")
    grad_accum: int = Field(1, ge=1)
    warmup_ratio: float = Field(0.1, ge=0, lt=1)
    lr_scheduler: Literal["cosine", "linear", "constant_with_warmup"] = "cosine"
    weight_decay: float = Field(0.0, ge=0)
    max_grad_norm: float = Field(1.0, gt=0)
    gradient_checkpointing: bool = False
    bf16: bool = Field(True, description="Used only where the device supports it (never on CPU).")
    seed: int = 0
    # data
    distractors: bool = True
    min_pixels: int = Field(3136, ge=784)
    max_pixels: int = Field(12544, ge=784)
    max_length: int = Field(1024, ge=16)
    eval_fraction: float = Field(0.1, ge=0, lt=1)
    # bookkeeping
    logging_steps: int = Field(10, ge=1)
    eval_steps: int | None = Field(None, ge=1, description="Evaluate every N steps (default: at the end).")
    save_steps: int = Field(200, ge=1)
    save_total_limit: int = Field(2, ge=1)

    @model_validator(mode="after")
    def _pixels(self) -> Recipe:
        if self.min_pixels > self.max_pixels:
            raise ValueError(f"min_pixels {self.min_pixels} > max_pixels {self.max_pixels}")
        return self


def default_recipe_path(method: Method) -> Path | None:
    """``train/<method>.yaml`` when it exists (run from the repository root), else built-in defaults."""
    path = RECIPE_DIR / f"{method}.yaml"
    return path if path.is_file() else None


def load_recipe(path: Path | None, method: Method) -> Recipe:
    """Load a recipe; ``--method`` wins over the file's ``method`` only if they agree (else an error)."""
    if path is None:
        return Recipe(method=method)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise RecipeError(f"--recipe {path}: file not found") from None
    except yaml.YAMLError as exc:
        raise RecipeError(f"{path}: not valid YAML: {exc}".splitlines()[0]) from None
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
        value = f" (got {e['input']!r})" if "input" in e and not isinstance(e["input"], dict) else ""
        raise RecipeError(f"{path}: {where}: {e['msg']}{value}") from None
