"""The OpenAI-compatible guard proxy (``guard serve``).

Stable entry points: ``guard.proxy.config.GuardSettings`` / ``load_config``, ``guard.proxy.app.create_app``
and the pure ``guard.proxy.pipeline.prepare``. Importing this package imports nothing heavy.
"""
