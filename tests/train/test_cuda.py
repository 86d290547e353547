"""Training on a CUDA device in bf16, the way `guard train` runs on a GPU machine.

Skipped where torch sees no CUDA device (CI and the development machines have none); run on a GPU machine
with ``pytest tests/train/test_cuda.py``. The CPU tests beside it cover the same code in float32.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from typer.testing import CliRunner

from guard.cli.app import app
from guard.train.recipe import Recipe
from guard.train.run import add_lora, bf16_available, build_items, load_adapter, load_base, make_trainer

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")

_INPUTS = ("input_ids", "attention_mask", "mm_token_type_ids", "pixel_values", "image_grid_thw")


def test_nca_p_steps_on_cuda_in_bf16_and_the_adapter_reloads_on_cpu(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path
) -> None:
    from transformers import Qwen2VLForConditionalGeneration

    assert bf16_available(), "a CUDA device without bf16: the recipe's bf16 default would fall back to float32"
    recipe = Recipe.model_validate(
        {"method": "ncap", "max_steps": 3, "batch_size": 2, "learning_rate": 5e-2, "warmup_ratio": 0.0}
        | {"eval_fraction": 0.34, "logging_steps": 1}
    )
    train_items, eval_items = build_items(recipe, tune_file, images_dir)
    model, tok, proc = load_base(tiny_model, bf16=True)
    model = add_lora(model, recipe)
    trainer = make_trainer(recipe, model, tok, proc, images_dir, train_items, eval_items, tmp_path)
    assert trainer.args.bf16
    before = {n: p.detach().float().cpu().clone() for n, p in trainer.model.named_parameters() if "lora_" in n}
    trainer.train()

    params = dict(trainer.model.named_parameters())
    assert {p.device.type for p in params.values()} == {"cuda"}
    assert {p.dtype for n, p in params.items() if "lora_" not in n} == {torch.bfloat16}  # the base stays bf16
    assert all(torch.isfinite(p).all() for p in params.values())
    moved = [n for n in before if not torch.equal(before[n], params[n].detach().float().cpu())]
    assert moved, "no adapter weight moved on the GPU"
    losses = [h["loss"] for h in trainer.state.log_history if "loss" in h]
    assert len(losses) == 3 and all(torch.isfinite(torch.tensor(x)) for x in losses)

    trainer.save_model(str(tmp_path / "adapter"))
    trainer.model.eval()
    batch = trainer.eval_collator(trainer.train_dataset[:2])
    inputs = {k: batch[k] for k in _INPUTS}
    with torch.no_grad():
        on_gpu = trainer.model(**{k: v.to("cuda") for k, v in inputs.items()}).logits.float().cpu()
        fresh = load_adapter(Qwen2VLForConditionalGeneration.from_pretrained(tiny_model), tmp_path / "adapter")
        on_cpu = fresh.eval()(**inputs).logits
        plain = Qwen2VLForConditionalGeneration.from_pretrained(tiny_model).eval()(**inputs).logits
    scale = float(on_cpu.abs().max())
    # bf16 keeps about three significant digits: the same adapter, read back in float32 on the CPU
    torch.testing.assert_close(on_gpu, on_cpu, rtol=0.0, atol=0.05 * scale)
    assert (on_cpu - plain).abs().max() > 1e-3  # the adapter trained on the GPU does something


def test_guard_train_cli_on_cuda(tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "adapters" / "dpo-cuda"
    args = ["train", "--method", "dpo", "--base", str(tiny_model), "--data", str(tune_file), "--images"]
    args += [str(images_dir), "--out", str(out), "--max-steps", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "eval_pref_accuracy" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["method"] == "dpo" and manifest["hyperparameters"]["global_steps"] == 2
    weights = load_file(out / "adapter_model.safetensors")
    assert weights and all(torch.isfinite(w).all() for w in weights.values())
    assert any(w.abs().max() > 0 for n, w in weights.items() if "lora_B" in n)  # B starts at zero: it trained
