"""One training run end to end: load base + LoRA, build data, train, save adapter + manifest, register."""

from __future__ import annotations

import hashlib
import math
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from guard import __version__
from guard.errors import GuardError
from guard.train.data import (
    Example,
    PairedExample,
    TuneDataError,
    build_examples,
    build_pairs,
    check_images,
    load_tune,
    split_items,
)
from guard.train.recipe import Recipe
from guard.train.resume import RunIdentity, check_fresh_or_resumable, write_identity


@dataclass
class TrainResult:
    adapter_dir: Path
    metrics: dict[str, float]
    registered_as: str | None = None
    train_examples: int = 0
    eval_examples: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def check_base(base: Path) -> None:
    """A clear error when ``base`` is not a saved model directory (checked before anything loads)."""
    if not (base / "config.json").is_file():
        raise GuardError(
            f"--base {base}: no config.json (expected a Qwen2-VL directory; `guard dev tiny-model` builds one)"
        )


def load_base(base: Path, *, bf16: bool = False) -> tuple[Any, Any, Any]:
    """Model, tokenizer and image processor from a Qwen2-VL directory (clear error when it is not one)."""
    check_base(base)
    import torch
    from transformers import AutoConfig, AutoImageProcessor, AutoTokenizer, Qwen2VLForConditionalGeneration

    cfg = AutoConfig.from_pretrained(base)
    if cfg.model_type != "qwen2_vl":
        raise GuardError(f"--base {base}: model_type {cfg.model_type!r}; valid: 'qwen2_vl'")
    dtype = torch.bfloat16 if bf16 else torch.float32
    # transformers >= 5.2x swaps layers for "hub kernels" fetched from the Hugging Face Hub when the model first
    # enters training on a GPU (the default where the kernels package is installed): that downloads and runs
    # third-party code, and fails on an offline training machine. Training uses transformers' own layers only.
    model = Qwen2VLForConditionalGeneration.from_pretrained(base, dtype=dtype, use_kernels=False)
    tokenizer = AutoTokenizer.from_pretrained(base)
    image_processor = AutoImageProcessor.from_pretrained(base)  # type: ignore[no-untyped-call,unused-ignore]  # typed in newer transformers only
    return model, tokenizer, image_processor


def add_lora(model: Any, recipe: Recipe) -> Any:
    """peft LoRA on the language model's projections only; everything else (vision tower too) frozen."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(
        r=recipe.lora_rank,
        lora_alpha=recipe.lora_alpha,
        lora_dropout=recipe.lora_dropout,
        target_modules=recipe.target_modules,
        bias="none",
        task_type="CAUSAL_LM",
    )
    with _quiet_peft():
        return get_peft_model(model, config)


def load_adapter(base_model: Any, adapter_dir: Path) -> Any:
    """A saved adapter on top of a loaded base model (what serving or evaluation does with our output)."""
    from peft import PeftModel

    with _quiet_peft():
        return PeftModel.from_pretrained(base_model, adapter_dir)


@contextmanager
def _quiet_peft() -> Iterator[None]:
    """peft 0.21 still probes the renamed ``is_gradient_checkpointing``; transformers 5.24 warns on it."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        yield


def bf16_available() -> bool:
    import torch

    return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())


def build_items(recipe: Recipe, data: Path, images: Path) -> tuple[list[Any], list[Any]]:
    """Train and eval items (examples, or NCA-P pairs), split by whole questions."""
    tune = load_tune(data)
    train_tune, eval_tune = split_items(tune, recipe.eval_fraction, recipe.seed)
    build = build_pairs if recipe.method == "ncap" else build_examples
    train_items: list[Example | PairedExample] = list(build(train_tune, distractors=recipe.distractors))
    eval_items: list[Example | PairedExample] = list(build(eval_tune, distractors=recipe.distractors))
    flat = [e for it in train_items + eval_items for e in ((it.p0, it.p1) if isinstance(it, PairedExample) else (it,))]
    check_images(flat, images)
    if not train_items:
        raise TuneDataError(f"{data}: no training examples after holding out eval_fraction={recipe.eval_fraction}")
    return train_items, eval_items


