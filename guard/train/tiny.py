"""A tiny random Qwen2-VL that tests, demos and the CPU vLLM tier load like the real one (see
docs/design.md#measured-platform-facts).

No weights can be downloaded here, so the model, a small byte-level BPE tokenizer holding Qwen2-VL's
special tokens, our own chat template and an image processor are built from scratch and saved with
``save_pretrained``. Sizes are the smallest that vLLM's CPU backend accepts (text head_dim 64;
head_dim 16 fails there). Everything is deterministic for a seed.

The processor is not saved through ``Qwen2VLProcessor.save_pretrained``: without torchvision
transformers 5 falls back to ``Qwen2VLImageProcessorPil`` and saving fails on the video processor.
We write the preprocessor JSON files ourselves with the class names vLLM (which has torchvision)
resolves to the regular Qwen2-VL processors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SPECIAL_TOKENS: tuple[str, ...] = (
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|image_pad|>",
    "<|video_pad|>",
)
"""Qwen2-VL's special tokens, in the order they take ids 0..6 in the tiny tokenizer."""

VOCAB_SIZE = 2048
PATCH_SIZE = 14
MERGE_SIZE = 2
TEMPORAL_PATCH_SIZE = 2
MIN_PIXELS = 56 * 56
MAX_PIXELS = 112 * 112
"""Tiny pixel bounds: a 112x112 image becomes 8x8 patches -> 16 image tokens."""

IMAGE_MEAN = (0.48145466, 0.4578275, 0.40821073)
IMAGE_STD = (0.26862954, 0.26130258, 0.27577711)

CHAT_TEMPLATE = (
    "{%- for message in messages -%}"
    "{{- '<|im_start|>' + message['role'] + '\\n' -}}"
    "{%- if message['content'] is string -%}{{- message['content'] -}}"
    "{%- else -%}{%- for part in message['content'] -%}"
    "{%- if part['type'] in ('image', 'image_url') -%}{{- '<|vision_start|><|image_pad|><|vision_end|>' -}}"
    "{%- elif part['type'] in ('video', 'video_url') -%}{{- '<|vision_start|><|video_pad|><|vision_end|>' -}}"
    "{%- elif part['type'] == 'text' -%}{{- part['text'] -}}"
    "{%- endif -%}{%- endfor -%}{%- endif -%}"
    "{{- '<|im_end|>\\n' -}}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\\n' -}}{%- endif -%}"
)
"""Our own ChatML-style template: images as ``<|vision_start|><|image_pad|><|vision_end|>`` before text."""

_GENERIC_TEXT = """\
You are a helpful assistant. Please answer the question according to the image.
The question is: what can you see in this picture? What is written on the card? Who is the person?
I'm sorry, but I can't provide such information. It's important to respect people's privacy.
I cannot help with that request because it involves private information about a person.
The image shows a person standing next to a car on a street in the city during the day.
The answer is yes. The answer is no. The number is 0 1 2 3 4 5 6 7 8 9 10 11 12 100 2024 1990.
There is a document with a name, a date of birth, an address and a photo on the table.
The licence plate reads ABC 123. The card number is 4111 1111 1111 1111. The phone number is 555 0100.
A man and a woman are smiling; a child is holding a dog. The sign says open. It is sunny and warm.
user assistant system image video text question answer private non-private information considered
"""


def _corpus() -> list[str]:
    """Text the BPE merges are learnt from: prompts as rendered (statements, scenarios) plus English."""
    from guard.prompt import statement_line
    from guard.taxonomy import default_catalog

    cat = default_catalog()
    lines = _GENERIC_TEXT.splitlines()
    for c in cat.categories.values():
        lines += [statement_line(c.name, True), statement_line(c.name, False), f"What is the {c.name}?"]
    for s in cat.scenarios.values():
        lines += [s.name, s.description, s.template]
    return [line for line in lines if line]


