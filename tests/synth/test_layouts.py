"""The layout registry: enough categories, several layouts each, and every layout really draws what it declares."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np

import guard.synth.layouts  # noqa: F401  (registers the layouts)
from guard.synth.leak import find_leak, normalize_value
from guard.synth.scene import REGISTRY, Ctx, render, validate_registry
from guard.synth.suite import depictable_categories
from guard.synth.values import LOCALES, make_person, new_faker
from guard.taxonomy import default_catalog


def test_registry_names_only_catalogue_categories() -> None:
    validate_registry(default_catalog())


def test_at_least_25_categories_each_in_several_layouts() -> None:
    per_category = Counter(c for lay in REGISTRY.values() for c in lay.categories)
    assert len(depictable_categories()) >= 25
    thin = {c: k for c, k in per_category.items() if k < 2}
    assert not thin, f"categories drawn by a single layout: {thin}"
    required = {
        "a29_ausweis", "a31_passport", "a32_drivers_license", "a33_student_id", "a30_credit_card", "a37_receipt",
        "a38_ticket", "a103_license_plate_complete", "a104_license_plate_partial", "a35_mail", "a90_email",
        "a97_online_conversation", "a49_phone", "a43_medicine", "a8_signature", "a26_handwriting", "a82_date_time",
    }  # fmt: skip
    assert required <= set(per_category)


def test_every_layout_draws_each_declared_category_with_a_matchable_value() -> None:
    fakers = {loc: new_faker(loc) for loc in LOCALES}
    for name, lay in REGISTRY.items():
        seen: set[str] = set()
        for seed in range(12):
            missing = sorted(lay.categories - seen)
            if not missing:
                break
            rng = random.Random(seed)
            locale = rng.choice(sorted(LOCALES))
            fake = fakers[locale]
            fake.seed_instance(seed)
            ctx = Ctx(rng, np.random.default_rng(seed), fake, make_person(fake, rng, locale), target=missing[0])
            scene = render(lay, ctx)
            assert scene.image.mode == "RGB" and min(scene.image.size) >= 300, name
            for fact in scene.facts:
                assert normalize_value(fact.value), (name, fact)
                assert find_leak(f"It says {fact.value}.", fact.value) is not None, (name, fact)
            seen |= {f.category for f in scene.facts}
        assert seen == lay.categories, f"{name} never drew {sorted(lay.categories - seen)}"