def make_trainer(
    recipe: Recipe,
    model: Any,
    tokenizer: Any,
    image_processor: Any,
    images: Path,
    train_items: list[Any],
    eval_items: list[Any],
    out_dir: Path,
    console: Console | None = None,
) -> Any:
    """A configured ``PreferenceTrainer`` (used by ``run_training``, the benchmark and tests)."""
    from transformers import PrinterCallback, ProgressCallback, TrainingArguments

    from guard.train.batch import Collator, Encoder
    from guard.train.trainer import PreferenceTrainer, RichProgressCallback

    encoder = Encoder(
        tokenizer,
        image_processor,
        images,
        max_length=recipe.max_length,
        min_pixels=recipe.min_pixels,
        max_pixels=recipe.max_pixels,
        image_token_id=int(model.config.image_token_id),
    )
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    use_bf16 = recipe.bf16 and bf16_available()
    do_eval = bool(eval_items) and recipe.eval_steps is not None
    args = TrainingArguments(
        output_dir=str(out_dir / "checkpoints"),
        per_device_train_batch_size=recipe.batch_size,
        per_device_eval_batch_size=recipe.batch_size,
        gradient_accumulation_steps=recipe.grad_accum,
        learning_rate=recipe.learning_rate,
        weight_decay=recipe.weight_decay,
        max_grad_norm=recipe.max_grad_norm,
        num_train_epochs=recipe.epochs,
        max_steps=recipe.max_steps if recipe.max_steps is not None else -1,
        lr_scheduler_type=recipe.lr_scheduler,
        warmup_steps=recipe.warmup_ratio,
        logging_steps=recipe.logging_steps,
        eval_strategy="steps" if do_eval else "no",
        eval_steps=recipe.eval_steps if do_eval else None,
        save_strategy="steps",
        save_steps=recipe.save_steps,
        save_total_limit=recipe.save_total_limit,
        bf16=use_bf16,
        activation_checkpointing=recipe.gradient_checkpointing,
        activation_checkpointing_kwargs={"use_reentrant": False} if recipe.gradient_checkpointing else None,
        seed=recipe.seed,
        report_to="none",
        disable_tqdm=True,
        remove_unused_columns=False,
        label_names=[],
        dataloader_num_workers=0,
        ddp_find_unused_parameters=False,  # every LoRA weight takes part in every policy forward
        dataloader_pin_memory=bf16_available(),
    )
    trainer = PreferenceTrainer(
        model=model,
        args=args,
        train_dataset=train_items,
        eval_dataset=eval_items or None,
        data_collator=Collator(encoder, pad, chosen_only=recipe.method == "sft"),
        method=recipe.method,
        beta=recipe.beta,
        eval_collator=Collator(encoder, pad),
    )
    trainer.remove_callback(ProgressCallback)
    trainer.remove_callback(PrinterCallback)
    if console is not None:
        trainer.add_callback(RichProgressCallback(console))
    return trainer


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def non_finite_weights(model: Any) -> list[str]:
    """Names of trainable tensors holding NaN or infinity (the adapter weights)."""
    import torch

    return [name for name, p in model.named_parameters() if p.requires_grad and not bool(torch.isfinite(p).all())]


def _stop_progress(trainer: Any) -> None:
    """Close the live progress bar of a run that stopped early (its on_train_end never runs)."""
    from guard.train.trainer import RichProgressCallback

    for cb in trainer.callback_handler.callbacks:
        if isinstance(cb, RichProgressCallback) and cb.progress is not None:
            cb.progress.stop()


def _diverged(recipe: Recipe, what: str) -> GuardError:
    return GuardError(
        f"training stopped: {what}; the adapter was not saved or registered "
        f"(learning_rate {recipe.learning_rate:g}, beta {recipe.beta:g}: lower the learning rate or check the data)"
    )


