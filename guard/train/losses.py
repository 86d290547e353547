"""The four training losses as pure tensor functions (docs/design.md#training-objectives; the paper's §4).

Inputs are sequence log-probabilities, ``log pi(y|x)`` summed over completion tokens, shape ``(B,)``.
The implicit reward is ``r(y) = beta * (log pi(y|x) - log pi_ref(y|x))``. Each function returns the
per-example loss ``(B,)`` (callers take the mean) plus the rewards it used, for logging.
"""

from __future__ import annotations

from typing import NamedTuple

import torch
import torch.nn.functional as F


class PreferenceLoss(NamedTuple):
    loss: torch.Tensor
    """(B,) per-example loss."""
    chosen_rewards: torch.Tensor
    """(B,) beta * (log pi(y_w) - log pi_ref(y_w)), detached."""
    rejected_rewards: torch.Tensor
    """(B,) beta * (log pi(y_l) - log pi_ref(y_l)), detached."""


def rewards(policy_logps: torch.Tensor, ref_logps: torch.Tensor, beta: float) -> torch.Tensor:
    """r(y) = beta * (log pi(y|x) - log pi_ref(y|x)); shapes (B,) -> (B,)."""
    return beta * (policy_logps - ref_logps)


def sft_loss(chosen_logps: torch.Tensor) -> torch.Tensor:
    """L_SFT = -log pi(y_w | x).

    chosen_logps: (B,) summed token log-probs of the preferred answer. Returns (B,).
    """
    return -chosen_logps


def dpo_loss(
    policy_chosen: torch.Tensor,
    policy_rejected: torch.Tensor,
    ref_chosen: torch.Tensor,
    ref_rejected: torch.Tensor,
    beta: float,
) -> PreferenceLoss:
    """L_DPO = -log sigmoid(r(y_w) - r(y_l)).

    All inputs (B,). Only the reward *margin* is pushed up, so both likelihoods may fall together.
    """
    rc = rewards(policy_chosen, ref_chosen, beta)
    rr = rewards(policy_rejected, ref_rejected, beta)
    return PreferenceLoss(-F.logsigmoid(rc - rr), rc.detach(), rr.detach())


def nca_loss(
    policy_chosen: torch.Tensor,
    policy_rejected: torch.Tensor,
    ref_chosen: torch.Tensor,
    ref_rejected: torch.Tensor,
    beta: float,
) -> PreferenceLoss:
    """L_NCA = -log sigmoid(r(y_w)) - 0.5 log sigmoid(-r(y_w)) - 0.5 log sigmoid(-r(y_l)).

    All inputs (B,). Noise-contrastive alignment (pairwise form, as trl's ``nca_pair``): unlike DPO it
    optimises absolute rewards: dL/dr(y_w) = 1.5 sigmoid(r(y_w)) - 1 < 0 while r(y_w) < log 2, so the
    chosen answer's likelihood keeps rising even when both rewards rise (DPO would be indifferent).
    """
    rc = rewards(policy_chosen, ref_chosen, beta)
    rr = rewards(policy_rejected, ref_rejected, beta)
    loss = -F.logsigmoid(rc) - 0.5 * F.logsigmoid(-rc) - 0.5 * F.logsigmoid(-rr)
    return PreferenceLoss(loss, rc.detach(), rr.detach())


def ncap_loss(
    p0_policy_chosen: torch.Tensor,
    p0_policy_rejected: torch.Tensor,
    p0_ref_chosen: torch.Tensor,
    p0_ref_rejected: torch.Tensor,
    p1_policy_chosen: torch.Tensor,
    p1_policy_rejected: torch.Tensor,
    p1_ref_chosen: torch.Tensor,
    p1_ref_rejected: torch.Tensor,
    beta: float,
) -> PreferenceLoss:
    """L_NCA-P = L_NCA(p0) + L_NCA(p1).

    p0 is the prompt stating the target non-private, p1 the same question and scenario stating it
    private; each (B,) with its own chosen/rejected answer. Training both variants of one question in
    the same step ties the behaviour to the instruction, not to the image or question. Rewards are
    returned concatenated as (2B,): p0 first, then p1.
    """
    a = nca_loss(p0_policy_chosen, p0_policy_rejected, p0_ref_chosen, p0_ref_rejected, beta)
    b = nca_loss(p1_policy_chosen, p1_policy_rejected, p1_ref_chosen, p1_ref_rejected, beta)
    return PreferenceLoss(
        a.loss + b.loss,
        torch.cat([a.chosen_rewards, b.chosen_rewards]),
        torch.cat([a.rejected_rewards, b.rejected_rewards]),
    )
