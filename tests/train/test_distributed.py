"""``accelerate launch -m guard.train`` with two real worker processes on CPU (gloo), on the tiny model.

``accelerate launch --cpu --num_processes 2`` starts ONE process on a single machine (accelerate's
simple launcher); ``--multi_gpu --num_processes 2`` with ``ACCELERATE_USE_CPU`` is what starts two
torchrun workers that train data parallel over gloo (docs/training-distributed.md).

Proves: both ranks train (items per rank in the manifest), gradients are synchronised (each rank's
adapter digest after training equals the saved file's), rank 0 alone prints, writes the adapter,
manifest and registry entry, the adapter has the layout vLLM loads (tests/serving loads it for
real), and a loss that turns NaN on one rank stops both ranks with nothing saved. Also: the
collectives of guard.train.distributed on two bare gloo processes (digests that differ stop both),
and the shipped 8-GPU configs as accelerate itself parses them (no GPU here to run them).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from guard.train.distributed import file_adapter_digest
from guard.train.recipe import Recipe
from guard.train.registry import load_registry

pytestmark = pytest.mark.distributed

LAUNCH_TIMEOUT_S = 300
"""Two workers load torch + transformers and the tiny model on a shared 2-core box: ~30 s each run."""
VLLM_MAX_LORA_RANK = 8
"""The dev stack's ``--max-lora-rank`` (guard/dev/stack.py), under which tests/serving loads adapters."""
LORA_KEY = re.compile(
    r"base_model\.model\.model\.language_model\.layers\.(\d+)\."
    r"(self_attn\.(?:q|k|v|o)_proj|mlp\.(?:gate|up|down)_proj)\.lora_([AB])\.weight"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def launch(*train_args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """Two ranks of ``python -m guard.train`` under accelerate (torchrun, gloo on CPU); bounded."""
    accelerate = Path(sys.executable).with_name("accelerate")
    if not accelerate.is_file():
        pytest.skip(f"{accelerate}: accelerate's launcher is not installed in this environment")
    argv = [str(accelerate), "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1"]
    argv += ["--mixed_precision", "no", "--dynamo_backend", "no", "--main_process_port", str(_free_port())]
    argv += ["-m", "guard.train", *train_args]
    env = {**os.environ, "ACCELERATE_USE_CPU": "true", "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}
    env |= {"LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONWARNINGS": "ignore"}
    start = time.monotonic()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=LAUNCH_TIMEOUT_S)
    return done, time.monotonic() - start


def write_recipe(path: Path, recipe: Recipe) -> Path:
    fields = recipe.model_dump(mode="json", exclude_defaults=True)
    path.write_text("".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items()), encoding="utf-8")
    return path


def check_vllm_layout(adapter: Path, base: Path, rank: int) -> None:
    """What vLLM's LoRA loader needs (vllm/lora/lora_model.py, peft_helper.py): a supported peft config,
    and only language-model projection LoRA tensors (base_model.model.<hf name>.lora_A/B.weight) whose
    shapes fit the base weights, every layer and projection present."""
    from safetensors import safe_open

    cfg = json.loads((adapter / "adapter_config.json").read_text())
    assert cfg["peft_type"] == "LORA" and cfg["r"] == rank <= VLLM_MAX_LORA_RANK
    assert cfg["bias"] == "none" and not cfg.get("use_dora") and not cfg.get("lora_bias")
    assert not cfg.get("modules_to_save") and not cfg.get("layer_replication") and not cfg.get("use_rslora")
    assert sorted(p.name for p in adapter.glob("adapter_model.*")) == ["adapter_model.safetensors"]
    base_cfg = json.loads((base / "config.json").read_text())
    text_cfg = base_cfg.get("text_config", base_cfg)
    layers = int(text_cfg["num_hidden_layers"])
    with safe_open(str(base / "model.safetensors"), "pt") as f:
        shapes = {k.replace("model.language_model.", "model."): tuple(f.get_slice(k).get_shape()) for k in f.keys()}  # noqa: SIM118
    with safe_open(str(adapter / "adapter_model.safetensors"), "pt") as f:
        keys = sorted(f.keys())
        for key in keys:
            m = LORA_KEY.fullmatch(key)
            assert m, f"{key}: not a language-model projection LoRA weight (vLLM would refuse or ignore it)"
            out_features, in_features = shapes[f"model.layers.{m[1]}.{m[2]}.weight"]
            want = (rank, in_features) if m[3] == "A" else (out_features, rank)
            assert tuple(f.get_slice(key).get_shape()) == want, key
    assert len(keys) == layers * 7 * 2  # q k v o gate up down, A and B, in every layer


def test_two_ranks_train_one_adapter_written_once(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path
) -> None:
    recipe = Recipe(method="ncap", batch_size=1, learning_rate=1e-2, warmup_ratio=0.0, eval_fraction=0.34)
    recipe = recipe.model_copy(update={"logging_steps": 1})
    out, registry = tmp_path / "adapters" / "ncap-dist", tmp_path / "adapters" / "registry.yaml"
    args = ["--method", "ncap", "--base", str(tiny_model), "--data", str(tune_file), "--images", str(images_dir)]
    args += ["--out", str(out), "--recipe", str(write_recipe(tmp_path / "ncap.yaml", recipe)), "--max-steps", "3"]
    args += ["--name", "ncap-dist", "--registry", str(registry)]
    done, took = launch(*args, cwd=tmp_path)
    print(f"2-rank launch: {took:.1f} s")
    assert done.returncode == 0, done.stderr[-4000:]
    assert "terminate called" not in done.stderr  # each rank left its process group before exiting

    # rank 0 alone prints: one result, one log line per step, one progress bar
    assert done.stdout.count("adapter written to") == 1 and done.stdout.count("registered as 'ncap-dist'") == 1
    assert [done.stderr.count(f"step {n}: loss=") for n in (1, 2, 3)] == [1, 1, 1], done.stderr[-4000:]

    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["processes"] == 2 and manifest["hyperparameters"]["global_steps"] == 3
    assert manifest["rank_train_items"] == [3, 3]  # batch 1 x 3 steps on each rank: both trained
    saved = file_adapter_digest(out)
    # data parallel: rank 1's weights after training are bit-identical to rank 0's, which are the file's
    assert manifest["rank_adapter_sha256"] == [saved, saved] and manifest["adapter_sha256"] == saved
    assert math.isfinite(manifest["final_metrics"]["train_loss"]) and "eval_pref_accuracy" in manifest["final_metrics"]

    from safetensors.torch import load_file

    lora_b = [t for k, t in load_file(str(out / "adapter_model.safetensors")).items() if ".lora_B." in k]
    assert any(bool(t.abs().sum() > 0) for t in lora_b)  # lora_B starts at zero: it moved, so it trained

    entries = load_registry(registry)
    assert list(entries) == ["ncap-dist"] and entries["ncap-dist"].path.resolve() == out.resolve()
    assert entries["ncap-dist"].manifest is not None and entries["ncap-dist"].manifest.processes == 2
    assert (out / "run.json").is_file() and (out / "checkpoints" / "checkpoint-3").is_dir()
    check_vllm_layout(out, tiny_model, recipe.lora_rank)


def _unique_token(recipe: Recipe, base: Path, tune_file: Path, images_dir: Path) -> tuple[int, int]:
    """A token id that exactly one training example feeds the model (prompt or chosen answer), plus
    the number of training examples: poisoning its embedding row makes the loss NaN on one rank only."""
    from transformers import AutoConfig, AutoImageProcessor, AutoTokenizer

    from guard.train.batch import Encoder
    from guard.train.run import build_items

    train_items, _ = build_items(recipe, tune_file, images_dir)
    enc = Encoder(
        AutoTokenizer.from_pretrained(base),
        AutoImageProcessor.from_pretrained(base),
        images_dir,
        max_length=recipe.max_length,
        min_pixels=recipe.min_pixels,
        max_pixels=recipe.max_pixels,
        image_token_id=int(AutoConfig.from_pretrained(base).image_token_id),
    )
    fed = [set(enc.encode(ex.prompt, ex.chosen, ex.image).input_ids) for ex in train_items]
    rejected = [set(enc.encode(ex.prompt, ex.rejected, ex.image).input_ids) for ex in train_items]
    every = [f | r for f, r in zip(fed, rejected, strict=True)]
    for i, ids in enumerate(fed):
        others = set().union(*(e for j, e in enumerate(every) if j != i))
        if ids - others:
            return min(ids - others), len(train_items)
    raise AssertionError("no token is fed by exactly one training example; change the fixture data")


def test_nan_on_one_rank_stops_both_and_keeps_nothing(
    tiny_model: Path, tune_file: Path, images_dir: Path, tmp_path: Path
) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    recipe = Recipe(method="sft", batch_size=1, warmup_ratio=0.0, eval_fraction=0.34)
    token, n_train = _unique_token(recipe, tiny_model, tune_file, images_dir)
    poisoned = tmp_path / "poisoned-base"
    shutil.copytree(tiny_model, poisoned)
    weights = load_file(str(poisoned / "model.safetensors"))
    key = next(k for k in weights if k.endswith("embed_tokens.weight"))
    weights[key][token] = torch.nan  # only the example holding this token sees NaN, so only its rank
    save_file(weights, str(poisoned / "model.safetensors"), metadata={"format": "pt"})

    out, registry = tmp_path / "o", tmp_path / "registry.yaml"
    args = ["--method", "sft", "--base", str(poisoned), "--data", str(tune_file), "--images", str(images_dir)]
    args += ["--out", str(out), "--recipe", str(write_recipe(tmp_path / "sft.yaml", recipe))]
    args += ["--max-steps", str(math.ceil(n_train / 2)), "--name", "bad", "--registry", str(registry)]
    done, took = launch(*args, cwd=tmp_path)
    print(f"2-rank launch (NaN on one rank): {took:.1f} s")
    assert done.returncode != 0
    stops = re.findall(r"training stopped: the loss became (.+?) at step (\d+)", done.stderr.replace("\n", " "))
    assert len(stops) == 2, done.stderr[-4000:]  # both ranks stopped and said why: none was left waiting
    (first, step_a), (second, step_b) = stops
    assert step_a == step_b
    assert sorted(w.startswith("NaN or infinite on another rank") for w in (first, second)) == [False, True]
    assert any(re.fullmatch(r"nan on rank [01]", w) for w in (first, second)), stops
    assert not registry.exists() and not (out / "manifest.json").exists()
    assert not (out / "adapter_model.safetensors").exists()


AGREE = """
import json
from accelerate import Accelerator
from guard.train.distributed import RanksDisagree, any_rank, rank_values, require_agreement

acc = Accelerator(cpu=True)
rank = acc.process_index
result = {"values": rank_values(acc, 10 + rank), "one": any_rank(acc, rank == 1), "none": any_rank(acc, False)}
result["same"] = require_agreement(acc, "x", "ab" * 32, "unused")
try:
    require_agreement(acc, "the trained adapter weights", f"{rank:02x}" * 32, "gradients were not synchronised")
except RanksDisagree as exc:
    result["differ"] = str(exc)
print(json.dumps(result), flush=True)
import torch.distributed as dist  # leave the group before exit: gloo threads torn down at interpreter exit can abort
dist.destroy_process_group()
"""


def test_ranks_share_flags_and_refuse_different_digests(tmp_path: Path) -> None:
    """The collectives themselves, on two real gloo processes: a flag on one rank is seen by both,
    and digests that differ between ranks stop both with the same message naming each rank's."""
    port = _free_port()
    procs = []
    for rank in (0, 1):
        env = {**os.environ, "RANK": str(rank), "LOCAL_RANK": str(rank), "WORLD_SIZE": "2", "LOCAL_WORLD_SIZE": "2"}
        env |= {"MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port), "OMP_NUM_THREADS": "1"}
        argv = [sys.executable, "-W", "ignore", "-c", AGREE]
        procs.append(subprocess.Popen(argv, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    try:
        outs = [p.communicate(timeout=LAUNCH_TIMEOUT_S) for p in procs]
    finally:
        for p in procs:
            p.kill()  # no-op for a process that already exited
            p.wait()
    assert [p.returncode for p in procs] == [0, 0], [o[1].decode()[-2000:] for o in outs]
    results = [json.loads(o[0].decode().splitlines()[-1]) for o in outs]
    for r in results:
        assert r["values"] == [10, 11] and r["one"] is True and r["none"] is False
        assert r["same"] == ["ab" * 32] * 2
        assert r["differ"] == (
            "the 2 processes disagree on the trained adapter weights "
            "(rank 0: 000000000000, rank 1: 010101010101); gradients were not synchronised"
        )


# --- the shipped 8-GPU configs: parsed and turned into plugins by accelerate itself (no GPU needed) ---

CONFIGS = Path(__file__).resolve().parents[2] / "train" / "accelerate"


def _launch_env(name: str) -> tuple[Any, dict[str, str]]:
    """What ``accelerate launch --config_file train/accelerate/<name>.yaml -m guard.train`` would set."""
    from accelerate.commands.launch import _validate_launch_command, launch_command_parser
    from accelerate.utils.launch import prepare_deepspeed_cmd_env, prepare_multi_gpu_env

    args = launch_command_parser().parse_args(["--config_file", str(CONFIGS / f"{name}.yaml"), "-m", "guard.train"])
    args, defaults, _ = _validate_launch_command(args)
    known = vars(launch_command_parser().parse_args(["x.py"]))
    nested = {**defaults.deepspeed_config, **defaults.fsdp_config}
    assert set(nested) <= set(known), f"{name}.yaml: keys accelerate launch ignores: {set(nested) - set(known)}"
    if args.use_deepspeed:
        args.deepspeed_fields_from_accelerate_config = ",".join(defaults.deepspeed_config)
        return args, prepare_deepspeed_cmd_env(args)[1]
    return args, prepare_multi_gpu_env(args)


@pytest.mark.parametrize(("name", "stage"), [("deepspeed-zero2", 2), ("deepspeed-zero3", 3)])
def test_deepspeed_configs_take_batch_and_accumulation_from_the_recipe(name: str, stage: int) -> None:
    from accelerate.utils import DeepSpeedPlugin

    args, env = _launch_env(name)
    assert args.use_deepspeed and args.num_processes == 8 and args.mixed_precision == "bf16"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        ds = DeepSpeedPlugin().deepspeed_config
    assert ds["zero_optimization"]["stage"] == stage
    # "auto": Trainer fills them from the recipe (batch_size, grad_accum, max_grad_norm), so they cannot disagree
    auto = ("train_micro_batch_size_per_gpu", "gradient_accumulation_steps", "gradient_clipping")
    assert [ds[k] for k in auto] == ["auto"] * 3
    assert ds["zero_optimization"]["offload_param"]["device"] == "none"
    assert ds["zero_optimization"]["stage3_gather_16bit_weights_on_model_save"] is (stage == 3)  # whole adapter


def test_fsdp_config_wraps_existing_qwen2vl_layers() -> None:
    from accelerate.utils import FullyShardedDataParallelPlugin
    from transformers.models.qwen2_vl import modeling_qwen2_vl

    args, env = _launch_env("fsdp")
    assert args.use_fsdp and args.num_processes == 8 and args.mixed_precision == "bf16"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        plugin = FullyShardedDataParallelPlugin()
    assert plugin.fsdp_version == 2  # in-place sharding: the adapter-disabled reference forward works
    assert str(plugin.state_dict_type) == "StateDictType.FULL_STATE_DICT"
    names = plugin.transformer_cls_names_to_wrap
    assert names and all(isinstance(getattr(modeling_qwen2_vl, n, None), type) for n in names), names
    no_split = set(modeling_qwen2_vl.Qwen2VLPreTrainedModel._no_split_modules)
    assert set(names) == no_split


def test_eight_gpu_recipe_is_the_ncap_recipe_at_global_batch_32() -> None:
    from guard.train.recipe import load_recipe

    one = load_recipe(CONFIGS.parent / "ncap.yaml", "ncap")
    eight = load_recipe(CONFIGS / "ncap-8gpu-recipe.yaml", "ncap")
    assert one.batch_size * one.grad_accum == eight.batch_size * eight.grad_accum * 8 == 32
    assert eight.model_dump(exclude={"grad_accum"}) == one.model_dump(exclude={"grad_accum"})
