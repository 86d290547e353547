"""Tokenising prompt + answer sequences with their image, and batching them for Qwen2-VL.

The prompt goes through the base model's own chat template (what vLLM applies when serving), the
single ``<|image_pad|>`` is expanded to the image's token count, and ``mm_token_type_ids`` (1 at
image tokens) is built by hand, as transformers 5.24 requires next to ``image_grid_thw``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from guard.files import FileRefused, check_image, confined, read_bytes
from guard.train.data import IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, Example, PairedExample, TuneDataError

IMAGE_PAD = "<|image_pad|>"
END = "<|im_end|>"


@dataclass(frozen=True)
class Encoded:
    """One tokenised sequence: ``input_ids[completion_start:]`` is the answer (loss tokens)."""

    input_ids: list[int]
    completion_start: int
    pixel_values: torch.Tensor
    """(patches, channels * temporal_patch * patch * patch)"""
    grid_thw: torch.Tensor
    """(3,) temporal, height, width in patches"""


class Encoder:
    """Turns (prompt, answer, image) into token ids and pixel patches; caches processed images."""

    def __init__(
        self,
        tokenizer: Any,
        image_processor: Any,
        images_dir: Path,
        *,
        max_length: int,
        min_pixels: int,
        max_pixels: int,
        image_token_id: int,
    ) -> None:
        self.tokenizer = tokenizer
        self.image_processor = image_processor
        self.images_dir = images_dir
        self.max_length = max_length
        self.size = {"shortest_edge": min_pixels, "longest_edge": max_pixels}
        self.image_token_id = image_token_id
        self.merge = int(getattr(image_processor, "merge_size", 2))
        self._images: dict[str, tuple[torch.Tensor, torch.Tensor]] = {}
        self._prompts: dict[tuple[str, int], list[int]] = {}

    def image(self, rel: str) -> tuple[torch.Tensor, torch.Tensor]:
        cached = self._images.get(rel)
        if cached is None:
            from PIL import Image

            try:  # checked before training too (check_images); again here, at the moment of use
                path = confined(self.images_dir, rel, field="image_path")
                data = read_bytes(path, kind="image", max_bytes=IMAGE_MAX_BYTES)
                check_image(data, source=path, max_pixels=IMAGE_MAX_PIXELS, max_bytes=IMAGE_MAX_BYTES)
                with Image.open(io.BytesIO(data)) as img:
                    rgb = img.convert("RGB")
            except FileRefused as exc:
                raise TuneDataError(str(exc)) from None
            except (OSError, ValueError) as exc:
                raise TuneDataError(f"image {self.images_dir / rel}: cannot be read ({exc})") from None
            out = self.image_processor(images=[rgb], size=self.size, return_tensors="pt")
            cached = (out["pixel_values"], out["image_grid_thw"][0])
            self._images[rel] = cached
        return cached

    def prompt_ids(self, prompt: str, n_image_tokens: int) -> list[int]:
        key = (prompt, n_image_tokens)
        ids = self._prompts.get(key)
        if ids is None:
            messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": prompt}]}]
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            if text.count(IMAGE_PAD) != 1:
                raise TuneDataError(f"the base model's chat template must emit one {IMAGE_PAD} per image")
            text = text.replace(IMAGE_PAD, IMAGE_PAD * n_image_tokens)
            ids = list(self.tokenizer(text, add_special_tokens=False)["input_ids"])
            self._prompts[key] = ids
        return ids

    def encode(self, prompt: str, answer: str, image: str) -> Encoded:
        pixels, grid = self.image(image)
        n_img = int(grid.prod()) // (self.merge**2)
        p_ids = self.prompt_ids(prompt, n_img)
        a_ids = list(self.tokenizer(answer + END, add_special_tokens=False)["input_ids"])
        room = self.max_length - len(p_ids)
        if room < 1:
            raise TuneDataError(
                f"prompt of {len(p_ids)} tokens (with {n_img} image tokens) exceeds max_length {self.max_length}; "
                "raise max_length or lower max_pixels in the recipe"
            )
        return Encoded(p_ids + a_ids[:room], len(p_ids), pixels, grid)

    def group(self, item: Example | PairedExample, chosen_only: bool = False) -> list[Encoded]:
        """Sequences of one training item: [chosen, rejected] or NCA-P [p0c, p0r, p1c, p1r]."""
        exs = [item.p0, item.p1] if isinstance(item, PairedExample) else [item]
        out: list[Encoded] = []
        for ex in exs:
            out.append(self.encode(ex.prompt, ex.chosen, ex.image))
            if not chosen_only:
                out.append(self.encode(ex.prompt, ex.rejected, ex.image))
        return out


@dataclass
class Collator:
    """Flattens items into one padded batch, item-major (item 0's sequences first)."""

    encoder: Encoder
    pad_id: int
    chosen_only: bool = False

    def __call__(self, items: Sequence[Example | PairedExample]) -> dict[str, torch.Tensor]:
        seqs = [s for item in items for s in self.encoder.group(item, self.chosen_only)]
        return collate(seqs, self.pad_id, self.encoder.image_token_id, group_size=len(seqs) // len(items))


def collate(seqs: Sequence[Encoded], pad_id: int, image_token_id: int, group_size: int) -> dict[str, torch.Tensor]:
    """Right-padded batch: input_ids/attention_mask/completion_mask/mm_token_type_ids (N, L)."""
    n, length = len(seqs), max(len(s.input_ids) for s in seqs)
    input_ids = torch.full((n, length), pad_id, dtype=torch.long)
    attention = torch.zeros((n, length), dtype=torch.long)
    completion = torch.zeros((n, length), dtype=torch.long)
    for i, s in enumerate(seqs):
        input_ids[i, : len(s.input_ids)] = torch.tensor(s.input_ids)
        attention[i, : len(s.input_ids)] = 1
        completion[i, s.completion_start : len(s.input_ids)] = 1
    mm = ((input_ids == image_token_id) & attention.bool()).long()
    return {
        "input_ids": input_ids,
        "attention_mask": attention,
        "completion_mask": completion,
        "mm_token_type_ids": mm,
        "pixel_values": torch.cat([s.pixel_values for s in seqs]),
        "image_grid_thw": torch.stack([s.grid_thw for s in seqs]),
        "group_size": torch.tensor(group_size),
    }


def sequence_logps(logits: torch.Tensor, input_ids: torch.Tensor, completion_mask: torch.Tensor) -> torch.Tensor:
    """sum_t log pi(y_t | x, y_<t) over completion tokens.

    logits (N, L, V), input_ids (N, L), completion_mask (N, L) -> (N,). Token t is predicted at t-1.
    """
    lg = logits[:, :-1].float()
    tok = lg.gather(-1, input_ids[:, 1:].unsqueeze(-1)).squeeze(-1) - torch.logsumexp(lg, dim=-1)
    return (tok * completion_mask[:, 1:].to(tok.dtype)).sum(-1)
