"""Configuration is validated at start-up: one clear line per problem, never an empty check set."""

from __future__ import annotations

import pytest
from pydantic import ConfigDict

from guard.errors import GuardError
from guard.verify import Verifier, VerifyConfigError, VerifySettings, build_checks, check_types
from guard.verify.base import Check, CheckConfig, CheckInput
from guard.verify.registry import register, validate_registry
from guard.verify.verdict import Verdict


def test_default_settings_build_every_offline_check() -> None:
    verifier = Verifier()
    assert set(verifier.checks) == set(VerifySettings().checks)
    assert all(c.offline for c in verifier.checks.values())


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        ({"cards": {"type": "credit_cards"}}, "checks.cards.type: unknown check type 'credit_cards'; valid: address"),
        ({"card_number": {"min_score": 2}}, "checks.card_number.min_score: Input should be less than or equal to 1"),
        ({"card_number": {"treshold": 0.5}}, "checks.card_number.treshold: Extra inputs are not permitted"),
        ({"card_number": {"categories": ["passport"]}}, "checks.card_number.categories: a31_passport not supported"),
        ({"phone": {"categories": ["phnoe"]}}, "unknown category 'phnoe'"),
        ({"judge": {"type": "judge"}}, "checks.judge.model: Field required"),
        ({}, "checks: no checks configured"),
        ({"phone": {"categories": []}}, "checks.phone.categories: Value error, categories: empty list"),
    ],
)
def test_bad_configuration_fails_at_start_up(checks: dict[str, dict[str, object]], message: str) -> None:
    with pytest.raises(VerifyConfigError) as info:
        Verifier(VerifySettings(checks=checks))
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, GuardError)


def test_bad_refusal_template_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"unknown placeholder\(s\) \['user'\]; valid: \{categories\}"):
        VerifySettings(refusal_template="Sorry {user}, {categories} is private.")


def test_results_are_keyed_by_configured_id_and_categories_can_be_narrowed() -> None:
    checks = build_checks(
        {"plates_full_only": {"type": "license_plate", "categories": ["a103_license_plate_complete"]}}
    )
    check = checks["plates_full_only"]
    assert check.categories == frozenset({"a103_license_plate_complete"})
    verdict = check.run(CheckInput(evaded=frozenset({"a104_license_plate_partial"}), answer="Plate ABC-1234."))
    assert verdict.check_id == "plates_full_only" and verdict.status == "pass"


def test_registry_rejects_bad_check_classes() -> None:
    class Loose(CheckConfig):
        model_config = ConfigDict(extra="allow")

    class BadCheck(Check):
        type_name = "bad_check_for_test"
        Config = Loose

        def run(self, inp: CheckInput) -> Verdict:
            return self.verdict()

    with pytest.raises(TypeError, match="must subclass CheckConfig and forbid unknown keys"):
        register(BadCheck)
    assert "bad_check_for_test" not in check_types()
    validate_registry()
