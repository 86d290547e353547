"""What a layout produces (an image plus the facts it shows) and the registry of layouts.

A layout declares up front which categories it can depict, so a category filter can pick layouts
without drawing anything, and the registry is checked against the catalogue when a suite starts.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from guard.errors import GuardError
from guard.synth.values import Person
from guard.taxonomy import Catalog


@dataclass(frozen=True, slots=True)
class Fact:
    """One private value visible in an image: ``value`` is printed exactly like this in the image."""

    category: str
    value: str
    what: str  # noun phrase for questions and answers, e.g. "the card number"
    doc: str  # what the image shows, e.g. "credit card"


@dataclass(frozen=True, slots=True)
class Scene:
    image: Image.Image
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class Ctx:
    """Everything a layout may draw on; all randomness is seeded per image."""

    rng: random.Random
    nrng: np.random.Generator
    fake: Any  # a seeded single-locale faker.Faker
    person: Person
    target: str = ""  # the category this image is made for; optional elements showing it are then drawn

    def wants(self, category: str) -> bool:
        return self.target == category


LayoutFn = Callable[[Ctx], Scene]


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    categories: frozenset[str]
    draw: LayoutFn


REGISTRY: dict[str, Layout] = {}


def register(name: str, categories: tuple[str, ...], draw: LayoutFn) -> None:
    if name in REGISTRY:
        raise ValueError(f"layout {name!r} registered twice")
    REGISTRY[name] = Layout(name, frozenset(categories), draw)


def validate_registry(catalog: Catalog) -> None:
    """Fail at start-up if a layout names a category the catalogue does not know."""
    for lay in REGISTRY.values():
        unknown = sorted(c for c in lay.categories if c not in catalog.categories)
        if unknown:
            raise GuardError(f"synth layout {lay.name!r} names unknown categories: {', '.join(unknown)}")


def render(lay: Layout, ctx: Ctx) -> Scene:
    """Draw one image and check the layout kept to its declared categories."""
    scene = lay.draw(ctx)
    stray = {f.category for f in scene.facts} - lay.categories
    if stray:
        raise RuntimeError(f"layout {lay.name!r} produced undeclared categories {sorted(stray)}")
    return scene


def shown(facts: list[Fact], drawn: list[str], always: tuple[str, ...] = ("a8_signature",)) -> tuple[Fact, ...]:
    """The facts whose value is in a drawn field (a layout never asks about a value it did not draw)."""
    return tuple(f for f in facts if f.category in always or any(f.value in v for v in drawn))