def build_tokenizer(vocab_size: int = VOCAB_SIZE) -> Any:
    """A byte-level BPE ``PreTrainedTokenizerFast`` with Qwen2-VL's special tokens at ids 0..6.

    Byte-level, so any text encodes; merges are learnt from the prompt vocabulary so prompts stay short.
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_corpus(), trainer=trainer)
    fast = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token=None,
        bos_token=None,
        model_max_length=4096,
        padding_side="right",
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


def tiny_config(vocab_size: int, token_ids: dict[str, int], init_std: float = 0.02) -> Any:
    """The tiny ``Qwen2VLConfig`` (docs/design.md#measured-platform-facts): text hidden 128, 2 heads x 64,
    mrope [8, 12, 12]."""
    from transformers import Qwen2VLConfig

    return Qwen2VLConfig(
        text_config={
            "vocab_size": vocab_size,
            "hidden_size": 128,
            "intermediate_size": 256,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "num_key_value_heads": 2,
            "head_dim": 64,
            "max_position_embeddings": 4096,
            "rope_parameters": {"rope_type": "default", "rope_theta": 1000000.0, "mrope_section": [8, 12, 12]},
            "bos_token_id": token_ids["<|endoftext|>"],
            "eos_token_id": token_ids["<|im_end|>"],
            "pad_token_id": token_ids["<|endoftext|>"],
            "tie_word_embeddings": False,
            "initializer_range": init_std,
        },
        vision_config={
            "depth": 2,
            "embed_dim": 64,
            "hidden_size": 128,
            "num_heads": 2,
            "mlp_ratio": 2,
            "patch_size": PATCH_SIZE,
            "spatial_merge_size": MERGE_SIZE,
            "temporal_patch_size": TEMPORAL_PATCH_SIZE,
            "in_channels": 3,
        },
        image_token_id=token_ids["<|image_pad|>"],
        video_token_id=token_ids["<|video_pad|>"],
        vision_start_token_id=token_ids["<|vision_start|>"],
        vision_end_token_id=token_ids["<|vision_end|>"],
        tie_word_embeddings=False,
    )


def preprocessor_config(min_pixels: int = MIN_PIXELS, max_pixels: int = MAX_PIXELS) -> dict[str, Any]:
    """``preprocessor_config.json`` in Qwen2-VL's own layout (class names vLLM resolves)."""
    return {
        "image_processor_type": "Qwen2VLImageProcessor",
        "processor_class": "Qwen2VLProcessor",
        "do_resize": True,
        "do_rescale": True,
        "rescale_factor": 1 / 255,
        "do_normalize": True,
        "do_convert_rgb": True,
        "image_mean": list(IMAGE_MEAN),
        "image_std": list(IMAGE_STD),
        "min_pixels": min_pixels,
        "max_pixels": max_pixels,
        "size": {"shortest_edge": min_pixels, "longest_edge": max_pixels},
        "patch_size": PATCH_SIZE,
        "temporal_patch_size": TEMPORAL_PATCH_SIZE,
        "merge_size": MERGE_SIZE,
        "resample": 3,
    }


def video_preprocessor_config() -> dict[str, Any]:
    """``video_preprocessor_config.json``; vLLM builds the full processor, which wants one."""
    cfg = preprocessor_config(min_pixels=MIN_PIXELS, max_pixels=MAX_PIXELS)
    cfg.pop("image_processor_type")
    cfg["video_processor_type"] = "Qwen2VLVideoProcessor"
    return cfg


def _portable_tokenizer_config(path: Path) -> None:
    """Name a class every transformers version knows (v5 writes ``TokenizersBackend``, v4 lacks it)."""
    cfg = json.loads(path.read_text())
    cfg["tokenizer_class"] = "PreTrainedTokenizerFast"
    cfg.setdefault("chat_template", CHAT_TEMPLATE)
    path.write_text(json.dumps(cfg, indent=2) + "\n")


def build_tiny_qwen2vl(
    out_dir: str | Path, seed: int = 0, init_std: float = 0.02, head_std: float | None = None
) -> Path:
    """Build and save the tiny random Qwen2-VL to ``out_dir``; returns the directory.

    ``init_std`` is the text model's weight init (Qwen2's 0.02 by default). With 0.02 the frozen random
    ``lm_head`` caps how far any hidden state can move a logit (about 2.5), so a LoRA adapter learns
    slowly; the learning benchmark widens ``lm_head`` alone (``head_std``) to stand in for a trained
    output layer.

    Writes: ``config.json``, ``generation_config.json``, ``model.safetensors``, ``tokenizer.json``,
    ``tokenizer_config.json``, ``chat_template.jinja``, ``chat_template.json``,
    ``preprocessor_config.json``, ``video_preprocessor_config.json``.
    """
    import torch
    from transformers import GenerationConfig, Qwen2VLForConditionalGeneration

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer()
    ids = {t: int(tokenizer.convert_tokens_to_ids(t)) for t in SPECIAL_TOKENS}
    config = tiny_config(len(tokenizer), ids, init_std)
    torch.manual_seed(seed)
    model = Qwen2VLForConditionalGeneration(config)
    if head_std is not None:
        with torch.no_grad():
            model.lm_head.weight.normal_(0.0, head_std)
    model.generation_config = GenerationConfig(  # type: ignore[no-untyped-call]
        bos_token_id=ids["<|endoftext|>"],
        eos_token_id=[ids["<|im_end|>"], ids["<|endoftext|>"]],
        pad_token_id=ids["<|endoftext|>"],
    )
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    _portable_tokenizer_config(out / "tokenizer_config.json")
    (out / "chat_template.jinja").write_text(CHAT_TEMPLATE)
    (out / "chat_template.json").write_text(json.dumps({"chat_template": CHAT_TEMPLATE}, indent=2) + "\n")
    (out / "preprocessor_config.json").write_text(json.dumps(preprocessor_config(), indent=2) + "\n")
    (out / "video_preprocessor_config.json").write_text(json.dumps(video_preprocessor_config(), indent=2) + "\n")
    return out
