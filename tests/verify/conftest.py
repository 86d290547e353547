"""Shared by the verifier's class tests: the offline recognisers without the learned check, built once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guard.verify import Verifier, VerifySettings
from guard.verify.settings import default_checks


@pytest.fixture(scope="session")
def recognisers() -> Verifier:
    """The recognisers alone (``default_checks(learned=False)``): what a rule finds, not the leak model."""
    return Verifier(VerifySettings(checks=default_checks(learned=False)))


@pytest.fixture(scope="session")
def recognised(recognisers: Verifier) -> Callable[[str, str], set[str]]:
    """``recognised(category, answer)``: the categories the recognisers find in ``answer`` when only ``category``
    is private."""

    def found(category: str, answer: str) -> set[str]:
        return {v.finding.category for v in recognisers.verify_offline(frozenset({category}), answer).violations}

    return found
