"""The tiny random Qwen2-VL: loads back with transformers, deterministic, right special tokens."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import torch

from guard.train.tiny import SPECIAL_TOKENS, build_tiny_qwen2vl

EXPECTED_FILES = {
    "config.json",
    "generation_config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "chat_template.jinja",
    "chat_template.json",
    "preprocessor_config.json",
    "video_preprocessor_config.json",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_the_files_vllm_and_transformers_read(tiny_model: Path) -> None:
    assert {p.name for p in tiny_model.iterdir()} == EXPECTED_FILES
    cfg = json.loads((tiny_model / "config.json").read_text())
    assert cfg["model_type"] == "qwen2_vl"
    text = cfg["text_config"]
    assert (text["hidden_size"], text["num_attention_heads"], text["head_dim"]) == (128, 2, 64)
    assert text["rope_parameters"]["mrope_section"] == [8, 12, 12]
    assert (cfg["vision_config"]["embed_dim"], cfg["vision_config"]["depth"]) == (64, 2)
    pre = json.loads((tiny_model / "preprocessor_config.json").read_text())
    assert pre["image_processor_type"] == "Qwen2VLImageProcessor"
    assert pre["processor_class"] == "Qwen2VLProcessor"
    tok_cfg = json.loads((tiny_model / "tokenizer_config.json").read_text())
    assert tok_cfg["tokenizer_class"] == "PreTrainedTokenizerFast"


def test_tokenizer_special_tokens_and_chat_template(tiny_model: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model)
    cfg = json.loads((tiny_model / "config.json").read_text())
    ids = {t: tok.convert_tokens_to_ids(t) for t in SPECIAL_TOKENS}
    assert sorted(ids.values()) == list(range(len(SPECIAL_TOKENS)))
    assert cfg["image_token_id"] == ids["<|image_pad|>"]
    assert cfg["video_token_id"] == ids["<|video_pad|>"]
    assert cfg["vision_start_token_id"] == ids["<|vision_start|>"]
    assert tok.eos_token == "<|im_end|>"
    assert len(tok) == cfg["text_config"]["vocab_size"]
    # special tokens are single ids, ordinary text round-trips (byte-level BPE)
    text = "<|im_start|>user\nAge is considered as private information. Zoë 42€<|im_end|>"
    enc = tok(text, add_special_tokens=False)["input_ids"]
    assert enc[0] == ids["<|im_start|>"] and enc[-1] == ids["<|im_end|>"]
    assert tok.decode(enc) == text
    messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "Q?"}]}]
    rendered = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    assert (
        rendered == "<|im_start|>user\n<|vision_start|><|image_pad|><|vision_end|>Q?<|im_end|>\n<|im_start|>assistant\n"
    )


def test_model_runs_on_an_image(tiny_model: Path) -> None:
    from PIL import Image
    from transformers import AutoImageProcessor, Qwen2VLForConditionalGeneration

    proc = AutoImageProcessor.from_pretrained(tiny_model)
    model = Qwen2VLForConditionalGeneration.from_pretrained(tiny_model)
    out = proc(images=[Image.new("RGB", (112, 112), "red")], return_tensors="pt")
    assert out["image_grid_thw"].tolist() == [[1, 8, 8]]
    n_img = 16
    ids = torch.tensor([[1, 3] + [5] * n_img + [4, 100, 101, 2]])
    logits = model(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        pixel_values=out["pixel_values"],
        image_grid_thw=out["image_grid_thw"],
        mm_token_type_ids=(ids == 5).long(),
    ).logits
    assert logits.shape == (1, ids.shape[1], model.config.text_config.vocab_size)
    assert torch.isfinite(logits).all()


def test_deterministic_for_a_seed(tiny_model: Path, tmp_path: Path) -> None:
    again = build_tiny_qwen2vl(tmp_path / "same", seed=0)
    for name in EXPECTED_FILES:
        assert _digest(again / name) == _digest(tiny_model / name), name
    other = build_tiny_qwen2vl(tmp_path / "other", seed=1)
    assert _digest(other / "model.safetensors") != _digest(tiny_model / "model.safetensors")
    assert _digest(other / "tokenizer.json") == _digest(tiny_model / "tokenizer.json")
