"""Training through the real tiny Qwen2-VL, peft and transformers' Trainer (CPU, seconds)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import torch
from typer.testing import CliRunner

from guard.cli.app import app
from guard.train.batch import Collator, Encoder
from guard.train.recipe import Recipe
from guard.train.run import add_lora, build_items, load_adapter, load_base, make_trainer, run_training
from guard.train.trainer import batch_logps, reference_logps


def _trainer(tiny_model: Path, tune_file: Path, images_dir: Path, out: Path, method: str = "ncap") -> Any:
    recipe = Recipe.model_validate(
        {"method": method, "max_steps": 1, "batch_size": 2, "learning_rate": 5e-2, "warmup_ratio": 0.0}
        | {"eval_fraction": 0.34}
    )
    train_items, eval_items = build_items(recipe, tune_file, images_dir)
    model, tok, proc = load_base(tiny_model)
    model = add_lora(model, recipe)
    return make_trainer(recipe, model, tok, proc, images_dir, train_items, eval_items, out)


def _batch(trainer: Any) -> dict[str, torch.Tensor]:
    collator: Collator = trainer.eval_collator
    return collator(trainer.train_dataset[:2])


@dataclass
class Trained:
    trainer: Any
    before: dict[str, torch.Tensor]
    adapter: Path


@pytest.fixture(scope="module")
def trained(tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Trained:
    """One NCA-P optimisation step on the tiny model, weights snapshotted before it, adapter saved."""
    out = tmp_path_factory.mktemp("one-step")
    trainer = _trainer(tiny_model, tune_file, images_dir, out)
    before = {n: p.detach().clone() for n, p in trainer.model.named_parameters()}
    trainer.train()
    trainer.save_model(str(out / "adapter"))
    trainer.model.eval()
    return Trained(trainer, before, out / "adapter")


def test_lora_targets_only_the_language_model(trained: Trained) -> None:
    trainable = [n for n, p in trained.trainer.model.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in n and ".language_model." in n for n in trainable)
    assert not any(k in n for n in trainable for k in ("visual", "embed_tokens", "lm_head"))
    kinds = {n.split(".lora_")[0].rsplit(".", 1)[-1] for n in trainable}
    assert kinds == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}


def test_one_step_changes_adapter_and_leaves_base_bit_identical(trained: Trained) -> None:
    before, after = trained.before, dict(trained.trainer.model.named_parameters())
    assert trained.trainer.state.global_step == 1
    changed_lora = [n for n in before if "lora_" in n and not torch.equal(before[n], after[n])]
    assert changed_lora, "no adapter weight moved"
    base = [n for n in before if "lora_" not in n]
    assert len(base) > 50
    for n in base:
        assert torch.equal(before[n], after[n]), f"base weight changed: {n}"


def test_saved_adapter_reloads_with_same_logits(trained: Trained, tiny_model: Path) -> None:
    from transformers import Qwen2VLForConditionalGeneration

    model = trained.trainer.model
    assert (trained.adapter / "adapter_model.safetensors").is_file()
    cfg = json.loads((trained.adapter / "adapter_config.json").read_text())
    assert cfg["r"] == 8 and not cfg.get("modules_to_save")
    batch = _batch(trained.trainer)
    keys = ("input_ids", "attention_mask", "mm_token_type_ids", "pixel_values", "image_grid_thw")
    inputs = {k: batch[k] for k in keys}
    with torch.no_grad():
        logits = model(**inputs).logits
        with model.disable_adapter():
            ref = model(**inputs).logits
    fresh = load_adapter(Qwen2VLForConditionalGeneration.from_pretrained(tiny_model), trained.adapter)
    fresh.eval()
    with torch.no_grad():
        reloaded = fresh(**inputs).logits
        plain = Qwen2VLForConditionalGeneration.from_pretrained(tiny_model).eval()(**inputs).logits
    torch.testing.assert_close(reloaded, logits, rtol=0, atol=1e-5)
    torch.testing.assert_close(ref, plain, rtol=0, atol=1e-5)  # disable_adapter() == the base model
    assert (logits - plain).abs().max() > 1e-3  # the adapter does something


def test_reference_logps_come_from_the_base(trained: Trained, tiny_model: Path) -> None:
    from transformers import Qwen2VLForConditionalGeneration

    batch = _batch(trained.trainer)
    ref = reference_logps(trained.trainer.model, batch)
    with torch.no_grad():
        plain = batch_logps(Qwen2VLForConditionalGeneration.from_pretrained(tiny_model).eval(), batch)
        policy = batch_logps(trained.trainer.model, batch)
    torch.testing.assert_close(ref, plain, rtol=0, atol=1e-4)
    assert ref.shape == (8,)  # 2 NCA-P items x [p0c, p0r, p1c, p1r]
    assert (policy - ref).abs().max() > 1e-3
    assert (ref < 0).all()


def test_encoder_builds_mm_token_type_ids_and_completion_mask(
    tiny_model: Path, images_dir: Path, tune_file: Path
) -> None:
    from transformers import AutoImageProcessor, AutoTokenizer

    from guard.train.data import build_examples, load_tune

    tok = AutoTokenizer.from_pretrained(tiny_model)
    enc = Encoder(
        tok,
        AutoImageProcessor.from_pretrained(tiny_model),
        images_dir,
        max_length=512,
        min_pixels=3136,
        max_pixels=12544,
        image_token_id=5,
    )
    ex = build_examples(load_tune(tune_file))[0]
    batch = Collator(enc, pad_id=0)([ex])
    n_img = int(batch["image_grid_thw"][0].prod()) // 4
    assert batch["mm_token_type_ids"].sum(1).tolist() == [n_img, n_img]
    for row in range(2):
        ids = batch["input_ids"][row][batch["completion_mask"][row].bool()]
        text = tok.decode(ids)
        assert text == (ex.chosen if row == 0 else ex.rejected) + "<|im_end|>"
    # chosen and rejected share the prompt token for token; the answer starts right after it
    start = [int(batch["completion_mask"][row].argmax()) for row in range(2)]
    assert start[0] == start[1] and torch.equal(batch["input_ids"][0, : start[0]], batch["input_ids"][1, : start[1]])
    assert tok.decode(batch["input_ids"][0, : start[0]]).endswith("<|im_start|>assistant\n")
    # pixel bounds: a tighter max_pixels gives fewer image tokens
    small = Encoder(
        tok, enc.image_processor, images_dir, max_length=512, min_pixels=784, max_pixels=3136, image_token_id=5
    )
    assert int(small.encode(ex.prompt, ex.chosen, ex.image).grid_thw.prod()) < int(batch["image_grid_thw"][0].prod())


def test_resume_from_checkpoint(tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path) -> None:
    recipe = Recipe(method="dpo", max_steps=2, batch_size=2, save_steps=1, eval_fraction=0.34, learning_rate=1e-2)
    run_training(recipe, base=tiny_model, data=tune_file, images=images_dir, out_dir=tmp_path)
    assert (tmp_path / "checkpoints" / "checkpoint-2").is_dir()
    res = run_training(
        recipe.model_copy(update={"max_steps": 3}),
        base=tiny_model,
        data=tune_file,
        images=images_dir,
        out_dir=tmp_path,
        resume=True,
    )
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["hyperparameters"]["global_steps"] == 3
    assert "eval_pref_accuracy" in res.metrics and "eval_reward_margin" in res.metrics


runner = CliRunner()


def test_cli_trains_registers_and_lists(tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path) -> None:
    registry = tmp_path / "adapters" / "registry.yaml"
    recipe = tmp_path / "ncap.yaml"
    recipe.write_text("method: ncap\nbatch_size: 2\nlearning_rate: 0.01\neval_fraction: 0.34\n")
    args = ["train", "--method", "ncap", "--base", str(tiny_model), "--data", str(tune_file)]
    args += ["--images", str(images_dir), "--out", str(tmp_path / "adapters" / "ncap-tiny"), "--recipe", str(recipe)]
    args += ["--max-steps", "1", "--name", "ncap-tiny", "--registry", str(registry)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "eval_pref_accuracy" in result.output
    manifest = json.loads((tmp_path / "adapters" / "ncap-tiny" / "manifest.json").read_text())
    assert manifest["method"] == "ncap" and manifest["base_model"] == str(tiny_model)
    assert len(manifest["data_sha256"]) == 64 and manifest["guard_version"]
    assert manifest["hyperparameters"]["max_steps"] == 1 and manifest["hyperparameters"]["learning_rate"] == 0.01
    assert "ncap-tiny:\n" in registry.read_text() and "path: ncap-tiny" in registry.read_text()
    listed = runner.invoke(app, ["adapters", "list", "--registry", str(registry)])
    assert listed.exit_code == 0 and "ncap-tiny" in listed.output and "ncap" in listed.output


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--method": "ppo"}, "'ppo' is not one of"),
        ({"--base": "/nonexistent"}, "--base /nonexistent: no config.json"),
        ({"--data": "/nonexistent.json"}, "/nonexistent.json: file not found"),
        ({"--images": "/nonexistent"}, "--images /nonexistent: not a directory"),
    ],
)
def test_cli_bad_input_one_line(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path, change: dict[str, str], message: str
) -> None:
    opts = {"--method": "dpo", "--base": str(tiny_model), "--data": str(tune_file), "--images": str(images_dir)}
    opts.update(change)
    args = ["train", *[x for kv in opts.items() for x in kv], "--out", str(tmp_path / "o"), "--max-steps", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2  # usage error
    assert message in result.output.replace("\n", "")
    assert "Traceback" not in result.output


def test_cli_bad_recipe(tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path) -> None:
    recipe = tmp_path / "r.yaml"
    recipe.write_text("method: dpo\nlora_rank: 7\n")
    args = ["train", "--method", "dpo", "--base", str(tiny_model), "--data", str(tune_file), "--images"]
    args += [str(images_dir), "--out", str(tmp_path / "o"), "--recipe", str(recipe)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "r.yaml: lora_rank: Input should be 8, 16, 32, 64, 128 or 256 (got 7)" in result.output.replace("\n", "")


def test_base_model_never_fetches_hub_kernels(tiny_model: Path) -> None:
    """transformers swaps in kernels downloaded from the Hub when a model loaded with its default enters training on
    a GPU (third-party code at train time; an offline GPU machine fails there): load_base turns that off."""
    model, _, _ = load_base(tiny_model)
    assert model.use_kernels is False
    model.train()
    assert model.use_kernels is False