def run_training(
    recipe: Recipe,
    *,
    base: Path,
    data: Path,
    images: Path,
    out_dir: Path,
    resume: bool = False,
    register_as: str | None = None,
    registry: Path | None = None,
    console: Console | None = None,
) -> TrainResult:
    """Train, evaluate, save the peft adapter and its manifest into ``out_dir``; optionally register it.

    Everything that can be wrong with the inputs is checked before torch, transformers or the base
    model load, so a refusal takes a second, not the minutes a large model needs to load.

    Under ``accelerate launch`` every rank runs this function: the ranks must agree on their inputs
    and, data parallel, on the trained weights (guard.train.distributed); a rank that sees a
    non-finite loss stops them all; only the main process writes run.json, the adapter (Trainer),
    the manifest and the registry entry.
    """
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    check_base(base)
    train_items, eval_items = build_items(recipe, data, images)  # data and images checked: no model yet
    identity = RunIdentity.of(recipe, base=base, data=data)
    check_fresh_or_resumable(out_dir, identity, resume=resume)  # a checkpoint of another run never resumes

    import peft
    import transformers

    from guard.train.distributed import (
        any_rank,
        file_adapter_digest,
        model_adapter_digest,
        params_sharded,
        rank_values,
        require_agreement,
        split_digest,
    )
    from guard.train.registry import Manifest, register_adapter, write_manifest
    from guard.train.trainer import NonFiniteTraining

    transformers.set_seed(recipe.seed)  # the same LoRA initialisation on every rank and every run
    model, tokenizer, image_processor = load_base(base, bf16=recipe.bf16 and bf16_available())
    model = add_lora(model, recipe)
    trainer = make_trainer(recipe, model, tokenizer, image_processor, images, train_items, eval_items, out_dir, console)
    acc = trainer.accelerator  # set up by TrainingArguments: one process, or a rank of `accelerate launch`
    inputs = hashlib.sha256(f"{identity.base_fingerprint}{split_digest(train_items, eval_items)}".encode())
    require_agreement(  # each rank read --base and --data from its own disk (other nodes, other copies)
        acc, "the base model and the train/eval split", inputs.hexdigest(), "give every process the same files"
    )
    if acc.is_main_process:
        out_dir.mkdir(parents=True, exist_ok=True)
        if not resume:
            write_identity(out_dir, identity)
    acc.wait_for_everyone()
    try:
        train_out = trainer.train(resume_from_checkpoint=True if resume else None)
    except NonFiniteTraining as exc:
        _stop_progress(trainer)
        raise _diverged(recipe, str(exc)) from None
    bad = non_finite_weights(trainer.model)
    loss_bad = not math.isfinite(float(train_out.training_loss))
    if any_rank(acc, bool(bad) or loss_bad):  # every rank stops, none waits for the others
        what = "adapter weights or the loss stopped being finite on another rank"
        if bad:
            what = f"{len(bad)} adapter tensors hold NaN or infinity (e.g. {bad[0]})"
        elif loss_bad:
            what = "the loss is not finite"
        raise _diverged(recipe, what)
    unwrapped = acc.unwrap_model(trainer.model)
    replicas = None
    if not params_sharded(acc):  # data-parallel replicas: identical weights, or gradients were not synchronised
        replicas = require_agreement(
            acc,
            "the trained adapter weights",
            model_adapter_digest(unwrapped),
            "gradients were not synchronised; the adapter was not saved or registered",
        )
    items = rank_values(acc, trainer.train_items_seen)
    metrics: dict[str, float] = {"train_loss": float(train_out.training_loss)}
    if eval_items:
        metrics.update(trainer.evaluate())
    trainer.save_model(str(out_dir))  # every rank calls it (ZeRO-3/FSDP gather); the main process writes
    if acc.is_main_process:
        saved = file_adapter_digest(out_dir)
        if replicas is not None and saved != replicas[0]:
            raise GuardError(f"{out_dir}: the saved adapter differs from the trained weights; it was not registered")
        manifest = Manifest(
            name=register_as,
            method=recipe.method,
            base_model=str(base),
            base_model_config_sha256=_sha256_file(base / "config.json"),
            data=str(data),
            data_sha256=identity.data_sha256,
            train_examples=len(train_items),
            eval_examples=len(eval_items),
            hyperparameters=recipe.model_dump(mode="json") | {"global_steps": trainer.state.global_step},
            final_metrics=metrics,
            guard_version=__version__,
            transformers_version=transformers.__version__,
            peft_version=peft.__version__,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            adapter_sha256=saved,
            processes=acc.num_processes,
            rank_adapter_sha256=replicas,
            rank_train_items=items,
        )
        write_manifest(out_dir, manifest)
        if register_as and registry is not None:
            register_adapter(registry, register_as, out_dir)
    acc.wait_for_everyone()  # no rank reports success before the adapter and its entry exist
    return TrainResult(out_dir, metrics, register_as, len(train_items), len(eval_items))
