"""Losses against hand-computed float64 values, and the direction each one moves the likelihoods."""

from __future__ import annotations

import math

import pytest
import torch

from guard.train.losses import dpo_loss, nca_loss, ncap_loss, sft_loss


def _t(*xs: float) -> torch.Tensor:
    return torch.tensor(xs, dtype=torch.float64)


def _logsig(x: float) -> float:
    return -math.log1p(math.exp(-x))


def test_sft_is_negative_log_likelihood() -> None:
    assert sft_loss(_t(-3.5, -0.25)).tolist() == [3.5, 0.25]


def test_dpo_hand_computed() -> None:
    # beta 0.5: r_w = 0.5 * (-10 - -12) = 1.0, r_l = 0.5 * (-20 - -19) = -0.5 -> -log sigmoid(1.5)
    res = dpo_loss(_t(-10.0), _t(-20.0), _t(-12.0), _t(-19.0), beta=0.5)
    assert res.loss.item() == pytest.approx(-_logsig(1.5), abs=1e-12)
    assert res.chosen_rewards.item() == pytest.approx(1.0) and res.rejected_rewards.item() == pytest.approx(-0.5)


def test_nca_hand_computed_and_trl_nca_pair_formula() -> None:
    pc, pr, rc, rr, beta = _t(-10.0, -3.0), _t(-20.0, -2.0), _t(-12.0, -4.0), _t(-19.0, -5.0), 0.5
    res = nca_loss(pc, pr, rc, rr, beta=beta)
    for i in range(2):
        w = beta * (pc[i].item() - rc[i].item())
        lo = beta * (pr[i].item() - rr[i].item())
        expected = -_logsig(w) - 0.5 * _logsig(-w) - 0.5 * _logsig(-lo)
        assert res.loss[i].item() == pytest.approx(expected, abs=1e-12)
    # trl's DPOTrainer loss_type="nca_pair" (0.x), written out: the same expression
    cw, cl = (pc - rc) * beta, (pr - rr) * beta
    trl = -torch.nn.functional.logsigmoid(cw) - 0.5 * torch.nn.functional.logsigmoid(-cw)
    trl = trl - 0.5 * torch.nn.functional.logsigmoid(-cl)
    torch.testing.assert_close(res.loss, trl)


def test_ncap_is_sum_of_two_nca_terms() -> None:
    a = [_t(-1.0, -2.0), _t(-3.0, -1.0), _t(-1.5, -2.5), _t(-2.0, -2.0)]
    b = [_t(-4.0, -1.0), _t(-2.0, -2.0), _t(-3.0, -0.5), _t(-2.5, -1.0)]
    res = ncap_loss(*a, *b, beta=0.1)
    torch.testing.assert_close(res.loss, nca_loss(*a, beta=0.1).loss + nca_loss(*b, beta=0.1).loss)
    assert res.chosen_rewards.shape == (4,)
    torch.testing.assert_close(res.chosen_rewards[:2], 0.1 * (a[0] - a[2]))


def _grads(fn: str, pc: float, pr: float, beta: float = 1.0) -> tuple[float, float]:
    """dL/d log pi(y_w), dL/d log pi(y_l) at the given policy log-probs (reference at 0)."""
    w = torch.tensor([pc], dtype=torch.float64, requires_grad=True)
    lo = torch.tensor([pr], dtype=torch.float64, requires_grad=True)
    zero = torch.zeros(1, dtype=torch.float64)
    loss = (dpo_loss if fn == "dpo" else nca_loss)(w, lo, zero, zero, beta).loss.sum()
    loss.backward()
    assert w.grad is not None and lo.grad is not None
    return w.grad.item(), lo.grad.item()


def test_nca_raises_chosen_likelihood_even_when_both_rewards_rise() -> None:
    # both rewards are positive (both answers became likelier than under the reference)
    gw, gl = _grads("nca", 0.5, 0.6)
    assert gw < 0  # gradient descent increases log pi(y_w)
    assert gl > 0  # and decreases log pi(y_l)
    # analytic: dL/dr_w = 1.5 sigmoid(r_w) - 1
    assert gw == pytest.approx(1.5 / (1 + math.exp(-0.5)) - 1, abs=1e-12)


def test_dpo_only_sees_the_margin() -> None:
    gw, gl = _grads("dpo", 0.5, 0.6)
    assert gw < 0 < gl and gw == pytest.approx(-gl)
    # shifting both log-probs together leaves DPO unchanged (it can lower both), NCA not
    zero = torch.zeros(1, dtype=torch.float64)
    d1 = dpo_loss(_t(0.5), _t(0.6), zero, zero, 1.0).loss
    d2 = dpo_loss(_t(-5.5), _t(-5.4), zero, zero, 1.0).loss
    torch.testing.assert_close(d1, d2)
    n1 = nca_loss(_t(0.5), _t(0.6), zero, zero, 1.0).loss
    n2 = nca_loss(_t(-5.5), _t(-5.4), zero, zero, 1.0).loss
    assert n2.item() > n1.item() + 1.0


def test_sft_gradient_raises_chosen() -> None:
    x = torch.tensor([-2.0], requires_grad=True)
    sft_loss(x).sum().backward()
    assert x.grad is not None and x.grad.item() == -1.0
