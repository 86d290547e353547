"""The local CPU stack for development and the demo: tiny model, adapter, vLLM and the guard, as real processes."""
