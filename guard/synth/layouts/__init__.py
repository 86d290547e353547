"""The layouts; importing this package registers all of them in :data:`guard.synth.scene.REGISTRY`."""

from guard.synth.layouts import cards, paper, scenes, screens

__all__ = ["cards", "paper", "scenes", "screens"]
