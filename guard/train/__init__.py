"""Adapter training: SPY-Tune data, SFT/DPO/NCA/NCA-P losses, LoRA trainer, tiny test model."""
