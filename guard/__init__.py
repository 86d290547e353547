"""spy-guard: per-user privacy policies enforced at inference time for vision-language models."""

__version__ = "0.1.0"
