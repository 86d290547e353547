"""Proxy test fixtures: policies and settings built on the fly in tmp_path; self-contained."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from proxy_helpers import make_settings, policies

__all__ = ["make_settings", "policies"]
