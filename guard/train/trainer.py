"""``transformers.Trainer`` with our losses, so ``accelerate launch`` brings multi-GPU, DeepSpeed and FSDP.

Reference log-probs come from the same model with the LoRA adapter disabled (no second copy).
Evaluation reports preference accuracy (chosen log-prob above rejected, per prompt), reward
accuracy and reward margins.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import torch
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from transformers import Trainer, TrainerCallback
from transformers.trainer_callback import TrainerControl, TrainerState
from transformers.training_args import TrainingArguments

from guard.errors import GuardError
from guard.train.batch import Collator, sequence_logps
from guard.train.distributed import any_rank
from guard.train.losses import PreferenceLoss, dpo_loss, nca_loss, ncap_loss, rewards, sft_loss
from guard.train.recipe import Method


class NonFiniteTraining(GuardError):
    """The loss or the trained weights stopped being finite numbers: the run produced garbage."""


MODEL_KEYS = ("input_ids", "attention_mask", "mm_token_type_ids", "pixel_values", "image_grid_thw")


def batch_logps(model: Any, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """Summed completion log-probs for every sequence in the batch: (N,)."""
    out = model(**{k: batch[k] for k in MODEL_KEYS}, use_cache=False)
    return sequence_logps(out.logits, batch["input_ids"], batch["completion_mask"])


def reference_logps(model: Any, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """The same forward with the adapter disabled: pi_ref is the frozen base model."""
    with torch.no_grad(), model.disable_adapter():
        return batch_logps(model, batch)


def method_loss(
    method: Method, policy: torch.Tensor, ref: torch.Tensor | None, group: int, beta: float
) -> PreferenceLoss:
    """Dispatch on the method; ``policy``/``ref`` are (B * group,) item-major, group 2 or 4 (NCA-P)."""
    p = policy.view(-1, group)
    if method == "sft":
        r = rewards(policy, ref, beta).view(-1, group).detach() if ref is not None else torch.zeros_like(p)
        rej = r[:, 1] if group > 1 else torch.zeros_like(r[:, 0])
        return PreferenceLoss(sft_loss(p[:, 0]), r[:, 0], rej)
    assert ref is not None
    q = ref.view(-1, group)
    if method == "ncap":
        return ncap_loss(p[:, 0], p[:, 1], q[:, 0], q[:, 1], p[:, 2], p[:, 3], q[:, 2], q[:, 3], beta)
    fn = dpo_loss if method == "dpo" else nca_loss
    return fn(p[:, 0], p[:, 1], q[:, 0], q[:, 1], beta)


class PreferenceTrainer(Trainer):
    """Trainer whose loss is one of SFT / DPO / NCA / NCA-P over our sequence batches."""

    def __init__(self, *args: Any, method: Method, beta: float, eval_collator: Collator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.method = method
        self.beta = beta
        self.eval_collator = eval_collator
        self.model_accepts_loss_kwargs = False  # our loss is already a mean: let Trainer scale for accumulation
        self._train_metrics: dict[str, list[float]] = defaultdict(list)
        self.train_items_seen = 0  # items (pairs, NCA-P quadruples) this process trained on in this run

    def compute_loss(
        self,
        model: Any,
        inputs: dict[str, torch.Tensor],
        return_outputs: bool = False,
        num_items_in_batch: Any = None,
    ) -> Any:
        group = int(inputs["group_size"])
        policy = batch_logps(model, inputs)
        ref = None if self.method == "sft" else reference_logps(self.accelerator.unwrap_model(model), inputs)
        res = method_loss(self.method, policy, ref, group, self.beta)
        loss = res.loss.mean()
        local_bad = not bool(torch.isfinite(loss.detach()))
        if any_rank(self.accelerator, local_bad):  # before backward: no rank is left waiting in the all-reduce
            acc, step = self.accelerator, self.state.global_step + 1
            if not local_bad:
                raise NonFiniteTraining(f"the loss became NaN or infinite on another rank at step {step}")
            where = f" on rank {acc.process_index}" if acc.num_processes > 1 else ""
            raise NonFiniteTraining(f"the loss became {float(loss.detach())}{where} at step {step}")
        if model.training:
            self.train_items_seen += res.loss.shape[0]
        if self.method != "sft":
            margin = res.chosen_rewards - res.rejected_rewards
            self._train_metrics["rewards/chosen"].append(float(res.chosen_rewards.mean()))
            self._train_metrics["rewards/margin"].append(float(margin.mean()))
            self._train_metrics["rewards/accuracy"].append(float((margin > 0).float().mean()))
        return (loss, {"loss": loss}) if return_outputs else loss

    def log(self, logs: dict[str, float], start_time: float | None = None) -> None:
        if "loss" in logs and self._train_metrics:
            logs = {**logs, **{k: sum(v) / len(v) for k, v in self._train_metrics.items()}}
            self._train_metrics.clear()
        super().log(logs, start_time)

    def evaluate(
        self, eval_dataset: Any = None, ignore_keys: list[str] | None = None, metric_key_prefix: str = "eval"
    ) -> dict[str, float]:
        metrics = evaluate_preferences(self, eval_dataset, metric_key_prefix)
        self.log(metrics)
        self.control = self.callback_handler.on_evaluate(self.args, self.state, self.control, metrics)
        return metrics


def evaluate_preferences(trainer: PreferenceTrainer, dataset: Any, prefix: str = "eval") -> dict[str, float]:
    """Loss, preference accuracy, reward accuracy and margins over an eval set (all prompts, all ranks)."""
    train_collator = trainer.data_collator
    trainer.data_collator = trainer.eval_collator
    try:
        loader = trainer.get_eval_dataloader(dataset)
    finally:
        trainer.data_collator = train_collator
    model = trainer.model
    assert model is not None
    model.eval()
    unwrapped = trainer.accelerator.unwrap_model(model)
    cols: dict[str, list[torch.Tensor]] = defaultdict(list)
    with torch.no_grad():
        for batch in loader:
            group = int(batch["group_size"])
            policy = batch_logps(model, batch)
            ref = reference_logps(unwrapped, batch)
            res = method_loss(trainer.method, policy, ref, group, trainer.beta)
            items = res.loss.shape[0]
            p = policy.view(items, group)  # per item: [chosen, rejected] or NCA-P [p0c, p0r, p1c, p1r]
            values = {  # first dim = items, so gather_for_metrics trims the padded last batch correctly
                "loss": res.loss,
                "chosen_logp": p[:, 0::2],
                "rejected_logp": p[:, 1::2],
                "chosen_reward": res.chosen_rewards.view(-1, items).T,
                "rejected_reward": res.rejected_rewards.view(-1, items).T,
            }
            for key, value in values.items():
                cols[key].append(trainer.accelerator.gather_for_metrics(value.detach().float()))
    if not cols:
        return {}
    t = {k: torch.cat(v).flatten() for k, v in cols.items()}
    margin = t["chosen_reward"] - t["rejected_reward"]
    return {
        f"{prefix}_loss": float(t["loss"].mean()),
        f"{prefix}_pref_accuracy": float((t["chosen_logp"] > t["rejected_logp"]).float().mean()),
        f"{prefix}_reward_accuracy": float((margin > 0).float().mean()),
        f"{prefix}_reward_margin": float(margin.mean()),
        f"{prefix}_chosen_reward": float(t["chosen_reward"].mean()),
        f"{prefix}_rejected_reward": float(t["rejected_reward"].mean()),
        f"{prefix}_logp_margin": float((t["chosen_logp"] - t["rejected_logp"]).mean()),
        f"{prefix}_prompts": float(t["chosen_logp"].numel()),
    }


class RichProgressCallback(TrainerCallback):
    """A rich progress bar with the latest loss, and one log line per logging step (main process only)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress: Progress | None = None
        self.task: Any = None

    def on_train_begin(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **_: Any) -> None:
        if not state.is_world_process_zero:
            return
        self.progress = Progress(
            TextColumn("[bold]training"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("train", total=state.max_steps, completed=state.global_step, status="")

    def on_step_end(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **_: Any) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=state.global_step)

    def on_log(
        self,
        args: TrainingArguments,
        state: TrainerState,
        control: TrainerControl,
        logs: dict[str, float] | None = None,
        **_: Any,
    ) -> None:
        if self.progress is None or not logs:
            return
        shown = {k: v for k, v in logs.items() if isinstance(v, int | float)}
        line = "  ".join(f"{k}={v:.4g}" for k, v in shown.items())
        self.progress.console.print(f"step {state.global_step}: {line}", markup=False, highlight=False)
        if "loss" in shown:
            self.progress.update(self.task, status=f"loss {shown['loss']:.4f}")

    def on_train_end(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **_: Any) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
