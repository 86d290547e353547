"""docs/design.md#decision-rule, table-driven: every category under every scenario (and none), every stance."""

import itertools

import pytest

from guard.policy import Decision, OperatorSettings, Policy, Reason, decide
from guard.taxonomy import default_catalog

CAT = default_catalog()
ABSOLUTE = frozenset(CAT.absolute_default)
SCENARIOS = [None, *CAT.scenarios.values()]

# (in A, stated, scenario lists c as non-private) -> expected; None = no scenario given.
RULE_TABLE: dict[tuple[bool, bool | None, bool | None], Decision] = {}
for in_a, stated, conflict in itertools.product([True, False], [True, False, None], [None, True, False]):
    if in_a:
        RULE_TABLE[in_a, stated, conflict] = Decision.EVADE  # c in A: evade, whatever P and s say
    elif stated is True and conflict is True:
        RULE_TABLE[in_a, stated, conflict] = Decision.RESPOND  # conflict: the scenario wins
    elif stated is True:
        RULE_TABLE[in_a, stated, conflict] = Decision.EVADE  # private otherwise
    else:
        RULE_TABLE[in_a, stated, conflict] = Decision.RESPOND  # public or not mentioned


def test_every_category_under_every_scenario_follows_the_rule() -> None:
    checked = 0
    for cid in CAT.categories:
        for scenario in SCENARIOS:
            conflict = None if scenario is None else cid in scenario.non_private
            for stated in (True, False, None):
                got, _ = decide(cid, stated=stated, scenario=scenario, absolute=ABSOLUTE)
                assert got is RULE_TABLE[cid in ABSOLUTE, stated, conflict], (cid, scenario, stated)
                checked += 1
    assert checked == 67 * 25 * 3


def test_operator_absolute_set_overrides_conflicting_scenario() -> None:
    border = CAT.scenario("s0_border_security_check")
    assert "a31_passport" in border.non_private  # the scenario would allow it...
    assert decide("a31_passport", stated=False, scenario=border, absolute=ABSOLUTE) == (
        Decision.EVADE,
        Reason.ABSOLUTE,
    )  # ...but absolute wins
    assert decide("a31_passport", stated=True, scenario=border, absolute=frozenset()) == (
        Decision.RESPOND,
        Reason.CONFLICT,
    )


@pytest.mark.parametrize(
    ("cid", "stated", "scenario", "expected"),
    [
        ("a1_age_approx", True, None, (Decision.EVADE, Reason.PRIVATE)),
        ("a1_age_approx", True, "s1_healthcare_consultation", (Decision.RESPOND, Reason.CONFLICT)),
        ("a1_age_approx", True, "s3_social_media_post_analysis", (Decision.EVADE, Reason.PRIVATE)),
        ("a1_age_approx", False, "s3_social_media_post_analysis", (Decision.RESPOND, Reason.PUBLIC)),
        ("a1_age_approx", None, None, (Decision.RESPOND, Reason.DEFAULT)),
        ("a13_full_nudity", False, None, (Decision.EVADE, Reason.ABSOLUTE)),
        ("a103_license_plate_complete", True, "s17_vehicle_registration", (Decision.RESPOND, Reason.CONFLICT)),
    ],
)
def test_hand_written_rows(cid: str, stated: bool | None, scenario: str | None, expected: object) -> None:
    sc = CAT.scenario(scenario) if scenario else None
    assert decide(cid, stated=stated, scenario=sc, absolute=ABSOLUTE) == expected


def test_private_default_stance_treats_unmentioned_as_private_with_conflicts() -> None:
    health = CAT.scenario("s1_healthcare_consultation")
    assert decide("a41_injury", stated=None, scenario=None, absolute=ABSOLUTE, default_private=True) == (
        Decision.EVADE,
        Reason.DEFAULT,
    )
    assert decide("a41_injury", stated=None, scenario=health, absolute=ABSOLUTE, default_private=True) == (
        Decision.RESPOND,
        Reason.CONFLICT,
    )
    assert decide("a41_injury", stated=False, scenario=None, absolute=ABSOLUTE, default_private=True) == (
        Decision.RESPOND,
        Reason.PUBLIC,
    )


def test_resolve_orders_private_public_then_absolute() -> None:
    policy = Policy(user="u", private=("a4_gender", "a1_age_approx"), public=("a19_name_full",))
    resolved = OperatorSettings().resolve(policy, "s1_healthcare_consultation")
    ids = [r.category.id for r in resolved.resolutions]
    assert ids == [
        "a4_gender",
        "a1_age_approx",
        "a19_name_full",
        "a12_semi_nudity",
        "a13_full_nudity",
        "a29_ausweis",
        "a31_passport",
        "a32_drivers_license",
    ]
    # gender and age are both non-private in healthcare consultation: conflicts, answered
    assert resolved.evaded == ABSOLUTE


def test_resolve_with_private_default_covers_every_category() -> None:
    settings = OperatorSettings(default_stance="private")
    resolved = settings.resolve(Policy(user="u", private=(), public=("a1_age_approx",)), None)
    assert len(resolved.resolutions) == 67
    assert resolved.evaded == frozenset(CAT.categories) - {"a1_age_approx"}


def test_resolve_accepts_scenario_names_and_rejects_unknown_ones() -> None:
    settings = OperatorSettings()
    policy = Policy(user="u", private=("a1_age_approx",), public=())
    assert settings.resolve(policy, "healthcare consultation").scenario is CAT.scenarios["s1_healthcare_consultation"]
    with pytest.raises(LookupError, match="unknown scenario"):
        settings.resolve(policy, "spaceship")
